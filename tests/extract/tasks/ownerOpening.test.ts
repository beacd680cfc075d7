/**
 * A point of a regulation that opens with its owner's heading and runs on into the owner's duty: the title joined to
 * the point's first line by the export ("1. Trách nhiệm của Sở Tư pháp" / "hướng dẫn, tổ chức thực hiện ...") or
 * closed by a colon ("a) Trách nhiệm của Văn phòng đăng ký đất đai: Chịu trách nhiệm quản lý ..."). The owner named
 * there is the subject of that duty, not the bodies of the article's heading above it. Excerpts: the Quy chế phối hợp
 * of the land registration offices of Lai Châu (Quyết định 88/2025/QĐ-UBND) and of Nghệ An (Quyết định
 * 95/2025/QĐ-UBND), and the Quy định on household solid waste of Hà Tĩnh (Quyết định 74/2025/QĐ-UBND).
 */
import { describe, expect, it } from 'vitest';
import { assignmentPairs as pairs } from '../../support/assignmentPairs';

describe('an owner heading run on into its duty', () => {
  it('gives the duty to the owner a wrapped title names, not to the article heading above it', () => {
    const text = [
      'QUY CHẾ',
      '',
      '**Điều 11.',
      'Trách nhiệm của các cơ quan khác có liên quan**',
      '',
      '1. Trách nhiệm của Sở Tư pháp',
      'hướng dẫn, tổ chức thực hiện, tuyên truyền, phổ biến pháp luật về đăng ký biện',
      'pháp bảo đảm tại địa phương.',
      '',
      '2. Trách nhiệm của Sở Xây dựng',
      '',
      'a) Tiếp nhận và trả lời bằng',
      'văn bản nội dung liên quan đến nhà ở, công trình xây dựng sẵn có, phần diện',
      'tích sàn xây dựng trong công trình xây dựng sẵn có.',
    ].join('\n');
    const found = pairs(text);
    expect(found).toEqual(expect.arrayContaining(['LEAD Sở Tư pháp', 'LEAD Sở Xây dựng']));
    // The article's heading names a group whose members the points name one by one: it has no duty of its own.
    expect(found).not.toContain('LEAD các cơ quan khác có liên quan');
  });

  it('gives a point closed by a colon to its own owner, not to both bodies of the article', () => {
    const text = [
      'QUY CHẾ',
      '',
      '**Điều 15. Trách nhiệm của Văn phòng đăng ký đất đai, Chi nhánh Văn phòng đăng ký đất đai**',
      '',
      '2. Quản lý, vận hành, khai thác và cập nhật cơ sở dữ',
      'liệu địa chính',
      '',
      'a) Trách nhiệm của Văn phòng đăng ký đất đai: Chịu',
      'trách nhiệm quản lý, vận hành cơ sở dữ liệu đất đai của tỉnh; thực hiện cung cấp thông tin đất đai cho tổ chức cá nhân theo quy',
      'định; hướng dẫn, kiểm tra, giám sát việc quản lý, vận hành, khai thác và cập nhật',
      'cơ sở dữ liệu đất đai cho các Chi nhánh Văn phòng đăng ký đất đai;',
      '',
      'b) Trách nhiệm của Chi nhánh Văn phòng đăng ký đất',
      'đai: Cung cấp các thông tin, số liệu, tài liệu phục vụ công tác xây dựng cơ sở',
      'dữ liệu đất đai.',
    ].join('\n');
    const found = pairs(text);
    expect(found).toEqual(expect.arrayContaining(['LEAD Văn phòng đăng ký đất đai', 'SUPERVISE Văn phòng đăng ký đất đai', 'LEAD Chi nhánh Văn phòng đăng ký đất đai']));
    // The guidance and oversight of point a) are the office's over its branches, not the branches' own.
    expect(found).not.toContain('SUPERVISE Chi nhánh Văn phòng đăng ký đất đai');
  });

  it('reads no subject where the owner phrase is the subject of a sentence about the rules', () => {
    const text = [
      'QUY ĐỊNH',
      '',
      '**Điều 19.',
      'Trách nhiệm của Ủy ban nhân dân cấp xã**',
      '',
      'Trách nhiệm của Ủy ban nhân dân',
      'cấp xã trong quản lý chất thải rắn sinh hoạt được thực hiện theo quy định tại khoản 3 Điều 63 Nghị định số 08/2022/NĐ- CP ngày 10 tháng 01',
      'năm 2022 của Chính phủ và',
      'các quy định sau:',
      '',
      '1. Ban hành kế hoạch thu gom, vận chuyển chất thải rắn sinh hoạt trên địa bàn.',
    ].join('\n');
    // The article's owner still leads its points; the opening sentence names no duty of its own.
    expect(pairs(text)).toEqual(['LEAD Ủy ban nhân dân cấp xã']);
  });
});
