import type { StallClock } from '../../src/ingest/databaseWait';

/** A clock that stands still until `advance` moves it; each move runs the checks registered with `every`. */
export function handMovedClock(): StallClock & { advance(ms: number): void } {
  let now = 0;
  const checks = new Set<() => void>();
  return {
    now: () => now,
    every: (_ms, check) => {
      checks.add(check);
      return () => checks.delete(check);
    },
    advance(ms) {
      now += ms;
      for (const check of [...checks]) check();
    },
  };
}
