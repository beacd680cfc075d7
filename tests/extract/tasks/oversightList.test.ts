/**
 * "Bộ Văn hóa, Thể thao và Du lịch chịu trách nhiệm theo dõi, kiểm tra, đôn đốc thực hiện Quy chế này.": a duty that is
 * only oversight of the text's implementation is SUPERVISE only (audit rule 11), however many oversight verbs the list
 * holds before the implementation; a list that opens with a duty of its own ("hướng dẫn, theo dõi, kiểm tra ...") still
 * leads. Excerpts: a steering committee's Quy chế (2025), a city's Quy chế on a land database (2025). Guidance joined to
 * that oversight ("có trách nhiệm hướng dẫn, theo dõi, đôn đốc và kiểm tra việc thực hiện ...") is the oversight too,
 * SUPERVISE only (the gold's third-round decision for oversight-only duties): a province's TTHC decision (2025).
 */
import { describe, expect, it } from 'vitest';
import { assignmentPairs as pairs } from '../../support/assignmentPairs';
import { extractFile, roles } from '../../support/realExtraction';

describe('oversight of the implementation through a list of verbs', () => {
  it('gives SUPERVISE only for "chịu trách nhiệm theo dõi, kiểm tra, đôn đốc thực hiện Quy chế này"', () => {
    const text = [
      'QUY CHẾ',
      '',
      '**Điều 19.** Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương có trách nhiệm tạo điều kiện để Ban Chỉ đạo Nhà nước về du lịch hướng dẫn, kiểm tra và tiến hành các hoạt động có liên quan.',
      '',
      '**Điều 20.** Bộ Văn hóa, Thể thao và Du lịch chịu trách nhiệm theo dõi, kiểm tra, đôn đốc thực hiện Quy chế này.',
    ].join('\n');
    const found = pairs(text);
    expect(found).toContain('SUPERVISE Bộ Văn hóa, Thể thao và Du lịch');
    expect(found).not.toContain('LEAD Bộ Văn hóa, Thể thao và Du lịch');
  });

  it('still gives LEAD where the list opens with a duty of its own ("hướng dẫn, theo dõi, kiểm tra ...")', () => {
    const text = [
      'QUY CHẾ',
      '',
      '**Điều 19.** Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương có trách nhiệm tạo điều kiện để Ban Chỉ đạo Nhà nước về du lịch hướng dẫn, kiểm tra và tiến hành các hoạt động có liên quan.',
      '',
      '**Điều 20.** Giám đốc Sở Tư pháp chịu trách nhiệm hướng dẫn, theo dõi, kiểm tra việc thực hiện Quy chế; tổng hợp, báo cáo, đề xuất Ủy ban nhân dân thành phố xem xét chỉ đạo giải quyết khó khăn, vướng mắc trong quá trình thực hiện./.',
    ].join('\n');
    const found = pairs(text);
    expect(found).toContain('LEAD Sở Tư pháp');
    expect(found).toContain('SUPERVISE Sở Tư pháp');
  });
});

describe('guidance joined to an oversight of the implementation', () => {
  // Quyết định 1973/QĐ-UBND (Hưng Yên), Điều 2.2: "Văn phòng Ủy ban nhân dân tỉnh có trách nhiệm hướng dẫn, theo dõi,
  // đôn đốc và kiểm tra việc thực hiện công khai thủ tục hành chính tại Sở Y tế ...".
  it('gives SUPERVISE only for "có trách nhiệm hướng dẫn, theo dõi, đôn đốc và kiểm tra việc thực hiện ..."', async () => {
    const r = roles(await extractFile('tests/fixtures/gold-real/docs/48edf4df3543bdd9.md'));
    expect(r).toContain('Điều 2.2 SUPERVISE Văn phòng Ủy ban nhân dân tỉnh');
    expect(r).not.toContain('Điều 2.2 LEAD Văn phòng Ủy ban nhân dân tỉnh');
    // Its own duty in the article above still leads.
    expect(r).toContain('Điều 2.1 LEAD Sở Y tế');
  });

  // Quyết định 88/2025/QĐ-UBND (Lai Châu), Quy chế Điều 11.1: "Trách nhiệm của Sở Tư pháp / hướng dẫn, tổ chức thực
  // hiện, tuyên truyền, phổ biến pháp luật về đăng ký biện pháp bảo đảm ..." (ownerOpening.test.ts reads the passage
  // for the owner's heading run on into its duty).
  it('still leads where guidance goes with a duty of its own ("hướng dẫn, tổ chức thực hiện, tuyên truyền ...")', async () => {
    const r = roles(await extractFile('tests/fixtures/gold-real/docs/50693ea4bb4bda20.md'));
    expect(r).toContain('Điều 11.1 LEAD Sở Tư pháp');
    expect(r).not.toContain('Điều 11.1 SUPERVISE Sở Tư pháp');
  });
});
