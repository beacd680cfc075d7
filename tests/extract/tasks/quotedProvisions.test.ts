/**
 * A letter quotes the provisions it answers with ("Tại khoản 7 Điều 39 Nghị định số 126/2020/NĐ-CP ... quy định:
 * “... Bộ Tài chính hướng dẫn cụ thể ...”"): the quotation gives no duty; the letter's own closing still does.
 * Excerpt: Công văn 5443/CT-CS of the Cục Thuế (2025).
 */
import { describe, expect, it } from 'vitest';
import { assignmentPairs as pairs } from '../../support/assignmentPairs';

const LETTER = (quoteOpen: string, quoteClose: string) =>
  [
    '**BỘ TÀI CHÍNH**',
    '**CỤC THUẾ**',
    '',
    'Số: 5443/CT-CS',
    '',
    'V/v tỷ lệ trích ủy nhiệm thu thuế sử dụng đất',
    '',
    '**Kính gửi:** Thuế thành phố Hồ Chí Minh.',
    '',
    'Cục Thuế nhận được công văn số 3896/TPHCM-VP ngày 21/10/2025 của Thuế thành phố Hồ Chí Minh. Về vấn đề này, Cục Thuế có ý kiến như sau:',
    '',
    'Tại khoản 7 Điều 39 Nghị định số 126/2020/NĐ-CP ngày 19/10/2020 của Chính phủ quy định chi tiết điều Luật Quản lý thuế:',
    '',
    `*${quoteOpen}7. Kinh phí ủy nhiệm thu*`,
    '',
    '*a) Kinh phí ủy nhiệm thu từ nguồn ngân sách nhà nước cấp cho cơ quan quản lý thuế. Bộ Tài chính hướng dẫn cụ thể nội dung chi, mức chi, quản lý, sử dụng, thanh toán, quyết toán nguồn kinh phí ủy nhiệm thu.*',
    '',
    `*b) Cơ quan quản lý thuế phải trả kinh phí cho bên được ủy nhiệm thu trên cơ sở được quy định tại Hợp đồng ủy nhiệm thu và số tiền người nộp thuế đã thực nộp vào ngân sách nhà nước${quoteClose}*`,
    '',
    'Cục Thuế trả lời để Thuế thành phố Hồ Chí Minh biết và thực hiện./.',
  ].join('\n');

describe('provisions a letter quotes', () => {
  it('gives no duty inside the quotation, straight or curly quotes', () => {
    for (const [open, close] of [['"', '"'], ['“', '”']] as const) {
      const found = pairs(LETTER(open, close));
      expect(found).not.toContain('LEAD Bộ Tài chính');
      expect(found.some((p) => /quản lý thuế/i.test(p))).toBe(false);
      expect(found).toContain('LEAD Thuế thành phố Hồ Chí Minh');
    }
  });

  it('ends a curly quotation at its own closing mark, not at a straight quote inside it', () => {
    const inner = LETTER('“', '”').replace('a) Kinh phí ủy nhiệm thu từ', 'a) Kinh phí "ủy nhiệm thu" từ');
    expect(inner).toContain('"ủy nhiệm thu"');
    expect(pairs(inner)).not.toContain('LEAD Bộ Tài chính');
  });

  it('still reads the same duties where the text is not quoted', () => {
    const found = pairs(LETTER('', ''));
    expect(found).toContain('LEAD Bộ Tài chính');
  });
});
