/**
 * The ingestion floor's transaction sizes per graph size: one document per transaction is skipped above 10,000
 * documents (at 100k it took about 40 minutes and is never the best floor); sizes larger than the graph are skipped
 * unless first; a list that would be empty is kept whole.
 */
import { describe, expect, it } from 'vitest';
import { floorBatchesAt } from '../../bench/sections/ingestion';

describe('the floor\'s transaction sizes', () => {
  it('keeps one per transaction up to 10,000 documents and skips it above', () => {
    expect(floorBatchesAt(10_000, [1, 50, 500])).toEqual([1, 50, 500]);
    expect(floorBatchesAt(100_000, [1, 50, 500])).toEqual([50, 500]);
  });

  it('skips sizes larger than the graph, but never the first or all of them', () => {
    expect(floorBatchesAt(300, [1, 50, 500])).toEqual([1, 50]);
    expect(floorBatchesAt(300, [500, 1000])).toEqual([500]);
    expect(floorBatchesAt(100_000, [1])).toEqual([1]);
  });
});
