/**
 * A phrase written with "-" ("Bà Rịa - Vũng Tàu") matches the text's en or em dash both loosely (`longestMatch`)
 * and exactly (`exactWordsAt`): a list of provinces naming "Bà Rịa – Vũng Tàu" had lost every member.
 */
import { describe, expect, it } from 'vitest';
import { exactLongestMatch, exactWordsAt, phrase, tokenize } from '../../../src/extract/vocabulary';
import { parseBodyListAt } from '../../../src/extract/bodies';

describe('dashes in phrases', () => {
  const p = phrase('Bà Rịa - Vũng Tàu');

  it('reads an en dash or an em dash as the phrase\'s hyphen', () => {
    for (const dash of ['-', '–', '—']) {
      const t = tokenize(`Bà Rịa ${dash} Vũng Tàu`);
      expect(exactWordsAt(t, 0, p.words)).toBe(true);
      expect(exactLongestMatch(t, 0, [p])?.n).toBe(t.length);
    }
  });

  it('still needs a dash there: a comma or a word is no hyphen', () => {
    expect(exactWordsAt(tokenize('Bà Rịa , Vũng Tàu'), 0, p.words)).toBe(false);
    expect(exactWordsAt(tokenize('Bà Rịa và Vũng Tàu'), 0, p.words)).toBe(false);
  });

  it('keeps a province written with an en dash in a list of provinces', () => {
    const items = parseBodyListAt(tokenize('Ủy ban nhân dân các tỉnh, thành phố: Quảng Trị, Bà Rịa – Vũng Tàu, Đà Nẵng chỉ đạo'), 0)?.items.map((x) => x.raw);
    expect(items).toEqual(['Ủy ban nhân dân tỉnh Quảng Trị', 'Ủy ban nhân dân tỉnh Bà Rịa – Vũng Tàu', 'Ủy ban nhân dân Thành phố Đà Nẵng']);
  });
});
