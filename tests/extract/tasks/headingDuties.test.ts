/**
 * Headings and the duties right under them. A body's heading whose text ends the document ("4. Các tổ chức, cá
 * nhân liên quan" / "Phối hợp ... ./.") gives that body the duty: it is no closing formula of the whole plan.
 * A numbered topic whose line runs on after its colon into a duty ("3. Về bố trí các nguồn lực ...: Giao Bộ
 * Giáo dục và Đào tạo chủ trì, phối" wrapped) is a duty, not a title. An article label alone on its line takes the
 * next line as its title also when OCR damaged the label ("Piéu 5.", as a scanned decision reads "Điều"). Excerpts:
 * a ministry's plan for a network of cultural facilities, a Government office's notice on a province's proposals, a
 * province's regulation on land registration files (November 2025).
 */
import { describe, expect, it } from 'vitest';
import { sectionRoleBodies as roles } from '../../support/assignmentPairs';

describe('duties under headings', () => {
  it('gives the last heading body its duty even when the text ends the document', () => {
    const text = [
      'KẾ HOẠCH',
      '',
      'IV. TỔ CHỨC THỰC HIỆN',
      '',
      '1. Sở Văn hóa, Thể thao và Du lịch',
      '',
      'Chủ trì, phối hợp với các cơ quan có liên quan tham mưu cho Ủy ban nhân dân tỉnh.',
      '',
      '2. Các tổ chức, cá nhân liên quan',
      '',
      'Phối hợp với các cơ quan có thẩm quyền trong việc triển khai thực hiện nội dung quy hoạch./.',
    ].join('\n');
    expect(roles(text)).toContain('IV.2 COORDINATE các tổ chức, cá nhân liên quan');
  });

  it('reads a duty after a topic heading\'s colon', () => {
    const text = [
      'THÔNG BÁO',
      '',
      '**II. MỘT SỐ KIẾN NGHỊ CỦA TỈNH**',
      '1. Về hỗ trợ kinh phí thực hiện dự án Bệnh án điện',
      'tử tại các cơ sở y tế: Giao Bộ Tài chính chủ trì, phối hợp với Bộ Y tế nghiên cứu',
      'tổng hợp chung kiến nghị của các địa phương.',
      '3. Về bố trí các nguồn lực đầu tư cho ngành Giáo dục',
      'và Đào tạo tỉnh Điện Biên (đảm bảo tỷ lệ phòng học, phòng công vụ, phòng nội',
      'trú/bán trú được kiên cố hóa đạt 100%): Giao Bộ Giáo dục và Đào tạo chủ trì, phối',
      'hợp với Bộ Tài chính và các Bộ, cơ quan liên quan nghiên cứu kiến nghị của tỉnh',
      'Điện Biên, quan tâm xem xét lồng ghép hỗ trợ theo quy định.',
      '4. Về việc điều chỉnh Nghị định số 105/2020/NĐ-CP',
      'ngày 08 tháng 9 năm 2020 của Chính phủ: Giao Bộ Giáo dục và Đào tạo tiếp tục',
      'nghiên cứu tham mưu Chính phủ.',
    ].join('\n');
    expect(roles(text)).toEqual(expect.arrayContaining(['II.3 LEAD Bộ Giáo dục và Đào tạo', 'II.3 COORDINATE Bộ Tài chính']));
  });

  it('reads an article label alone on its line as the label of the title below it, also when OCR damaged the label', () => {
    const regulation = (label: string) =>
      [
        'QUY ĐỊNH',
        '',
        label,
        'Trách nhiệm của Sở Nông nghiệp và Môi trường',
        '',
        '1. Chủ trì, phối hợp với các Sở, ban, ngành, Ủy ban nhân dân cấp xã và các cơ quan, đơn vị có liên quan thực hiện việc tuyên truyền và tổ chức thực hiện đăng ký đất đai, tài sản gắn liền với đất.',
        '',
        '2. Chuyển hồ sơ, bản scan Giấy chứng nhận đã cấp đối với thủ tục thuộc thẩm quyền tham mưu, giải quyết đến Văn phòng đăng ký đất đai trong thời gian không quá 02 ngày làm việc.',
      ].join('\n');
    const clean = roles(regulation('Điều 5.'));
    expect(clean).toContain('Điều 5.1 LEAD Sở Nông nghiệp và Môi trường');
    expect(clean).toContain('Điều 5.2 LEAD Sở Nông nghiệp và Môi trường');
    // "Điều" as OCR reads it in a scanned decision ("Piéu 2. Hiéu luc thi hanh", "Djéu 1.").
    expect(roles(regulation('Piéu 5.'))).toEqual(clean);
    expect(roles(regulation('Djéu 5.'))).toEqual(clean);
  });
});
