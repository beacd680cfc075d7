/**
 * Names an OCR that lost the marks damaged where exact words were needed: a level after "cấp" whose â was read as i
 * ("UBND cip xa", as in the closing articles of communes' decisions) and a heading in capitals whose short word lost
 * its vowel ("UY BAN NHAN DIN TINH" for ỦY BAN NHÂN DÂN TỈNH). A short word in capitals that opens a phrase is still
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
});
