/**
 * The text of a short, clean provincial decision (Cao Bằng, a province the sample corpus does not touch),
 * numbered per call so parallel tests never share nodes. Its tasks are articles "Điều N. Giao ... chủ trì ...".
 */
import { randomInt } from 'node:crypto';

export const DEFAULT_DUTIES = [
  'Giao Sở Nội vụ chủ trì, phối hợp với Sở Tài chính theo dõi, kiểm tra việc thực hiện Kế hoạch; báo cáo kết quả trước ngày 15/12/2024.',
  'Giao Sở Tư pháp chủ trì rà soát thủ tục hành chính thuộc thẩm quyền giải quyết của tỉnh; hoàn thành trước ngày 30/6/2024.',
  'Giao Sở Thông tin và Truyền thông chủ trì xây dựng Cổng dịch vụ công trực tuyến của tỉnh; hoàn thành trong quý III năm 2024.',
  'Giao Sở Kế hoạch và Đầu tư chủ trì cải thiện môi trường đầu tư kinh doanh, nâng cao chỉ số năng lực cạnh tranh cấp tỉnh.',
  'Giao Sở Y tế chủ trì đơn giản hóa thủ tục cấp phép hành nghề khám bệnh, chữa bệnh; hoàn thành trước ngày 30/9/2024.',
];

export function decisionNumber(): number {
  return randomInt(10_000, 99_999);
}

export function decisionText(number: number, duties: string[] = DEFAULT_DUTIES, basis = ['76/NQ-CP ngày 15/7/2021']): string {
  const articles = [...duties, 'Quyết định này có hiệu lực kể từ ngày ký.'].map((d, i) => `Điều ${i + 1}. ${d}`);
  return `ỦY BAN NHÂN DÂN TỈNH CAO BẰNG
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: ${number}/QĐ-UBND    Cao Bằng, ngày 05 tháng 3 năm 2024

QUYẾT ĐỊNH
Về việc ban hành Kế hoạch cải cách hành chính năm 2024

ỦY BAN NHÂN DÂN TỈNH CAO BẰNG

${basis.map((b) => `Căn cứ Nghị quyết số ${b} của Chính phủ;`).join('\n')}

QUYẾT ĐỊNH:

${articles.join('\n\n')}
`;
}

export function decisionKey(number: number): string {
  return `${number}/QĐ-UBND@Cao Bằng`;
}
