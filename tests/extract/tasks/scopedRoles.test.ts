/**
 * The role after a scope: "X căn cứ chức năng, nhiệm vụ (để) phối hợp ..." coordinates ("căn cứ" is no adverb "cần"),
 * and a body that directs others in its own clause ("..., phối hợp thực hiện và chỉ đạo các cơ quan, đơn vị thuộc
 * ngành mình ...") leads it too (excerpts of real decisions, read end to end).
 */
import { describe, expect, it } from 'vitest';
import { sectionRoleBodies as roles } from '../../support/assignmentPairs';

describe('the role after a scope', () => {
  it('"Sở Nông nghiệp và Môi trường, Sở Tài chính, ... căn cứ chức năng nhiệm vụ để phối hợp thực hiện ...": each coordinates (Quyết định, UBND tỉnh Đồng Nai)', () => {
    const r = roles('QUYẾT ĐỊNH:\nĐiều 4. Tổ chức thực hiện\n3. Sở Nông nghiệp và Môi trường, Sở Tài chính, Kho bạc nhà nước và Ủy ban nhân dân các xã, phường căn cứ chức năng nhiệm vụ để phối hợp thực hiện quản lý thuế tài nguyên theo quy định.');
    expect(r).toEqual(['Điều 4 COORDINATE Sở Nông nghiệp và Môi trường', 'Điều 4 COORDINATE Sở Tài chính', 'Điều 4 COORDINATE Kho bạc nhà nước', 'Điều 4 COORDINATE Ủy ban nhân dân các xã, phường']);
  });

  it('"Điều 19. Đề nghị Tòa án nhân dân thành phố, ..." / "Căn cứ chức năng, nhiệm vụ, quyền hạn, phối hợp thực hiện và chỉ đạo các cơ quan, đơn vị thuộc ngành mình kịp thời cung cấp ...": the requested bodies coordinate and lead what they direct (Quy chế, UBND thành phố Hải Phòng)', () => {
    const r = roles(
      'QUY CHẾ\n**Điều 19. Đề nghị Tòa án nhân dân thành phố, Viện kiểm sát nhân dân thành phố**\n\nCăn cứ chức năng, nhiệm vụ, quyền hạn, phối hợp thực hiện và chỉ đạo các cơ quan, đơn vị thuộc ngành mình kịp thời cung cấp đến Sở Tư pháp các thông tin ngăn chặn.',
    );
    expect(r).toEqual(expect.arrayContaining(['Điều 19 COORDINATE Tòa án nhân dân thành phố', 'Điều 19 LEAD Tòa án nhân dân thành phố', 'Điều 19 LEAD Viện kiểm sát nhân dân thành phố']));
  });
});

describe('the role after "tham gia"', () => {
  it('"Các ngân hàng thương mại tham gia phối hợp với Sở Y tế ... tuyên truyền": taking part hands the role to the verb after it (Kế hoạch, UBND thành phố)', () => {
    const r = roles('KẾ HOẠCH\nV. TỔ CHỨC THỰC HIỆN\n3. Các ngân hàng thương mại tham gia phối hợp với Sở Y tế, địa phương tuyên truyền các nội dung liên quan đến các sản phẩm, dịch vụ thanh toán.');
    expect(r).toEqual(expect.arrayContaining(['V COORDINATE các ngân hàng thương mại', 'V COORDINATE Sở Y tế']));
    expect(r).not.toContain('V LEAD các ngân hàng thương mại');
  });

  it('"Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam thành phố tham gia giám sát việc thực hiện Nghị quyết": oversight only', () => {
    const r = roles('NGHỊ QUYẾT:\nĐiều 3. Tổ chức thực hiện\n3. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam thành phố tham gia giám sát việc thực hiện Nghị quyết.');
    expect(r).toEqual(['Điều 3 SUPERVISE Ủy ban Mặt trận Tổ quốc Việt Nam thành phố']);
  });
});

describe('"kiểm tra" as a noun', () => {
  it('"Văn phòng Ban Chỉ đạo xây dựng kế hoạch kiểm tra trình Trưởng Ban Chỉ đạo ...": an inspection plan to draw up is no oversight (Quy chế, Ban Chỉ đạo Nhà nước về Du lịch)', () => {
    const r = roles('QUY CHẾ\nĐiều 16. Kiểm tra, đánh giá\n2. Văn phòng Ban Chỉ đạo xây dựng kế hoạch kiểm tra trình Trưởng Ban Chỉ đạo xem xét, quyết định việc tổ chức đoàn công tác kiểm tra.');
    expect(r.filter((x) => x.includes('Văn phòng Ban Chỉ đạo'))).toEqual(['Điều 16 LEAD Văn phòng Ban Chỉ đạo']);
  });

  it('"Trưởng Đoàn kiểm tra tổ chức cuộc họp của Đoàn kiểm tra ...": the team\'s name, not a verb (Thông tư, Bộ Công Thương)', () => {
    const r = roles('THÔNG TƯ\nĐiều 8. Trình tự kiểm tra\n3. Trưởng Đoàn kiểm tra tổ chức cuộc họp của Đoàn kiểm tra để phổ biến, quán triệt các nội dung của quyết định.');
    expect(r.filter((x) => x.includes('SUPERVISE'))).toEqual([]);
  });
});

describe('an adverb between a responsibility and its verb', () => {
  it('"Sở Tài chính có trách nhiệm thường xuyên phối hợp với ...": a duty to coordinate, as without the adverb', () => {
    const r = roles('KẾ HOẠCH\nVI. TỔ CHỨC THỰC HIỆN\n2. Sở Tài chính có trách nhiệm thường xuyên phối hợp với Sở Nông nghiệp và Môi trường triển khai.');
    expect(r).toEqual(['VI COORDINATE Sở Tài chính', 'VI COORDINATE Sở Nông nghiệp và Môi trường']);
  });
});
