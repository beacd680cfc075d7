/**
 * A city's text names a body with and without the bare word of its own place ("Trung tâm Chuyển đổi số Thành phố",
 * "Trung tâm Chuyển đổi số"): one body, named in full in both places. Excerpts are real text: a decision of
 * UBND thành phố Hồ Chí Minh (2833/QĐ-UBND) and an annex of a Hà Nội HĐND resolution (77/2025/NQ-HĐND).
 */
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../src/extract/extractDocument';

function bodies(text: string): string[] {
  return [...new Set(extractDocument(text, { fileName: 'excerpt.txt' }).assignments.map((a) => a.body))];
}

describe("a body named with and without its own place's word", () => {
  it('names the short form in full ("Giao Trung tâm Chuyển đổi số Thành phố" / "Giám đốc Trung tâm Chuyển đổi số Thành phố")', () => {
    const text = [
      'ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH',
      '',
      'Số: 2833/QĐ-UBND',
      '',
      'QUYẾT ĐỊNH',
      '',
      'Điều 2. Tổ chức thực hiện',
      '1. Giao Sở Nông nghiệp và Môi trường rà soát, đánh giá tiêu chí để cung cấp dịch vụ công trực tuyến.',
      '2. Giao Trung tâm Chuyển đổi số',
      'Thành phố cấu hình thủ tục hành chính trên Hệ thống Thông tin giải quyết thủ tục hành chính Thành phố.',
      'Điều 4. Chánh Văn phòng Ủy ban nhân dân Thành phố, Giám đốc Sở Nông nghiệp và Môi trường, Giám đốc Trung tâm Chuyển đổi số Thành phố, Chủ tịch Ủy ban nhân dân cấp xã và các tổ chức, cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này./.',
    ].join('\n');
    const got = bodies(text);
    expect(got).toContain('Trung tâm Chuyển đổi số Thành phố');
    expect(got).not.toContain('Trung tâm Chuyển đổi số');
  });

  it('names "Trung tâm Phục vụ hành chính công" by the full name the annex writes elsewhere', () => {
    const text = [
      'HỘI ĐỒNG NHÂN DÂN THÀNH PHỐ HÀ NỘI',
      '',
      'Số: 77/2025/NQ-HĐND',
      '',
      'NGHỊ QUYẾT',
      '',
      'III. Thuê chuyên gia',
      '',
      '2. Đối với trường hợp thuê chuyên gia là người nước ngoài, Trung tâm Phục vụ hành chính công báo cáo đề xuất Ủy ban nhân dân Thành phố chấp thuận về việc thuê chuyên gia nước ngoài; tổ chức thực hiện việc thỏa thuận, ký hợp đồng thuê chuyên gia.',
      '',
      '3. Căn cứ vào quy mô, tính chất của nhiệm vụ và địa điểm thực hiện nhiệm vụ, Giám đốc Trung tâm Phục vụ hành chính công Thành phố xác định mức chi phù hợp hoặc báo cáo Chủ tịch Ủy ban nhân dân Thành phố xem xét, quyết định.',
    ].join('\n');
    const got = bodies(text);
    expect(got).toContain('Trung tâm Phục vụ hành chính công Thành phố');
    expect(got).not.toContain('Trung tâm Phục vụ hành chính công');
  });
});
