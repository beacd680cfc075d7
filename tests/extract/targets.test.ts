import { describe, expect, it } from 'vitest';
import { findIndicators, findTargets, indicatorCodes, INDICATORS, parseVietnameseNumber } from '../../src/extract/targets';
import { corpusLines, randomTexts } from './structure.fixtures';

const simple = (text: string) => findTargets(text).map((t) => [t.comparator, t.value, t.unit, t.indicator]);

describe('targets', () => {
  it('reads percentages with their comparator, OCR-damaged words included (002 II.3)', () => {
    expect(simple(corpusLines('002', 193, 198))).toEqual([
      ['>=', 70, '%', null],
      ['>=', 90, '%', null],
      ['>=', 70, '%', null],
    ]);
    expect(simple('- Trén 99% ty 1€ ho so TTHC')).toEqual([['>', 99, '%', null]]);
    expect(simple('- 100% van ban quy pham phap luat')).toEqual([['=', 100, '%', null]]);
  });

  it('reads quantities with their scale and unit', () => {
    expect(simple('Tổng thu ngân sách không thấp hơn 52.600 tỷ đồng')).toEqual([['>=', 52600, 'tỷ đồng', null]]);
    expect(simple('đón trên 15 triệu lượt khách')).toEqual([['>', 15, 'triệu lượt', null]]);
    expect(simple('Thu hút vốn FDI đạt ít nhất 1,5 tỷ USD')).toEqual([['>=', 1.5, 'tỷ USD', null]]);
    expect(simple('tạo ra 20.000 việc làm mới')).toEqual([['=', 20000, 'việc làm', null]]);
  });

  it('links a target to the indicator its clause names (001 "(4) Tốc độ tăng trưởng (GRDP) đạt trên 10%")', () => {
    const t = findTargets(corpusLines('001', 56, 57));
    expect(t[0]).toMatchObject({ raw: 'trén 10%', comparator: '>', value: 10, indicator: 'GRDP' });
    expect(t[1]).toMatchObject({ value: 52600, indicator: null });
  });

  it('ignores ranks, dates and document numbers', () => {
    expect(findTargets('Chỉ số PAR INDEX năm 2016: 59/63; Nghị định số 118/2025/NĐ-CP ngày 09/6/2025')).toEqual([]);
  });

  it('parses Vietnamese number formats', () => {
    expect(parseVietnameseNumber('52.600')).toBe(52600);
    expect(parseVietnameseNumber('10,01')).toBe(10.01);
    expect(parseVietnameseNumber('1.234.567,5')).toBe(1234567.5);
    expect(parseVietnameseNumber('abc')).toBeNull();
  });
});

describe('indicators', () => {
  it('finds PAR Index, PCI, SIPAS and PAPI by acronym and by name (002 II.1)', () => {
    expect(indicatorCodes(corpusLines('002', 156, 159))).toEqual(['PAR_INDEX', 'PCI', 'SIPAS', 'PAPI']);
  });

  it('reads OCR forms "PAPL", "PAR IndeX" and ICT Index', () => {
    expect(indicatorCodes('Chi s6 PCI, PAR\nIndex, SIPAS va PAPL.')).toEqual(['PCI', 'PAR_INDEX', 'SIPAS', 'PAPI']);
    expect(indicatorCodes('Nâng cao chỉ số cải cách hành chính (PAR IndeX) và ICT Index')).toEqual(['PAR_INDEX', 'ICT_INDEX']);
    expect(indicatorCodes('tốc độ tăng trưởng GRDP hai con số')).toEqual(['GRDP']);
  });

  it('has a name for every code', () => {
    expect(INDICATORS.map((i) => i.code)).toEqual(['PCI', 'PAR_INDEX', 'SIPAS', 'PAPI', 'GRDP', 'ICT_INDEX']);
    expect(findIndicators('no indicator here')).toEqual([]);
  });

  it('never throws', () => {
    for (const s of [...randomTexts(200, 9), '', '%', '100%%%', '1'.repeat(2000)]) {
      expect(() => findTargets(s)).not.toThrow();
      expect(() => findIndicators(s)).not.toThrow();
    }
  });
});
