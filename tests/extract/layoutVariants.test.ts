/**
 * The layout and wording variants the robustness figures are measured on change only what they say: a symbol keeps
 * its "UBND", "của" and "quý" keep their tone, a closing "./." stays, and a body's heading written into its tasks
 * leaves the part's numbering without a gap. Lines of real documents (Đắk Lắk's plan after the floods, a Đồng Nai
 * decision on administrative procedures).
 */
import { describe, expect, it } from 'vitest';
import { LAYOUT_VARIANTS } from './layoutVariants.fixtures';

const v = LAYOUT_VARIANTS as Record<string, (text: string) => string>;

describe('layout and wording variants', () => {
  it('expands "UBND" outside symbols only', () => {
    expect(v.expanded!('Số: 0130/KH-UBND\nQuyết định số 2194/QĐ- UBND ngày 26 tháng 6 năm 2025 của Chủ tịch UBND tỉnh')).toBe(
      'Số: 0130/KH-UBND\nQuyết định số 2194/QĐ- UBND ngày 26 tháng 6 năm 2025 của Chủ tịch Ủy ban nhân dân tỉnh',
    );
    expect(v.abbreviated!('Chủ tịch Ủy ban nhân dân tỉnh, Thường trực Hội đồng nhân dân tỉnh')).toBe('Chủ tịch UBND tỉnh, Thường trực HĐND tỉnh');
  });

  it('moves the tone of open "oa", "oe", "uy" only', () => {
    expect(v.oldtone!('ỦY BAN NHÂN DÂN; cơ đe dọa sức khỏe; phá hủy; của muỗi; cúm mùa; quý IV; hoàn thành')).toBe(
      'UỶ BAN NHÂN DÂN; cơ đe doạ sức khoẻ; phá huỷ; của muỗi; cúm mùa; quý IV; hoàn thành',
    );
  });

  it('drops the closing marks of items, not the closing "./."', () => {
    expect(v.noperiod!('- Tổ chức phun hóa chất khử trùng.\n2. Quyết định này có hiệu lực kể từ ngày ký./.')).toBe(
      '- Tổ chức phun hóa chất khử trùng\n2. Quyết định này có hiệu lực kể từ ngày ký./.',
    );
  });

  it("writes a body's heading into its tasks, the first under the heading's label", () => {
    const plan = [
      'V. TỔ CHỨC THỰC HIỆN',
      '',
      '1. Sở Y tế:',
      '',
      '- Chủ trì triển khai kế hoạch; hướng dẫn chuyên môn; tổng hợp báo cáo UBND tỉnh.',
      '',
      '- Tổ chức hướng dẫn, xử lý môi trường, xử lý dịch bệnh và đảm bảo an toàn thực phẩm',
      '',
      '2. Sở Tài chính:',
      '',
      'Tham mưu nguồn kinh phí, nhằm kịp thời đáp ứng khắc phục môi trường, xử lý dịch bệnh mùa mưa bão',
    ].join('\n');
    expect(v.inlinebodies!(plan).split('\n').filter((l) => l.trim())).toEqual([
      'V. TỔ CHỨC THỰC HIỆN',
      '1. Sở Y tế chủ trì triển khai kế hoạch; hướng dẫn chuyên môn; tổng hợp báo cáo UBND tỉnh.',
      '- Sở Y tế tổ chức hướng dẫn, xử lý môi trường, xử lý dịch bệnh và đảm bảo an toàn thực phẩm',
      '2. Sở Tài chính tham mưu nguồn kinh phí, nhằm kịp thời đáp ứng khắc phục môi trường, xử lý dịch bệnh mùa mưa bão',
    ]);
  });
});
