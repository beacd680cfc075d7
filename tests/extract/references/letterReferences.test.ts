/**
 * Citations in the genre's letters and preambles whose symbol, issuer or jurisdiction needs more than the
 * standard form: joined unit codes, regional tax branches since renamed, numbered resolution series. The
 * snippets are sentences of real documents of the collection.
 */
import { describe, expect, it } from 'vitest';
import { refsIn } from './snippetReferences';
import { findSymbols } from '../../../src/extract/findSymbols';
import type { DocumentReference } from '../../../src/extract/types';

const bySymbol = (refs: DocumentReference[], symbol: string) => refs.find((r) => r.symbol === symbol);

describe('symbols whose unit code joins parts with "&" or "."', () => {
  it('reads a department unit joined by "&" whole: "số 4104/SNV- XDCQ&TCBC", "Tờ trình số 596/TTr-SNN&MT"', () => {
    const refs = refsIn(
      'ý kiến của Sở Nội vụ tại các Văn bản: số 4104/SNV- XDCQ&TCBC ngày 28/8/2025, số\n5786/SNV-XDCQ&TCBC ngày 13/11/2025; Tờ trình số 596/TTr-SNN&MT ngày 31/10/2025',
      'Hà Tĩnh',
    );
    expect(refs.map((r) => r.symbol)).toEqual(['4104/SNV-XDCQ&TCBC', '5786/SNV-XDCQ&TCBC', '596/TTr-SNN&MT']);
    expect(bySymbol(refs, '4104/SNV-XDCQ&TCBC')).toMatchObject({ jurisdiction: 'Hà Tĩnh', date: '2025-08-28' });
  });

  it('reads a regional tax branch code with dots: "4814/CCTKV.05-TTKT3", "838/CCTKV.XII-NVDTPC.HUE"', () => {
    const symbols = findSymbols('công văn số 4814/CCTKV.05-TTKT3 ngày 30/06/2025; công văn số 838/CCTKV.XII-NVDTPC.HUE ngày').map((h) => h.parsed.symbol);
    expect(symbols).toEqual(['4814/CCTKV.05-TTKT3', '838/CCTKV.XII-NVDTPC.HUE']);
  });

  it('reads a number glued to "số" by an export that dropped bold marks: "Tờ trình số347/TTr-CP"', () => {
    expect(findSymbols('Xét đề nghị của Chính phủ tại Tờ trình số347/TTr-CP và Đề án số 348/ĐA-CP ngày').map((h) => h.parsed.symbol)).toEqual(['347/TTr-CP', '348/ĐA-CP']);
    expect(findSymbols('mẫu A12/QĐ-UBND').map((h) => h.parsed.symbol)).toEqual([]);
  });

  it('does not read a sentence glued to a symbol as part of its code: "Quyết định 12/QĐ-UBND.Sau đó"', () => {
    expect(findSymbols('theo Quyết định 12/QĐ-UBND.Sau đó').map((h) => h.parsed.symbol)).toEqual(['12/QĐ-UBND']);
  });

  it('keeps the sub-number of a resolution series: "Nghị quyết số 66.7/2025/NQ-CP"', () => {
    const refs = refsIn('Căn cứ Nghị quyết số 66.7/2025/NQ-CP ngày 15 tháng 11 năm 2025 của Chính phủ quy định', 'Hà Nội');
    expect(refs[0]).toMatchObject({ symbol: '66.7/2025/NQ-CP', jurisdiction: 'national', issuer: 'Chính phủ', relation: 'BASIS' });
  });
});

describe('a branch cited under its successor: "của Chi cục Thuế Khu vực V (nay là Thuế thành phố Hải Phòng)"', () => {
  it('takes the successor as issuer and its province as jurisdiction, in a national office\'s letter', () => {
    const refs = refsIn(
      'Cục Thuế nhận được công văn số 545/CCTKV.VIII-CNTK ngày 02/6/2025 của Chi cục thuế Khu vực VIII (nay là Thuế tỉnh\nLào Cai) về việc vướng mắc',
      null,
    );
    expect(refs[0]).toMatchObject({ symbol: '545/CCTKV.VIII-CNTK', issuer: 'Thuế tỉnh Lào Cai', jurisdiction: 'Lào Cai', date: '2025-06-02' });
  });

  it('keeps a body that still reads as one under its own name: "của Bộ Nông nghiệp và PTNT (nay là ...)"', () => {
    const refs = refsIn(
      'Căn cứ Quyết định số 4255/QĐ-BNN-KHCN\nngày 04/12/2024 của Bộ Nông nghiệp và PTNT *(nay là Bộ Nông nghiệp và Môi\ntrường) *về việc phê duyệt Chương trình',
      'Đắk Lắk',
    );
    expect(refs[0]).toMatchObject({ issuer: 'Bộ Nông nghiệp và Phát triển nông thôn', jurisdiction: 'national' });
  });
});

describe('a national office\'s letter citing its addressee\'s papers', () => {
  it('gives a taxpayer\'s letter the province of the address under "Kính gửi" and names the company as written', () => {
    const refs = refsIn(
      'Kính gửi: Công ty TNHH MTV Seshin VN2.\n(đ/c: Tổ dân phố 4, Phường Bình Thuận, tỉnh Tuyên Quang, Việt Nam)\nTrả lời công văn số 11001/XNK-SSVN2 ngày 04/11/2025 của Công ty TNHH MTV Seshin VN2 về vướng mắc thủ tục hải quan đối với hàng hóa xuất nhập khẩu tại chỗ, Cục Hải quan có ý kiến như sau:',
      null,
    );
    expect(refs[0]).toMatchObject({ symbol: '11001/XNK-SSVN2', jurisdiction: 'Tuyên Quang', issuer: 'Công ty TNHH MTV Seshin VN2' });
  });

  it('reads a provincial tax office cut by the page ("của Thuế thành phố Hồ Chí") as the addressee', () => {
    const refs = refsIn(
      'Kính gửi: Thuế\nthành phố Hồ Chí Minh.\nCục Thuế nhận được công văn số 3896/TPHCM-VP ngày\n21/10/2025 của Thuế thành phố Hồ Chí về việc hướng dẫn tỷ lệ (%) trích ủy nhiệm thu',
      null,
    );
    expect(refs[0]).toMatchObject({ jurisdiction: 'Hồ Chí Minh', issuer: 'Thuế thành phố Hồ Chí Minh' });
  });

  it('leaves a paper of another body national: "Báo cáo số 157/BC-HĐTV ... của Hội đồng tư vấn" in a letter to an association', () => {
    const refs = refsIn(
      'Kính gửi: Hiệp\nhội Ngân hàng Việt Nam.\n(Địa chỉ 193 P. Bà Triệu, Lê Đại Hành, Hai Bà Trưng, Hà Nội)\nCục Thuế nhận được Báo cáo số 157/BC-HĐTV ngày\n27/10/2025 của Hội đồng tư vấn cải cách thủ tục hành chính gửi Thủ tướng Chính phủ',
      null,
    );
    expect(refs[0]?.jurisdiction).toBe('national');
  });

  it('takes a notice\'s taxpayer from "Nơi nhận" when there is no "Kính gửi"', () => {
    const refs = refsIn(
      'Trên cơ sở hồ sơ đề nghị xác định trước mã số, Đơn\nđề nghị số 02BRT/XNK/2025 ngày 20/10/2025 của Công ty TNHH Brenntag Việt Nam,\nmã số thuế: 0310474190;\n| Nơi nhận: - Công ty TNHH Brenntag Việt Nam (120 Hoàng Hoa Thám, phường 7, quận Bình Thạnh, TP Hồ Chí Minh); - PCT. Nguyễn Thành Hưng (để báo cáo); |',
      null,
    );
    expect(refs[0]).toMatchObject({ symbol: '02BRT/XNK/2025', kind: 'OTHER', jurisdiction: 'Hồ Chí Minh', date: '2025-10-20' });
  });
});

describe('papers numbered outside the state forms', () => {
  it('reads a company\'s number after "công văn số" and before its date: "JHDPC/2025/276", "20251022/CV-HD"', () => {
    const refs = refsIn(
      'Cục Thuế nhận được công văn số JHDPC/2025/276 ngày 5/9/2025 của Công ty TNHH Điện lực Jaks Hải Dương; Trả lời công văn số 20251022/CV-HD ngày 22/10/2025 của Công ty',
      null,
    );
    expect(refs.map((r) => [r.symbol, r.kind])).toEqual([
      ['JHDPC/2025/276', 'CONG_VAN'],
      ['20251022/CV-HD', 'CONG_VAN'],
    ]);
  });

  it('reads a company\'s number joined by a hyphen only: "công văn số 1025-CVHQ ngày 10/10/2025 của Công ty", in the province of its address', () => {
    // A customs department's answer to a company (its letter cites the company's own paper by its number).
    const refs = refsIn(
      '**Kính\ngửi:** Công ty TNHH Sunrise Apparel Việt Nam.\n*(Đ/c: Lô CN15, Cụm công nghiệp Hoàng Xá, Xã Tu Vũ, Tỉnh Phú Thọ)*\nTrả lời công văn số 1025-CVHQ\nngày 10/10/2025 của Công ty TNHH Sunrise Apparel Việt Nam về việc thủ tục hải quan và chính sách thuế đối với hàng hóa thuê gia công ở nước\nngoài, Cục Hải quan có ý kiến như sau:',
      null,
    );
    expect(refs.map((r) => [r.symbol, r.kind, r.jurisdiction, r.date])).toEqual([['1025-CVHQ', 'CONG_VAN', 'Phú Thọ', '2025-10-10']]);
    // A system's code joined by dots alone is no letter's number (a tax letter's petition, its "đơn phản ánh kiến nghị số"
    // shortened to the cue "đơn số" so that only the number's form is tried).
    expect(refsIn('Cục Thuế nhận được đơn số PAKN.1761647228267 của ông Thái Mạnh Cường về chính sách thuế.', null)).toEqual([]);
  });

  it('reads such a number only after a letter\'s kind word: not a contract\'s "số HĐ2024/01 ngày", nor a tax code', () => {
    expect(refsIn('theo Hợp đồng số HĐ2024/01 ngày 10/10/2024 của Công ty, mã số thuế: 0310474190 của Công ty', null)).toEqual([]);
  });

  it('reads no invoice ("hóa đơn số") as a request and no receipt ("phiếu thu số") as a letter', () => {
    expect(refsIn('đã xuất hóa đơn số AB/25E ngày 10/10/2025 của Công ty; phiếu thu số PT/2025/12 ngày 11/10/2025 của Công ty', null)).toEqual([]);
  });
});

describe('laws numbered by the National Assembly', () => {
  it('reads a law whose name goes on in lower case: "Luật bầu cử đại biểu Quốc hội ... số 85/2015/QH13"', () => {
    const refs = refsIn('*Căn cứ Luật bầu cử đại biểu Quốc hội và Đại biểu Hội đồng nhân dân số 85/2015/QH13 được sửa đổi, bổ sung bởi Luật số 83/2025/QH15;*', 'Hà Nội');
    expect(refs.find((r) => r.symbol === '85/2015/QH13')).toMatchObject({ kind: 'LUAT', relation: 'BASIS' });
  });

  it('gives an amending law its number, whatever laws its title lists: "Luật sửa đổi, ... của Luật Cán bộ, công chức và Luật viên chức số 52/2019/QH14"', () => {
    const refs = refsIn('*Căn cứ Luật Viên chức số 58/2010/QH12; Luật sửa đổi, bổ sung một số điều của Luật Cán bộ, công chức và Luật viên chức số 52/2019/QH14;*', 'Hà Nội');
    expect(refs.find((r) => r.symbol === '52/2019/QH14')).toMatchObject({ kind: 'LUAT', relation: 'BASIS' });
    expect(refs.filter((r) => !r.symbol)).toEqual([]);
  });

  it('does not read the year of a technical standard as a symbol: "QCVN 02:2008/BCT"', () => {
    const refs = refsIn('a) Quy chuẩn QCVN 02:2008/BCT về vận chuyển, bảo quản vật liệu nổ công nghiệp ban hành kèm theo Quyết định số 51/2008/QĐ-BCT ngày 30 tháng 12 năm 2008', 'Hà Nội');
    expect(refs.map((r) => r.symbol)).toEqual(['51/2008/QĐ-BCT']);
  });
});

describe('dates written away from the citation', () => {
  it('takes the date that opens the sentence: "Ngày 21/8/2025, Cục Thuế có công văn số 3316/CT-CS về ..."', () => {
    const refs = refsIn('Ngày 21/8/2025, Cục Thuế có công văn số 3316/CT-CS về việc triển khai Nghị định 175/2025/NĐ-CP ngày 30/6/2025 của Chính phủ', null);
    expect(refs.find((r) => r.symbol === '3316/CT-CS')?.date).toBe('2025-08-21');
  });

  it('takes the date written right before "số": "nhận văn bản đề ngày 29 tháng 10 năm 2025 số 16/CV-HHTACN"', () => {
    const refs = refsIn('Ngày 31 tháng 10 năm\n2025, Văn phòng Chính phủ nhận văn bản đề ngày 29 tháng 10 năm 2025 số\n16/CV-HHTACN của Hội Chăn nuôi Việt Nam', null);
    expect(refs[0]?.date).toBe('2025-10-29');
  });

  it('never takes the previous citation\'s date: "Nghị quyết số 05-NQ/TU ngày 09/4/2021, Nghị quyết số 09-NQ/TU của Tỉnh ủy"', () => {
    const refs = refsIn('Nghị quyết số 05-NQ/TU ngày 09/4/2021, Nghị quyết số 09-NQ/TU của Tỉnh ủy, ', 'Quảng Ninh');
    expect(refs.find((r) => r.symbol === '09-NQ/TU')?.date).toBeNull();
  });

  it('shares a date written once after a pair joined by "và", not after a longer list', () => {
    const pair = refsIn('Xét đề nghị của Chính phủ tại Tờ trình số 370/TTr-CP và Đề án số 371/ĐA-CP ngày 09 tháng 5 năm 2025,', null);
    expect(pair.map((r) => r.date)).toEqual(['2025-05-09', '2025-05-09']);
    const list = refsIn('tiếp theo các Công điện số 217/CĐ-TTg, 218/CĐ-TTg, 219/CĐ-TTg và 222/CĐ-TTg ngày 19/11/2025, Thủ tướng', null);
    expect(list.map((r) => r.date)).toEqual([null, null, null, '2025-11-19']);
  });
});

describe('papers of the general departments (Tổng cục) merged into ministries in 2025', () => {
  it('keeps them national, under their own name: "Quyết định số 513/QĐ-TCTS-NTTS ... của Tổng cục Thủy sản (nay Cục Thủy sản và Kiểm ngư)"', () => {
    const refs = refsIn('Căn cứ Quyết định số 513/QĐ-TCTS-NTTS ngày 28/12/2021 của Tổng cục Thủy sản *(nay Cục Thủy sản và Kiểm ngư) *về việc phê duyệt hướng dẫn quan trắc', 'Đắk Lắk');
    expect(refs[0]).toMatchObject({ jurisdiction: 'national', issuer: 'Tổng cục Thủy sản', relation: 'BASIS' });
  });
});
