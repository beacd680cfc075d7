import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeDocument } from '../../../src/text/decode';
import { corpusBytes, corpusFiles, corpusText, decoded, fixture, LIMIT, SOURCE } from '../../support/decodeFixtures';

describe('Unicode documents', () => {
  it.each(corpusFiles)('reads corpus file %s as UTF-8 without warnings, normalized to NFC', (f) => {
    const bytes = corpusBytes(f);
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
