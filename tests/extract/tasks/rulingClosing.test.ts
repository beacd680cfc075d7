/**
 * A customs office's advance ruling closes "Cục trưởng Cục Hải quan thông báo để Công ty TNHH ... biết và thực
 * hiện./.": the company is told to carry the ruling out (LEAD, the gold's reading of advance rulings), even when the
 * closing runs on from the ruling's last part, headed "Kết quả xác định trước mã số". Told "(được) biết" alone, a
 * company is given nothing. Excerpts: Thông báo kết quả xác định trước mã số of the Cục Hải quan (November 2025).
 */
import { describe, expect, it } from 'vitest';
import { assignmentPairs as pairs } from '../../support/assignmentPairs';

const RULING = [
  '1. Hàng hóa đề nghị xác định trước mã số do tổ chức, cá nhân cung cấp:',
  '',
  'Tên thương mại: Verdad Powder N30',
  '',
  '2. Tóm tắt mô tả hàng hóa được xác định trước mã số:',
  '',
  'Sản phẩm dạng bột, dùng trong chế biến thực phẩm.',
  '',
  '3. Kết quả xác định trước mã số:',
  '',
  'thuộc nhóm **21.06** “Các chế phẩm thực phẩm chưa được chi tiết hoặc ghi ở nơi khác.”, mã số **2106.90.91** tại',
  'Danh mục hàng hóa xuất khẩu, nhập khẩu Việt Nam./. | Thông báo này có hiệu lực kể từ ngày ban hành.',
];

describe('the closing of an advance ruling', () => {
  it('gives the company named in full LEAD for "thông báo để Công ty ... biết và thực hiện"', () => {
    const text = [...RULING, 'Cục trưởng Cục Hải quan thông báo để Công ty TNHH', 'Brenntag Việt Nam biết và thực hiện./.'].join('\n');
    expect(pairs(text)).toEqual(['LEAD Công ty TNHH Brenntag Việt Nam']);
  });

  it('reads a name wrapped in lower case ("Công ty TNHH Công\\nnghiệp Vàng Anh") up to the formula', () => {
    const text = [...RULING, 'Cục trưởng Cục Hải quan thông báo để Công ty TNHH Công', 'nghiệp Vàng Anh biết và thực hiện./.'].join('\n');
    expect(pairs(text)).toEqual(['LEAD Công ty TNHH Công nghiệp Vàng Anh']);
  });

  it('gives a company told only "được biết" nothing', () => {
    const text = [...RULING, 'Cục Thuế có ý kiến để Công ty TNHH CONERSTONE VINA được biết./.'].join('\n');
    expect(pairs(text)).toEqual([]);
  });
});
