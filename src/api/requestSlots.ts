/**
 * A per-request cap on database work in flight. Resolvers of one request may start many queries at once
 * (aliases, lists whose loaders take different arguments); without a cap one request could hold every pooled
 * connection while other callers wait. Waiting for a slot ends with the request's deadline.
 */
import { timeoutError } from './protection';

/** Queries one request may run at once; the pool has 50 connections (src/graph/driver.ts). */
export const MAX_QUERIES_IN_FLIGHT_PER_REQUEST = 4;

export class RequestSlots {
  private inUse = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(readonly limit = MAX_QUERIES_IN_FLIGHT_PER_REQUEST) {}

  /** Queries of this request running now (for tests and diagnostics). */
  get running(): number {
    return this.inUse;
  }

  /** Runs `work` once a slot is free; fails with TIMEOUT when `deadline` passes first. */
  async run<T>(deadline: number, work: () => Promise<T>): Promise<T> {
    await this.acquire(deadline);
    try {
      return await work();
    } finally {
      this.release();
    }
  }

  private acquire(deadline: number): Promise<void> {
    if (this.inUse < this.limit) {
      this.inUse++;
      return Promise.resolve();
    }
    return new Promise((resolve, reject) => {
      const wait = Number.isFinite(deadline) ? Math.max(0, deadline - Date.now()) : undefined;
      const timer = wait === undefined ? undefined : setTimeout(() => {
        const index = this.waiting.indexOf(grant);
        if (index >= 0) this.waiting.splice(index, 1);
        reject(timeoutError());
      }, wait);
      const grant = () => {
        clearTimeout(timer);
        this.inUse++;
        resolve();
      };
      this.waiting.push(grant);
    });
  }

  private release(): void {
    this.inUse--;
    this.waiting.shift()?.();
  }
}
