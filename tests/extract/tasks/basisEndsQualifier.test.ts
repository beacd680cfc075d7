/**
 * "căn cứ" opens the predicate of a kind of body named by what it does: "phối hợp với đơn vị cung cấp dịch vụ công
 * nghệ thông tin căn cứ quy trình nội bộ ... xây dựng quy trình điện tử" (the formula of provincial decisions
 * publishing administrative procedures) names the IT provider, not a bare "Đơn vị"; "Các doanh nghiệp công nghệ số
 * căn cứ vào nội dung ... của Chương trình" is the digital firms' duty. Excerpts: a decision of the UBND tỉnh Cao
 * Bằng publishing procedures (2025) and the Government's Chương trình phát triển Chính phủ số (2025).
 */
import { describe, expect, it } from 'vitest';
import { assignmentPairs as pairs } from '../../support/assignmentPairs';

describe('"căn cứ" after a qualified kind of body', () => {
  it('keeps the qualifier of a partner in its name', () => {
    const text = [
      'QUYẾT ĐỊNH',
      '',
      '**Điều 2.** Giao Sở Văn hóa, Thể thao và Du lịch chủ trì, phối hợp với đơn vị cung cấp dịch vụ công nghệ thông tin căn cứ quy trình nội bộ giải quyết thủ tục hành chính được phê duyệt tại Điều 1 Quyết định này xây dựng quy trình điện tử.',
    ].join('\n');
    const found = pairs(text);
    expect(found).toContain('COORDINATE Đơn vị cung cấp dịch vụ công nghệ thông tin');
    expect(found).not.toContain('COORDINATE Đơn vị');
  });

  it('reads a qualified subject acting on the programme', () => {
    const text = [
      'CHƯƠNG TRÌNH',
      '',
      'IV. TỔ CHỨC THỰC HIỆN',
      '',
      '4. Các doanh nghiệp công nghệ số căn cứ vào nội dung, nhiệm vụ và giải pháp của Chương trình, chủ động xây dựng kế hoạch tham gia thực hiện.',
    ].join('\n');
    expect(pairs(text)).toContain('LEAD các doanh nghiệp công nghệ số');
  });
});
