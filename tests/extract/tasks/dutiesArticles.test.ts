/**
 * The duties article of a functions regulation ("Điều 2. Nhiệm vụ và quyền hạn" of a "Quy định chức năng, nhiệm vụ,
 * quyền hạn và cơ cấu tổ chức của Sở X", "Điều 4. Nhiệm vụ, quyền hạn của bộ" of a decree): its items name no
 * subject, the regulated body is theirs (real documents read end to end, formats -> extraction).
 */
import { describe, expect, it } from 'vitest';
import { extractFile, extractSource, roles } from '../../support/realExtraction';

const DOCS = 'tests/fixtures/gold-real/docs';

describe('the duties article of a functions regulation', () => {
  it('"Điều 2. Nhiệm vụ và quyền hạn" under "QUY ĐỊNH CHỨC NĂNG, ... CỦA SỞ TƯ PHÁP": the Sở leads its clauses, oversees where a point is "Theo dõi, đôn đốc, kiểm tra", and the partners of "Chủ trì, phối hợp với" coordinate (Quyết định, UBND tỉnh Hà Tĩnh)', async () => {
    const r = roles(await extractFile(`${DOCS}/0f98ee482389e59e.md`));
    expect(r).toEqual(
      expect.arrayContaining([
        'P2.Điều 2.1.1 LEAD Sở Tư pháp',
        'P2.Điều 2.1.3 COORDINATE Văn phòng Ủy ban nhân dân tỉnh',
        'P2.Điều 2.1.3 COORDINATE các cơ quan, tổ chức có liên quan',
        'P2.Điều 2.1.3 SUPERVISE Sở Tư pháp',
        'P2.Điều 2.4.4 COORDINATE Hội Công chứng viên',
      ]),
    );
    // Its "phối hợp" clauses are still its own duties: it leads them, the partners coordinate.
    expect(r.filter((x) => x.startsWith('P2.Điều 2.') && x.includes('COORDINATE Sở Tư pháp'))).toEqual([]);
  });

  it('"Điều 4. Nhiệm vụ, quyền hạn của bộ": the body the heading names after "của" (Nghị định, Chính phủ)', async () => {
    const r = roles(await extractFile(`${DOCS}/e8b69e31579c0186.md`));
    expect(r).toEqual(expect.arrayContaining(['Điều 4.5 SUPERVISE Bộ', 'Điều 4.5 COORDINATE các cơ quan liên quan']));
  });

  it('a decree cited in a Căn cứ names another body\'s functions; a person\'s powers ("của người ra quyết định thanh tra") are no body\'s duties', async () => {
    const text = [
      'QUYẾT ĐỊNH',
      'Căn cứ Nghị định số 25/2025/NĐ-CP ngày 21/02/2025 của Chính phủ quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Bộ Y tế;',
      'QUY CHẾ HOẠT ĐỘNG CỦA HỘI ĐỒNG',
      'Điều 3. Nhiệm vụ và quyền hạn',
      '1. Tham mưu xây dựng kế hoạch hoạt động hằng năm.',
      'Điều 4. Nhiệm vụ, quyền hạn của người ra quyết định thanh tra',
      '1. Chỉ đạo, kiểm tra Đoàn thanh tra thực hiện đúng nội dung quyết định.',
    ].join('\n');
    const r = roles(await extractSource(text, 'decision.md'));
    expect(r.filter((x) => /Bộ Y tế|[Nn]gười ra quyết định/.test(x))).toEqual([]);
  });
});
