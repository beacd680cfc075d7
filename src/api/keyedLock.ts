/**
 * Runs work for one key at a time within this process. Concurrent `ingestDocument` calls for the same
 * document otherwise write the same nodes in parallel transactions, deadlock, and fail each other; in turn,
 * the second call finds the first one's result (UNCHANGED).
 */
export class KeyedLock {
  private readonly tails = new Map<string, Promise<unknown>>();

  async run<T>(key: string, work: () => Promise<T>): Promise<T> {
    const previous = this.tails.get(key) ?? Promise.resolve();
    const current = previous.then(work, work);
    const tail = current.catch(() => undefined);
    this.tails.set(key, tail);
    try {
      return await current;
    } finally {
      if (this.tails.get(key) === tail) this.tails.delete(key);
    }
  }
}
