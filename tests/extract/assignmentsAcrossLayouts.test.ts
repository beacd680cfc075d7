/**
 * The same passage in two layouts gives the same (body, role) pairs: the markers, line breaks and headings a
 * document is laid out with are not its words (scripts/layout-variants.ts finds such layout dependences).
 * Each passage is copied from a real document; the second layout is one another export or portal has.
 */
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/extract/extractDocument';

const pairs = (text: string): string[] => [...new Set(extractDocument(text).assignments.map((a) => `${a.body} | ${a.role}`))].sort();

/** Both layouts give the same pairs, and the pairs hold what the passage assigns. */
function expectSamePairs(a: string, b: string, holds: readonly string[]): void {
  const first = pairs(a);
  expect(first).toEqual(expect.arrayContaining([...holds]));
  expect(pairs(b)).toEqual(first);
}

const DIRECTIVE_HEADER = `| ỦY BAN NHÂN DÂN THÀNH PHỐ CẦN THƠ | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc |
| Số: 09/CT-UBND | Cần Thơ, ngày 18 tháng 11 năm 2025 |

CHỈ THỊ

VỀ TĂNG CƯỜNG CÔNG TÁC QUẢN LÝ, BẢO VỆ TÀI NGUYÊN NƯỚC DƯỚI ĐẤT TRÊN ĐỊA BÀN THÀNH PHỐ CẦN THƠ

`;

describe('numbered points', () => {
  // A directive's points name a body each, its duties lettered under it.
  const points = (one: string, two: string): string => `${DIRECTIVE_HEADER}${one} Sở Nông nghiệp và Môi trường

a) Tăng cường công tác tuyên truyền, phổ biến, tập huấn các quy định về quản lý và bảo vệ nước dưới đất đến các tổ chức, cá nhân có liên quan và các địa phương nhằm đảm bảo thực hiện tốt các quy định về khai thác, bảo vệ nước dưới đất.

${two} Sở Xây dựng

a) Chủ trì, phối hợp Sở Nông nghiệp và Môi trường, Sở Công Thương, Ủy ban nhân dân xã, phường và đơn vị có liên quan hướng dẫn xây dựng phương án khai thác, sử dụng nguồn nước dự phòng cấp cho sinh hoạt đô thị trong trường hợp xảy ra sự cố ô nhiễm nguồn nước, hạn hán, thiếu nước trên địa bàn và kế hoạch cấp nước an toàn khu vực đô thị.
`;

  it('reads points numbered "1)" as the points "1." of the same directive', () => {
    expectSamePairs(points('1.', '2.'), points('1)', '2)'), ['Sở Nông nghiệp và Môi trường | LEAD', 'Sở Xây dựng | LEAD', 'Sở Công Thương | COORDINATE']);
  });

  it('reads lettered duties "a." as the duties "a)" under a body named in its point', () => {
    // A point names the bodies in parentheses; its duties are lettered "a)" in one export, "a." in another.
    const text = (letter: string): string => `| ỦY BAN NHÂN DÂN TỈNH ĐẮK LẮK | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc |
| Số: 010/CT-UBND | Đắk Lắk, ngày 17 tháng 11 năm 2025 |

CHỈ THỊ

I. Trách nhiệm phối hợp trong công tác thẩm định chủ trương đầu tư dự án

1. Các cơ quan đăng ký đầu tư (Sở Tài chính, Ban quản lý Khu Kinh tế Phú Yên, Ban Quản lý các Khu công nghiệp tỉnh):

${letter} Là đầu mối chủ trì, tiếp nhận hồ sơ, tổ chức lấy ý kiến thẩm định và lập báo cáo thẩm định đề xuất chủ trương đầu tư đối với các dự án sử dụng vốn nhà đầu tư trên địa bàn tỉnh.
`;
    expectSamePairs(text('a)'), text('a.'), ['Sở Tài chính | LEAD', 'Ban Quản lý các Khu công nghiệp tỉnh | LEAD']);
  });
});

describe('article headings', () => {
  // The closing article of a decision: its title on the label's line, or on a line of its own.
  const article = (heading: string): string => `| ỦY BAN NHÂN DÂN TỈNH ĐỒNG NAI | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc |
| Số: 2830/QĐ-UBND | Đồng Nai, ngày 21 tháng 11 năm 2025 |

QUYẾT ĐỊNH

VỀ VIỆC ÁP DỤNG, BÃI BỎ MỘT SỐ VĂN BẢN QUY PHẠM PHÁP LUẬT THUỘC LĨNH VỰC Y TẾ TRÊN ĐỊA BÀN TỈNH ĐỒNG NAI

Điều 3. Hiệu lực thi hành

1. Quyết định này có hiệu lực thi hành kể từ ngày ký.

${heading}

Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Y tế, Thủ trưởng các cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh, Chủ tịch Ủy ban nhân dân các xã, phường thuộc tỉnh, các cơ quan, đơn vị và cá nhân liên quan chịu trách nhiệm thi hành Quyết định này./.
`;

  it('reads an article whose number stands on a line apart from its title as one heading', () => {
    expectSamePairs(article('Điều 4. Tổ chức thực hiện'), article('Điều 4.\n\nTổ chức thực hiện'), ['Sở Y tế | LEAD', 'Văn phòng Ủy ban nhân dân tỉnh | LEAD']);
  });
});
