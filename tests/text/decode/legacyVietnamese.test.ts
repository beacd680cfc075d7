import { describe, expect, it } from 'vitest';
import { decodeDocument } from '../../../src/text/decode';
import { decodeLegacyVietnamese } from '../../../src/text/decode/legacyVietnamese';
import { decoded, fixture, LIMIT, SOURCE } from '../../support/decodeFixtures';
import { encodeLegacy, type LegacyEncoding } from '../../fixtures/encodings/legacy-encoders';

describe('legacy Vietnamese charts', () => {
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

  const encodings: LegacyEncoding[] = ['windows-1258', 'tcvn3', 'vni'];

  it.each(encodings)('the committed %s fixture is what the chart encoder produces', (encoding) => {
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
});
