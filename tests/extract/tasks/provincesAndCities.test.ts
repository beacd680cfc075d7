/**
 * A Government leader's conclusion names the local bodies it assigns by a list after their kind: "Ủy ban nhân dân
 * các tỉnh, thành phố: Tuyên Quang, Đồng Nai, Hồ Chí Minh, Đồng Tháp quyết liệt chỉ đạo ...". Each province's or
 * centrally-run city's UBND leads, named with its own level. Excerpt: Thông báo 627/TB-VPCP (November 2025).
 */
import { describe, expect, it } from 'vitest';
import { assignmentPairs as pairs } from '../../support/assignmentPairs';

describe('a list of provinces and cities after "các tỉnh, thành phố:"', () => {
  it('gives each UBND LEAD, a centrally-run city as "Thành phố"', () => {
    const text = [
      'd) Ủy ban nhân dân các tỉnh, thành phố: Tuyên',
      'Quang, Đồng Nai, Hồ Chí Minh, Đồng Tháp quyết liệt chỉ đạo các chủ đầu tư, nhà',
      'thầu đẩy nhanh tiến độ thi công để hoàn thành các dự án theo đúng cam kết.',
    ].join('\n');
    const got = pairs(text);
    for (const body of ['Ủy ban nhân dân tỉnh Tuyên Quang', 'Ủy ban nhân dân tỉnh Đồng Nai', 'Ủy ban nhân dân Thành phố Hồ Chí Minh', 'Ủy ban nhân dân tỉnh Đồng Tháp']) {
      expect(got).toContain(`LEAD ${body}`);
    }
    expect(got).not.toContain('LEAD Ủy ban nhân dân các tỉnh, thành phố');
  });
});
