import { describe, expect, it } from 'vitest';
import { PROVINCES } from '../../src/extract/provinces';
import { MERGED_UNITS, MERGER_DATE, jurisdictionOn, jurisdictionsCovered, successorOf } from '../../src/jurisdictions/successors';

describe('the 2025 merger of provinces (Nghị quyết 202/2025/QH15)', () => {
  it('maps the 63 former units onto 34, each former unit to exactly one new one, all named as jurisdictions are', () => {
    expect(MERGED_UNITS).toHaveLength(34);
    const former = MERGED_UNITS.flatMap((u) => u.continues);
    expect(former).toHaveLength(63);
    expect(new Set(former).size).toBe(63);
    const jurisdictions = new Set(PROVINCES.map((p) => p.jurisdiction));
    for (const name of [...former, ...MERGED_UNITS.map((u) => u.name)]) expect(jurisdictions.has(name), name).toBe(true);
  });

  it('widens a new unit to the former provinces it continues, and leaves a former one alone', () => {
    expect(jurisdictionsCovered('Bắc Ninh').sort()).toEqual(['Bắc Giang', 'Bắc Ninh']);
    expect(jurisdictionsCovered('Bac Giang')).toEqual(['Bac Giang']);
    expect(jurisdictionsCovered('ho chi minh').sort()).toEqual(['Bà Rịa - Vũng Tàu', 'Bình Dương', 'Hồ Chí Minh']);
    expect(jurisdictionsCovered('national')).toEqual(['national']);
  });

  it('resolves a former province to its successor from the merger date only', () => {
    expect(MERGER_DATE).toBe('2025-07-01');
    expect(successorOf('Hà Giang')?.name).toBe('Tuyên Quang');
    expect(jurisdictionOn('Hà Giang', '2025-06-30')).toBe('Hà Giang');
    expect(jurisdictionOn('Hà Giang', '2025-07-01')).toBe('Tuyên Quang');
    expect(jurisdictionOn('Quảng Ninh', '2025-07-01')).toBe('Quảng Ninh');
  });
});
