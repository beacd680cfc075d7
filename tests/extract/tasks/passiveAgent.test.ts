/**
 * "... khi chưa được Chính phủ, Thủ tướng Chính phủ phê duyệt.": the bodies after "được" are a passive's agent, not
 * a subject the comma opens; nor are those a plan's aim helps ("Giúp các Sở, ban, ngành, UBND các phường, xã, ...
 * căn cứ để triển khai ..."); a comma after the agent still opens one ("Sau khi được Quốc hội thông qua, các Bộ, cơ
 * quan, địa phương tập trung ..."). Excerpts: a Prime Minister's list of state secrets (2025), a province's plan
 * (Đồng Nai, 2025), a Government Office notice (2025).
 */
import { describe, expect, it } from 'vitest';
import { assignmentPairs as pairs } from '../../support/assignmentPairs';

describe("a passive's agent", () => {
  it('is no subject: "được Chính phủ, Thủ tướng Chính phủ phê duyệt" gives nobody a duty', () => {
    const text = [
      'QUYẾT ĐỊNH',
      '',
      '**Điều 3. Bí mật nhà nước độ Mật**',
      '',
      '1. Thông tin, tài liệu về tổ chức bộ máy và quản lý biên chế',
      '',
      'b) Đề án, văn bản về việc thành lập, tổ chức lại, giải thể các tổ chức hành chính, đơn vị sự nghiệp công lập khi chưa được Chính phủ, Thủ tướng Chính phủ phê duyệt.',
    ].join('\n');
    expect(pairs(text)).toEqual([]);
  });

  it('is no subject either after "giúp": the bodies a plan\'s aim helps get nothing', () => {
    const text = [
      'KẾ HOẠCH',
      '',
      '**I. MỤC TIÊU TỔNG QUÁT**',
      '',
      '1. Cụ thể hóa việc triển khai thực hiện hiệu quả, đúng mục tiêu Chương trình phát triển kinh tế số và xã hội số giai đoạn 2026 - 2030 của Trung ương. Giúp các Sở, ban, ngành, UBND các phường, xã, các tổ chức, các doanh nghiệp trên địa bàn tỉnh căn cứ để triển khai phát triển kinh tế số và xã hội số của các cơ quan đơn vị;',
    ].join('\n');
    expect(pairs(text)).toEqual([]);
  });

  it('leaves the subject after the agent\'s clause its duty', () => {
    const text = [
      'THÔNG BÁO',
      '',
      '1. Kết luận',
      '',
      '(4) Sau khi được Quốc hội thông qua, các Bộ, cơ quan, địa phương tập trung tổ chức thực hiện có hiệu quả.',
    ].join('\n');
    expect(pairs(text)).toContain('LEAD các bộ, cơ quan, địa phương');
  });
});
