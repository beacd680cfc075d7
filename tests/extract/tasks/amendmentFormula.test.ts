/**
 * The closing formula of a decision or a regulation about amending it ("Trong quá trình thực hiện, nếu cần sửa đổi, bổ
 * sung, Bộ Công Thương rà soát, tổng hợp ý kiến, ... trình Thủ tướng Chính phủ ...", "..., các cấp, các ngành ... phát
 * hiện những vấn đề chưa phù hợp ..., báo cáo Ủy ban nhân dân ...") is a condition, like "nếu có khó khăn, vướng mắc":
 * the third round's rule, no assignment; a duty given outright still is one. Excerpts: a Prime Minister's decision
 * (2025), a city's regulation on emulation (Hà Nội, 2025).
 */
import { describe, expect, it } from 'vitest';
import { assignmentPairs as pairs } from '../../support/assignmentPairs';

describe('the formula about amending the text', () => {
  it('gives nothing to the body that acts "nếu cần sửa đổi, bổ sung"', () => {
    const text = [
      'QUYẾT ĐỊNH',
      '',
      '**Điều 2.** Trong quá trình thực hiện, nếu cần sửa đổi, bổ sung, Bộ Công Thương rà soát, tổng hợp ý kiến, đề xuất điều chỉnh, bổ sung danh mục phù hợp yêu cầu thực tế, trình Thủ tướng Chính phủ xem xét, quyết định.',
    ].join('\n');
    expect(pairs(text)).toEqual([]);
  });

  it('gives nothing to the bodies that "phát hiện những vấn đề chưa phù hợp ..., báo cáo"', () => {
    const text = [
      'QUY CHẾ',
      '',
      '**Chương IV. TỔ CHỨC THỰC HIỆN**',
      '',
      'Trong quá trình thực hiện, các cấp, các ngành, các địa phương, cơ quan, đơn vị phát hiện những vấn đề chưa phù hợp hoặc những vấn đề mới cần sửa đổi, bổ sung, báo cáo Ủy ban nhân dân thành phố Hà Nội qua Sở Nội vụ thành phố Hà Nội để xem xét, sửa đổi kịp thời./.',
    ].join('\n');
    expect(pairs(text)).toEqual([]);
  });

  it('still gives a duty given outright', () => {
    const text = [
      'QUYẾT ĐỊNH',
      '',
      '**Điều 2.** Bộ Công Thương rà soát, tổng hợp ý kiến, đề xuất điều chỉnh, bổ sung danh mục phù hợp yêu cầu thực tế, trình Thủ tướng Chính phủ xem xét, quyết định.',
    ].join('\n');
    expect(pairs(text)).toContain('LEAD Bộ Công Thương');
  });
});
