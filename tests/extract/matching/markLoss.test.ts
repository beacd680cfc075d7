/**
 * Whether a text lost its marks, and a word required as written with its marks read in it: in a text with marks
 * "cung cấp" is no "cùng"; in a text that lost them (stripped, or OCR's few look-alikes left) "don doc" is "đôn đốc".
 * Excerpts: a provincial decision on electricity safety (gold-real/docs, UBND tỉnh Quảng Trị), Điều 6, and a city's
 * plan on water supply (data/real, Cần Thơ), a duty with "cung cấp" (to supply).
 */
import { describe, expect, it } from 'vitest';
import { marksLost, tokenize, writtenAs, type Token } from '../../../src/extract/matching';

const ARTICLE =
  'Điều 6. Trách nhiệm quản lý an toàn trong sử dụng điện. 1. Sở Công Thương chủ trì, hướng dẫn, theo dõi, đôn đốc các cơ quan, đơn vị và Ủy ban nhân dân xã, phường, đặc khu triển khai thực hiện Quyết định này. 2. Ủy ban nhân dân các xã, phường và đặc khu chủ trì, phối hợp với đơn vị điện lực và các đơn vị liên quan thực hiện công tác kiểm tra an toàn trong sử dụng điện cho mục đích sinh hoạt, dịch vụ trên địa bàn quản lý.';
const strip = (t: string): string => t.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').normalize('NFC');
// The same article through the bench generator's "stripped" OCR damage (a few marks left as look-alikes).
const OCR =
  'Pi€u 6. Trach nhiem quan ly an toán trong su dung di€n. 1. So C6ng Thirong chu tri, huong din, theo doi, d6n doc cac có quan, dón vi va Uy ban nhan dan xa, phirong, ðac khu trien khai thuc hien Quyet dinh nay. 2. Uy ban nhan dan cac xa, phuong va dac khu chu trj, ph6i hop voi ddn vi di€n lwc và cac d6n vi lién quan thuc hien cong tac kiém tra an toan trong su ding ðien cho muc dich sinh ho4t, dich vu tren dia bán quan lÿ.';

const SUPPLY =
  'e) Chủ động theo dõi diễn biến thời tiết do các cơ quan chức năng cung cấp, kịp thời cung cấp thông tin cho các đối tượng khai thác, sử dụng nguồn nước để có kế hoạch điều tiết hoạt động.';

function wordAt(tokens: readonly Token[], raw: string): Token {
  const t = tokens.find((x) => x.raw.toLowerCase() === raw);
  if (!t) throw new Error(`no token "${raw}"`);
  return t;
}

describe('a text that lost its marks', () => {
  it('is told from a text with them, stripped or through OCR damage', () => {
    expect(marksLost(tokenize(ARTICLE))).toBe(false);
    expect(marksLost(tokenize(strip(ARTICLE)))).toBe(true);
    expect(marksLost(tokenize(OCR))).toBe(true);
  });

  it('is not judged on a few words', () => {
    expect(marksLost(tokenize('Sở Tài chinh chu tri, phoi hop voi cac co quan'))).toBe(false);
  });

  it('reads a word required with its marks on its folded form only where the marks are gone', () => {
    const marked = tokenize(`${ARTICLE}\n${SUPPLY}`);
    const stripped = tokenize(strip(`${ARTICLE}\n${SUPPLY}`));
    expect(writtenAs(marked, wordAt(marked, 'và'), 'và')).toBe(true);
    expect(writtenAs(marked, wordAt(marked, 'cung'), 'cùng')).toBe(false);
    expect(writtenAs(stripped, wordAt(stripped, 'va'), 'và')).toBe(true);
    // Nothing is left to tell "cung cấp" from "cùng" there: the rules after the word decide.
    expect(writtenAs(stripped, wordAt(stripped, 'cung'), 'cùng')).toBe(true);
    expect(writtenAs(stripped, wordAt(stripped, 'don'), 'đôn')).toBe(true);
    expect(writtenAs(stripped, wordAt(stripped, 'don'), 'đơn')).toBe(true);
    expect(writtenAs(stripped, wordAt(stripped, 'don'), 'đốc')).toBe(false);
  });
});
