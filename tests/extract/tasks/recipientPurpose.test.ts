/**
 * After a sending verb, "để" opens what the recipient will do with what it is sent: bodies it will task or press
 * there are given nothing by the text. Excerpts are real text: a Hà Nội HĐND resolution on low-emission zones
 * (Điều 8.2) and a Nghệ An regulation on answering voters' recommendations (Quy chế Điều 13.3).
 */
import { describe, expect, it } from 'vitest';
import { sectionRoleBodies as roles } from '../../support/assignmentPairs';

describe("a recipient's purpose after a sending verb", () => {
  it('gives no LEAD to the bodies the recipient will assign ("gửi Thường trực ... để xem xét, giao các Ban ... thẩm tra")', () => {
    const text = [
      'NGHỊ QUYẾT:',
      '',
      'Điều 8. Thẩm định, thông qua đề án',
      '',
      '2. Trong thời hạn 30 ngày kể từ khi nhận được hồ sơ của cơ quan lập đề án, Ủy ban nhân dân Thành phố gửi Thường trực Hội đồng nhân dân Thành phố để xem xét, giao các Ban của Hội đồng nhân dân Thành phố thực hiện thẩm tra theo quy định.',
    ].join('\n');
    // The sender keeps its duty; the Ban the recipient will assign get none.
    expect(roles(text)).toEqual(['Điều 8 LEAD Ủy ban nhân dân Thành phố']);
  });

  it('gives no LEAD to the bodies the recipient will press ("gửi Văn phòng UBND tỉnh để có cơ sở đôn đốc các sở, ngành liên quan")', () => {
    const text = [
      'QUYẾT ĐỊNH:',
      '',
      'Điều 13. Trách nhiệm của Văn phòng HĐND - UBND cấp xã',
      '',
      '3. Trường hợp nội dung trả lời chưa phù hợp thì trong 03 ngày làm việc kể từ khi nhận được văn bản trả lời cử tri của các sở, ban, ngành, Văn phòng HĐND - UBND cấp xã tham mưu cho UBND cấp xã có văn bản kiến nghị với sở, ban, ngành để điều chỉnh, đồng thời gửi Văn phòng UBND tỉnh để có cơ sở đôn đốc các sở, ngành liên quan triển khai thực hiện;',
    ].join('\n');
    // The office that sends keeps its duty; the sở, ngành the recipient will press get none.
    expect(roles(text)).toEqual(['Điều 13 LEAD Văn phòng Hội đồng nhân dân - Ủy ban nhân dân cấp xã']);
  });
});
