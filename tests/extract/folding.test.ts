import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { hasMarks } from '../../src/extract/folding';
import { normalizeText } from '../../src/text/fold';

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
