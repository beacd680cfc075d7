/**
 * Names an OCR that lost the marks damaged where exact words were needed: a level after "cấp" whose â was read as i
 * ("UBND cip xa", as in the closing articles of communes' decisions), a heading in capitals whose short word lost
 * its vowel ("UY BAN NHAN DIN TINH" for ỦY BAN NHÂN DÂN TỈNH), a known field whose first word lost its marks. A short word in capitals that opens a phrase is still
 * read only as written (an abbreviation), and a marked word is no level.
 */
import { describe, expect, it } from 'vitest';
import { levelAt } from '../../../src/extract/bodies/levels';
import { parseBodyAt, resolveBody } from '../../../src/extract/bodies';
import { documentTokens, tokenize } from '../../../src/extract/vocabulary';

function bodyKey(name: string): string | null {
  const p = parseBodyAt(tokenize(`${name} chủ trì thực hiện.`), 0);
  return p ? resolveBody(p.raw, 'Cà Mau').key : null;
}

describe('body names in OCR headings and levels', () => {
  it('reads a level whose "cấp" lost its marks and its vowel', () => {
    expect(bodyKey('UBND cip xa')).toBe(bodyKey('UBND cấp xã'));
    expect(bodyKey('Trung tam Phuc vu hanh chinh cong cip xa')).toBe(bodyKey('Trung tâm Phục vụ hành chính công cấp xã'));
  });

  it('keeps a word written with other marks than "cấp" out of the levels', () => {
    // "cúp" is one vowel from "cap" once folded; written with its marks it is its own word.
    expect(levelAt(documentTokens('cip xã'), 0)).toBe(true);
    expect(levelAt(documentTokens('cúp xã'), 0)).toBe(false);
  });

  it('reads a capital heading whose short word lost its vowel after the phrase opened exactly', () => {
    const want = bodyKey('ỦY BAN NHÂN DÂN TỈNH');
    expect(want).toBe('uy ban nhan dan@Cà Mau');
    expect(bodyKey('UY BAN NHAN DIN TINH')).toBe(want);
    expect(bodyKey('UY BAN NHIN DAN TINH')).toBe(want);
  });

  it('ends a name in capitals where the capitals end', () => {
    // A header's two columns read as one line ("... NÔNG THÔN Độc lập - Tự do - Hạnh phúc"): the motto is no more of
    // the name, marks or none; an abbreviation in a name still takes the place after it.
    expect(bodyKey('SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN Độc lập')).toBe(bodyKey('Sở Nông nghiệp và Phát triển nông thôn'));
    expect(bodyKey('SO NONG NGHIEP VA PHAT TRIEN NÉNG THON Doc láp')).toBe(bodyKey('Sở Nông nghiệp và Phát triển nông thôn'));
  });

  it('reads a field the vocabulary knows through a head word that lost its marks', () => {
    // "Viễn thông" without marks is spelled as the head "Viện" followed by a word: the known field goes on with the name.
    expect(bodyKey('Tap doan Buu chinh Vien thong Viet Nam')).toBe(bodyKey('Tập đoàn Bưu chính Viễn thông Việt Nam'));
  });
});
