/**
 * The one bounded cache of the extraction stage. Extractors memoise pure functions of strings (word costs,
 * body names, kind heads); an unbounded Map would grow with every document a long ingest reads, so each memo
 * keeps at most `limit` entries and forgets the oldest first (Map iteration order is insertion order).
 */
export class BoundedMemo<K, V> {
  private readonly entries = new Map<K, V>();

  constructor(private readonly limit: number) {
    if (!Number.isInteger(limit) || limit < 1) throw new RangeError(`BoundedMemo limit must be a positive integer, got ${limit}`);
  }

  /** The cached value for `key`, computing and storing it with `compute` on a miss. */
  get(key: K, compute: (key: K) => V): V {
    if (this.entries.has(key)) return this.entries.get(key) as V;
    const value = compute(key);
    if (this.entries.size >= this.limit) {
      const oldest = this.entries.keys().next();
      if (!oldest.done) this.entries.delete(oldest.value);
    }
    this.entries.set(key, value);
    return value;
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
