/**
 * Following the progress of one's own work in a system ("tra cứu, theo dõi tiến trình, kết quả giải quyết hồ sơ",
 * "cập nhật, theo dõi tiến trình của các mục tiêu, nhiệm vụ trên hệ thống") watches a record, like checking a mailbox:
 * no SUPERVISE (the gold of a province's Quy chế and a Prime Minister's programme); overseeing the implementation
 * still is. Keeping the books of one's assets ("việc theo dõi, hạch toán tài sản") watches a thing, too. Excerpts: a
 * Quy chế on the procedures system (Ninh Bình, 2025), a Prime Minister's programme (2025), a province's plan for the
 * inventory of public assets (2025).
 */
import { describe, expect, it } from 'vitest';
import { assignmentPairs as pairs } from '../../support/assignmentPairs';

describe('following the progress of a record', () => {
  it('gives no SUPERVISE for "theo dõi tiến trình"', () => {
    const text = [
      'QUYẾT ĐỊNH',
      '',
      '**Điều 1.** Tổ chức thực hiện',
      '',
      '5. Các bộ, ngành, địa phương định kỳ hằng năm gửi báo cáo Bộ Khoa học và Công nghệ tình hình triển khai Chương trình trước ngày 15 tháng 12 để tổng hợp, báo cáo Thủ tướng Chính phủ; cập nhật, theo dõi tiến trình của các mục tiêu, nhiệm vụ trên hệ thống công nghệ thông tin.',
    ].join('\n');
    const found = pairs(text);
    expect(found).toContain('LEAD các bộ, ngành, địa phương');
    expect(found.filter((p) => p.startsWith('SUPERVISE'))).toEqual([]);
  });

  it('still gives SUPERVISE for "theo dõi tiến độ thực hiện"', () => {
    const text = [
      'QUYẾT ĐỊNH',
      '',
      '**Điều 1.** Tổ chức thực hiện',
      '',
      '5. Sở Nội vụ theo dõi tiến độ thực hiện các mục tiêu, nhiệm vụ của Chương trình.',
    ].join('\n');
    expect(pairs(text)).toContain('SUPERVISE Sở Nội vụ');
  });
});

describe('keeping the books of assets', () => {
  it('gives no SUPERVISE for "việc theo dõi, hạch toán tài sản"', () => {
    const text = [
      'KẾ HOẠCH',
      '',
      '**IV. TỔ CHỨC THỰC HIỆN**',
      '',
      '1. Sở Tài chính chủ trì tổng hợp kết quả kiểm kê, báo cáo Ủy ban nhân dân tỉnh.',
      '',
      '2. Cơ quan, tổ chức, đơn vị thực hiện kiểm kê:',
      '',
      '- Chuẩn bị các điều kiện cần thiết về hồ sơ, thông tin tài sản, việc theo dõi, hạch toán tài sản tại cơ quan, tổ chức, đơn vị, doanh nghiệp theo quy định để phục vụ công tác kiểm kê.',
    ].join('\n');
    const found = pairs(text);
    expect(found).toContain('LEAD Cơ quan, tổ chức, đơn vị');
    expect(found.filter((p) => p.startsWith('SUPERVISE'))).toEqual([]);
  });
});
