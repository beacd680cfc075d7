/**
 * Bodies a responsible body is told to direct ("chỉ đạo X <verb> ..."): X carries the duty out and is LEAD
 * whatever its first verb, as the annotations have it; "chỉ đạo, đôn đốc X" and a duty after a colon count.
 * Excerpts are real text (a Prime Minister's telegram on floods, a city plan on cashless social payments).
 */
import { describe, expect, it } from 'vitest';
import { sectionRoleBodies as roles } from '../../support/assignmentPairs';

describe('bodies directed to act', () => {
  it('makes bodies directed to coordinate LEAD as well ("Chỉ đạo các Ngân hàng thương mại ... chủ động phối hợp")', () => {
    const text = [
      'QUYẾT ĐỊNH:',
      '',
      'Điều 2. Tổ chức thực hiện',
      '',
      '3. Ngân hàng Nhà nước chi nhánh khu vực 14',
      '',
      'a) Chỉ đạo các Ngân hàng thương mại trên địa bàn chủ động phối hợp với Sở Y tế triển khai thực hiện tốt Kế hoạch.',
    ].join('\n');
    expect(roles(text)).toEqual(expect.arrayContaining(['Điều 2 LEAD các Ngân hàng thương mại trên địa bàn', 'Điều 2 COORDINATE Sở Y tế']));
  });

  it('reads the bodies after "chỉ đạo, đôn đốc"', () => {
    const text = [
      'QUYẾT ĐỊNH:',
      '',
      'Điều 2. Tổ chức thực hiện',
      '',
      '1. Bộ Nông nghiệp và Môi trường: Chỉ đạo, đôn đốc các ngành, các địa phương triển khai công tác ứng phó phù hợp với tình hình thực tế.',
    ].join('\n');
    expect(roles(text)).toEqual(expect.arrayContaining(['Điều 2.1 LEAD Bộ Nông nghiệp và Môi trường', 'Điều 2.1 LEAD các ngành, các địa phương']));
  });

  it('reads the duty of directed bodies after a colon ("Trực tiếp chỉ đạo các Cơ sở y tế trên địa bàn tỉnh: Đảm bảo ...")', () => {
    const text = [
      'QUYẾT ĐỊNH:',
      '',
      'Điều 2. Tổ chức thực hiện',
      '',
      '2. Sở Y tế: Trực tiếp chỉ đạo các Cơ sở y tế trên địa bàn tỉnh: Đảm bảo sẵn sàng thuốc, vật tư, giường bệnh.',
    ].join('\n');
    expect(roles(text).filter((r) => r.endsWith(' LEAD các Cơ sở y tế trên địa bàn tỉnh'))).toHaveLength(1);
  });

  it('reads a direction inside a clause, after a fronted scope or "và" (a city regulation, a city plan)', () => {
    const text = [
      'QUYẾT ĐỊNH:',
      '',
      'Điều 19. Đề nghị Tòa án nhân dân thành phố',
      '',
      'Căn cứ chức năng, nhiệm vụ, quyền hạn, phối hợp thực hiện và chỉ đạo các cơ quan, đơn vị thuộc ngành mình kịp thời cung cấp đến Sở Tư pháp các thông tin ngăn chặn.',
      '',
      'Điều 20. Sở Giáo dục và Đào tạo',
      '',
      'Căn cứ chức năng nhiệm vụ, chỉ đạo các tổ chức hành nghề công chứng cập nhật, bổ sung dữ liệu các giao dịch.',
    ].join('\n');
    expect(roles(text)).toEqual(
      expect.arrayContaining(['Điều 19 LEAD các cơ quan, đơn vị thuộc ngành mình', 'Điều 20 LEAD các tổ chức hành nghề công chứng']),
    );
  });

  it('does not read an activity or "chế độ" inside a clause as directed bodies', () => {
    const text = [
      'QUYẾT ĐỊNH:',
      '',
      'Điều 2. Sở Nông nghiệp và Môi trường',
      '',
      '- Tăng cường tham mưu, chỉ đạo quản lý nhà nước về rừng và đất lâm nghiệp; kiểm tra, xử lý nghiêm hành vi phá rừng.',
      '',
      '- Quyết định nghỉ hưu và chế độ bảo hiểm xã hội khác đối với viên chức của đơn vị.',
    ].join('\n');
    expect(roles(text).filter((r) => /quản|bảo hiểm/i.test(r))).toEqual([]);
  });
});
