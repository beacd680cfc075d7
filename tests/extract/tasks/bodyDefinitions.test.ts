/**
 * An article headed by a body's name that only says what the body is: its definition, sources of money and working
 * principles (a law's article on a fund), its legal status (a decision reorganising a university), its founding by
 * another (a steering committee's regulation on its office). The heading names the body those clauses are about and
 * gives it none of them as a duty; articles headed by a body whose clauses are duties, and "Trách nhiệm của X"
 * articles that open with what X is before its duties, keep them. Excerpts: the Law on Data (Luật 60/2024/QH15),
 * Quyết định 2536/QĐ-TTg (Đại học Công nghiệp Hà Nội), the Quy chế of the Ban Chỉ đạo Nhà nước về Du lịch (Quyết
 * định 170/QĐ-BCĐNNDL), the Quy chế of Hà Tĩnh's administrative procedure system and of its document system.
 */
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../src/extract/extractDocument';

function assignments(text: string): { pair: string; section: string | null }[] {
  return extractDocument(text, { fileName: 'excerpt.md' }).assignments.map((a) => ({ pair: `${a.role} ${a.body}`, section: a.section }));
}

function pairs(text: string): string[] {
  return [...new Set(assignments(text).map((a) => a.pair))];
}

describe("an article that defines its heading's body", () => {
  it('gives a fund no duty from its definition, its sources of money or its working principles', () => {
    const text = [
      '**Điều 29. Quỹ phát triển dữ liệu quốc gia**',
      '',
      '1. Quỹ phát triển dữ liệu quốc gia là quỹ tài chính nhà nước ngoài ngân sách, được hình thành ở trung ương để thúc đẩy phát triển, khai thác, ứng dụng, quản trị dữ liệu quốc gia.',
      '',
      '2. Quỹ phát triển dữ liệu quốc gia được hình thành từ các nguồn tài chính sau đây:',
      '',
      'a) Hỗ trợ từ nguồn ngân sách nhà nước;',
      '',
      'b) Nguồn đóng góp tự nguyện của các tổ chức, cá nhân trong nước và ngoài nước;',
      '',
      'c) Nguồn tài chính hợp pháp khác theo quy định của pháp luật.',
      '',
      '3. Quỹ phát triển dữ liệu quốc gia hoạt động theo nguyên tắc sau đây:',
      '',
      'a) Không vì mục đích lợi nhuận;',
      '',
      'b) Quản lý, sử dụng đúng mục đích, đúng pháp luật, kịp thời, hiệu quả, bảo đảm công khai, minh bạch;',
      '',
      'c) Hỗ trợ cho các hoạt động xây dựng, phát triển, bảo vệ, quản trị, xử lý, sử dụng dữ liệu;',
      '',
      'd) Được chi cho các hoạt động khi ngân sách nhà nước bố trí chưa đáp ứng yêu cầu.',
    ].join('\n');
    expect(assignments(text)).toEqual([]);
  });

  it('gives a fund no duty from the clause on its founding by the Government', () => {
    const text = [
      '**Điều 29. Quỹ phát triển dữ liệu quốc gia**',
      '',
      '4. Chính phủ quy định việc thành lập, quản lý, sử dụng Quỹ phát triển dữ liệu quốc gia.',
    ].join('\n');
    expect(pairs(text).filter((p) => p.includes('Quỹ'))).toEqual([]);
  });

  it("keeps the reorganisation a university's own item gives it, and gives it nothing from its status", () => {
    const text = [
      '**Điều 2. **Đại học Công nghiệp',
      'Hà Nội là đơn vị sự nghiệp công lập, cơ sở giáo dục đại học công lập trực thuộc',
      'Bộ Công Thương; có tư cách pháp nhân, con dấu và tài khoản riêng; chịu sự quản',
      'lý nhà nước về giáo dục của Bộ Giáo dục và Đào tạo; chịu sự quản lý nhà nước về',
      'lãnh thổ của Ủy ban nhân dân thành phố Hà Nội.',
      '1. Đại học Công nghiệp Hà Nội thực hiện tổ chức lại',
      'cơ cấu tổ chức và hoạt động trên cơ sở Trường Đại học Công nghiệp Hà Nội theo',
      'quy định của Luật Giáo dục đại học và quy định',
      'pháp luật có liên quan.',
    ].join('\n');
    const found = assignments(text);
    expect(found.map((a) => a.section)).not.toContain('Điều 2');
    expect(found).toContainEqual({ pair: 'LEAD Đại học Công nghiệp Hà Nội', section: 'Điều 2.1' });
  });

  it("gives a committee's office nothing from the article saying who sets it up", () => {
    const text = [
      '**Điều 18. Văn phòng Ban Chỉ đạo**',
      '',
      'Phó Trưởng Ban Chỉ đạo quyết định thành lập Văn',
      'phòng Ban Chỉ đạo để giúp việc Ban Chỉ đạo theo quy định tại Điều',
      '15 Quyết định số 23/2023/QĐ-TTg ngày 18 tháng 9 năm 2023 của Thủ tướng',
      'Chính phủ về việc thành lập, tổ chức và hoạt động của tổ chức phối hợp liên',
      'ngành; quy định chức năng, nhiệm vụ, cơ cấu tổ chức và kinh phí hoạt động của',
      'Văn phòng Ban Chỉ đạo.',
    ].join('\n');
    expect(pairs(text)).toEqual([]);
  });
});

describe("an article whose heading's body is given duties", () => {
  it('keeps the duties of articles headed by a body alone', () => {
    const text = [
      '**Điều 21. Sở',
      'Khoa học và Công nghệ**',
      '',
      '1. Phối hợp với cơ quan, đơn vị',
      'quản lý, vận hành, bảo đảm cho Hệ thống thông tin giải quyết TTHC tỉnh hoạt động',
      'thông suốt, liên thông, an toàn, ổn định.',
      '',
      '2. Chủ trì, phối hợp với Văn',
      'phòng UBND tỉnh và các cơ quan liên quan triển khai các phương án, giải pháp kết',
      'nối, tích hợp Hệ thống thông tin giải quyết TTHC tỉnh với Cổng dịch vụ công Quốc',
      'gia.',
      '',
      '**Điều 22. Sở',
      'Tài chính**',
      '',
      'Chủ trì, phối hợp với Sở Khoa học',
      'và Công nghệ và các cơ quan liên quan tham mưu UBND tỉnh bố trí kinh phí để triển',
      'khai, nâng cấp và duy trì hoạt động có hiệu quả Hệ thống thông tin giải quyết TTHC tỉnh.',
    ].join('\n');
    expect(pairs(text)).toEqual(expect.arrayContaining(['LEAD Sở Khoa học và Công nghệ', 'LEAD Sở Tài chính']));
  });

  it("keeps the duties a 'Trách nhiệm của' article announces after saying what its body is", () => {
    const text = [
      '**Điều 21.',
      'Trách nhiệm của Sở Khoa học và Công nghệ**',
      '',
      'Sở Khoa học và Công nghệ là cơ',
      'quan quản lý, vận hành Hệ thống QLVB&ĐH của tỉnh, có trách nhiệm:',
      '',
      '1. Tham mưu, trình Ủy ban nhân',
      'dân tỉnh chỉ đạo, tổ chức thực hiện theo yêu cầu của Chính phủ, Văn phòng Chính',
      'phủ, Bộ Khoa học và Công nghệ về quản lý, sử dụng Hệ thống QLVB&ĐH.',
      '',
      '4. Đảm bảo hạ tầng kỹ thuật mạng,',
      'thiết bị để cài đặt, lưu trữ dữ liệu Hệ thống QLVB&ĐH tập trung.',
    ].join('\n');
    expect(assignments(text)).toEqual(
      expect.arrayContaining([
        { pair: 'LEAD Sở Khoa học và Công nghệ', section: 'Điều 21.1' },
        { pair: 'LEAD Sở Khoa học và Công nghệ', section: 'Điều 21.4' },
      ]),
    );
  });
});
