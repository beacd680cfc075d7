import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROVINCES, findProvinces, spellingsIn } from '../../src/extract/provinces';
import { foldKeepLength } from '../../src/extract/folding';
import { normalizeText } from '../../src/text/fold';
import { tokenizeWords, type Token } from '../../src/extract/vocabulary';

const CORPUS = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../../data/corpus');
const REAL = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../../data/real');

/** The definition `spellingsIn` implements: one alternation of every spelling, longest first. */
function byAlternation(folded: string): string[] {
  const all = [...new Set(PROVINCES.flatMap((p) => p.folded))].sort((a, b) => b.length - a.length);
  const re = new RegExp(`(?<![a-z0-9])(${all.map((f) => f.split(' ').join('[\\s\\-–]+')).join('|')})(?![a-z0-9])`, 'g');
  return [...folded.matchAll(re)].map((m) => `${m.index}-${m.index + m[0].length}:${m[1]!.replace(/[\s\-–]+/g, ' ')}`);
}

const spellings = (folded: string, words?: readonly Token[]): string[] => [...spellingsIn(folded, words)].map((m) => `${m.start}-${m.end}:${m.folded}`);

describe('province spellings', () => {
  it('reads the longest spelling at a place, across spaces, hyphens and line breaks, not inside a word', () => {
    const folded = foldKeepLength('UBND tỉnh Thừa Thiên Huế; Bà Rịa - Vũng Tàu; Hà\nNội; xHà Nam; Hà Nam2');
    expect(spellings(folded).map((s) => s.split(':')[1])).toEqual(['thua thien hue', 'ba ria vung tau', 'ha noi']);
  });

  it('finds exactly what the alternation of all spellings finds, on the corpus and the real documents', () => {
    const files = [
      ...readdirSync(CORPUS).map((f) => path.join(CORPUS, f)),
      ...readdirSync(REAL).filter((f) => f.endsWith('.md')).map((f) => path.join(REAL, f)),
    ];
    let found = 0;
    for (const f of files) {
      const text = normalizeText(readFileSync(f, 'utf8'));
      // Also with every space a hyphen and with no spaces at all: separators and word edges everywhere.
      for (const t of [text, text.replace(/ /g, '-'), text.replace(/ /g, '')]) {
        const folded = foldKeepLength(t);
        const expected = byAlternation(folded);
        found += expected.length;
        expect(spellings(folded)).toEqual(expected);
        // Read at the starts the text's words give: the same spellings.
        expect(spellings(folded, tokenizeWords(folded))).toEqual(expected);
      }
    }
    expect(found).toBeGreaterThan(100);
  });

  it('reads a spelling inside a word after a character that is no letter or digit, from the words as from the text', () => {
    const folded = foldKeepLength('Sở X&Hà Nội, tỉnh Quảng Ninh’Hà Nam và@Bắc Ninh');
    expect(spellings(folded, tokenizeWords(folded))).toEqual(spellings(folded));
    expect(spellings(folded).map((s) => s.split(':')[1])).toEqual(['ha noi', 'quang ninh', 'ha nam', 'bac ninh']);
  });

  it('keeps only capitalised names as province mentions', () => {
    expect(findProvinces('diễn biến phức tạp ở Điện Biên').map((m) => m.province.name)).toEqual(['Điện Biên']);
  });
});
