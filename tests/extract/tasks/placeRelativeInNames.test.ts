/**
 * A body told apart by where something is or happens ("Ủy ban nhân dân cấp xã nơi xảy ra sự cố", "Chủ tịch Ủy ban
 * nhân dân phường, xã nơi bảo quản tài sản") keeps the relative clause of place in its name when a clear predicate
 * ends it; the body parser stopped before "nơi", so no predicate followed the subject and the clause gave nothing.
 * Excerpts: a city's decision on assets whose ownership passes to the State (Huế, 2025), a province's procedures for
 * environmental incidents (2025), a province's land procedures (2025).
 */
import { describe, expect, it } from 'vitest';
import { assignmentPairs as pairs } from '../../support/assignmentPairs';

describe('a relative clause of place after a body', () => {
  it('names the communes by where the agency sits or the asset is kept, under an article that delegates powers (Huế)', () => {
    const text = [
      'QUYẾT ĐỊNH',
      '',
      'Điều 4. Thẩm quyền quyết định phê duyệt phương án xử lý tài sản do cơ quan thi hành án dân sự chuyển giao',
      '',
      '3. Chủ tịch Ủy ban nhân dân các phường, xã nơi cơ quan thi hành án dân sự khu vực đóng trụ sở quyết định phê duyệt phương án xử lý tài sản do cơ quan thi hành án dân sự khu vực chuyển giao, trừ tài sản quy định tại khoản 1 Điều này. Chủ tịch Ủy ban nhân dân phường, xã nơi bảo quản tài sản tiếp nhận từ cơ quan thi hành án dân sự khu vực chuyển giao báo cáo Sở Tài chính để lập phương án xử lý.',
    ].join('\n');
    expect(pairs(text)).toEqual(
      expect.arrayContaining(['LEAD Ủy ban nhân dân các phường, xã nơi cơ quan thi hành án dân sự khu vực đóng trụ sở', 'LEAD Ủy ban nhân dân phường, xã nơi bảo quản tài sản']),
    );
  });

  it('ends the clause at the duty, a responsibility or a modal, never at a word only folded like one ("sự cố" is no "có")', () => {
    const text = [
      'QUY ĐỊNH',
      '',
      'Điều 5. Công bố sự cố',
      '',
      '1. Ủy ban nhân dân cấp xã nơi xảy ra sự cố công bố kết thúc giai đoạn tổ chức ứng phó sự cố môi trường cấp xã.',
      '',
      '2. Ủy ban nhân dân cấp xã nơi có đất có trách nhiệm niêm yết công khai danh sách.',
    ].join('\n');
    expect(pairs(text)).toEqual(['LEAD Ủy ban nhân dân cấp xã nơi xảy ra sự cố', 'LEAD Ủy ban nhân dân cấp xã nơi có đất']);
  });

  it('leaves "Nơi nhận" and a place the body is at ("tại Ủy ban nhân dân cấp xã nơi có đất") alone', () => {
    const text = [
      'QUYẾT ĐỊNH',
      '',
      'Điều 2. Việc chứng thực hợp đồng được thực hiện tại Ủy ban nhân dân cấp xã nơi có đất.',
    ].join('\n');
    expect(pairs(text)).toEqual([]);
  });
});
