/**
 * A ministry department's reply to a provincial office closes "Cục Thuế trả lời để Thuế tỉnh X được biết./.". When
 * the letter requests something of that office ("Đề nghị Thuế tỉnh X ..."), the office carries the guidance out:
 * LEAD; the partners it is asked to work with coordinate, the office itself does not (seventh-round decision,
 * consistency audit rule 5). Told only for information (no request), it is given nothing. Excerpts: Công văn 5665/CT-CS and 5487/CT-CS of
 * the Cục Thuế (November 2025).
 */
import { describe, expect, it } from 'vitest';
import { assignmentPairs as pairs } from '../../support/assignmentPairs';

describe('a reply closing on the office it answers', () => {
  it('gives the requested office LEAD for "trả lời để ... được biết"', () => {
    const text = [
      '**Kính gửi:** Thuế tỉnh Lào Cai.',
      '',
      'Đề nghị Thuế tỉnh Lào Cai phối hợp với các cơ quan liên quan',
      'rà soát hồ sơ thuê đất, thông báo nộp tiền thuê đất và tình hình thực hiện',
      'nghĩa vụ về tiền thuê đất của người sử dụng đất.',
      'Cục Thuế trả lời để Thuế tỉnh Lào Cai',
      'được biết./.',
    ].join('\n');
    expect(pairs(text)).toContain('LEAD Thuế tỉnh Lào Cai');
  });

  it('gives the requested office no COORDINATE for "Đề nghị X phối hợp với Y ...", only its partners', () => {
    const text = [
      '**Kính gửi:** Thuế tỉnh Nghệ An.',
      '',
      'Đề nghị Thuế tỉnh Nghệ An phối hợp với các cơ quan chức năng của địa phương, căn cứ quy định của pháp luật và',
      'hồ sơ cụ thể để thực hiện cho phù hợp.',
      'Cục Thuế trả lời để Thuế tỉnh Nghệ An biết và thực hiện./.',
    ].join('\n');
    const found = pairs(text);
    expect(found).toContain('LEAD Thuế tỉnh Nghệ An');
    expect(found.some((p) => p.startsWith('COORDINATE các cơ quan chức năng'))).toBe(true);
    expect(found).not.toContain('COORDINATE Thuế tỉnh Nghệ An');
  });

  it('gives nothing to offices told only for information', () => {
    const text = [
      '**Kính gửi:**',
      '- Thuế tỉnh Bắc Ninh;',
      '- Thuế tỉnh Khánh Hòa.',
      '',
      'Căn cứ quy định nêu trên, trường hợp cơ sở kinh doanh đã xuất hóa đơn thì thực hiện theo quy định.',
      'Cục Thuế có ý kiến để Thuế tỉnh Bắc Ninh và Thuế tỉnh',
      'Khánh Hòa được biết./.',
    ].join('\n');
    expect(pairs(text)).toEqual([]);
  });
});
