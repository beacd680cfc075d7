import type { StallClock } from '../../src/ingest/databaseWait';

/**
 * A clock that stands still until `advance` moves it; each move runs the checks registered with `every`.
 * `checksAfterCallbacks`: the checks run once the moves of this turn of the event loop are done (setImmediate), as a
 * real timer's would, never between a statement's answer and the code that notes it: statements sent together are
 * often answered in one network read, and a check run at each move would see every answer of it but the last unnoted.
 */
export function handMovedClock(options: { checksAfterCallbacks?: boolean } = {}): StallClock & { advance(ms: number): void } {
  let now = 0;
  let pending = false;
  const checks = new Set<() => void>();
  const runChecks = (): void => {
    for (const check of [...checks]) check();
  };
  return {
    now: () => now,
    every: (_ms, check) => {
      checks.add(check);
      return () => checks.delete(check);
    },
    advance(ms) {
      now += ms;
      if (!options.checksAfterCallbacks) return runChecks();
      if (pending) return;
      pending = true;
      setImmediate(() => {
        pending = false;
        runChecks();
      });
    },
  };
}
