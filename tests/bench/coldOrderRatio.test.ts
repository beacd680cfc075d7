/**
 * The bench's alternated ingestion comparison also reports the ratio the order before it gave (the real path first
 * on a fresh server, then the floor at each batch size, the best floor taken): it must be that ratio, not one
 * against whichever batch size ran first.
 */
import { describe, expect, it } from 'vitest';
import { coldOrderRatio } from '../../bench/sections/ingestion';

describe("the old order's ratio beside the alternated one", () => {
  it('sets the cold real run against the best warm-up floor, not the first batch size tried', () => {
    const cold = { docs: 500, seconds: 200 };
    // --floor-batches 1,50,500 (the default): one document per transaction runs first and is the slowest.
    const floors = [
      { docs: 500, seconds: 250 },
      { docs: 500, seconds: 100 },
      { docs: 500, seconds: 125 },
    ];
    expect(coldOrderRatio(cold, floors)).toBeCloseTo(0.5);
  });

  it('has none without a cold run or a floor', () => {
    expect(coldOrderRatio(null, [{ docs: 1, seconds: 1 }])).toBeNull();
    expect(coldOrderRatio({ docs: 1, seconds: 1 }, [])).toBeNull();
  });
});
