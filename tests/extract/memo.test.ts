import { describe, expect, it } from 'vitest';
import { BoundedMemo, memoize } from '../../src/extract/memo';

describe('BoundedMemo', () => {
  it('computes a value once per key', () => {
    let calls = 0;
    const square = memoize((n: number) => {
      calls += 1;
      return n * n;
    });
    expect([square(3), square(3), square(4)]).toEqual([9, 9, 16]);
    expect(calls).toBe(2);
  });

  it('keeps at most its limit, forgetting the oldest entry first', () => {
    const memo = new BoundedMemo<string, number>(2);
    let calls = 0;
    const compute = (k: string) => {
      calls += 1;
      return k.length;
    };
    memo.get('a', compute);
    memo.get('bb', compute);
    memo.get('ccc', compute);
    expect(memo.size).toBe(2);
    memo.get('bb', compute); // still cached
    expect(calls).toBe(3);
    memo.get('a', compute); // evicted, computed again
    expect(calls).toBe(4);
  });

  it('refuses a limit that is not a positive integer', () => {
    expect(() => new BoundedMemo(0)).toThrow(RangeError);
  });
});
