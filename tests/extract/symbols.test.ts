import { describe, expect, it } from 'vitest';
import {
  canonicalSymbol,
  documentKey,
  inferIssuer,
  isLocalSymbol,
  kindFromSymbol,
  parseSymbol,
  symbolMatchKey,
  withPrintedNumber,
} from '../../src/extract/symbols';
import { provinceByName } from '../../src/extract/provinces';
import { findSymbols } from '../../src/extract/findSymbols';

const quangNinh = provinceByName('Quảng Ninh');
const haNoi = provinceByName('Hà Nội');

describe('symbols in standard form', () => {
  it.each([
    ['2898 /QD-UBND', '2898/QĐ-UBND'],
    ['05-NQ/TU', '05-NQ/TU'],
    ['60/2021/ND-CP', '60/2021/NĐ-CP'],
    ['74/2022/QH15', '74/2022/QH15'],
    ['1456-CV/TU', '1456-CV/TU'],
    ['114/TTr-SNV', '114/TTr-SNV'],
    ['17/QD-UBQGCDS', '17/QĐ-UBQGCĐS'],
    ['124/NQ-HDND', '124/NQ-HĐND'],
    ['398/CD-TTg', '398/CĐ-TTg'],
    ['25-CTr/TU', '25-CTr/TU'],
    ['4625/BNV-CCHC', '4625/BNV-CCHC'],
    ['1732/UBND-KTTC', '1732/UBND-KTTC'],
    ['01/2015/TTLT-BNV-BTC', '01/2015/TTLT-BNV-BTC'],
  ])('writes %j as %s', (raw, std) => {
    expect(canonicalSymbol(raw)).toBe(std);
  });

  it('repairs OCR look-alikes in the type code: 0D, Qb, OD, QP -> QĐ; KI -> KL', () => {
    expect(canonicalSymbol('1663/0D-UBND')).toBe('1663/QĐ-UBND');
    expect(canonicalSymbol('1015/Qb-TTg')).toBe('1015/QĐ-TTg');
    expect(canonicalSymbol('06/OD-TTg')).toBe('06/QĐ-TTg');
    expect(canonicalSymbol('74/QP-UBND')).toBe('74/QĐ-UBND');
    expect(canonicalSymbol('14-KI/TW')).toBe('14-KL/TW');
  });

  it('reads an Đ that OCR printed as P or B, in the type code and in a known agency code with Đ', () => {
    // The samples' OCR writes "Piéu 2" for "Điều 2" and "Qb" for "QĐ"; in capitals the same letters give these.
    expect(canonicalSymbol('92/2017/NB-CP')).toBe('92/2017/NĐ-CP');
    expect(canonicalSymbol('3740/QB-BTC')).toBe('3740/QĐ-BTC');
    expect(canonicalSymbol('102/CB-CT')).toBe('102/CĐ-CT');
    expect(canonicalSymbol('38/2024/NQ-HBND')).toBe('38/2024/NQ-HĐND');
    expect(canonicalSymbol('35/2025/NQ-HPND')).toBe('35/2025/NQ-HĐND');
    // Codes written with B or P as printed keep them: a notice, a plan, a ministry, a committee.
    expect(canonicalSymbol('12/TB-UBND')).toBe('12/TB-UBND');
    expect(canonicalSymbol('05/PA-UBND')).toBe('05/PA-UBND');
    expect(canonicalSymbol('01/2012/TTLT-BQP-BTC')).toBe('01/2012/TTLT-BQP-BTC');
    expect(canonicalSymbol('4625/BNV-CCHC')).toBe('4625/BNV-CCHC');
  });

  it('joins a symbol broken across a line or spaced around its separators', () => {
    expect(canonicalSymbol('16-\nCT/TU')).toBe('16-CT/TU');
    expect(canonicalSymbol('15- NQ/TU')).toBe('15-NQ/TU');
    expect(canonicalSymbol('03 -NQ/TU')).toBe('03-NQ/TU');
    expect(canonicalSymbol('22/\n~ KH-UBND')).toBe('22/KH-UBND');
  });

  it('writes a Party document in the Party form even when the text uses the state form', () => {
    expect(canonicalSymbol('18/NQ-TW')).toBe('18-NQ/TW');
    expect(canonicalSymbol('05/NQ-TU')).toBe('05-NQ/TU');
    expect(canonicalSymbol('124/NQ-HĐND')).toBe('124/NQ-HĐND');
  });

  it('writes the number with at least two digits, as documents do', () => {
    expect(canonicalSymbol('6/QĐ-TTg')).toBe('06/QĐ-TTg');
    expect(canonicalSymbol('005-NQ/TU')).toBe('05-NQ/TU');
  });

  it('rejects strings that are not symbols: dates, fractions, units, a type without agency', () => {
    for (const s of ['15/7/2021', '24/7', '5/tuần', '15/QĐ', '10/01/2022', 'COVID-19', '']) expect(parseSymbol(s)).toBeNull();
  });
});

describe('matching symbols', () => {
  it('ignores case, spaces, diacritics of the code and leading zeros', () => {
    const k = symbolMatchKey('2898/QĐ-UBND');
    expect(symbolMatchKey('2898 / qd-ubnd')).toBe(k);
    expect(symbolMatchKey('2898/QD-UBND')).toBe(k);
    expect(symbolMatchKey('5-NQ/TU')).toBe(symbolMatchKey('05-NQ/TU'));
    expect(symbolMatchKey('05-NQ/TU')).not.toBe(symbolMatchKey('05/NQ-CP'));
  });
});

describe('what a symbol says about its document', () => {
  it('gives the kind from the type code', () => {
    expect(kindFromSymbol('2898/QĐ-UBND')).toBe('QUYET_DINH');
    expect(kindFromSymbol('05-NQ/TU')).toBe('NGHI_QUYET');
    expect(kindFromSymbol('60/2021/NĐ-CP')).toBe('NGHI_DINH');
    expect(kindFromSymbol('114/TTr-SNV')).toBe('TO_TRINH');
    expect(kindFromSymbol('25-CTr/TU')).toBe('CHUONG_TRINH');
    expect(kindFromSymbol('4625/BNV-CCHC')).toBe('CONG_VAN');
    expect(kindFromSymbol('1456-CV/TU')).toBe('CONG_VAN');
    // A law and a resolution of the National Assembly share the form: the kind word decides.
    expect(kindFromSymbol('74/2022/QH15')).toBeNull();
  });

  it('tells provincial symbols from national ones by the agency code', () => {
    for (const s of ['05-NQ/TU', '124/NQ-HĐND', '2898/QĐ-UBND', '114/TTr-SNV', '12-HD/BTGTU', '89-KH/HU', '12/QĐ-BQLDA']) expect(isLocalSymbol(s)).toBe(true);
    for (const s of ['76/NQ-CP', '18-NQ/TW', '74/2022/QH15', '4625/BNV-CCHC', '17/QĐ-UBQGCĐS', '67/TB-VPCP', '456-TB/VPTW']) {
      expect(isLocalSymbol(s)).toBe(false);
    }
  });

  it('infers the issuer when the text names none', () => {
    const name = (s: string, p = quangNinh) => inferIssuer(parseSymbol(s)!, p)?.name ?? null;
    expect(name('76/NQ-CP')).toBe('Chính phủ');
    expect(name('1015/QĐ-TTg')).toBe('Thủ tướng Chính phủ');
    expect(name('18-NQ/TW')).toBe('Ban Chấp hành Trung ương Đảng');
    expect(name('74/2022/QH15')).toBe('Quốc hội');
    expect(name('4625/BNV-CCHC')).toBe('Bộ Nội vụ');
    expect(name('05-NQ/TU')).toBe('Tỉnh ủy Quảng Ninh');
    expect(name('05-NQ/TU', haNoi)).toBe('Thành ủy Hà Nội');
    expect(name('124/NQ-HĐND')).toBe('HĐND tỉnh Quảng Ninh');
    expect(name('2898/QĐ-UBND')).toBe('UBND tỉnh Quảng Ninh');
    expect(name('114/TTr-SNV')).toBe('Sở Nội vụ tỉnh Quảng Ninh');
    // A conclusion of the centre may be the Politburo's or the Secretariat's: unknown stays null.
    expect(name('21-KL/TW')).toBeNull();
    // A provincial symbol without a province cannot be named.
    expect(name('05-NQ/TU', null)).toBeNull();
  });
});

describe('document keys', () => {
  it('keys a national document by its symbol and a local one by symbol and province', () => {
    const base = { kind: null, issuer: null, date: null, title: null };
    expect(documentKey({ ...base, symbol: '76/NQ-CP', jurisdiction: 'national' })).toBe('76/NQ-CP');
    expect(documentKey({ ...base, symbol: '05-NQ/TU', jurisdiction: 'Quảng Ninh' })).toBe('05-NQ/TU@Quảng Ninh');
    expect(documentKey({ ...base, symbol: '05-NQ/TU', jurisdiction: 'Quảng Ngãi' })).toBe('05-NQ/TU@Quảng Ngãi');
    expect(documentKey({ ...base, symbol: '2898/QD-UBND', jurisdiction: 'Quảng Ninh' })).toBe('2898/QĐ-UBND@Quảng Ninh');
  });

  it('keys a document without number by kind and folded title, the same for every spelling', () => {
    const parts = { symbol: null, jurisdiction: 'national', kind: 'LUAT' as const, issuer: 'Quốc hội', date: null };
    const k = documentKey({ ...parts, title: 'Luật Tổ chức chính quyền địa phương năm 2015' });
    expect(k).toBe('LUAT:luat to chuc chinh quyen dia phuong nam 2015');
    expect(documentKey({ ...parts, title: 'Luật  Tổ chức chính quyền địa phương năm 2015;' })).toBe(k);
    expect(documentKey({ ...parts, jurisdiction: 'Quảng Ninh', kind: 'DE_AN', title: 'Đề án 06' })).toBe('DE_AN:de an 06@Quảng Ninh');
  });
});

describe('the own symbol as printed', () => {
  it('keeps the leading zeros a header prints, under the same key as the standard form', () => {
    const p = parseSymbol('0125/KH-UBND')!;
    expect(p.symbol).toBe('125/KH-UBND');
    const printed = withPrintedNumber(p, '0125/KH-UBND');
    expect(printed.symbol).toBe('0125/KH-UBND');
    expect(withPrintedNumber(parseSymbol('031/2025/QĐ-UBND')!, '031/2025/QD-UBND').symbol).toBe('031/2025/QĐ-UBND');
    const base = { kind: null, issuer: null, date: null, title: null, jurisdiction: 'Đắk Lắk' };
    expect(documentKey({ ...base, symbol: printed.symbol })).toBe(documentKey({ ...base, symbol: '125/KH-UBND' }));
    expect(symbolMatchKey(printed.symbol)).toBe(symbolMatchKey('125/KH-UBND'));
  });

  it('keeps the standard form when the print differs in more than leading zeros', () => {
    expect(withPrintedNumber(parseSymbol('5-NQ/TU')!, '5-NQ/TU').symbol).toBe('05-NQ/TU');
    expect(withPrintedNumber(parseSymbol('124/NQ-HĐND')!, '1 24/NQ-HDND').symbol).toBe('124/NQ-HĐND');
  });
});

describe('joint documents of several issuers', () => {
  // Sentences as real documents write them (a ministry's circular repealing joint circulars, and two others of the
  // real set): a joint circular's code names the type and each issuer, two to four of them.
  const read = (text: string) => findSymbols(text).map((h) => ({ symbol: h.parsed.symbol, written: text.slice(h.start, h.end) }));

  it('reads every issuer of a joint code, keeping the Đ and the leading zero of the display form', () => {
    const text = '3. Bãi bỏ Thông tư liên tịch số 07/2013/TTLT-BGDĐT-BNV-BTC ngày 08 tháng 03 năm 2013 của Bộ trưởng Bộ Giáo dục và Đào tạo, Bộ trưởng Bộ Nội vụ và Bộ trưởng Bộ Tài chính';
    expect(read(text)).toEqual([{ symbol: '07/2013/TTLT-BGDĐT-BNV-BTC', written: '07/2013/TTLT-BGDĐT-BNV-BTC' }]);
  });

  it('reads two issuers, and three with a space after a dash', () => {
    expect(read('- Thông tư liên\ntịch 12/2010/TTLT-BKHĐT-BTC ngày 28/5/2010 của Bộ Kế hoạch và Đầu tư')[0]!.symbol).toBe('12/2010/TTLT-BKHĐT-BTC');
    expect(read('- Thông tư liên tịch số\n01/2012/TTLT-BQP-BLĐTBXH- BTC ngày 05/01/2012 của Bộ Quốc phòng,')[0]!.symbol).toBe('01/2012/TTLT-BQP-BLĐTBXH-BTC');
  });

  it('reads four issuers', () => {
    expect(parseSymbol('03/2016/TTLT-BTP-BNV-BTC-BLĐTBXH')?.symbol).toBe('03/2016/TTLT-BTP-BNV-BTC-BLĐTBXH');
  });

  it('keys a joint code like its document: leading zeros and marks do not matter, the last issuer does', () => {
    expect(symbolMatchKey('07/2013/TTLT-BGDĐT-BNV-BTC')).toBe(symbolMatchKey('7/2013/TTLT-BGDDT-BNV-BTC'));
    expect(symbolMatchKey('07/2013/TTLT-BGDĐT-BNV-BTC')).not.toBe(symbolMatchKey('07/2013/TTLT-BGDĐT-BNV'));
    const base = { kind: null, issuer: null, date: null, title: null, jurisdiction: 'national' };
    expect(documentKey({ ...base, symbol: '7/2013/TTLT-BGDDT-BNV-BTC' })).toBe('07/2013/TTLT-BGDĐT-BNV-BTC');
    expect(documentKey({ ...base, symbol: '07/2013/TTLT-BGDĐT-BNV-BTC' })).toBe('07/2013/TTLT-BGDĐT-BNV-BTC');
  });
});

describe('where symbols are looked for', () => {
  // findSymbols tries its patterns only where a run of digits starts; these are the places a scan of every
  // offset accepts or refuses, in sentences written as the real documents write them.
  const read = (text: string) => findSymbols(text).map((h) => text.slice(h.start, h.end));

  it('reads a symbol glued to "số", at the text start and right after another', () => {
    expect(read('Tờ trình số347/TTr-CP ngày 5/6/2025')).toEqual(['347/TTr-CP']);
    expect(read('2898/QĐ-UBND ngày 20/7/2025')).toEqual(['2898/QĐ-UBND']);
    expect(read('các Quyết định 12/QĐ-UBND, 13/QĐ-UBND và 05-NQ/TU')).toEqual(['12/QĐ-UBND', '13/QĐ-UBND', '05-NQ/TU']);
  });

  it('refuses digits inside a longer token and a standard\'s year', () => {
    expect(read('mã AB12/QĐ-UBND và 1.5/KH-UBND')).toEqual([]);
    expect(read('theo QCVN 01:2022/BQP')).toEqual([]);
  });

  it('rejoins a number OCR split into groups before its code', () => {
    expect(findSymbols('Nghị quyết 56 1 24/NQ-HĐND')[0]!.parsed.symbol).toBe('124/NQ-HĐND');
  });
});
