/**
 * A body that leads a duty does not also coordinate where the duty names its partners: "Sở X chủ trì, phối hợp với
 * Văn phòng UBND tỉnh (...): Rà soát, phối hợp với các cơ quan, đơn vị có liên quan xây dựng ..." (the later partners
 * are the lead's). A partner written "văn phòng UBND tỉnh" in lower case is the office ("văn" is no OCR-damaged
 * "với"). Excerpts: decisions publishing procedures (Bắc Ninh, 2025), a Government Office notice (2025).
 */
import { describe, expect, it } from 'vitest';
import { assignmentPairs as pairs } from '../../support/assignmentPairs';

describe('a lead and the partners of its duty', () => {
  it('gives the partners of a later "phối hợp với" in a duty the body leads COORDINATE, not the lead', () => {
    const text = [
      'QUYẾT ĐỊNH',
      '',
      '**Điều 2. **Giao các cơ quan, đơn vị:',
      '1. Sở Nông nghiệp và Môi trường',
      'chủ trì, phối hợp với Văn phòng UBND tỉnh (Trung tâm Phục vụ hành chính công):',
      'Rà soát, phối hợp với các cơ',
      'quan, đơn vị có liên quan xây dựng quy trình nội bộ, quy trình điện tử trong',
      'giải quyết TTHC theo nội dung công bố tại Quyết định này.',
    ].join('\n');
    const found = pairs(text);
    expect(found).toContain('LEAD Sở Nông nghiệp và Môi trường');
    expect(found).toContain('COORDINATE các cơ quan, đơn vị có liên quan');
    expect(found).not.toContain('COORDINATE Sở Nông nghiệp và Môi trường');
  });

  it('still gives a lead COORDINATE where its "phối hợp" names nobody', () => {
    const text = ['THÔNG BÁO', '', '1. Kết luận', '', '(4) Đài truyền hình Việt Nam chủ trì đạo diễn, phối hợp thực hiện chương trình truyền hình trực tiếp.'].join('\n');
    expect(pairs(text)).toEqual(expect.arrayContaining(['LEAD Đài truyền hình Việt Nam', 'COORDINATE Đài truyền hình Việt Nam']));
  });

  it('reads "phối hợp văn phòng UBND tỉnh (Trung tâm ...)" as the office', () => {
    const text = [
      'QUYẾT ĐỊNH',
      '',
      '**Điều 2. **Giao các cơ quan, đơn vị:',
      '1. Sở Văn hóa, Thể thao và Du lịch chủ trì, phối hợp văn phòng UBND tỉnh (Trung tâm Phục vụ hành chính công): Rà soát, xây dựng quy trình nội bộ trong giải quyết TTHC.',
    ].join('\n');
    const found = pairs(text);
    expect(found).toContain('COORDINATE Văn phòng Ủy ban nhân dân tỉnh');
    expect(found.filter((p) => p.includes('Trung tâm'))).toEqual([]);
  });
});
