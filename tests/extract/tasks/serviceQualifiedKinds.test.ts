/**
 * A kind of body named by the service it provides (issue 8, seventeenth pass, theme A): "đơn vị cung cấp dịch vụ
 * công nghệ thông tin", a partner in the TTHC decisions of many provinces, keeps its service in its name up to the
 * scope ("căn cứ quy trình nội bộ ...") or the next body of the list ("và các cơ quan, đơn vị liên quan"), where the
 * parser alone stopped at "Đơn vị". Sentences as the Cao Bằng and Gia Lai TTHC decisions write them (development files).
 */
import { describe, expect, it } from 'vitest';
import { roleBodies } from '../../support/assignmentPairs';

function assigned(clause: string): string[] {
  const text = `ỦY BAN NHÂN DÂN\nTỈNH CAO BẰNG\n\nSố: 20/QĐ-UBND\n\nQUYẾT ĐỊNH\n\nĐiều 1. Công bố.\n\n${clause}\n`;
  return roleBodies(text);
}

describe('a kind named by the service it provides', () => {
  it('keeps the service up to a scope opened by "căn cứ"', () => {
    expect(
      assigned(
        'Điều 2. Giao Sở Văn hóa, Thể thao và Du lịch chủ trì, phối hợp với đơn vị cung cấp dịch vụ công nghệ thông\ntin căn cứ quy trình nội bộ giải quyết thủ tục hành chính được phê duyệt tại Điều\n1 Quyết định này, xây dựng quy trình điện tử giải quyết thủ tục hành chính.',
      ),
    ).toEqual(['LEAD Sở Văn hóa, Thể thao và Du lịch', 'COORDINATE Đơn vị cung cấp dịch vụ công nghệ thông tin']);
  });

  it('keeps it up to the next body of the list, which is read too', () => {
    const got = assigned(
      '**Điều 3. Trách nhiệm thực hiện**\n\n1. Sở Nông nghiệp và Môi trường\n\nb) Chủ trì, phối hợp với Sở\nKhoa học và Công nghệ, đơn vị cung cấp dịch vụ công nghệ thông tin và các cơ\nquan, đơn vị liên quan căn cứ quy trình nội bộ giải quyết thủ tục hành chính được phê duyệt tại Điều 2 Quyết định này.',
    );
    expect(got).toEqual(
      expect.arrayContaining(['COORDINATE Sở Khoa học và Công nghệ', 'COORDINATE Đơn vị cung cấp dịch vụ công nghệ thông tin', 'COORDINATE các cơ quan, đơn vị liên quan']),
    );
    expect(got).not.toContain('COORDINATE Đơn vị');
  });

  it('still ends at "có trách nhiệm" as a subject', () => {
    expect(assigned('Điều 2. Đơn vị cung cấp dịch vụ đăng kiểm có trách nhiệm cập nhật dữ liệu kiểm định lên hệ thống.')).toEqual(['LEAD Đơn vị cung cấp dịch vụ đăng kiểm']);
  });
});
