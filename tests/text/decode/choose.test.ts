import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeDocument } from '../../../src/text/decode';
import { scoreLegacyEncodings } from '../../../src/text/decode/choose';
import { CLEAN, corpusText, decoded, fixture, LIMIT, OCR, refused, SOURCE } from '../../support/decodeFixtures';
import {
  encodeLegacy,
  representable,
  tcvn3RoundTripExpectation,
  type LegacyEncoding,
} from '../../fixtures/encodings/legacy-encoders';

describe('choosing the legacy encoding of a file that is not UTF-8', () => {
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
