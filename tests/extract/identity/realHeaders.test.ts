import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSource } from '../../../src/formats';
import { extractDocument } from '../../../src/extract/extractDocument';
import { documentKey } from '../../../src/extract/symbols';
import type { Extraction } from '../../../src/extract/types';

// Real documents: the sample data, and the two that are kept with the format fixtures made from them.
const dirs = [path.join(__dirname, '../../../data/real'), path.join(__dirname, '../../fixtures/real-formats')];
const fileOf = (name: string): string => dirs.map((d) => path.join(d, name)).find((f) => existsSync(f)) ?? path.join(dirs[0]!, name);

/** A real document read as users have it: through the formats stage, with the portal's metadata. */
async function extractReal(name: string, opts: { portal?: boolean } = {}): Promise<Extraction> {
  const s = await readSource(readFileSync(fileOf(name)), { fileName: name });
  return extractDocument(s.text, { fileName: name, metadata: opts.portal === false ? null : s.metadata });
}

/**
 * The same document as plain lines, the way OCR of a scanned header reads it: emphasis and cell borders
 * dropped, every line break of the export kept ("Số:" / "97/2025/QĐ-UBND", "ngày 25" / "tháng 11 năm 2025").
 */
function plainLines(name: string): string {
  return readFileSync(fileOf(name), 'utf8')
    .replace(/\*+/g, '')
    .split('\n')
    .filter((l) => l.trim() !== '|')
    .join('\n');
}

describe('identity from the header of real documents', () => {
  it('reads symbol, date, place and issuer from the two-column header table', async () => {
    const { document } = await extractReal('export-quyet-dinh-97-2025-qd-ubnd.md');
    expect(document).toMatchObject({
      kind: 'QUYET_DINH',
      symbol: '97/2025/QĐ-UBND',
      date: '2025-11-25',
      place: 'Nghệ An',
      issuer: 'UBND tỉnh Nghệ An',
      jurisdiction: 'Nghệ An',
    });
  });

  it('reads "Số:" with its value on the next line and a date broken across two lines', () => {
    const text = plainLines('export-quyet-dinh-97-2025-qd-ubnd.md');
    expect(text).toMatch(/Số:\n97\/2025\/QĐ-UBND/);
    expect(text).toMatch(/ngày 25\ntháng 11 năm 2025/);
    const { document, references } = extractDocument(text);
    expect(document).toMatchObject({ symbol: '97/2025/QĐ-UBND', date: '2025-11-25', place: 'Nghệ An', issuer: 'UBND tỉnh Nghệ An' });
    expect(references.map((r) => r.symbol)).not.toContain('97/2025/QĐ-UBND');
  });

  it('reads a law\'s "Luật số:" header and its passing date', async () => {
    const { document } = await extractReal('012b8a728c178e7a.md');
    expect(document).toMatchObject({
      kind: 'LUAT',
      symbol: '60/2024/QH15',
      issuer: 'Quốc hội',
      jurisdiction: 'national',
      date: '2024-11-30',
      title: 'DỮ LIỆU',
    });
  });

  it('reads a Standing Committee resolution, dated by its closing "thông qua ngày"', async () => {
    const { document } = await extractReal('4d98410054b11ab4.md');
    expect(document).toMatchObject({
      kind: 'NGHI_QUYET',
      symbol: '1655/NQ-UBTVQH15',
      issuer: 'Ủy ban Thường vụ Quốc hội',
      date: '2025-06-16',
    });
    expect(document.notes).toMatch(/thông qua ngày/);
  });

  it('reads a ministry department\'s letter: "CT" is the tax department\'s code, not a directive', async () => {
    const { document } = await extractReal('portal-cong-van-5348-ct-cs.md', { portal: false });
    expect(document).toMatchObject({ kind: 'CONG_VAN', symbol: '5348/CT-CS', issuer: 'Cục Thuế', jurisdiction: 'national', date: '2025-11-20' });
  });

  it('takes the issuer from the agency column, not from a department named in the capitalised title', async () => {
    const { document } = await extractReal('f709d287088c57b7.md', { portal: false });
    expect(document.title).toMatch(/CỦA SỞ GIÁO DỤC VÀ ĐÀO TẠO/);
    expect(document).toMatchObject({ symbol: '1994/QĐ-UBND', issuer: 'UBND tỉnh Cao Bằng', jurisdiction: 'Cao Bằng' });
  });

  it('names a body under the provincial committee that the lists do not know, in the committee\'s province', async () => {
    const { document } = await extractReal('ca83e7689c9fc610.md', { portal: false });
    expect(document).toMatchObject({
      symbol: '1609/QĐ-TTPVHCC',
      issuer: 'Trung tâm phục vụ hành chính công thành phố Hà Nội',
      jurisdiction: 'Hà Nội',
    });
  });

  it('reads a Party committee\'s number printed under its name ("Số 383-QĐ/TU")', () => {
    const text = [
      '| ĐẢNG BỘ TỈNH QUẢNG NINH TỈNH ỦY * Số 383-QĐ/TU | ĐẢNG CỘNG SẢN VIỆT NAM Quảng Ninh, ngày 12 tháng 3 năm 2025 |',
      '',
      'QUYẾT ĐỊNH',
      'về việc thành lập Ban Chỉ đạo',
      '',
      'Căn cứ Quy định số 24-QĐ/TW ngày 30/7/2021 của Ban Chấp hành Trung ương;',
    ].join('\n');
    const { document, references } = extractDocument(text);
    expect(document).toMatchObject({ symbol: '383-QĐ/TU', date: '2025-03-12', place: 'Quảng Ninh', jurisdiction: 'Quảng Ninh' });
    expect(references.map((r) => r.symbol)).toEqual(['24-QĐ/TW']);
  });
});

describe("a portal's metadata is evidence for the identity", () => {
  it('agrees with a symbol printed with a leading zero, which is kept as printed but keyed without it', async () => {
    const { document } = await extractReal('65dec8089b8bd9d9.md');
    expect(document.symbol).toBe('01814/QĐ-UBND');
    expect(document.key).toBe(documentKey({ ...document, symbol: '1814/QĐ-UBND' }));
    expect(document.notes ?? '').not.toMatch(/portal/);
  });

  it('keeps the printed symbol when the portal disagrees, and says so', async () => {
    const { document } = await extractReal('9a53c71ee9f5781f.md');
    expect(document.symbol).toBe('3799/CHQ-GSQL');
    expect(document.notes).toMatch(/portal's metadata gives symbol 37999\/CHQ-GSQL/);
    expect(document.signer).toBe('Nguyễn Bắc Hải');
  });

  it('fills symbol and date when the text lost its header', async () => {
    const s = await readSource(readFileSync(fileOf('portal-cong-van-5348-ct-cs.md')), { fileName: 'cv.md' });
    const headless = s.text
      .split('\n')
      .filter((l, i) => i > 3 || !l.startsWith('| '))
      .join('\n');
    expect(headless).not.toMatch(/Số: 5348/);
    const without = extractDocument(headless).document;
    expect(without.symbol).toBeNull();
    const { document } = extractDocument(headless, { metadata: s.metadata });
    expect(document).toMatchObject({ symbol: '5348/CT-CS', date: '2025-11-20', kind: 'CONG_VAN', issuer: 'Cục Thuế' });
    expect(document.notes).toMatch(/Symbol 5348\/CT-CS from the portal's metadata/);
  });
});
