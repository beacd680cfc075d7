/**
 * Time bounds for behaviour that is about time: a timeout fires, a start fails fast, a refusal does not wait.
 * Generous on purpose (a 2-core machine shared with Neo4j and other runs stretches a one-second step to
 * several), they only tell "failed or gave up at once" from "waited for what it guards against" (a hang, a
 * query run to its end). They are not speed checks: `npm run bench` measures speed.
 */

/** What a prompt failure may take: process start-up, a refused connection, a missing program, a timeout firing. */
export const FAILS_FAST_MS = 60_000;

/** Test time limit for a test holding a FAILS_FAST_MS bound, so the bound (not the limit) reports a regression. */
export const FAILS_FAST_TEST_MS = 2 * FAILS_FAST_MS;

/** Milliseconds since `started` (a Date.now() value). */
export function msSince(started: number): number {
  return Date.now() - started;
}
