/**
 * Misprinted symbols the gold repairs (gold-real README, sixth round) and the "Đ" of a code no table knows
 * (SCHEMA.md restores diacritics in the code part). Each string is as printed in a real document.
 */
import { describe, expect, it } from 'vitest';
import { findSymbols } from '../../src/extract/findSymbols';
import { symbolMatchKey } from '../../src/extract/symbols';

const symbolsIn = (text: string) => findSymbols(text).map((h) => h.parsed.symbol);

describe('symbols repaired as the gold repairs them', () => {
  it('gives a National Assembly number without its term the term that sat that whole year ("72/2025/QH")', () => {
    expect(symbolsIn('Luật Tổ chức chính quyền địa phương số 72/2025/QH ngày 16 tháng 6 năm 2025 của Quốc hội')).toEqual(['72/2025/QH15']);
    expect(symbolsIn('Pháp lệnh số 02/2020/UBTVQH ngày 09/12/2020 của Ủy ban Thường vụ Quốc hội')).toEqual(['02/2020/UBTVQH14']);
  });

  it('leaves the year a new term starts unrepaired (2021: QH14 until July, QH15 after)', () => {
    expect(symbolsIn('Nghị quyết số 35/2021/QH ngày 12/11/2021')).toEqual(['35/2021/QH']);
  });

  it('reads the misprinted joint circular code "TTTLT" as TTLT', () => {
    expect(symbolsIn('Thông tư liên tịch số 07/2016/TTTLT-BYT-BTC- BLĐTBXH ngày 15/4/2016 của Bộ Y tế')).toEqual(['07/2016/TTLT-BYT-BTC-BLĐTBXH']);
  });

  it('keeps the "Đ" of an unlisted code as written, matching the folded form all the same', () => {
    expect(symbolsIn('Số: 170/QĐ-BCĐNNDL')).toEqual(['170/QĐ-BCĐNNDL']);
    expect(symbolsIn('Công văn số 7683/VPCP-QHĐP ngày 18 tháng 8 năm 2025')).toEqual(['7683/VPCP-QHĐP']);
    expect(symbolMatchKey('170/QĐ-BCĐNNDL')).toBe(symbolMatchKey('170/QD-BCDNNDL'));
  });
});
