/**
 * The Party Central Office's letters close their symbol with a lower-case mark after a slash ("919-CV/VPTW/nb"),
 * which the gold keeps as printed; the mark is part of the symbol, and a Party symbol followed by a word or a year
 * after a slash keeps its own end.
 * Sentence: 55/2025/NQ-HĐND (Hà Nội), a development document, on Party dues.
 */
import { describe, expect, it } from 'vitest';
import { refsIn } from './snippetReferences';
import { findSymbols } from '../../../src/extract/findSymbols';

describe("the Party Central Office's letter marks", () => {
  it('keeps the lower-case mark after the office code as part of the symbol', () => {
    const refs = refsIn('tổ chức đảng và đảng viên; Văn bản số 919-CV/VPTW/nb ngày 21/11/2016 quy định mức', 'Hà Nội');
    expect(refs).toEqual([expect.objectContaining({ symbol: '919-CV/VPTW/nb', jurisdiction: 'national', date: '2016-11-21' })]);
  });

  it('reads no mark from a year or a word after the slash', () => {
    expect(findSymbols('Kế hoạch số 12-KH/TU/2025').map((h) => h.parsed.symbol)).toEqual(['12-KH/TU']);
    expect(findSymbols('Chỉ thị 05-CT/TW/ngày 12/3').map((h) => h.parsed.symbol)).toEqual(['05-CT/TW']);
  });
});
