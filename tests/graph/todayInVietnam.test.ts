/**
 * todayInVietnam keeps the day of the minute it last formatted (a task list asks it once per task). Vietnam is
 * UTC+7: its day starts at 17:00 UTC, and a moment just before or after must still get its own day, whatever
 * was asked before it.
 */
import { describe, expect, it } from 'vitest';
import { todayInVietnam } from '../../src/graph/taskQueries';

describe('today in Vietnam', () => {
  it('turns at Vietnamese midnight (17:00 UTC), to the millisecond, in either order of asking', () => {
    const before = new Date('2025-03-31T16:59:59.999Z');
    const after = new Date('2025-03-31T17:00:00.000Z');
    expect(todayInVietnam(before)).toBe('2025-03-31');
    expect(todayInVietnam(after)).toBe('2025-04-01');
    expect(todayInVietnam(before)).toBe('2025-03-31');
    expect(todayInVietnam(new Date('2025-03-31T16:59:00.000Z'))).toBe('2025-03-31');
    expect(todayInVietnam(new Date('2025-03-31T17:00:59.999Z'))).toBe('2025-04-01');
  });

  it('gives every moment of one minute the same day, and a later day the next time it is asked', () => {
    expect(todayInVietnam(new Date('2026-12-06T05:00:01Z'))).toBe('2026-12-06');
    expect(todayInVietnam(new Date('2026-12-06T05:00:59Z'))).toBe('2026-12-06');
    expect(todayInVietnam(new Date('2026-12-07T05:00:30Z'))).toBe('2026-12-07');
  });

  it('refuses an invalid date as the formatter does', () => {
    expect(() => todayInVietnam(new Date(Number.NaN))).toThrow(RangeError);
  });
});
