import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractIdentity } from '../../../src/extract/identity/extractIdentity';
import { normalizeText } from '../../../src/text/fold';

const corpus = (file: string) => normalizeText(readFileSync(path.join(__dirname, '../../../data/corpus', file), 'utf8'));
const identityOf = (text: string) => extractIdentity(normalizeText(text)).identity;

describe('identity from an OCR header', () => {
  it('reads sample 002: decision 2898/QĐ-UBND of the Quảng Ninh People\'s Committee, 23/7/2025', () => {
    const id = extractIdentity(corpus('002_a02de70c305dbdbe.txt')).identity;
    expect(id).toMatchObject({
      kind: 'QUYET_DINH',
      symbol: '2898/QĐ-UBND',
      date: '2025-07-23',
      place: 'Quảng Ninh',
      issuer: 'UBND tỉnh Quảng Ninh',
      jurisdiction: 'Quảng Ninh',
      key: '2898/QĐ-UBND@Quảng Ninh',
    });
    // "V& viéc sira ddi, ..." as written, over two lines.
    expect(id.title).toMatch(/^V& viéc sira ddi, bo sung, cip nhat .* tinh Quang Ninh nam 2025$/);
    expect(id.signer).toBeNull();
  });

  it('reads sample 003: the Quảng Ngãi Tỉnh ủy resolution "S6 04 -NQ/TU", place "Quadng Ngdai"', () => {
    const id = extractIdentity(corpus('003_453e41000d333eba.txt')).identity;
    expect(id).toMatchObject({
      kind: 'NGHI_QUYET',
      symbol: '04-NQ/TU',
      date: '2021-10-18',
      place: 'Quảng Ngãi',
      issuer: 'Tỉnh ủy Quảng Ngãi',
      jurisdiction: 'Quảng Ngãi',
      key: '04-NQ/TU@Quảng Ngãi',
    });
  });
});

describe('identity of a text without header', () => {
  it('dates the council resolution of sample 004 by its closing "thông qua ngày ..." and leaves the symbol null', () => {
    const id = extractIdentity(corpus('004_8f07e00dd8583e0d.txt')).identity;
    expect(id).toMatchObject({
      kind: 'NGHI_QUYET',
      symbol: null,
      date: '2023-07-12',
      issuer: 'HĐND tỉnh Quảng Ninh',
      jurisdiction: 'Quảng Ninh',
      title: 'Về nhiệm vụ phát triển kinh tế - xã hội 6 tháng cuối năm 2023',
      signer: 'Nguyễn Xuân Ký',
    });
    expect(id.notes).toMatch(/thông qua ngày/);
    expect(id.key).toBe('NGHI_QUYET:nhiem vu phat trien kinh te xa hoi 6 thang cuoi nam 2023@Quảng Ninh');
  });

  it('infers sample 000 (header lost): a Nghị quyết from "Nghị quyết này", the Tỉnh ủy from "T/M TỈNH ỦY", no number, no date', () => {
    const id = extractIdentity(corpus('000_7620ee0074b7539f.txt')).identity;
    expect(id).toMatchObject({ kind: 'NGHI_QUYET', symbol: null, date: null, issuer: 'Tỉnh ủy Quảng Ninh', jurisdiction: 'Quảng Ninh' });
    expect(id.title).toMatch(/^về đẩy mạnh cải cách hành chính, .* định hướng đến năm 2030$/);
  });

  it('reads sample 001 ("NGHI QUYET / CUA BAN CHAP HANH PANG BO TINH") as a Tỉnh ủy resolution without number', () => {
    const id = extractIdentity(corpus('001_a355fd2d7d9a47bb.txt')).identity;
    expect(id).toMatchObject({ kind: 'NGHI_QUYET', symbol: null, date: null, issuer: 'Tỉnh ủy Quảng Ninh', jurisdiction: 'Quảng Ninh' });
    expect(id.title).toBe('vé phwong huéng, nhiém vu nim 2022');
  });
});

describe('identity of other provinces and bodies', () => {
  it('takes the department under the provincial committee as the issuer, and the signer', () => {
    const id = identityOf(`ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TỈNH BẮC NINH Độc lập - Tự do - Hạnh phúc
SỞ TÀI CHÍNH
Số: 123/QĐ-STC Bắc Ninh, ngày 05 tháng 3 năm 2024

QUYẾT ĐỊNH
Về việc ban hành Quy chế quản lý tài sản công

GIÁM ĐỐC SỞ TÀI CHÍNH TỈNH BẮC NINH
Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;
GIÁM ĐỐC
Trần Văn Bình`);
    expect(id).toMatchObject({
      kind: 'QUYET_DINH',
      symbol: '123/QĐ-STC',
      date: '2024-03-05',
      place: 'Bắc Ninh',
      issuer: 'Sở Tài chính tỉnh Bắc Ninh',
      jurisdiction: 'Bắc Ninh',
      title: 'Về việc ban hành Quy chế quản lý tài sản công',
      signer: 'Trần Văn Bình',
    });
  });

  it('reads a national directive: issuer Thủ tướng Chính phủ, jurisdiction national', () => {
    const id = identityOf(`THỦ TƯỚNG CHÍNH PHỦ          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Số: 23/CT-TTg                  Hà Nội, ngày 02 tháng 9 năm 2021
CHỈ THỊ
Về đẩy mạnh thực hiện Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021 - 2030
Thực hiện Nghị quyết số 76/NQ-CP ngày 15 tháng 7 năm 2021 của Chính phủ.`);
    expect(id).toMatchObject({ kind: 'CHI_THI', symbol: '23/CT-TTg', date: '2021-09-02', issuer: 'Thủ tướng Chính phủ', jurisdiction: 'national', key: '23/CT-TTg' });
    expect(id.title).toBe('Về đẩy mạnh thực hiện Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021 - 2030');
  });

  it('names a centrally-run city\'s Party committee "Thành ủy" and takes the body under the kind line', () => {
    const id = identityOf(`THÀNH ỦY HÀ NỘI                ĐẢNG CỘNG SẢN VIỆT NAM
Số 15-NQ/TU                    Hà Nội, ngày 10 tháng 3 năm 2023
NGHỊ QUYẾT
CỦA BAN THƯỜNG VỤ THÀNH ỦY
về phát triển văn hóa
Thực hiện Nghị quyết số 12-NQ/TU ngày 5/1/2022 của Thành ủy;`);
    expect(id).toMatchObject({ symbol: '15-NQ/TU', issuer: 'Ban Thường vụ Thành ủy Hà Nội', jurisdiction: 'Hà Nội', title: 'về phát triển văn hóa' });
  });

  it('reads an official letter: kind from its agency-only symbol, "V/v" title, the office as issuer', () => {
    const id = identityOf(`UBND TỈNH ĐỒNG NAI
VĂN PHÒNG
Số: 1234/VP-KGVX
V/v triển khai Công văn số 567/UBND-KGVX
Đồng Nai, ngày 1 tháng 2 năm 2024
Kính gửi: Các sở, ban, ngành.`);
    expect(id).toMatchObject({
      kind: 'CONG_VAN',
      symbol: '1234/VP-KGVX',
      date: '2024-02-01',
      issuer: 'Văn phòng UBND tỉnh Đồng Nai',
      jurisdiction: 'Đồng Nai',
      title: 'V/v triển khai Công văn số 567/UBND-KGVX',
    });
  });

  it('does not take a citation broken after its kind word ("Nghị quyết\\nsố 08/...") for the header symbol', () => {
    const id = identityOf(`CHỈ THỊ
Về tăng cường kỷ luật hành chính
Thời gian qua, việc thực hiện Nghị quyết
số 08/NQ-HĐND của Hội đồng nhân dân tỉnh Nam Định còn chậm.`);
    expect(id.kind).toBe('CHI_THI');
    expect(id.symbol).toBeNull();
  });

  it('leaves every field null on a text that is not a document', () => {
    const id = identityOf('Hôm nay trời đẹp. Tôi đi chợ mua 3/4 kg thịt. Diễn biến thời tiết hòa bình.');
    expect(id).toMatchObject({ kind: null, symbol: null, date: null, issuer: null, jurisdiction: null, place: null });
  });
});
