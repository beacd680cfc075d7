/**
 * The words the synthetic corpus is made of: real province names, real provincial departments and national
 * bodies, the symbol conventions of each issuer, and phrase banks for titles, duties, targets and filler.
 * Deliberately independent of src/extract: the generator states the truth, the extractor has to find it.
 */

export interface ProvinceInfo {
  name: string;
  unit: 'tỉnh' | 'thành phố';
}

const CITIES = ['Hà Nội', 'Hồ Chí Minh', 'Hải Phòng', 'Đà Nẵng', 'Cần Thơ'];
const PROVINCES = [
  'Quảng Ninh', 'Quảng Ngãi', 'An Giang', 'Bà Rịa - Vũng Tàu', 'Bắc Giang', 'Bắc Kạn', 'Bạc Liêu', 'Bắc Ninh',
  'Bến Tre', 'Bình Định', 'Bình Dương', 'Bình Phước', 'Bình Thuận', 'Cà Mau', 'Cao Bằng', 'Đắk Lắk', 'Đắk Nông',
  'Điện Biên', 'Đồng Nai', 'Đồng Tháp', 'Gia Lai', 'Hà Giang', 'Hà Nam', 'Hà Tĩnh', 'Hải Dương', 'Hậu Giang',
  'Hòa Bình', 'Hưng Yên', 'Khánh Hòa', 'Kiên Giang', 'Kon Tum', 'Lai Châu', 'Lâm Đồng', 'Lạng Sơn', 'Lào Cai',
  'Long An', 'Nam Định', 'Nghệ An', 'Ninh Bình', 'Ninh Thuận', 'Phú Thọ', 'Phú Yên', 'Quảng Bình', 'Quảng Nam',
  'Quảng Trị', 'Sóc Trăng', 'Sơn La', 'Tây Ninh', 'Thái Bình', 'Thái Nguyên', 'Thanh Hóa', 'Thừa Thiên Huế',
  'Tiền Giang', 'Trà Vinh', 'Tuyên Quang', 'Vĩnh Long', 'Vĩnh Phúc', 'Yên Bái',
];

/** The 63 provinces and centrally-run cities (pre-2025 map), Quảng Ninh and Quảng Ngãi first like the samples. */
export const ALL_PROVINCES: readonly ProvinceInfo[] = [
  ...PROVINCES.slice(0, 2).map((name) => ({ name, unit: 'tỉnh' as const })),
  ...CITIES.map((name) => ({ name, unit: 'thành phố' as const })),
  ...PROVINCES.slice(2).map((name) => ({ name, unit: 'tỉnh' as const })),
];

export function unitName(p: ProvinceInfo): string {
  return `${p.unit} ${p.name}`;
}
export function partyCommittee(p: ProvinceInfo): string {
  return `${p.unit === 'tỉnh' ? 'Tỉnh ủy' : 'Thành ủy'} ${p.name}`;
}
/** "tỉnh" / "thành phố" as used after a body name: "UBND tỉnh", "HĐND thành phố". */
export function unitWord(p: ProvinceInfo): string {
  return p.unit;
}

export interface Department {
  code: string;
  /** "Nội vụ": the body is "Sở Nội vụ". */
  name: string;
}

export const DEPARTMENTS: readonly Department[] = [
  { code: 'SNV', name: 'Nội vụ' },
  { code: 'STC', name: 'Tài chính' },
  { code: 'SKHĐT', name: 'Kế hoạch và Đầu tư' },
  { code: 'SYT', name: 'Y tế' },
  { code: 'SGDĐT', name: 'Giáo dục và Đào tạo' },
  { code: 'STNMT', name: 'Tài nguyên và Môi trường' },
  { code: 'SXD', name: 'Xây dựng' },
  { code: 'SGTVT', name: 'Giao thông vận tải' },
  { code: 'SNNPTNT', name: 'Nông nghiệp và Phát triển nông thôn' },
  { code: 'SCT', name: 'Công Thương' },
  { code: 'SVHTTDL', name: 'Văn hóa, Thể thao và Du lịch' },
  { code: 'STTTT', name: 'Thông tin và Truyền thông' },
  { code: 'SKHCN', name: 'Khoa học và Công nghệ' },
  { code: 'STP', name: 'Tư pháp' },
  { code: 'SLĐTBXH', name: 'Lao động - Thương binh và Xã hội' },
];

export function departmentBody(d: Department): string {
  return `Sở ${d.name}`;
}
export function departmentByCode(code: string): Department {
  const d = DEPARTMENTS.find((x) => x.code === code);
  if (!d) throw new Error(`unknown department code ${code}`);
  return d;
}

/** Provincial bodies that are not departments, with the way the text names them (`{unit}` -> "tỉnh"). */
export const OTHER_PROVINCIAL_BODIES = [
  'Văn phòng UBND {unit}',
  'Thanh tra {unit}',
  'Công an {unit}',
  'Trung tâm Phục vụ hành chính công {unit}',
  'Ban Quản lý các khu công nghiệp {unit}',
] as const;

/** Collectives named as responsible; they count as bodies (group = true). */
export const GROUP_BODIES = [
  'các sở, ban, ngành',
  'UBND các huyện, thị xã, thành phố',
  'các cơ quan, đơn vị liên quan',
] as const;

/** Supervising bodies in the People's Council and Front. */
export const SUPERVISORS = [
  'Thường trực HĐND {unit}',
  'Ban Pháp chế HĐND {unit}',
  'Ban Kinh tế - Ngân sách HĐND {unit}',
  'Ủy ban MTTQ Việt Nam {unit}',
] as const;

/** Party bodies that receive duties in a provincial party resolution. */
export const PARTY_BODIES = [
  'Ban Tuyên giáo {party}',
  'Ban Tổ chức {party}',
  'Ủy ban Kiểm tra {party}',
  'Văn phòng {party}',
] as const;

export type NationalSeries =
  | 'NQ-CP'
  | 'QĐ-TTg'
  | 'CT-TTg'
  | 'NĐ-CP'
  | 'TT-BNV'
  | 'TT-BTC'
  | 'NQ/TW'
  | 'KL/TW'
  | 'CT/TW'
  | 'BNV-CCHC'
  | 'QH15'
  | 'CĐ-TTg'
  | 'TB-VPCP';

/** Numbers below 10 are written with a leading zero (`06/QĐ-TTg`, `05-NQ/TU`, `04/KH-STC`). */
export function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

export interface NationalSeriesInfo {
  series: NationalSeries;
  kind: string;
  /** Canonical issuer (tests/fixtures/gold/SCHEMA.md). */
  issuer: string;
  /** How the issuer is written after "của" in a citing text. */
  writtenIssuer: string;
  /** Header lines of the issuer's own documents. */
  header: string;
  weight: number;
  /** Symbol from number and year. */
  symbol: (n: number, year: number) => string;
  /** Number range per year. */
  range: [number, number];
}

export const NATIONAL_SERIES: readonly NationalSeriesInfo[] = [
  { series: 'NQ-CP', kind: 'NGHI_QUYET', issuer: 'Chính phủ', writtenIssuer: 'Chính phủ', header: 'CHÍNH PHỦ', weight: 5, symbol: (n) => `${pad2(n)}/NQ-CP`, range: [1, 250] },
  { series: 'QĐ-TTg', kind: 'QUYET_DINH', issuer: 'Thủ tướng Chính phủ', writtenIssuer: 'Thủ tướng Chính phủ', header: 'THỦ TƯỚNG CHÍNH PHỦ', weight: 6, symbol: (n) => `${pad2(n)}/QĐ-TTg`, range: [1, 1700] },
  { series: 'CT-TTg', kind: 'CHI_THI', issuer: 'Thủ tướng Chính phủ', writtenIssuer: 'Thủ tướng Chính phủ', header: 'THỦ TƯỚNG CHÍNH PHỦ', weight: 2, symbol: (n) => `${pad2(n)}/CT-TTg`, range: [1, 40] },
  { series: 'NĐ-CP', kind: 'NGHI_DINH', issuer: 'Chính phủ', writtenIssuer: 'Chính phủ', header: 'CHÍNH PHỦ', weight: 4, symbol: (n, y) => `${pad2(n)}/${y}/NĐ-CP`, range: [1, 180] },
  { series: 'TT-BNV', kind: 'THONG_TU', issuer: 'Bộ Nội vụ', writtenIssuer: 'Bộ trưởng Bộ Nội vụ', header: 'BỘ NỘI VỤ', weight: 1, symbol: (n, y) => `${pad2(n)}/${y}/TT-BNV`, range: [1, 20] },
  { series: 'TT-BTC', kind: 'THONG_TU', issuer: 'Bộ Tài chính', writtenIssuer: 'Bộ trưởng Bộ Tài chính', header: 'BỘ TÀI CHÍNH', weight: 1, symbol: (n, y) => `${pad2(n)}/${y}/TT-BTC`, range: [1, 120] },
  { series: 'NQ/TW', kind: 'NGHI_QUYET', issuer: 'Ban Chấp hành Trung ương Đảng', writtenIssuer: 'Ban Chấp hành Trung ương Đảng', header: 'BAN CHẤP HÀNH TRUNG ƯƠNG', weight: 2, symbol: (n) => `${pad2(n)}-NQ/TW`, range: [1, 60] },
  { series: 'KL/TW', kind: 'KET_LUAN', issuer: 'Bộ Chính trị', writtenIssuer: 'Bộ Chính trị', header: 'BỘ CHÍNH TRỊ', weight: 1, symbol: (n) => `${pad2(n)}-KL/TW`, range: [1, 130] },
  { series: 'CT/TW', kind: 'CHI_THI', issuer: 'Ban Bí thư', writtenIssuer: 'Ban Bí thư', header: 'BAN BÍ THƯ', weight: 1, symbol: (n) => `${pad2(n)}-CT/TW`, range: [1, 45] },
  { series: 'BNV-CCHC', kind: 'CONG_VAN', issuer: 'Bộ Nội vụ', writtenIssuer: 'Bộ Nội vụ', header: 'BỘ NỘI VỤ', weight: 1, symbol: (n) => `${n}/BNV-CCHC`, range: [100, 7000] },
  { series: 'QH15', kind: 'NGHI_QUYET', issuer: 'Quốc hội', writtenIssuer: 'Quốc hội', header: 'QUỐC HỘI', weight: 1, symbol: (n, y) => `${n}/${y}/QH15`, range: [30, 200] },
  { series: 'CĐ-TTg', kind: 'CONG_DIEN', issuer: 'Thủ tướng Chính phủ', writtenIssuer: 'Thủ tướng Chính phủ', header: 'THỦ TƯỚNG CHÍNH PHỦ', weight: 1, symbol: (n) => `${pad2(n)}/CĐ-TTg`, range: [1, 1200] },
  { series: 'TB-VPCP', kind: 'THONG_BAO', issuer: 'Văn phòng Chính phủ', writtenIssuer: 'Văn phòng Chính phủ', header: 'VĂN PHÒNG CHÍNH PHỦ', weight: 1, symbol: (n) => `${pad2(n)}/TB-VPCP`, range: [1, 500] },
];

/** Well-known national documents (real symbols, as the samples cite them): the heads of the fan-in. */
export const FAMOUS_NATIONAL: readonly { series: NationalSeries; symbol: string; date: string; title: string; topic: string }[] = [
  { series: 'NQ-CP', symbol: '76/NQ-CP', date: '2021-07-15', title: 'ban hành Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021 - 2030', topic: 'cchc' },
  { series: 'NQ/TW', symbol: '18-NQ/TW', date: '2017-10-25', title: 'một số vấn đề về tiếp tục đổi mới, sắp xếp tổ chức bộ máy của hệ thống chính trị tinh gọn, hoạt động hiệu lực, hiệu quả', topic: 'bomay' },
  { series: 'CT-TTg', symbol: '23/CT-TTg', date: '2021-09-02', title: 'về đẩy mạnh thực hiện Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021 - 2030', topic: 'cchc' },
  { series: 'QĐ-TTg', symbol: '06/QĐ-TTg', date: '2022-01-06', title: 'phê duyệt Đề án phát triển ứng dụng dữ liệu về dân cư, định danh và xác thực điện tử phục vụ chuyển đổi số quốc gia giai đoạn 2022 - 2025, tầm nhìn đến năm 2030', topic: 'cds' },
  { series: 'NQ-CP', symbol: '04/NQ-CP', date: '2022-01-10', title: 'về đẩy mạnh phân cấp, ủy quyền trong quản lý nhà nước', topic: 'cchc' },
  { series: 'QĐ-TTg', symbol: '749/QĐ-TTg', date: '2020-06-03', title: 'phê duyệt Chương trình Chuyển đổi số quốc gia đến năm 2025, định hướng đến năm 2030', topic: 'cds' },
  { series: 'QĐ-TTg', symbol: '766/QĐ-TTg', date: '2022-06-23', title: 'phê duyệt Bộ chỉ số chỉ đạo, điều hành và đánh giá chất lượng phục vụ người dân, doanh nghiệp trong thực hiện thủ tục hành chính, dịch vụ công', topic: 'tthc' },
  { series: 'NQ/TW', symbol: '57-NQ/TW', date: '2024-12-22', title: 'về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia', topic: 'khcn' },
  { series: 'QH15', symbol: '74/2022/QH15', date: '2022-11-15', title: 'về việc đẩy mạnh thực hiện chính sách, pháp luật về thực hành tiết kiệm, chống lãng phí', topic: 'taichinh' },
  { series: 'NĐ-CP', symbol: '61/2018/NĐ-CP', date: '2018-04-23', title: 'về thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính', topic: 'tthc' },
  { series: 'QĐ-TTg', symbol: '1015/QĐ-TTg', date: '2022-08-30', title: 'phê duyệt Phương án phân cấp trong giải quyết thủ tục hành chính thuộc phạm vi quản lý của bộ, cơ quan ngang bộ', topic: 'tthc' },
  { series: 'BNV-CCHC', symbol: '4625/BNV-CCHC', date: '2025-07-02', title: 'về xây dựng kế hoạch cải cách hành chính và báo cáo định kỳ cải cách hành chính', topic: 'cchc' },
];

/** Laws cited without a number ("Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;"). */
export const LAWS: readonly string[] = [
  'Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015',
  'Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22 tháng 11 năm 2019',
  'Luật Ban hành văn bản quy phạm pháp luật ngày 22 tháng 6 năm 2015',
  'Luật Ngân sách nhà nước ngày 25 tháng 6 năm 2015',
  'Luật Đầu tư công ngày 13 tháng 6 năm 2019',
  'Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015',
];

export interface Topic {
  id: string;
  /** Title phrase after "về": "đẩy mạnh cải cách hành chính ...". */
  title: string;
  /** A short name used inside sentences ("công tác cải cách hành chính"). */
  short: string;
  lead: string;
  coordinators: readonly string[];
  indicators: readonly string[];
  duties: readonly string[];
  targets: readonly string[];
  /** Headings of task groups under "NHIỆM VỤ, GIẢI PHÁP". */
  areas: readonly string[];
}

export const TOPICS: readonly Topic[] = [
  {
    id: 'cchc',
    title: 'đẩy mạnh cải cách hành chính, cải thiện môi trường đầu tư kinh doanh, nâng cao năng lực cạnh tranh cấp tỉnh',
    short: 'công tác cải cách hành chính',
    lead: 'SNV',
    coordinators: ['STP', 'STC', 'SKHĐT', 'STTTT'],
    indicators: ['PAR_INDEX', 'PCI', 'SIPAS', 'PAPI'],
    duties: [
      'hướng dẫn, đôn đốc, kiểm tra việc triển khai kế hoạch cải cách hành chính của các cơ quan, đơn vị, địa phương',
      'tổ chức đánh giá, chấm điểm kết quả Chỉ số cải cách hành chính của các cơ quan, đơn vị, địa phương',
      'tổng hợp, xây dựng dự thảo báo cáo công tác cải cách hành chính gửi Bộ Nội vụ theo quy định',
      'rà soát, điều chỉnh, phê duyệt Đề án vị trí việc làm của các cơ quan, tổ chức hành chính',
      'tham mưu tổ chức hội nghị sơ kết, đánh giá kết quả thực hiện các chỉ số PAR Index, SIPAS, PCI, PAPI',
      'đổi mới nội dung và hình thức tuyên truyền về cải cách hành chính trên các phương tiện thông tin đại chúng',
    ],
    targets: [
      'thủ tục hành chính liên quan đến doanh nghiệp được thực hiện trực tuyến',
      'hồ sơ thủ tục hành chính được giải quyết đúng hạn và trước hạn',
      'cơ quan, đơn vị được kiện toàn tổ chức bộ máy theo quy định',
      'giao dịch hành chính thuộc diện “phi tiếp xúc”',
    ],
    areas: ['Cải cách thể chế', 'Cải cách thủ tục hành chính', 'Cải cách tổ chức bộ máy hành chính', 'Cải cách chế độ công vụ', 'Cải cách tài chính công'],
  },
  {
    id: 'tthc',
    title: 'nâng cao chất lượng giải quyết thủ tục hành chính, cung cấp dịch vụ công trực tuyến',
    short: 'công tác kiểm soát thủ tục hành chính',
    lead: 'SNV',
    coordinators: ['STTTT', 'STP', 'STC'],
    indicators: ['SIPAS', 'PAR_INDEX'],
    duties: [
      'rà soát, đề xuất cắt giảm, đơn giản hóa thủ tục hành chính liên quan đến hoạt động sản xuất, kinh doanh',
      'công bố, công khai đầy đủ, kịp thời danh mục thủ tục hành chính trên Cổng Dịch vụ công của tỉnh',
      'số hóa hồ sơ, kết quả giải quyết thủ tục hành chính còn hiệu lực',
      'kiểm tra việc tiếp nhận, giải quyết hồ sơ thủ tục hành chính tại Bộ phận Một cửa các cấp',
      'xử lý dứt điểm các phản ánh, kiến nghị của người dân, doanh nghiệp về thủ tục hành chính',
    ],
    targets: [
      'thủ tục hành chính đủ điều kiện được cung cấp dịch vụ công trực tuyến toàn trình',
      'hồ sơ, kết quả giải quyết thủ tục hành chính được số hóa',
      'hồ sơ thủ tục hành chính được xử lý trực tuyến toàn trình',
      'hồ sơ trễ hạn có văn bản xin lỗi tổ chức, cá nhân',
    ],
    areas: ['Rà soát, đơn giản hóa thủ tục hành chính', 'Thực hiện cơ chế một cửa, một cửa liên thông', 'Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính'],
  },
  {
    id: 'cds',
    title: 'chuyển đổi số, xây dựng chính quyền số, kinh tế số và xã hội số',
    short: 'công tác chuyển đổi số',
    lead: 'STTTT',
    coordinators: ['SNV', 'STC', 'SKHĐT', 'SKHCN'],
    indicators: ['ICT_INDEX', 'DTI'],
    duties: [
      'xây dựng, vận hành Nền tảng tích hợp, chia sẻ dữ liệu cấp tỉnh kết nối với Nền tảng quốc gia',
      'triển khai các giải pháp bảo đảm an toàn, an ninh mạng cho hệ thống thông tin của các cơ quan nhà nước',
      'hướng dẫn các cơ quan, đơn vị ứng dụng chữ ký số chuyên dùng trong xử lý văn bản điện tử',
      'tổ chức đào tạo, bồi dưỡng kỹ năng số cho cán bộ, công chức, viên chức',
      'phát triển hạ tầng số, phủ sóng di động khu vực vùng sâu, vùng xa, biên giới, hải đảo',
    ],
    targets: [
      'hồ sơ công việc cấp tỉnh được xử lý trên môi trường mạng',
      'văn bản điện tử được ký số chuyên dùng',
      'cơ sở dữ liệu dùng chung được kết nối, chia sẻ',
      'người dân trưởng thành có danh tính số',
    ],
    areas: ['Phát triển hạ tầng số', 'Phát triển chính quyền số', 'Phát triển kinh tế số', 'Phát triển xã hội số'],
  },
  {
    id: 'kinhte',
    title: 'nhiệm vụ phát triển kinh tế - xã hội',
    short: 'các nhiệm vụ phát triển kinh tế - xã hội',
    lead: 'SKHĐT',
    coordinators: ['STC', 'SCT', 'SNNPTNT', 'SXD'],
    indicators: ['GRDP', 'PCI'],
    duties: [
      'tham mưu giải ngân vốn đầu tư công, tháo gỡ khó khăn, vướng mắc của các dự án trọng điểm',
      'theo dõi, tổng hợp tình hình thực hiện các chỉ tiêu phát triển kinh tế - xã hội hằng tháng, hằng quý',
      'đẩy mạnh xúc tiến đầu tư, thu hút các dự án có hàm lượng công nghệ cao vào các khu công nghiệp',
      'tháo gỡ khó khăn cho doanh nghiệp, hỗ trợ chuyển đổi hộ kinh doanh thành doanh nghiệp',
      'rà soát, thu hồi các dự án chậm tiến độ, vi phạm pháp luật về đầu tư',
    ],
    targets: ['vốn đầu tư công được giao được giải ngân', 'dự án trọng điểm được khởi công đúng tiến độ', 'doanh nghiệp thành lập mới được hỗ trợ'],
    areas: ['Phát triển kinh tế', 'Đầu tư công và thu hút đầu tư', 'Phát triển doanh nghiệp'],
  },
  {
    id: 'taichinh',
    title: 'thực hành tiết kiệm, chống lãng phí và quản lý, sử dụng tài sản công',
    short: 'công tác thực hành tiết kiệm, chống lãng phí',
    lead: 'STC',
    coordinators: ['SKHĐT', 'SNV', 'STNMT'],
    indicators: [],
    duties: [
      'hướng dẫn các cơ quan, đơn vị thực hiện công khai, minh bạch dự toán, quyết toán ngân sách',
      'rà soát, sắp xếp lại, xử lý nhà, đất thuộc phạm vi quản lý của tỉnh',
      'kiểm soát chặt chẽ chi thường xuyên, tiết kiệm chi ngân sách nhà nước',
      'tham mưu bố trí kinh phí thực hiện các nhiệm vụ được giao trong dự toán hằng năm',
    ],
    targets: ['chi thường xuyên được tiết kiệm', 'cơ quan, đơn vị công khai dự toán, quyết toán ngân sách đúng quy định', 'phương án sắp xếp nhà, đất được phê duyệt'],
    areas: ['Quản lý ngân sách nhà nước', 'Quản lý, sử dụng tài sản công'],
  },
  {
    id: 'bomay',
    title: 'sắp xếp tổ chức bộ máy, tinh giản biên chế, nâng cao chất lượng đội ngũ cán bộ, công chức, viên chức',
    short: 'công tác sắp xếp tổ chức bộ máy',
    lead: 'SNV',
    coordinators: ['STC', 'STP'],
    indicators: [],
    duties: [
      'tham mưu sắp xếp, kiện toàn tổ chức bộ máy các cơ quan chuyên môn thuộc UBND tỉnh',
      'giải quyết kịp thời chế độ, chính sách cho cán bộ, công chức, viên chức sau sắp xếp',
      'cập nhật đầy đủ dữ liệu cán bộ, công chức, viên chức trên cơ sở dữ liệu quốc gia',
      'đánh giá, xếp loại chất lượng cán bộ, công chức, viên chức gắn với kết quả thực hiện nhiệm vụ',
    ],
    targets: ['cơ quan, đơn vị được sắp xếp theo quy định', 'biên chế được tinh giản theo lộ trình', 'cán bộ, công chức được bồi dưỡng theo tiêu chuẩn ngạch'],
    areas: ['Sắp xếp tổ chức bộ máy', 'Tinh giản biên chế', 'Nâng cao chất lượng đội ngũ'],
  },
  {
    id: 'khcn',
    title: 'phát triển khoa học, công nghệ và đổi mới sáng tạo',
    short: 'công tác khoa học, công nghệ và đổi mới sáng tạo',
    lead: 'SKHCN',
    coordinators: ['STTTT', 'SGDĐT', 'STC'],
    indicators: ['DTI'],
    duties: [
      'triển khai các chương trình hỗ trợ doanh nghiệp đổi mới công nghệ, nâng cao năng suất',
      'xây dựng hệ sinh thái khởi nghiệp đổi mới sáng tạo của tỉnh',
      'đặt hàng các nhiệm vụ khoa học và công nghệ phục vụ phát triển kinh tế - xã hội',
    ],
    targets: ['doanh nghiệp được hỗ trợ đổi mới công nghệ', 'nhiệm vụ khoa học và công nghệ được ứng dụng vào thực tiễn'],
    areas: ['Phát triển tiềm lực khoa học, công nghệ', 'Thúc đẩy đổi mới sáng tạo'],
  },
  {
    id: 'moitruong',
    title: 'bảo vệ môi trường, phòng chống thiên tai và ứng phó với biến đổi khí hậu',
    short: 'công tác bảo vệ môi trường',
    lead: 'STNMT',
    coordinators: ['SNNPTNT', 'SXD', 'SCT'],
    indicators: [],
    duties: [
      'thanh tra, kiểm tra việc chấp hành pháp luật về bảo vệ môi trường của các cơ sở sản xuất',
      'nâng cao hiệu quả thu gom, xử lý rác thải và nước thải tại các đô thị',
      'xây dựng phương án ứng phó với mưa bão, phòng chống cháy rừng',
      'quản lý chặt chẽ hoạt động khai thác khoáng sản, tài nguyên nước',
    ],
    targets: ['chất thải rắn sinh hoạt đô thị được thu gom, xử lý', 'khu công nghiệp có hệ thống xử lý nước thải tập trung đạt chuẩn', 'chất thải y tế được xử lý đúng quy định'],
    areas: ['Bảo vệ môi trường', 'Phòng chống thiên tai', 'Quản lý tài nguyên'],
  },
  {
    id: 'yte',
    title: 'nâng cao chất lượng khám bệnh, chữa bệnh và chăm sóc sức khỏe Nhân dân',
    short: 'công tác chăm sóc sức khỏe Nhân dân',
    lead: 'SYT',
    coordinators: ['STC', 'SLĐTBXH', 'SGDĐT'],
    indicators: [],
    duties: [
      'nâng cao năng lực y tế cơ sở, y tế dự phòng',
      'triển khai hồ sơ sức khỏe điện tử cho người dân trên địa bàn',
      'bảo đảm cung ứng thuốc, vật tư, trang thiết bị y tế cho các cơ sở khám bệnh, chữa bệnh',
      'tăng cường thanh tra, kiểm tra an toàn thực phẩm',
    ],
    targets: ['dân số tham gia bảo hiểm y tế', 'trạm y tế xã đạt chuẩn quốc gia', 'người dân có hồ sơ sức khỏe điện tử'],
    areas: ['Y tế cơ sở và y tế dự phòng', 'Khám bệnh, chữa bệnh'],
  },
  {
    id: 'giaoduc',
    title: 'phát triển giáo dục và đào tạo, nâng cao chất lượng nguồn nhân lực',
    short: 'công tác giáo dục và đào tạo',
    lead: 'SGDĐT',
    coordinators: ['SLĐTBXH', 'STC', 'SNV'],
    indicators: [],
    duties: [
      'rà soát, sắp xếp mạng lưới trường, lớp học phù hợp với điều kiện thực tế',
      'bảo đảm cơ sở vật chất, trang thiết bị dạy học theo chương trình giáo dục phổ thông mới',
      'đẩy mạnh đào tạo nghề gắn với nhu cầu của doanh nghiệp',
    ],
    targets: ['trường học đạt chuẩn quốc gia', 'lao động qua đào tạo có bằng cấp, chứng chỉ', 'học sinh được học ngoại ngữ theo chương trình mới'],
    areas: ['Giáo dục phổ thông', 'Giáo dục nghề nghiệp'],
  },
  {
    id: 'dulich',
    title: 'phát triển du lịch trở thành ngành kinh tế mũi nhọn',
    short: 'công tác phát triển du lịch',
    lead: 'SVHTTDL',
    coordinators: ['SKHĐT', 'SCT', 'STNMT'],
    indicators: [],
    duties: [
      'xây dựng các sản phẩm du lịch đặc trưng gắn với di sản văn hóa của địa phương',
      'quản lý chặt chẽ hoạt động kinh doanh du lịch, bảo đảm an toàn cho du khách',
      'tổ chức các chương trình xúc tiến, quảng bá du lịch trong nước và quốc tế',
    ],
    targets: ['cơ sở lưu trú du lịch được kiểm tra', 'di tích được trùng tu, tôn tạo'],
    areas: ['Phát triển sản phẩm du lịch', 'Xúc tiến, quảng bá du lịch'],
  },
  {
    id: 'nongthon',
    title: 'xây dựng nông thôn mới nâng cao, nông thôn mới kiểu mẫu',
    short: 'chương trình xây dựng nông thôn mới',
    lead: 'SNNPTNT',
    coordinators: ['STC', 'SKHĐT', 'SXD'],
    indicators: [],
    duties: [
      'hướng dẫn các địa phương rà soát, đánh giá mức độ đạt các tiêu chí nông thôn mới',
      'phát triển các sản phẩm OCOP gắn với lợi thế của từng địa phương',
      'đầu tư hạ tầng giao thông nông thôn, thủy lợi, nước sạch',
    ],
    targets: ['xã đạt chuẩn nông thôn mới nâng cao', 'hộ gia đình nông thôn được sử dụng nước sạch', 'sản phẩm OCOP đạt từ 3 sao trở lên'],
    areas: ['Phát triển sản xuất', 'Hạ tầng nông thôn'],
  },
];

export function topicById(id: string): Topic {
  const t = TOPICS.find((x) => x.id === id);
  if (!t) throw new Error(`unknown topic ${id}`);
  return t;
}

/** Filler sentences for "TÌNH HÌNH" paragraphs; `{topic}` and `{place}` are filled in. */
export const FILLER: readonly string[] = [
  'Thời gian qua, {topic} trên địa bàn {place} đã được các cấp, các ngành quan tâm lãnh đạo, chỉ đạo và đạt được nhiều kết quả quan trọng',
  'Hệ thống thể chế, cơ chế, chính sách tiếp tục được rà soát, hoàn thiện, tạo điều kiện thuận lợi cho người dân và doanh nghiệp',
  'Tuy nhiên, việc triển khai một số nhiệm vụ còn chậm, chưa đồng bộ; sự phối hợp giữa các cơ quan, đơn vị có lúc chưa chặt chẽ',
  'Chất lượng đội ngũ cán bộ, công chức, viên chức ở một số nơi chưa đồng đều, chưa đáp ứng yêu cầu nhiệm vụ trong tình hình mới',
  'Những hạn chế nêu trên do nhiều nguyên nhân, trong đó nguyên nhân chủ quan là chủ yếu',
  'Người đứng đầu một số cơ quan, đơn vị chưa thực sự quyết liệt trong chỉ đạo, điều hành',
  'Công tác tuyên truyền, phổ biến chưa thường xuyên, nội dung và hình thức chưa phong phú',
  'Ứng dụng công nghệ thông tin, chuyển đổi số trong hoạt động của các cơ quan nhà nước có bước tiến rõ rệt',
  'Kỷ luật, kỷ cương hành chính được tăng cường; tinh thần, thái độ phục vụ người dân, doanh nghiệp được nâng lên',
  'Nguồn lực đầu tư còn hạn chế, chưa đáp ứng được yêu cầu phát triển trong giai đoạn mới',
  'Các chỉ tiêu chủ yếu đều đạt và vượt kế hoạch đề ra, tạo nền tảng quan trọng cho giai đoạn tiếp theo',
  'Tình hình thế giới, khu vực tiếp tục diễn biến phức tạp, khó lường, tác động đến sự phát triển của {place}',
];

/** Purpose bullets ("Mục đích", "Yêu cầu"). */
export const PURPOSES: readonly string[] = [
  'Triển khai đồng bộ, hiệu quả các nhiệm vụ, giải pháp đã đề ra, bảo đảm đúng tiến độ và chất lượng',
  'Xác định rõ nhiệm vụ trọng tâm, thời gian hoàn thành và trách nhiệm của từng cơ quan, đơn vị',
  'Lấy sự hài lòng của người dân, doanh nghiệp làm thước đo đánh giá chất lượng phục vụ của cơ quan hành chính',
  'Gắn trách nhiệm của người đứng đầu với kết quả thực hiện nhiệm vụ được giao',
  'Tăng cường kiểm tra, giám sát, kịp thời tháo gỡ khó khăn, vướng mắc phát sinh trong quá trình thực hiện',
];

const SURNAMES = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Cao'];
const MIDDLE = ['Văn', 'Thị', 'Đức', 'Minh', 'Hữu', 'Quang', 'Thanh', 'Xuân', 'Tường'];
const GIVEN = ['Thắng', 'Hùng', 'Hà', 'Long', 'Tuấn', 'Dũng', 'Hương', 'Lan', 'Nam', 'Sơn', 'Văn', 'Quyết'];
export const NAME_PARTS = { SURNAMES, MIDDLE, GIVEN } as const;

/** "I", "II", ... for section numbering. */
export function roman(n: number): string {
  const table: [number, string][] = [
    [10, 'X'],
    [9, 'IX'],
    [5, 'V'],
    [4, 'IV'],
    [1, 'I'],
  ];
  let out = '';
  for (const [v, s] of table) {
    while (n >= v) {
      out += s;
      n -= v;
    }
  }
  return out;
}

export const ROMAN_QUARTER = ['I', 'II', 'III', 'IV'] as const;
