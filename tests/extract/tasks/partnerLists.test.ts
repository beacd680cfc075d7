/**
 * Partners of a lead: "chủ trì cùng X" names X as "phối hợp với X" does, and the bodies listed after a comma
 * inside "phối hợp với A, B, C khẩn trương ..." are partners, not the subject of a new clause. Excerpt: a Prime
 * Minister's telegram on inaugurating projects (November 2025), its items 3 and 6.
 */
import { describe, expect, it } from 'vitest';
import { roleBodies as roles } from '../../support/assignmentPairs';

const telegram = (item: string) => ['CÔNG ĐIỆN', '', 'THỦ TƯỚNG CHÍNH PHỦ yêu cầu:', '', item].join('\n');

describe('partners of a lead', () => {
  it('reads the bodies after "chủ trì cùng" as partners', () => {
    const r = roles(telegram('3. Bộ Tài chính chủ trì cùng Bộ Xây dựng và các bộ, ngành liên quan rà soát, đánh giá đề xuất thưởng cho các công trình.'));
    expect(r).toEqual(expect.arrayContaining(['LEAD Bộ Tài chính', 'COORDINATE Bộ Xây dựng', 'COORDINATE các bộ, ngành liên quan']));
  });

  it('keeps a partner list whole across its commas', () => {
    const r = roles(
      telegram('6. Bộ Nội vụ chủ trì, phối hợp với Bộ Xây dựng, Văn phòng Chính phủ, các bộ, ngành, địa phương liên quan khẩn trương hướng dẫn, rà soát, kịp thời khen thưởng.'),
    );
    expect(r).toEqual(expect.arrayContaining(['COORDINATE Văn phòng Chính phủ', 'COORDINATE các bộ, ngành, địa phương liên quan']));
    expect(r).not.toContain('LEAD Văn phòng Chính phủ');
  });

  it('reads "có trách nhiệm phối hợp" after a scope as coordinating, not leading (a provincial investment procedure)', () => {
    const r = roles(
      telegram('2. Các Sở, ban, ngành, UBND cấp xã theo chức năng quản lý của mình, có trách nhiệm phối hợp cung cấp thông tin thuộc thẩm quyền quản lý theo đề nghị của nhà đầu tư.'),
    );
    expect(r).toEqual(expect.arrayContaining(['COORDINATE các sở, ban, ngành']));
    expect(r).not.toContain('LEAD các sở, ban, ngành');
  });
});
