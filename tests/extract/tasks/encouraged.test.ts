/**
 * "Chú trọng tập huấn, ... Khuyến khích các cơ sở giáo dục phối hợp với các tổ chức, doanh nghiệp cung cấp dịch vụ đào
 * tạo ...", "... kiến trúc mở, khuyến khích doanh nghiệp phát triển giải pháp ...": bodies encouraged past a unit's
 * opening (in a later sentence, after a comma) are given nothing, nor are their partners; an item that opens with
 * "Khuyến khích X" still gives X the item, as the gold of the plan has it. Excerpts: a province's plan on the digital
 * economy (Đồng Nai, 2025).
 */
import { describe, expect, it } from 'vitest';
import { assignmentPairs } from '../../support/assignmentPairs';

function pairs(lines: string[]): string[] {
  const text = ['KẾ HOẠCH', '', ...lines, ''].join('\n');
  return assignmentPairs(text);
}

describe('bodies only encouraged', () => {
  it('gives bodies encouraged in a later sentence of a point nothing, nor their partners', () => {
    const found = pairs([
      '**IV. PHÁT TRIỂN KINH TẾ SỐ VÀ XÃ HỘI SỐ**',
      '',
      '**5. Giáo dục và Đào tạo**',
      '',
      '5.1. Giáo dục phổ thông',
      '',
      'd) Xây dựng và tổ chức triển khai Chương trình dạy và học về kỹ năng số và STEM/STEAM trong giáo dục tiểu học và phổ thông. Chú trọng tập huấn, đào tạo giáo viên và trang bị đủ thiết bị, robotics, phần mềm. Khuyến khích các cơ sở giáo dục phối hợp với các tổ chức, doanh nghiệp cung cấp dịch vụ đào tạo kỹ năng số, STEM/STEAM, robotics để triển khai.',
    ]);
    expect(found.filter((p) => /cơ sở giáo dục|tổ chức, doanh nghiệp/.test(p))).toEqual([]);
  });

  it('still gives the item to the body an item opens by encouraging', () => {
    const found = pairs([
      '**VI. TỔ CHỨC THỰC HIỆN**',
      '',
      '15. Báo và Phát thanh, Truyền hình Đồng Nai chủ động phối hợp với Sở Khoa học và Công nghệ và các sở, ngành, địa phương xây dựng và phê duyệt kế hoạch tổ chức tuyên truyền, phổ biến sâu rộng trong các ngành, các cấp và Nhân dân về nội dung Kế hoạch này.',
      '',
      '16. Khuyến khích Đoàn Thanh niên Cộng sản Hồ Chí Minh tỉnh Đồng Nai chỉ đạo hệ thống tổ chức đoàn cơ sở các cấp cử đầu mối tới tận cấp xã, tham gia mạng lưới hỗ trợ triển khai chuyển đổi số do Sở Khoa học và Công nghệ điều phối.',
    ]);
    expect(found).toContain('LEAD Đoàn Thanh niên Cộng sản Hồ Chí Minh tỉnh Đồng Nai');
    expect(found).toContain('COORDINATE Báo và Phát thanh, Truyền hình Đồng Nai');
  });
});
