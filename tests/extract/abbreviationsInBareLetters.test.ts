/**
 * Abbreviations (UBND, HĐND, TU for Tỉnh ủy ...) are written in bare letters: a capitalised word with a vowel
 * mark is a word. The headings of 2025 functions regulations print "CỦA SỞ TƯ PHÁP" in capitals, where "TƯ" was
 * read as TU and the department came out as "Sở Tỉnh ủy PHÁP".
 */
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/extract/extractDocument';
import { foldForSearch } from '../../src/text/fold';

function bodiesOf(article: string): string[] {
  const text = `ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NGÃI\nSố: 12/QĐ-UBND\n\nQUYẾT ĐỊNH\n\n${article}\n`;
  return extractDocument(text).assignments.map((a) => foldForSearch(a.body));
}

describe('abbreviations in bare letters only', () => {
  it('reads "SỞ TƯ PHÁP" in capitals as the Sở Tư pháp, not a Sở of the Tỉnh ủy', () => {
    expect(bodiesOf('Điều 3. Giám đốc SỞ TƯ PHÁP chịu trách nhiệm thi hành Quyết định này.')).toEqual(['so tu phap']);
  });

  it('still expands TU and UBND written bare: "Văn phòng TU", "UBND các xã"', () => {
    const bodies = bodiesOf('Điều 3. Chánh Văn phòng TU, Chủ tịch UBND các xã chịu trách nhiệm thi hành Quyết định này.');
    expect(bodies).toContain('van phong tinh uy');
    expect(bodies.some((b) => b.startsWith('uy ban nhan dan'))).toBe(true);
  });
});
