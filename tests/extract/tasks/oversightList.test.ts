/**
 * "Bộ Văn hóa, Thể thao và Du lịch chịu trách nhiệm theo dõi, kiểm tra, đôn đốc thực hiện Quy chế này.": a duty that is
 * only oversight of the text's implementation is SUPERVISE only (audit rule 11), however many oversight verbs the list
 * holds before the implementation; a list that opens with a duty of its own ("hướng dẫn, theo dõi, kiểm tra ...") still
 * leads. Excerpts: a steering committee's Quy chế (2025), a city's Quy chế on a land database (2025).
 */
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../src/extract/extractDocument';

function pairs(text: string): string[] {
  return [...new Set(extractDocument(text, { fileName: 'excerpt.md' }).assignments.map((a) => `${a.role} ${a.body}`))];
}

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
