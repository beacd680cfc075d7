/**
 * Headings and the duties right under them. A body's heading whose text ends the document ("4. Các tổ chức, cá
 * nhân liên quan" / "Phối hợp ... ./.") gives that body the duty: it is no closing formula of the whole plan.
 * A numbered topic whose line runs on after its colon into a duty ("3. Về bố trí các nguồn lực ...: Giao Bộ
 * Giáo dục và Đào tạo chủ trì, phối" wrapped) is a duty, not a title. Excerpts: a ministry's plan for a network of
 * cultural facilities, a Government office's notice on a province's proposals (November 2025).
 */
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../src/extract/extractDocument';

function roles(text: string): string[] {
  return extractDocument(text, { fileName: 'excerpt.txt' }).assignments.map((a) => `${a.section} ${a.role} ${a.body}`);
}

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
});
