/**
 * Users' files are often OCR text whose marks were lost ("So Cong Thuong chu tri, ... don doc cac co quan") or turned
 * into look-alikes ("d6n doc", "chtrc", "Pi€u 6"). Real excerpts, as written, with every mark stripped, and through the
 * bench generator's "stripped" OCR damage (bench/generator/damage.ts, seed "o37b"), give the pairs the clause and role
 * rules read: words read only as written with their marks ("đôn đốc", "lãnh đạo các", "và") are read unmarked where
 * the whole text lost its marks, and a task table's damaged header still names its columns. Pairs are compared on
 * the folded body names, as the evaluation compares them (a name's own marks are the bodies' side).
 */
import { describe, expect, it } from 'vitest';
import { assignmentPairs } from '../../support/assignmentPairs';

const strip = (t: string): string => t.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').normalize('NFC');
const folded = (text: string): string[] => assignmentPairs(text).map(strip).map((p) => p.toLowerCase()).sort();

// A provincial decision on electricity safety (gold-real/docs, UBND tỉnh Quảng Trị), Điều 6.
const ELECTRICITY = [
  'Điều 6. Trách nhiệm quản lý an toàn trong sử dụng điện',
  '',
  '1. Sở Công Thương chủ trì, hướng dẫn, theo dõi, đôn đốc các cơ quan, đơn vị và Ủy ban nhân dân xã, phường, đặc khu triển khai thực hiện Quyết định này.',
  '',
  '2. Ủy ban nhân dân các xã, phường và đặc khu chủ trì, phối hợp với đơn vị điện lực và các đơn vị liên quan thực hiện công tác kiểm tra an toàn trong sử dụng điện cho mục đích sinh hoạt, dịch vụ trên địa bàn quản lý.',
].join('\n');
const ELECTRICITY_OCR = [
  'Pi€u 6. Trach nhiem quan ly an toán trong su dung di€n',
  '',
  '1. So C6ng Thirong chu tri, huong din, theo doi, d6n doc cac có quan, dón vi va Uy ban nhan dan xa, phirong, ðac khu trien khai thuc hien Quyet dinh nay.',
  '',
  '2. Uy ban nhan dan cac xa, phuong va dac khu chu trj, ph6i hop voi ddn vi di€n lwc và cac d6n vi lién quan thuc hien cong tac kiém tra an toan trong su ding ðien cho muc dich sinh ho4t, dich vu tren dia bán quan lÿ.',
].join('\n');

// A provincial decision simplifying procedures (gold-real/docs, UBND tỉnh Đồng Nai), Điều 2.
const PROCEDURES = [
  'Điều 2. Sở Y tế, UBND cấp xã và các cơ quan, đơn vị có liên quan đến các lĩnh vực kiến nghị đơn giản hóa nêu tại Điều 1 của Quyết định này, có trách nhiệm:',
  '',
  '1. Đối với các nội dung đề xuất giảm thời gian giải quyết thủ tục hành chính: Giao Sở Y tế chủ động triển khai, đôn đốc thực hiện giảm thời gian xử lý hồ sơ trên thực tế nhằm tạo thuận lợi cho cá nhân, tổ chức trong quá trình xử lý hồ sơ, thủ tục hành chính.',
].join('\n');
const PROCEDURES_OCR = [
  'Pi€u 2. So Y te, UBND cap xa vá cac co quan, dón vi cé lién quan den cac linh vwc ki€n nghi d6n gian hoa neu tài Pi€u 1 ciia Quyét dinh nay, co trách nhiem:',
  '',
  '1. Poi voi cac noi dung de xuát giam thoi gian giai quyet thu tuc hanh chinh: Giao So Y te chu dông trién khai, don d6c thuc hien giàm thoi gian xtr ly ho s6 tren thirc te nham tao thuan loi cho ca nhan, tô chtrc trong qua trinh xu ly hô so, thu tuc hanh chinh.',
].join('\n');

// A Prime Minister's dispatch on floods (gold-real/docs, Thủ tướng Chính phủ), its first point.
const FLOODS = [
  'Để tập trung ứng phó mưa lũ đặc biệt lớn, bảo đảm an toàn tính mạng cho Nhân dân, tiếp theo các Công điện số 217/CĐ-TTg, 218/CĐ-TTg, 219/CĐ-TTg và 222/CĐ-TTg ngày 19/11/2025, Thủ tướng Chính phủ yêu cầu:',
  '1. Đồng chí Bí thư tỉnh ủy và Chủ tịch Ủy ban nhân dân các tỉnh: Khánh Hòa, Đắk Lắk, Gia Lai và lãnh đạo các Bộ, ngành theo chức năng, nhiệm vụ, thẩm quyền tiếp tục tập trung, quyết liệt hơn nữa trong lãnh đạo, chỉ đạo, chủ động triển khai khẩn trương kịp thời, hiệu quả tất cả các biện pháp cấp bách cần thiết để ứng phó với mưa lũ đặc biệt lớn, nhất là bảo đảm an toàn tính mạng cho người dân.',
].join('\n');

// A ministry's statistics calendar (data/real, Bộ Nội vụ): its header through the generator's damage.
const STATISTICS_OCR = [
  'L1CH PHÔ BIEN THONG TIN THONG KE NÁM 2026 CUA BO NOI VT',
  '',
  '| STT | Ten th6ng tin th6ng ke | Muc do hoan ch1nh ciia thong tin | Th6i gian pho bien | Hinh thtrc pho bi€n | Pon vi chiu trach nhiem ph6 bien |',
  '| A | B | 1 | 2 | 3 | 4 |',
  '| 1 | Số đơn vị hành chính | Chính thức | Tháng 6/2025 | Cổng thông tin điện tử Bộ Nội vụ | Vụ Chính quyền địa phương |',
  '| 4 | Số lượng hội, tổ chức phi chính phủ | Chính thức | Tháng 5/2025 | Cổng thông tin điện tử Bộ Nội vụ | Vụ Tổ chức phi chính phủ |',
].join('\n');

describe('assignments of a text that lost its marks', () => {
  it('reads the bodies pressed by an unmarked "đôn đốc" (Quảng Trị)', () => {
    const marked = folded(ELECTRICITY);
    expect(marked).toEqual(expect.arrayContaining(['lead cac co quan, don vi', 'lead uy ban nhan dan xa, phuong, dac khu']));
    expect(folded(strip(ELECTRICITY))).toEqual(marked);
    expect(folded(ELECTRICITY_OCR)).toEqual(marked);
  });

  it('reads "đôn đốc thực hiện" as oversight without its marks (Đồng Nai)', () => {
    expect(folded(strip(PROCEDURES))).toEqual(folded(PROCEDURES));
    expect(folded(PROCEDURES_OCR)).toContain('supervise so y te');
  });

  it('reads "lãnh đạo các Bộ, ngành" as the group without its marks (Thủ tướng Chính phủ)', () => {
    expect(folded(FLOODS)).toContain('lead cac bo, nganh');
    expect(folded(strip(FLOODS))).toContain('lead cac bo, nganh');
  });

  it('reads a task table whose header OCR damaged (Bộ Nội vụ)', () => {
    expect(folded(STATISTICS_OCR)).toEqual(['lead vu chinh quyen dia phuong', 'lead vu to chuc phi chinh phu']);
  });
});
