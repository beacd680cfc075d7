import { describe, expect, it } from 'vitest';
import { claimsSpanNumberingPeriods, numberingPeriod } from '../../src/extract/numberingPeriod';

describe('numbering periods', () => {
  it('are calendar years for state documents without a year in their symbol', () => {
    expect(numberingPeriod('76/NQ-CP', '2021-07-15')).toBe('2021');
    expect(numberingPeriod('124/NQ-HĐND', '2022-12-04')).toBe('2022');
  });

  it('do not apply when the symbol carries its year', () => {
    expect(numberingPeriod('60/2021/NĐ-CP', '2021-06-21')).toBeNull();
    expect(numberingPeriod('74/2022/QH15', '2022-11-15')).toBeNull();
  });

  it('are congress terms for Party documents', () => {
    expect(numberingPeriod('18-NQ/TW', '2017-10-25')).toBe('TW-XII');
    expect(numberingPeriod('18-NQ/TW', '2022-06-16')).toBe('TW-XIII');
    expect(numberingPeriod('05-NQ/TU', '2021-04-09')).toBe('local-2020');
  });

  it('separate claims that name different documents from real disagreements', () => {
    // Two resolutions of different Central Committees that share a number:
    expect(claimsSpanNumberingPeriods('18-NQ/TW', ['2017-10-25', '2022-06-16'])).toBe(true);
    // One resolution whose date two documents write differently:
    expect(claimsSpanNumberingPeriods('124/NQ-HĐND', ['2022-12-04', '2022-11-04'])).toBe(false);
    expect(claimsSpanNumberingPeriods('06-NQ/TU', ['2021-05-17', '2021-07-15'])).toBe(false);
  });

  it('is unknown for unreadable input', () => {
    expect(numberingPeriod(null, '2021-01-01')).toBeNull();
    expect(numberingPeriod('76/NQ-CP', 'not a date')).toBeNull();
    expect(numberingPeriod('random words', '2021-01-01')).toBeNull();
  });
});
