/**
 * A letter's closing request to "các cơ quan, đơn vị" / "Thủ trưởng các đơn vị" restates the bodies it is addressed
 * to: no body of its own (their duties come from the letter's requests). A qualified group told to act ("các cơ quan
 * có liên quan biết, thực hiện") and the closing of a text without addressees are kept. Excerpts: Công văn of the
 * Sở Giáo dục và Đào tạo Hà Nội and of the UBND Thành phố Hồ Chí Minh (2025); Kế hoạch of a provincial UBND (2025).
 */
import { describe, expect, it } from 'vitest';
import { assignmentPairs as pairs } from '../../support/assignmentPairs';

describe('the closing request of a letter to its addressees by their kind', () => {
  it('gives "Thủ trưởng các đơn vị nghiêm túc thực hiện./." no body of its own', () => {
    const text = [
      'Kính gửi:',
      '- UBND các xã, phường;',
      '- Các đơn vị, cơ sở giáo dục trực thuộc.',
      '',
      'Sở Giáo dục và Đào tạo đề nghị UBND các xã, phường; các đơn vị, cơ sở giáo dục trực thuộc thực hiện nghiêm túc',
      'theo văn bản chỉ đạo của UBND Thành phố, chủ động điều chỉnh lịch học tập.',
      '',
      'Sở',
      'Giáo dục và Đào tạo đề nghị Thủ trưởng các đơn vị nghiêm túc thực hiện./.',
    ].join('\n');
    const got = pairs(text);
    expect(got).toContain('LEAD các đơn vị, cơ sở giáo dục trực thuộc');
    expect(got).not.toContain('LEAD các đơn vị');
  });

  it('keeps a qualified group the letter informs ("các cơ quan có liên quan biết, thực hiện./.")', () => {
    const text = [
      'Kính gửi: Bộ Xây dựng.',
      '',
      'Văn phòng Chính phủ xin thông báo để Bộ Xây dựng và các cơ quan có liên quan biết, thực hiện./.',
    ].join('\n');
    expect(pairs(text)).toContain('LEAD các cơ quan có liên quan');
  });

  it('keeps the closing of a plan, which has no addressees', () => {
    const text = 'Trên đây là kế hoạch tổ chức phong trào thi đua; các cơ quan, đơn vị nghiêm túc tổ chức, triển khai thực hiện./.';
    expect(pairs(text)).toContain('LEAD các cơ quan, đơn vị');
  });
});
