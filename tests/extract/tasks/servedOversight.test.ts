/**
 * "phục vụ" (to serve) before an oversight opens its purpose, as "để" does: "hoàn thành nghiệm thu ... phục vụ việc
 * kiểm tra của Hội đồng kiểm tra Nhà nước" is a duty to finish the acceptance for someone else's inspection, not an
 * inspection the subject carries out (no SUPERVISE). An oversight the subject does itself still supervises.
 * Excerpts: a Government office's notice of conclusions on the Nhơn Trạch 3 and 4 power plants (Đồng Nai, 2025).
 */
import { describe, expect, it } from 'vitest';
import { assignmentPairs as pairs } from '../../support/assignmentPairs';

const notice = (item: string): string => ['THÔNG BÁO', '', '1. Về Dự án Nhà máy điện Nhơn Trạch 3 và Nhơn Trạch 4', '', item].join('\n');

describe('an oversight the duty serves', () => {
  it('gives no SUPERVISE to the body that prepares for it', () => {
    const found = pairs(notice('(ii) Bộ Công Thương hoàn thành nghiệm thu các hạng mục còn lại của Nhà máy điện Nhơn Trạch 4 phục vụ việc kiểm tra của Hội đồng kiểm tra Nhà nước về công tác nghiệm thu công trình xây dựng trong tháng 11 năm 2025.'));
    expect(found).toContain('LEAD Bộ Công Thương');
    expect(found).not.toContain('SUPERVISE Bộ Công Thương');
  });

  it('still reads an oversight of the subject\'s own', () => {
    const found = pairs(notice('(iii) Bộ Công Thương kiểm tra việc nghiệm thu các hạng mục còn lại của Nhà máy điện Nhơn Trạch 4 trong tháng 11 năm 2025.'));
    expect(found).toContain('SUPERVISE Bộ Công Thương');
  });
});
