/**
 * "cùng cấp" (of the same level) after a body folds like the verb "cung cấp" (provide): written so, it is the body's
 * level, never the predicate that makes the body a subject. Excerpts are real text: a Nghệ An regulation on
 * answering voters' recommendations (Quy chế Điều 13).
 */
import { describe, expect, it } from 'vitest';
import { sectionRoleBodies as roles } from '../../support/assignmentPairs';

describe('"cùng cấp" after a body', () => {
  it('makes no subject of the recipients of a report ("gửi ... đến Văn phòng UBND tỉnh, Thường trực HĐND cùng cấp, ...")', () => {
    const text = [
      'QUYẾT ĐỊNH:',
      '',
      'Điều 13. Trách nhiệm của Văn phòng HĐND - UBND cấp xã',
      '',
      'f) Thực hiện nghiêm túc việc gửi, công khai kết quả giải quyết kiến nghị cử tri thuộc thẩm quyền UBND, Chủ tịch UBND cấp xã như sau:',
      '',
      '- Trong thời hạn 02 ngày làm việc, gửi Báo cáo kết quả giải quyết đến Văn phòng UBND tỉnh, Thường trực HĐND cùng cấp, Ban Thường trực Ủy ban MTTQ Việt Nam cấp xã và cơ quan, tổ chức, cá nhân chuyên kiến nghị. Đăng tải trên Cổng thông tin điện tử của xã, phường (nếu có) trong thời gian 07 ngày liên tục;',
    ].join('\n');
    // The office of the heading sends; the recipients get nothing.
    expect(roles(text)).toEqual(['Điều 13 LEAD Văn phòng Hội đồng nhân dân - Ủy ban nhân dân cấp xã']);
  });

  it('makes no subject of the body whose answers are checked ("... thuộc thẩm quyền giải quyết của UBND, Chủ tịch UBND cùng cấp.")', () => {
    const text = [
      'QUYẾT ĐỊNH:',
      '',
      'Điều 13. Trách nhiệm của Văn phòng HĐND - UBND cấp xã',
      '',
      '1. Theo dõi, đôn đốc, kiểm tra việc giải quyết, trả lời kiến nghị của cử tri thuộc thẩm quyền giải quyết của UBND, Chủ tịch UBND cùng cấp.',
    ].join('\n');
    const got = roles(text);
    expect(got).toContain('Điều 13.1 SUPERVISE Văn phòng Hội đồng nhân dân - Ủy ban nhân dân cấp xã');
    expect(got.filter((r) => r.endsWith(' Ủy ban nhân dân'))).toEqual([]);
  });
});
