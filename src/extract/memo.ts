/**
 * The one bounded cache of the extraction stage. Extractors memoise pure functions of strings (word costs,
 * word forms, body names, kind heads); an unbounded Map would grow with every document a long ingest reads,
 * so each memo keeps at most `limit` entries and forgets the oldest first (Map iteration order is insertion
 * order). Values are pure functions of their key, so what a memo forgets is only computed again.
 */
export class BoundedMemo<K, V> {
  private readonly entries = new Map<K, V>();

  constructor(private readonly limit: number) {
    if (!Number.isInteger(limit) || limit < 1) throw new RangeError(`BoundedMemo limit must be a positive integer, got ${limit}`);
  }

  /** The cached value for `key`, computing and storing it with `compute` on a miss. */
  get(key: K, compute: (key: K) => V): V {
    const known = this.entries.get(key);
    // One lookup on a hit; `has` only tells a stored `undefined` from a miss.
    if (known !== undefined || this.entries.has(key)) return known as V;
    const value = compute(key);
    this.set(key, value);
    return value;
  }

  /** The cached value for `key`, or undefined: for callers whose computation needs more than the key. */
  peek(key: K): V | undefined {
    return this.entries.get(key);
  }

  /** Store `value` for `key`, forgetting the oldest entry when full. */
  set(key: K, value: V): void {
    if (this.entries.size >= this.limit && !this.entries.has(key)) {
      const oldest = this.entries.keys().next();
      if (!oldest.done) this.entries.delete(oldest.value);
    }
    this.entries.set(key, value);
  }

  get size(): number {
    return this.entries.size;
  }
}

/** A memoised one-argument function with a bounded cache. */
export function memoize<K, V>(fn: (key: K) => V, limit = 10_000): (key: K) => V {
  const memo = new BoundedMemo<K, V>(limit);
  return (key: K) => memo.get(key, fn);
}
