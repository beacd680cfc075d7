/** Where a repeated search starts reading the index: a hint only, learned from the default plan, forgotten in time. */
import { describe, expect, it } from 'vitest';
import { ReadDepthHints, type ReadDepths } from '../../src/graph/searchQueries';

const planned: ReadDepths = [21, 210, null];

describe('ReadDepthHints', () => {
  it('tries the default reads for a search it has not seen, and after one the first read told', () => {
    const hints = new ReadDepthHints();
    expect(hints.depths('a', planned)).toBe(planned);
    hints.learn('a', planned, planned, 21);
    expect(hints.depths('a', planned)).toBe(planned);
  });

  it('starts where a deeper read or every match told last time', () => {
    const hints = new ReadDepthHints();
    hints.learn('deep', planned, planned, 210);
    hints.learn('every', planned, planned, null);
    expect(hints.depths('deep', planned)).toEqual([210, null]);
    expect(hints.depths('every', planned)).toEqual([null]);
    expect(hints.depths('other', planned)).toBe(planned);
  });

  it('learns nothing from a plan a hint shortened, so the hint expires and the default plan runs again', () => {
    let now = 0;
    const hints = new ReadDepthHints(10, 1000, () => now);
    hints.learn('a', planned, planned, null);
    const tried = hints.depths('a', planned);
    hints.learn('a', planned, tried, null);
    now = 999;
    expect(hints.depths('a', planned)).toEqual([null]);
    now = 1000;
    expect(hints.depths('a', planned)).toBe(planned);
  });

  it('forgets a hint when the first read tells again, and the oldest hint past its limit', () => {
    const hints = new ReadDepthHints(2);
    hints.learn('a', planned, planned, 210);
    hints.learn('a', planned, planned, 21);
    expect(hints.depths('a', planned)).toBe(planned);
    hints.learn('b', planned, planned, 210);
    hints.learn('c', planned, planned, 210);
    hints.learn('d', planned, planned, 210);
    expect(hints.depths('b', planned)).toBe(planned);
    expect(hints.depths('c', planned)).toEqual([210, null]);
    expect(hints.depths('d', planned)).toEqual([210, null]);
  });
});
