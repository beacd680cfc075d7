/**
 * Symbols in the narrow "Căn cứ pháp lý" column of a procedure list: a cell border may cut a symbol after its
 * "/" or "-" (the exported table puts each cell on its own lines between "|"), and the cited paper is still one
 * reference; a ministry's short code names a national paper whatever the citing province.
 * Cells: the legal-basis column of 2666/QĐ-UBND (Cần Thơ) and 1949/QĐ-UBND (Cao Bằng), development documents.
 */
import { describe, expect, it } from 'vitest';
import { refsIn } from './snippetReferences';
import { findSymbols } from '../../../src/extract/findSymbols';

const symbols = (text: string) => findSymbols(text).map((h) => h.parsed.symbol);

describe('symbols a table cell border cuts', () => {
  it('reads a symbol whose year and code sit in the next cell as one citation, dated from that cell', () => {
    const refs = refsIn('|\n2\n|\nThủ tục A\n|\n- Nghị định số 214/2025/\n|\nNĐ-CP ngày 04 tháng 8 năm 2025 của Chính phủ;\n|', 'Cần Thơ');
    expect(refs).toEqual([expect.objectContaining({ symbol: '214/2025/NĐ-CP', date: '2025-08-04', issuer: 'Chính phủ', jurisdiction: 'national' })]);
    expect(symbols('Thông tư số 02/2024/TT-\n|\nBKHĐT ngày 06 tháng 3')).toEqual(['02/2024/TT-BKHĐT']);
    expect(symbols('| Nghị định số 92/ | 2017/NĐ-CP |')).toEqual(['92/2017/NĐ-CP']);
  });

  it('joins no cells where the first one holds a whole symbol or a date', () => {
    expect(symbols('|\nQuyết định số 1234/QĐ-UBND\n|\nUBND tỉnh\n|')).toEqual(['1234/QĐ-UBND']);
    expect(symbols('|\nNghị định số 63/2010/NĐ-CP\n|\n08/6/2010\n|')).toEqual(['63/2010/NĐ-CP']);
  });

  it("reads the agriculture ministry's short code as a national paper in a province's list", () => {
    const refs = refsIn('Cắt giảm thời gian giải quyết\ntừ 30 ngày xuống 15 ngày theo QĐ số 2490/QĐ- BNN ngày 01/7/2025\n|', 'Cao Bằng');
    expect(refs).toEqual([expect.objectContaining({ symbol: '2490/QĐ-BNN', jurisdiction: 'national', date: '2025-07-01' })]);
  });
});
