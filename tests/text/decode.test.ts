import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeDocument, type DecodeResult, type DecodedDocument, type DecodeFailure } from '../../src/text/decode';
import { scoreLegacyEncodings } from '../../src/text/decode/choose';
import { decodeLegacyVietnamese } from '../../src/text/decode/legacyVietnamese';
import { isVietnameseSyllable } from '../../src/text/vietnameseSyllable';
import { normalizeText } from '../../src/text/fold';
import {
  encodeLegacy,
  representable,
  tcvn3RoundTripExpectation,
  type LegacyEncoding,
} from '../fixtures/encodings/legacy-encoders';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
const FIXTURES = path.join(ROOT, 'tests/fixtures/encodings');
const CORPUS = path.join(ROOT, 'data/corpus');
const corpusFiles = readdirSync(CORPUS).filter((f) => f.endsWith('.txt')).sort();
/** Corpus documents typed in Unicode (000, 004); the others are OCR output with damaged accents. */
const CLEAN = corpusFiles.filter((f) => f.startsWith('000_') || f.startsWith('004_'));
const OCR = corpusFiles.filter((f) => !CLEAN.includes(f));

const fixture = (name: string): Buffer => readFileSync(path.join(FIXTURES, name));
const corpusText = (f: string): string => normalizeText(readFileSync(path.join(CORPUS, f), 'utf8'));
const SOURCE = fixture('nghi-quyet-004.utf8.txt').toString('utf8');
const LIMIT = 2 * 1024 * 1024;

function decoded(result: DecodeResult): DecodedDocument {
  if (!result.ok) throw new Error(`expected success, got ${result.code}: ${result.message}`);
  return result;
}

function refused(result: DecodeResult): DecodeFailure {
  if (result.ok) throw new Error(`expected a refusal, got ${result.encoding} text`);
  return result;
}

/** Deterministic bytes (xorshift) so failures reproduce. */
function pseudoRandomBytes(length: number, seed: number): Uint8Array {
  let x = seed || 1;
  const out = new Uint8Array(length);
  for (let i = 0; i < length; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out[i] = x & 0xff;
  }
  return out;
}

describe('Unicode documents', () => {
  it.each(corpusFiles)('reads corpus file %s as UTF-8 without warnings, normalized to NFC', (f) => {
    const bytes = readFileSync(path.join(CORPUS, f));
    const r = decoded(decodeDocument(bytes, { fileName: f, maxBytes: LIMIT }));
    expect(r.encoding).toBe('utf-8');
    expect(r.converted).toBe(false);
    expect(r.warnings).toEqual([]);
    expect(r.text).toBe(corpusText(f));
    expect(r.text).toBe(r.text.normalize('NFC'));
  });

  it('drops a UTF-8 byte order mark', () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(SOURCE, 'utf8')]);
    const r = decoded(decodeDocument(bytes, { maxBytes: LIMIT }));
    expect(r.encoding).toBe('utf-8');
    expect(r.text).toBe(SOURCE);
  });

  it('composes decomposed (NFD) input and unifies CRLF line ends', () => {
    const bytes = Buffer.from(SOURCE.normalize('NFD').replace(/\n/g, '\r\n'), 'utf8');
    const r = decoded(decodeDocument(bytes, { maxBytes: LIMIT }));
    expect(r.text).toBe(SOURCE);
  });

  it.each([
    ['nghi-quyet-004.utf16le-bom.txt', 'utf-16le'],
    ['nghi-quyet-004.utf16be-bom.txt', 'utf-16be'],
  ] as const)('reads %s (UTF-16 with a byte order mark) as %s', (name, encoding) => {
    const r = decoded(decodeDocument(fixture(name), { fileName: name, maxBytes: LIMIT }));
    expect(r).toMatchObject({ encoding, converted: false, warnings: [] });
    expect(r.text).toBe(SOURCE);
  });

  it('recognizes UTF-16 without a byte order mark instead of calling its NUL bytes binary', () => {
    const bytes = fixture('nghi-quyet-004.utf16le-bom.txt').subarray(2);
    const r = decoded(decodeDocument(bytes, { fileName: 'notepad.txt', maxBytes: LIMIT }));
    expect(r.encoding).toBe('utf-16le');
    expect(r.text).toBe(SOURCE);
    expect(r.warnings.join()).toMatch(/notepad\.txt .*without a byte order mark/);
  });

  it('keeps a UTF-8 file cut in the middle of a character, and says it looks truncated', () => {
    const full = Buffer.from(SOURCE, 'utf8');
    const cut = full.subarray(0, full.indexOf(Buffer.from('ệ', 'utf8')) + 2); // two of the three bytes of "ệ"
    const r = decoded(decodeDocument(cut, { fileName: 'cut.txt', maxBytes: LIMIT }));
    expect(r.encoding).toBe('utf-8');
    expect(r.text.endsWith('\uFFFD')).toBe(true);
    expect(r.warnings.join()).toMatch(/cut\.txt ends in the middle of a UTF-8 character/);
  });

  it('keeps UTF-8 with a few invalid bytes and says where the first one is', () => {
    const full = Buffer.from(SOURCE, 'utf8');
    const damaged = Buffer.concat([full.subarray(0, 100), Buffer.from([0xff]), full.subarray(100)]);
    const r = decoded(decodeDocument(damaged, { fileName: 'd.txt', maxBytes: LIMIT }));
    expect(r.encoding).toBe('utf-8');
    expect(r.warnings.join()).toMatch(/d\.txt is UTF-8 with 1 invalid byte sequence\(s\), the first at byte 100/);
  });

  it('repairs UTF-8 that was encoded twice ("Cá»§a" for "Của")', () => {
    const once = Buffer.from(SOURCE, 'utf8');
    // Read the UTF-8 bytes as Windows-1252 (bytes it lacks pass through as C1 controls) and save again as UTF-8.
    const misread = Array.from(once, (b) => {
      const ch = iconv.decode(Buffer.from([b]), 'windows1252');
      return ch === '\uFFFD' ? String.fromCharCode(b) : ch;
    }).join('');
    expect(misread).toContain('á»‡');
    const r = decoded(decodeDocument(Buffer.from(misread, 'utf8'), { fileName: 'twice.txt', maxBytes: LIMIT }));
    expect(r).toMatchObject({ encoding: 'utf-8', converted: true });
    expect(r.text).toBe(SOURCE);
    expect(r.warnings.join()).toMatch(/twice\.txt was UTF-8 encoded twice/);
  });

  it('leaves genuine text made only of Latin-1 letters alone', () => {
    const r = decoded(decodeDocument(Buffer.from('Café à la crème, Ä Ö Ü ß.\n', 'utf8'), { maxBytes: LIMIT }));
    expect(r).toMatchObject({ text: 'Café à la crème, Ä Ö Ü ß.\n', converted: false, warnings: [] });
  });
});

describe('legacy Vietnamese encodings', () => {
  // Published examples from converters and font charts, independent of both our decoder and our encoders.
  it.each([
    ['tcvn3', 'B¶o Th¾ng', 'Bảo Thắng'],
    ['tcvn3', 'M\u00ADêng Kh\u00AD¬ng', 'Mường Khương'], // ư is 0xAD, the soft hyphen of Latin-1
    ['tcvn3', 'Ninh B×nh', 'Ninh Bình'],
    ['vni', 'Xin chaøo caùc baïn', 'Xin chào các bạn'],
    ['vni', 'Nghò quyeát', 'Nghị quyết'],
  ] as const)('decodes the published %s sample "%s" as "%s"', (encoding, latin1, expected) => {
    const bytes = Buffer.from(latin1, 'latin1');
    expect(decodeLegacyVietnamese(bytes, encoding).normalize('NFC')).toBe(expected);
  });

  const fixtures: Array<[LegacyEncoding, string]> = [
    ['windows-1258', 'Windows-1258'],
    ['tcvn3', 'TCVN3'],
    ['vni', 'VNI'],
  ];

  it.each(fixtures)('detects and converts the %s fixture, naming the file and the encoding', (encoding, label) => {
    const name = `nghi-quyet-004.${encoding}.txt`;
    const r = decoded(decodeDocument(fixture(name), { fileName: `data/${name}`, maxBytes: LIMIT }));
    expect(r.encoding).toBe(encoding);
    expect(r.converted).toBe(true);
    expect(r.text).toBe(encoding === 'tcvn3' ? tcvn3RoundTripExpectation(SOURCE) : SOURCE);
    expect(r.warnings[0]).toContain(`data/${name} is not UTF-8: it looks like Vietnamese in the legacy ${label}`);
    expect(r.warnings[0]).toContain('converted');
  });

  it.each(fixtures)('the committed %s fixture is what the chart encoder produces', (encoding) => {
    expect(Buffer.from(encodeLegacy(SOURCE, encoding))).toEqual(fixture(`nghi-quyet-004.${encoding}.txt`));
  });

  it('TCVN3 brings back capitals in all-capital titles, and lower-cases a capital it cannot know ("Ủy")', () => {
    const r = decoded(decodeDocument(fixture('nghi-quyet-004.tcvn3.txt'), { maxBytes: LIMIT }));
    expect(r.text).toContain('HỘI ĐỒNG NHÂN DÂN TỈNH QUẢNG NINH');
    expect(r.text).toContain('KHÓA XIV - KỲ HỌP THỨ 14');
    expect(r.text).toContain('QUYẾT NGHỊ:');
    expect(SOURCE).toContain('của Ủy ban');
    expect(r.text).toContain('của ủy ban');
    expect(r.warnings.join()).toMatch(/capitals were restored/);
  });

  it('reads Windows-1258 whether tones are precomposed or all written as combining bytes', () => {
    const bytes = encodeLegacy(SOURCE, 'windows-1258', { decomposeAll: true });
    expect(Buffer.from(bytes)).not.toEqual(fixture('nghi-quyet-004.windows-1258.txt'));
    const r = decoded(decodeDocument(bytes, { maxBytes: LIMIT }));
    expect(r).toMatchObject({ encoding: 'windows-1258', text: SOURCE });
  });

  describe.each(CLEAN)('round trip of the clean corpus document %s', (f) => {
    it.each(['windows-1258', 'tcvn3', 'vni'] as const)('through %s', (encoding) => {
      // Characters the encoding has no code for (stray OCR symbols, ligatures) become "?" on both sides.
      const text = representable(corpusText(f), encoding);
      const r = decoded(decodeDocument(encodeLegacy(text, encoding), { fileName: f, maxBytes: LIMIT }));
      expect(r.encoding).toBe(encoding);
      expect(r.text).toBe(encoding === 'tcvn3' ? tcvn3RoundTripExpectation(text) : text);
      expect(r.warnings.join()).not.toMatch(/damaged/);
    });
  });

  describe.each(OCR)('OCR document %s with damaged accents', (f) => {
    // In TCVN3 and VNI nearly every accented letter changes bytes, so the encoding stands out even though
    // few words are valid; the text is converted with a warning that it looks damaged.
    it.each(['tcvn3', 'vni'] as const)('is still recognized in %s and converted with a warning', (encoding) => {
      const text = representable(corpusText(f), encoding);
      const r = decoded(decodeDocument(encodeLegacy(text, encoding), { fileName: f, maxBytes: LIMIT }));
      expect(r.encoding).toBe(encoding);
      expect(r.text).toBe(encoding === 'tcvn3' ? tcvn3RoundTripExpectation(text) : text);
      expect(r.warnings.join()).toMatch(/looks damaged/);
    });

    // Its accents are mostly Latin-1 letters (é, ô, á), identical in Windows-1258, VNI and Windows-1252:
    // nothing tells the encodings apart, so it is refused rather than guessed.
    it('is refused in Windows-1258, with the fit of every candidate', () => {
      const text = representable(corpusText(f), 'windows-1258');
      const r = refused(decodeDocument(encodeLegacy(text, 'windows-1258'), { fileName: f, maxBytes: LIMIT }));
      expect(r.code).toBe('UNSUPPORTED_ENCODING');
      expect(r.message).toContain(`${f} is not UTF-8`);
      expect(r.message).toMatch(/TCVN3 \d+%.*Windows-1258 \d+%.*VNI \d+%|Windows-1258 \d+%/);
    });
  });

  it('refuses a badly damaged legacy file, naming the likely encoding', () => {
    // Replace every third accent byte of the VNI fixture with a byte that is no VNI mark.
    const bytes = Uint8Array.from(fixture('nghi-quyet-004.vni.txt'));
    let seen = 0;
    for (let i = 0; i < bytes.length; i++) if (bytes[i]! >= 0x80 && seen++ % 3 === 0) bytes[i] = 0xbf; // "¿"
    const scores = scoreLegacyEncodings(bytes);
    expect(scores[0]!.encoding).toBe('vni');
    const r = refused(decodeDocument(bytes, { fileName: 'old.txt', maxBytes: LIMIT }));
    expect(r.code).toBe('UNSUPPORTED_ENCODING');
    expect(r.message).toMatch(/^old\.txt is not UTF-8: it most likely is Vietnamese in the legacy VNI/);
    expect(r.message).toMatch(/UTF-8/);
  });

  it('refuses a legacy snippet too short to judge rather than guessing', () => {
    const r = refused(decodeDocument(Buffer.from('Caùc sôû\n', 'latin1'), { fileName: 'short.txt', maxBytes: LIMIT }));
    expect(r.code).toBe('UNSUPPORTED_ENCODING');
    expect(r.message).toMatch(/^short\.txt is not UTF-8 and has too few accented words \(2\)/);
  });

  it('decodes unaccented text whose only non-ASCII bytes are Windows-1252 punctuation, with a warning', () => {
    const bytes = Buffer.concat([
      Buffer.from('Can cu Nghi quyet so 76/NQ-CP ngay 15/7/2021 ', 'latin1'),
      Buffer.from([0x93]),
      Buffer.from('cua Chinh phu', 'latin1'),
      Buffer.from([0x94, 0x20, 0x96, 0x20, 0x85, 0x0a]),
    ]);
    const r = decoded(decodeDocument(bytes, { fileName: 'ocr.txt', maxBytes: LIMIT }));
    expect(r).toMatchObject({ encoding: 'windows-1252', converted: true });
    expect(r.text).toBe('Can cu Nghi quyet so 76/NQ-CP ngay 15/7/2021 “cua Chinh phu” – …\n');
    expect(r.warnings.join()).toMatch(/ocr\.txt is not UTF-8; its only non-ASCII characters are punctuation/);
  });

  it('refuses Western European text in Windows-1252 instead of guessing', () => {
    const french =
      'Le comité a décidé que la réunion aura lieu à Genève. Les élèves étudient le français, ' +
      "l'économie et la géographie. Où est la bibliothèque? Déjà vu, très bien, garçon, naïve, Noël.\n";
    const r = refused(decodeDocument(iconv.encode(french, 'windows1252'), { fileName: 'fr.txt', maxBytes: LIMIT }));
    expect(r.code).toBe('UNSUPPORTED_ENCODING');
    expect(r.message).toMatch(/^fr\.txt is not UTF-8, and its accented text is not Vietnamese in Windows-1258, TCVN3 or VNI/);
  });
});

describe('isVietnameseSyllable', () => {
  it.each(['của', 'Nghị', 'QUYẾT', 'người', 'nghiêng', 'khuyến', 'gìn', 'giữ', 'quốc', 'Ủy', 'uỷ', 'đường', 'hoạch', 'tuyển'])(
    'accepts "%s"',
    (w) => expect(isVietnameseSyllable(w)).toBe(true),
  );

  it.each([
    ['cuûa', 'û is no Vietnamese letter'],
    ['c¸c', 'a symbol inside the word'],
    ['Nghiị', 'no "ii" vowel group'],
    ['nghò', 'ngh only before i, e, ê'],
    ['kan', 'k only before i, e, ê, y'],
    ['cáìc', 'two tones'],
    ['caùc', 'a glide vowel group cannot take a final'],
    ['càt', 'a stop final takes only sắc or nặng'],
    ['NGHị', 'mixed case'],
    ['tiê', 'iê needs a final'],
    ['très', 's is no final'],
  ])('rejects "%s" (%s)', (w) => expect(isVietnameseSyllable(w)).toBe(false));

  it('accepts nearly every accented word of the clean corpus documents', () => {
    for (const f of CLEAN) {
      const words = corpusText(f).match(/[\p{L}\p{M}]+/gu)!.filter((w) => /[^\x00-\x7F]/.test(w));
      const valid = words.filter(isVietnameseSyllable).length;
      expect(valid / words.length).toBeGreaterThan(0.99);
    }
  });
});

describe('refusals', () => {
  it('refuses an empty file', () => {
    const r = refused(decodeDocument(new Uint8Array(0), { fileName: 'data/empty.txt', maxBytes: LIMIT }));
    expect(r).toMatchObject({ code: 'EMPTY' });
    expect(r.message).toBe('data/empty.txt is empty (0 bytes); there is nothing to ingest.');
  });

  it.each([
    ['spaces, tabs and line ends', Buffer.from('  \t\r\n\n   \n', 'latin1')],
    ['a UTF-8 BOM and spaces', Buffer.from('\uFEFF   \n', 'utf8')],
    ['UTF-16 spaces', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(' \n \n', 'utf16le')])],
    ['no-break and ideographic spaces', Buffer.from('\u00A0\u3000\n', 'utf8')],
  ])('refuses a file of only whitespace (%s)', (_, bytes) => {
    const r = refused(decodeDocument(bytes, { fileName: 'blank.txt', maxBytes: LIMIT }));
    expect(r.code).toBe('EMPTY');
    expect(r.message).toMatch(/^blank\.txt contains only whitespace/);
  });

  it('refuses a file over the limit, naming its size, the limit and the setting to raise', () => {
    const bytes = Buffer.alloc(3 * 1024 * 1024 + 5, 0x61);
    const r = refused(decodeDocument(bytes, { fileName: 'big.txt', maxBytes: LIMIT }));
    expect(r.code).toBe('TOO_LARGE');
    expect(r.message).toContain('big.txt is 3 MB (3,145,733 bytes)');
    expect(r.message).toContain('over the 2 MB (2,097,152 bytes) limit');
    expect(r.message).toContain('MAX_DOCUMENT_BYTES=4194304');
  });

  it('accepts a file of exactly the limit, and treats a limit of 0 as none', () => {
    const bytes = Buffer.alloc(1000, 0x61);
    expect(decodeDocument(bytes, { maxBytes: 1000 }).ok).toBe(true);
    expect(decodeDocument(bytes, { maxBytes: 999 }).ok).toBe(false);
    expect(decodeDocument(bytes, { maxBytes: 0 }).ok).toBe(true);
  });

  it('refuses a PDF and says to extract its text first', () => {
    const r = refused(decodeDocument(fixture('one-page.pdf'), { fileName: 'in/qd-2898.pdf', maxBytes: LIMIT }));
    expect(r.code).toBe('BINARY');
    expect(r.message).toMatch(/^in\/qd-2898\.pdf is a PDF, not plain text: extract its text first/);
  });

  it('refuses a PNG image and says to OCR it', () => {
    const r = refused(decodeDocument(fixture('one-pixel.png'), { fileName: 'scan.png', maxBytes: LIMIT }));
    expect(r.code).toBe('BINARY');
    expect(r.message).toMatch(/^scan\.png is a PNG image, not plain text: run OCR on it first/);
  });

  it('refuses a Word .docx and a plain ZIP, telling them apart', () => {
    const zipHeader = (member: string): Buffer =>
      Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(26), Buffer.from(member, 'latin1'), Buffer.alloc(64)]);
    const docx = refused(decodeDocument(zipHeader('word/document.xml'), { fileName: 'a.docx', maxBytes: LIMIT }));
    expect(docx.message).toMatch(/^a\.docx is a Word document \(\.docx\), not plain text: .*Plain Text/);
    const zip = refused(decodeDocument(zipHeader('docs/a.txt'), { fileName: 'a.zip', maxBytes: LIMIT }));
    expect(zip.message).toMatch(/^a\.zip is a ZIP archive/);
    expect([docx.code, zip.code]).toEqual(['BINARY', 'BINARY']);
  });

  it('refuses RTF as a format to save as plain text', () => {
    const r = refused(decodeDocument(Buffer.from('{\\rtf1\\ansi Ngh\\u7883?' + ' quy\\u7871?t}', 'latin1'), { fileName: 'a.rtf', maxBytes: LIMIT }));
    expect(r.code).toBe('UNSUPPORTED_FORMAT');
    expect(r.message).toMatch(/^a\.rtf is an RTF document/);
  });

  it('refuses random bytes containing NULs as binary', () => {
    const bytes = pseudoRandomBytes(4096, 42);
    expect(bytes.includes(0)).toBe(true);
    const r = refused(decodeDocument(bytes, { fileName: 'blob.bin', maxBytes: LIMIT }));
    expect(r.code).toBe('BINARY');
    expect(r.message).toMatch(/^blob\.bin looks like binary data, not text \(\d+ NUL bytes\)/);
  });

  it('refuses random bytes without NULs as binary too (control characters)', () => {
    const bytes = pseudoRandomBytes(4096, 7).map((b) => (b === 0 ? 1 : b));
    const r = refused(decodeDocument(bytes, { fileName: 'blob.bin', maxBytes: LIMIT }));
    expect(r.code).toBe('BINARY');
    expect(r.message).toMatch(/control bytes/);
  });

  it('refuses UTF-32 with a clear message', () => {
    const bytes = Buffer.from([0xff, 0xfe, 0, 0, 0x41, 0, 0, 0]);
    expect(refused(decodeDocument(bytes, { fileName: 'u32.txt', maxBytes: LIMIT })).message).toMatch(/^u32\.txt is UTF-32/);
  });

  it('never throws, whatever the bytes (random, truncated fixtures, single bytes)', () => {
    const inputs: Uint8Array[] = [];
    for (let seed = 1; seed <= 200; seed++) inputs.push(pseudoRandomBytes(seed * 7, seed));
    for (const name of readdirSync(FIXTURES).filter((n) => !n.endsWith('.ts') && !n.endsWith('.md'))) {
      const bytes = fixture(name);
      for (const cut of [1, 2, 3, 5, 17, 101, bytes.length - 1]) inputs.push(bytes.subarray(0, cut));
    }
    for (let b = 0; b < 256; b++) inputs.push(Uint8Array.of(b), Uint8Array.of(0x61, b, 0x61));
    for (const bytes of inputs) {
      const r = decodeDocument(bytes, { fileName: 'fuzz', maxBytes: LIMIT });
      if (r.ok) expect(typeof r.text).toBe('string');
      else expect(r.message).toMatch(/^fuzz /);
    }
  });
});
