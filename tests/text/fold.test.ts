import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fold, foldForSearch, foldKeepLength, normalizeText } from '../../src/text/fold';

const CORPUS = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../../data/corpus');
const corpusFiles = readdirSync(CORPUS).filter((f) => f.endsWith('.txt')).sort();
const corpusText = (f: string): string => normalizeText(readFileSync(path.join(CORPUS, f), 'utf8'));

/** Any combining mark, or any letter that still decomposes (an accented letter), means a diacritic survived. */
const hasDiacritic = (s: string): boolean => /\p{M}/u.test(s) || [...s].some((c) => /\p{L}/u.test(c) && c.normalize('NFD') !== c);

describe('fold', () => {
  it('removes tones and vowel marks, maps đ/Đ to d and lower-cases', () => {
    expect(fold('Căn cứ Nghị quyết số 76/NQ-CP')).toBe('can cu nghi quyet so 76/nq-cp');
    expect(fold('ĐẢNG ỦY Đường')).toBe('dang uy duong');
    expect(fold('ươ ƯƠ ă Â ê Ô ơ ư đ')).toBe('uo uo a a e o o u d');
  });

  it('gives the same result for composed (NFC) and decomposed (NFD) input', () => {
    const s = 'Hội đồng nhân dân tỉnh Quảng Ninh';
    expect(fold(s.normalize('NFD'))).toBe(fold(s.normalize('NFC')));
  });

  it('leaves whitespace and punctuation as they are', () => {
    expect(fold('“Nâng cao”\n\t– hiệu quả;')).toBe('“nang cao”\n\t– hieu qua;');
  });

  // The fold is read from a table for Latin text; it must agree with its definition everywhere else too.
  const byDefinition = (s: string): string => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, 'd').toLowerCase();

  it('agrees with NFD + mark removal + lower case for every BMP character, alone and between letters', () => {
    const differ: number[] = [];
    for (let c = 0; c < 0x10000; c++) {
      if (c >= 0xd800 && c < 0xe000) continue;
      const ch = String.fromCharCode(c);
      for (const s of [ch, `a${ch}B`, `Σ${ch}`]) if (fold(s) !== byDefinition(s)) differ.push(c);
    }
    expect(differ).toEqual([]);
  });

  it('agrees with its definition on context-dependent text: final sigma, loose marks, dotted I, astral characters', () => {
    for (const s of ['ΟΔΟΣ Σίσυφος', 'e\u0301 a\u0300 \u0345', 'İstanbul', 'ẞtraße ǅ', '😀 Đà Nẵng', 'Å Ω K']) expect(fold(s)).toBe(byDefinition(s));
    for (const f of corpusFiles) expect(fold(corpusText(f))).toBe(byDefinition(corpusText(f)));
  });
});

describe('foldKeepLength', () => {
  it.each(corpusFiles)('keeps the length of corpus file %s and leaves no diacritic', (f) => {
    const text = corpusText(f);
    const folded = foldKeepLength(text);
    expect(folded.length).toBe(text.length);
    expect(hasDiacritic(folded)).toBe(false);
    expect(folded).not.toMatch(/[đĐ]/);
    // On Vietnamese text every letter folds to one unit, so it agrees with fold.
    expect(folded).toBe(fold(text));
  });

  it('maps đ and Đ to d one for one', () => {
    expect(foldKeepLength('Đảng đoàn')).toBe('dang doan');
  });

  it('lets an offset found in the folded text address the original text', () => {
    const text = corpusText(corpusFiles.find((f) => f.startsWith('004_'))!);
    const folded = foldKeepLength(text);
    const needle = 'nghi quyet so 128/nq-hdnd';
    const at = folded.indexOf(needle);
    expect(at).toBeGreaterThanOrEqual(0);
    expect(text.slice(at, at + needle.length)).toBe('Nghị quyết số 128/NQ-HĐND');
  });

  it('keeps the length even for characters whose lower case or decomposition is longer', () => {
    // "İ" lower-cases to two units, "ﬁ" and "ǅ" are single units: the output must still line up.
    for (const s of ['İstanbul', 'ﬁle ǅ', 'Hàn Quốc 한국', '😀 Đà Nẵng']) {
      expect(foldKeepLength(s).length).toBe(s.length);
    }
  });
});

describe('foldForSearch', () => {
  it('folds and collapses whitespace: "Cải cách hành chính" -> "cai cach hanh chinh"', () => {
    expect(foldForSearch('Cải cách hành chính')).toBe('cai cach hanh chinh');
    expect(foldForSearch('  Cải   cách\nhành\t chính  ')).toBe('cai cach hanh chinh');
  });

  it('gives one key for accented, unaccented, decomposed and upper-case spellings', () => {
    const keys = ['Sở Nội vụ', 'SỞ NỘI VỤ', 'So Noi vu', 'Sở Nội vụ'.normalize('NFD')].map(foldForSearch);
    expect(new Set(keys)).toEqual(new Set(['so noi vu']));
  });
});

describe('normalizeText', () => {
  it('composes to NFC and turns CRLF and CR into LF', () => {
    expect(normalizeText('Nghi\u0323 quyê\u0301t\r\nsố 1\rhết')).toBe('Nghị quyết\nsố 1\nhết');
  });
});
