import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { foldKeepLength, foldSourceOf, hasMarks } from '../../src/extract/folding';
import { extractSections } from '../../src/extract/sections';
import { blankRanges } from '../../src/extract/blankedText';
import { maskUrls } from '../../src/extract/findSymbols';
import { foldKeepLength as foldKeepLengthOnce, normalizeText } from '../../src/text/fold';

const CORPUS = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../../data/corpus');

/** The definition `hasMarks` reads from a table: a combining mark in the NFD, or đ/Đ. */
const byDefinition = (s: string): boolean => /[\u0300-\u036f]|đ/i.test(s.normalize('NFD'));

describe('hasMarks', () => {
  it('tells words written with diacritics from those without', () => {
    expect(hasMarks('Sở')).toBe(true);
    expect(hasMarks('Đảng')).toBe(true);
    expect(hasMarks('đ')).toBe(true);
    expect(hasMarks('So')).toBe(false);
    expect(hasMarks('UBND')).toBe(false);
    expect(hasMarks('')).toBe(false);
    // Decomposed input keeps its marks.
    expect(hasMarks('Sở'.normalize('NFD'))).toBe(true);
  });

  it('agrees with its NFD definition for every BMP character, alone and between letters', () => {
    const differ: number[] = [];
    for (let c = 0; c < 0x10000; c++) {
      if (c >= 0xd800 && c < 0xe000) continue;
      const ch = String.fromCharCode(c);
      for (const s of [ch, `a${ch}b`]) if (hasMarks(s) !== byDefinition(s)) differ.push(c);
    }
    expect(differ).toEqual([]);
  });

  it('agrees with its definition on every word of the sample documents and on astral characters', () => {
    const words = readdirSync(CORPUS)
      .filter((f) => f.endsWith('.txt'))
      .flatMap((f) => normalizeText(readFileSync(path.join(CORPUS, f), 'utf8')).split(/\s+/));
    expect(words.length).toBeGreaterThan(1000);
    for (const w of [...words, '𝐀', 'Sở 𝐀', '\ud835']) expect(hasMarks(w)).toBe(byDefinition(w));
  });
});

describe('foldKeepLength of a blanked copy', () => {
  it("folds a document's copy with its URLs blanked as the copy itself folds, read off the document's fold", () => {
    const text = normalizeText(readFileSync(path.join(CORPUS, '../../tests/fixtures/real-formats/export-quyet-dinh-97-2025-qd-ubnd.md'), 'utf8'));
    foldKeepLength(text);
    const masked = maskUrls(text);
    expect(masked).not.toBe(text);
    expect(foldKeepLength(masked)).toBe(foldKeepLengthOnce(masked));
  });

  it('keeps the fold of astral characters next to a range, and folds a range that would cut one from the copy itself', () => {
    const text = `Sở 𐐀𐐁 Nội vụ ${'Ủy ban nhân dân tỉnh '.repeat(20)}`;
    foldKeepLength(text);
    // Around the pair "𐐀" (Deseret, whose fold is its small letter): before it, over it, and cutting it.
    for (const [start, end] of [[2, 3], [3, 5], [4, 5], [3, 4], [20, 40]] as const) {
      const copy = blankRanges(text, [{ start, end }]);
      expect(foldKeepLength(copy)).toBe(foldKeepLengthOnce(copy));
    }
  });
});

describe('whole folds remembered', () => {
  it("keeps a document's fold and its source while the sections stage folds long heading lines", () => {
    // Items of one long line each, as a joined export writes them: lines of a sample document run together.
    const doc = normalizeText(readFileSync(path.join(CORPUS, readdirSync(CORPUS).filter((f) => f.endsWith('.txt')).sort()[0]!), 'utf8'));
    const long = doc.split('\n').map((l) => l.trim()).filter((l) => /^\p{Lu}/u.test(l) && l.length > 40).join(' ').slice(0, 400).trim();
    expect(long.length).toBeGreaterThan(300);
    const text = Array.from({ length: 20 }, (_, k) => `${k + 1}. ${long.slice(k)}`).join('\n');
    const folded = foldKeepLength(text);
    expect(extractSections(text).length).toBeGreaterThan(10);
    // Still known as the fold of the text: the stages after read its words off the text's tokens.
    expect(foldSourceOf(folded)).toBe(text);
  });
});
