import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/extract/extractDocument';
import type { Extraction } from '../../src/extract/types';

const CORPUS = path.join(__dirname, '../../data/corpus');
const samples = readdirSync(CORPUS)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => ({ file: f, text: readFileSync(path.join(CORPUS, f), 'utf8') }));

/** mulberry32: a small seeded PRNG, so a failing input can be reproduced. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Pieces that exercise the extractors: Vietnamese letters, symbol and date punctuation, trigger words,
// OCR look-alikes, combining marks, lone surrogates, control characters.
const PIECES = [
  'Căn cứ ', 'Cin ctr ', 'Xét ', 'Theo đề nghị của ', 'Nghị quyết số ', 'Quyết định ', 'QUYET PINH\n', 'số ', 's6 ', '56 1 ',
  '05-NQ/TU', '2898 /QD-UBND', '16-\nCT/TU', '/', '-', '–', ' ngày ', '15/7/12021', 'tháng ', 'năm ', '2025', 'của ',
  'Chính phủ', 'Tỉnh ủy', 'tỉnh Quảng Ninh', 'UBND', ';', '.', ',', ':', '(', ')', '“', '”', '\n', '\n\n', '  ', 'I.', '1.', '(1)',
  'a)', 'Điều 1.', 'Luật ', 'Đề án ', 'Kèm theo ', 'thực hiện ', 'sửa đổi, bổ sung ', 'T/M ', 'Nguyễn Văn A', 'https://x.vn/a-1/QD-TTg',
  '\u0301', '\u0323', '\uD800', '\uDC00', '\u0000', '\u200B', '\uFEFF', '😀', 'ð', '€', '¢', '§', '|', '~', '0D', 'Qb', 'ii', 'tr',
];

function randomText(rand: () => number, maxPieces: number): string {
  const n = Math.floor(rand() * maxPieces);
  let s = '';
  for (let i = 0; i < n; i++) {
    if (rand() < 0.15) s += String.fromCharCode(Math.floor(rand() * 0xffff));
    else s += PIECES[Math.floor(rand() * PIECES.length)];
  }
  return s;
}

function expectWellFormed(x: Extraction, input: string): void {
  expect(x.contentHash).toMatch(/^[0-9a-f]{64}$/);
  expect(typeof x.document.key).toBe('string');
  expect(x.document.key.length).toBeGreaterThan(0);
  // The identity and reference stages never fall back on their empty result.
  expect(x.warnings.filter((w) => /identity|references|normalize/.test(w.message) && /stage failed/.test(w.message))).toEqual([]);
  const len = input.normalize('NFC').replace(/\r\n?/g, '\n').length;
  for (const r of x.references) {
    expect(r.key.length).toBeGreaterThan(0);
    expect(r.mentions.length).toBeGreaterThan(0);
    for (const m of r.mentions) {
      expect(m.start).toBeGreaterThanOrEqual(0);
      expect(m.end).toBeLessThanOrEqual(len);
      expect(m.start).toBeLessThanOrEqual(m.end);
    }
  }
}

describe('extractDocument never throws', () => {
  it('on random strings built from document fragments and arbitrary code units (seeded)', () => {
    const rand = prng(20250723);
    for (let i = 0; i < 250; i++) {
      const input = randomText(rand, 400);
      let x: Extraction | undefined;
      expect(() => (x = extractDocument(input)), `input #${i}: ${JSON.stringify(input.slice(0, 200))}`).not.toThrow();
      expectWellFormed(x!, input);
    }
  });

  it('on truncations and arbitrary slices of every sample (seeded)', () => {
    const rand = prng(7);
    for (const s of samples) {
      for (let i = 0; i < 8; i++) {
        const a = Math.floor(rand() * s.text.length);
        const b = a + Math.floor(rand() * (s.text.length - a));
        for (const input of [s.text.slice(0, a), s.text.slice(a, b), s.text.slice(b)]) {
          let x: Extraction | undefined;
          expect(() => (x = extractDocument(input, { fileName: s.file })), `${s.file} [${a}, ${b})`).not.toThrow();
          expectWellFormed(x!, input);
        }
      }
    }
  });

  it('on binary junk decoded as text, empty and whitespace-only input', () => {
    const rand = prng(42);
    for (let i = 0; i < 40; i++) {
      const bytes = Buffer.from(Array.from({ length: 1 + Math.floor(rand() * 3000) }, () => Math.floor(rand() * 256)));
      for (const input of [bytes.toString('latin1'), bytes.toString('utf8'), bytes.toString('utf16le')]) {
        expect(() => expectWellFormed(extractDocument(input), input)).not.toThrow();
      }
    }
    for (const input of ['', ' ', '\n\n\t', '\uFEFF']) {
      const x = extractDocument(input);
      expect(x.warnings.map((w) => w.code)).toContain('NOT_A_GOVERNMENT_DOCUMENT');
    }
  });

  // A generous time limit catches runaway matching (a hang); the time these take is measured by `npm run bench`
  // (bench/sections/extractionScaling.ts), not asserted.
  it('on pathological repetition, finishing within a generous time limit', () => {
    const inputs = [
      'Căn cứ Nghị quyết số 1/NQ-CP; '.repeat(3000),
      '1/1/1/1-'.repeat(10000),
      'số '.repeat(20000),
      `${'a'.repeat(100000)}\n`,
      'Luật '.repeat(10000),
    ];
    for (const input of inputs) expectWellFormed(extractDocument(input), input);
  }, 120_000);

  it('also when called with a non-string at runtime', () => {
    for (const bad of [undefined, null, 42, {}, []]) {
      expect(() => extractDocument(bad as unknown as string)).not.toThrow();
    }
  });
});

describe('extractDocument output', () => {
  it('is deterministic and hashes the normalized text', () => {
    const s = samples.find((x) => x.file.startsWith('002'))!;
    const a = extractDocument(s.text, { fileName: s.file });
    const b = extractDocument(s.text.replace(/\n/g, '\r\n'), { fileName: s.file });
    expect(b.contentHash).toBe(a.contentHash);
    expect(JSON.stringify(b.references)).toBe(JSON.stringify(a.references));
    expect(a.file).toBe(s.file);
  });

  it('warns NO_SYMBOL for a document whose text carries no number (sample 004)', () => {
    const s = samples.find((x) => x.file.startsWith('004'))!;
    const x = extractDocument(s.text);
    expect(x.warnings.map((w) => w.code)).toContain('NO_SYMBOL');
    expect(x.warnings.map((w) => w.code)).not.toContain('NOT_A_GOVERNMENT_DOCUMENT');
  });

  it('gives a Party document whose kind no header, symbol or "<kind> này" names the kind OTHER (a charter)', () => {
    // The head of the Party charter as exported: the congress and the Party in the header cells, "ĐIỀU LỆ" (no kind
    // of the schema) under them, no number.
    const charter = `|
**ĐẠI HỘI ĐẠI BIỂU TOÀN QUỐC**
**LẦN THỨ XI**
* |
|
**ĐẢNG CỘNG SẢN VIỆT NAM**
*Hà Nội, ngày 19 tháng 01 năm 2011*
|
**ĐIỀU LỆ**
**ĐẢNG CỘNG SẢN VIỆT NAM**
*(Đại hội đại biểu toàn quốc lần thứ XI của Đảng*
*thông qua ngày 19 tháng 01 năm 2011)*
-----
*Chương I*
**ĐẢNG VIÊN**
**Điều 1. **
1. Đảng viên Đảng Cộng sản Việt Nam là chiến sĩ cách mạng trong đội tiên phong của giai cấp công nhân, nhân dân lao động và dân tộc Việt Nam.
**Điều 2.**
Đảng viên có nhiệm vụ :`;
    const x = extractDocument(charter);
    expect(x.document).toMatchObject({ kind: 'OTHER', symbol: null, date: '2011-01-19' });
    expect(x.warnings.map((w) => w.code)).not.toContain('NOT_A_GOVERNMENT_DOCUMENT');
    // The key of a document without a number was already made with OTHER for a missing kind: it does not change.
    expect(x.document.key).toMatch(/^OTHER:/);
  });

  it('warns NOT_A_GOVERNMENT_DOCUMENT for prose with no document signals, and keys it by content', () => {
    const x = extractDocument('Hôm nay trời đẹp. Tôi đi chợ mua 3/4 kg thịt và hai quả trứng.');
    expect(x.warnings.map((w) => w.code)).toEqual(['NOT_A_GOVERNMENT_DOCUMENT']);
    // Not a document: no kind, not even the catch-all.
    expect(x.document.kind).toBeNull();
    expect(x.document.key).toMatch(/sha256 [0-9a-f]{16}/);
  });

  it('takes a headerless decision\'s number from its attached plan\'s "(Kèm theo Quyết định số ...)" line', () => {
    const x = extractDocument(`QUYẾT ĐỊNH
Về việc ban hành Kế hoạch cải cách hành chính năm 2025
ỦY BAN NHÂN DÂN TỈNH QUẢNG NINH
Căn cứ Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ;
Điều 1. Ban hành kèm theo Quyết định này Kế hoạch cải cách hành chính năm 2025.
KẾ HOẠCH
Cải cách hành chính năm 2025
(Kèm theo Quyết định số 3936/QĐ-UBND ngày 31/12/2024 của UBND tỉnh)
I. MỤC ĐÍCH`);
    expect(x.document).toMatchObject({ symbol: '3936/QĐ-UBND', date: '2024-12-31', key: '3936/QĐ-UBND@Quảng Ninh' });
    expect(x.references.map((r) => r.symbol)).toEqual(['76/NQ-CP']);
  });
});
