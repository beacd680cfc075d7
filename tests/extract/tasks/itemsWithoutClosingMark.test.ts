/**
 * A numbered item written whole on its line without a closing "." or ";" is a duty, not a title naming the bodies of
 * a section: nothing is under it to head. Offices end their items with a mark or not (314 of the 6,901 long item
 * lines of the open collection, in 34 documents, end without one); before, such an item under a body's article lost
 * its body ("1. Phối hợp với ... ổn định" read as a heading), and one that named its subject lost its pair ("3. Sở Tài
 * chính tham mưu nguồn kinh phí ..."). So is the last item of such a list before a closing paragraph, when it says who
 * does what. Excerpts of four issuers' development documents: Ninh Bình's rules for its administrative-procedure
 * system (Điều 21), the State steering committee for tourism's rules (Điều 6, whose item 3 is written without its
 * mark), Đắk Lắk's plan after the floods (part V, its Sở Tài chính item written with its subject) and a Standing
 * Committee resolution on Đồng Nai's communes (Điều 3 and the closing paragraph).
 */
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../src/extract/extractDocument';
import { LAYOUT_VARIANTS } from '../layoutVariants.fixtures';

const RULES = `QUY CHẾ

QUẢN LÝ, VẬN HÀNH VÀ KHAI THÁC HỆ THỐNG THÔNG TIN GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH TỈNH NINH BÌNH

Điều 21. Sở Khoa học và Công nghệ

1. Phối hợp với cơ quan, đơn vị quản lý, vận hành, bảo đảm cho Hệ thống thông tin giải quyết TTHC tỉnh hoạt động thông suốt, liên thông, an toàn, ổn định.

2. Chủ trì, phối hợp với Văn phòng UBND tỉnh và các cơ quan liên quan triển khai các phương án, giải pháp kết nối, tích hợp Hệ thống thông tin giải quyết TTHC tỉnh với Cổng dịch vụ công Quốc gia; cập nhật danh mục cơ quan trên Cơ sở dữ liệu quốc gia về TTHC.

3. Chủ trì, phối hợp với các cơ quan, đơn vị liên quan xây dựng kế hoạch và tổ chức thực hiện việc kế thừa, chuyển đổi dữ liệu từ các hệ thống thông tin cũ (trước sáp nhập các địa phương) sang Hệ thống thông tin giải quyết TTHC mới, bảo đảm tính chính xác, toàn vẹn và bảo mật thông tin trong quá trình chuyển đổi.

4. Hướng dẫn các cơ quan, đơn vị, địa phương trên địa bàn tỉnh khai thác, sử dụng các chức năng của Hệ thống thông tin giải quyết TTHC tỉnh để giải quyết TTHC, dịch vụ công trực tuyến.

5. Phối hợp tổng hợp báo cáo định kỳ, báo cáo đột xuất của các cơ quan giải quyết TTHC về tình hình sử dụng Hệ thống thông tin giải quyết TTHC tỉnh.

Điều 22. Sở Tài chính

Chủ trì, phối hợp với Sở Khoa học và Công nghệ và các cơ quan liên quan tham mưu UBND tỉnh bố trí kinh phí.
`;

const STEERING = `QUY CHẾ

HOẠT ĐỘNG CỦA BAN CHỈ ĐẠO NHÀ NƯỚC VỀ DU LỊCH

Điều 6. Trách nhiệm của Phó Trưởng Ban Chỉ đạo

1. Thay mặt Trưởng Ban Chỉ đạo triệu tập, chủ trì các cuộc họp của Ban Chỉ đạo, hội nghị triển khai công tác của Ban Chỉ đạo khi được Trưởng Ban Chỉ đạo ủy quyền và ký các văn bản của Ban Chỉ đạo khi được Trưởng Ban Chỉ đạo ủy quyền.

2. Giúp Trưởng Ban Chỉ đạo điều hành hoạt động của Ban Chỉ đạo theo kế hoạch đã được Trưởng ban phê duyệt.

3. Chỉ đạo việc xây dựng, ký ban hành các văn bản thuộc thẩm quyền quản lý

4. Chỉ đạo chuẩn bị báo cáo, chương trình, kế hoạch công tác, nội dung các phiên họp, buổi làm việc của Ban Chỉ đạo, các báo cáo đề xuất trình Trưởng Ban Chỉ đạo phê duyệt.
`;

const PLAN = `KẾ HOẠCH

KHẮC PHỤC MÔI TRƯỜNG VÀ PHÒNG, CHỐNG DỊCH BỆNH TRUYỀN NHIỄM SAU LỤT BÃO TRÊN ĐỊA BÀN TỈNH ĐẮK LẮK

V. TỔ CHỨC THỰC HIỆN

1. Sở Y tế chủ trì triển khai kế hoạch; hướng dẫn chuyên môn; phân bổ hóa chất, vật tư; giám sát dịch bệnh; tổng hợp báo cáo UBND tỉnh.

2. Sở Nông nghiệp và Môi trường chỉ đạo thu gom rác, xử lý môi trường, nước sạch; giám sát các điểm ô nhiễm sau lũ.

3. Sở Tài chính tham mưu nguồn kinh phí, nhằm kịp thời đáp ứng khắc phục môi trường, xử lý dịch bệnh mùa mưa bão

4. UBND các xã, phường triển khai kế hoạch trên địa bàn; huy động lực lượng hỗ trợ người dân; tổ chức tổng vệ sinh môi trường; bố trí nguồn lực tại chỗ.
`;

const RESOLUTION = `NGHỊ QUYẾT

Về việc sắp xếp các đơn vị hành chính cấp xã của tỉnh Đồng Nai năm 2025

Điều 3. Tổ chức thực hiện

1. Chính phủ, Hội đồng nhân dân, Ủy ban nhân dân tỉnh Đồng Nai, chính quyền địa phương các đơn vị hành chính liên quan đến việc thực hiện sắp xếp và các cơ quan, tổ chức khác có liên quan có trách nhiệm tổ chức thi hành Nghị quyết này; sắp xếp, ổn định bộ máy các cơ quan, tổ chức ở địa phương; ổn định đời sống của Nhân dân địa phương, bảo đảm yêu cầu phát triển kinh tế - xã hội, quốc phòng và an ninh trên địa bàn.

2. Giao Chính phủ, căn cứ vào Nghị quyết này và Đề án số 379/ĐA-CP ngày 09 tháng 5 năm 2025 của Chính phủ, tổ chức việc xác định chính xác diện tích tự nhiên của các đơn vị hành chính cấp xã và công bố công khai trước ngày 30 tháng 9 năm 2025.

3. Hội đồng Dân tộc, các Ủy ban của Quốc hội, Đoàn đại biểu Quốc hội và đại biểu Quốc hội tỉnh Đồng Nai, trong phạm vi nhiệm vụ, quyền hạn của mình, giám sát việc thực hiện Nghị quyết này.

Nghị quyết này được Ủy ban Thường vụ Quốc hội nước Cộng hòa xã hội chủ nghĩa Việt Nam khóa XV thông qua ngày 16 tháng 6 năm 2025.
`;

const pairs = (text: string) => [...new Set(extractDocument(text).assignments.map((a) => `${a.role} ${a.body}`))].sort();
const sectionsOf = (text: string, body: string) => extractDocument(text).assignments.filter((a) => a.body === body).map((a) => a.section);

describe('an item without its closing mark', () => {
  it('keeps its article body when the items under a body article lose their closing marks', () => {
    const withoutMarks = LAYOUT_VARIANTS.noperiod!(RULES);
    expect(withoutMarks).toContain('ổn định\n');
    expect(pairs(withoutMarks)).toEqual(pairs(RULES));
    expect(sectionsOf(withoutMarks, 'Sở Khoa học và Công nghệ')).toEqual(sectionsOf(RULES, 'Sở Khoa học và Công nghệ'));
    expect(sectionsOf(RULES, 'Sở Khoa học và Công nghệ')).toEqual(expect.arrayContaining(['Điều 21.3', 'Điều 21.4', 'Điều 21.5']));
  });

  it('is a duty of the article body as written without its mark', () => {
    expect(sectionsOf(STEERING, 'Phó Trưởng Ban Chỉ đạo')).toContain('Điều 6.3');
  });

  it('gives the subject it names its pair', () => {
    expect(pairs(PLAN)).toContain('LEAD Sở Tài chính');
    expect(pairs(LAYOUT_VARIANTS.noperiod!(PLAN))).toEqual(pairs(PLAN));
  });

  it('is a duty when it ends its list before a closing paragraph, as the items before it are', () => {
    const withoutMarks = LAYOUT_VARIANTS.noperiod!(RESOLUTION);
    expect(withoutMarks).toContain('giám sát việc thực hiện Nghị quyết này\n');
    expect(pairs(RESOLUTION)).toContain('SUPERVISE Hội đồng Dân tộc');
    expect(pairs(withoutMarks)).toEqual(pairs(RESOLUTION));
  });

  it('still reads a body named alone on its line, with its duties below, as a title', () => {
    const headed = 'KẾ HOẠCH\nPhòng, chống dịch bệnh\n\nV. TỔ CHỨC THỰC HIỆN\n\n3. Sở Tài chính\n\nTham mưu nguồn kinh phí, nhằm kịp thời đáp ứng khắc phục môi trường, xử lý dịch bệnh mùa mưa bão.\n';
    expect(pairs(headed)).toEqual(['LEAD Sở Tài chính']);
  });
});
