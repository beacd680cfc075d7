import { describe, expect, it } from 'vitest';
import { findDates, parseVietnameseDate } from '../../src/extract/dates';

describe('parseVietnameseDate', () => {
  it.each([
    ['15/7/2021', '2021-07-15'],
    ['04-7-2023', '2023-07-04'],
    ['15.7.2021', '2021-07-15'],
    ['3/4/2023', '2023-04-03'],
    ['ngày 09 tháng 12 năm 2022', '2022-12-09'],
    ['ngày 12 tháng 7 năm 2023', '2023-07-12'],
    ['ngay23 thang 7 nam 2025', '2025-07-23'],
    ['ng4y 23 thang 8 nám 2021', '2021-08-23'],
    ['ngày 24 th4ng 9 nim 2024', '2024-09-24'],
  ])('reads %j as %s', (raw, iso) => {
    expect(parseVietnameseDate(raw)).toBe(iso);
  });

  it('repairs a stray digit in the year and letters read for digits', () => {
    expect(parseVietnameseDate('15/7/12021')).toBe('2021-07-15');
    expect(parseVietnameseDate('0l/10/2021')).toBe('2021-10-01');
    expect(parseVietnameseDate('01/10/2O21')).toBe('2021-10-01');
  });

  it('gives null for impossible or incomplete dates rather than a guess', () => {
    for (const raw of ['31/2/2020', '12/13/2020', '0/5/2020', 'tháng 7/2025', 'năm 2023', '2021-2030', '', 'abc']) {
      expect(parseVietnameseDate(raw)).toBeNull();
    }
  });
});

describe('findDates', () => {
  it('finds every date with its offsets into the text', () => {
    const text = 'Căn cứ Nghị quyết số 76/NQ-CP ngày 15/7/12021 của Chính phủ; Quảng Ninh, ngày 23 tháng 7 năm 2025.';
    const found = findDates(text);
    expect(found.map((d) => d.iso)).toEqual(['2021-07-15', '2025-07-23']);
    for (const d of found) expect(text.slice(d.start, d.end)).toBe(d.raw);
    expect(found[0]!.raw).toBe('ngày 15/7/12021');
  });

  it('does not read a symbol with a year as a date', () => {
    expect(findDates('Nghị định số 60/2021/NĐ-CP và giai đoạn 2021-2025')).toEqual([]);
  });
});
