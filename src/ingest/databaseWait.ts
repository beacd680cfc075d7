/**
 * What ingestion does while the database does not answer: poll it for a bounded time, and the error that
 * stops a run when it does not come back (with the reports of what was done, so the CLI can show them).
 */
import { DirectiveGraphError, ErrorCode } from '../errors';
import type { GraphClient } from '../graph/driver';
import type { FileReport } from './ingestFiles';

/** Ingestion stopped because the database stayed unreachable; `reports` says what was done before. */
export class IngestInterrupted extends DirectiveGraphError {
  constructor(
    message: string,
    readonly reports: FileReport[],
    readonly notWritten: number,
    cause: unknown,
  ) {
    super(ErrorCode.DATABASE_UNAVAILABLE, message, true, { cause });
  }
}

/** How long ingestion waits for a database that stopped answering before it gives up. */
export const DEFAULT_DATABASE_WAIT_MS = 60_000;
/** Between two checks whether the database answers again. */
const RECONNECT_POLL_MS = 2_000;

/** Polls until the database answers (true) or `deadline` (a time of `clock`) passes (false). */
export async function waitForDatabase(graph: GraphClient, deadline: number, clock: StallClock = SYSTEM_CLOCK): Promise<boolean> {
  for (;;) {
    // A probe on a hung connection never ends by itself: it gets at most the time left (and a few seconds).
    if (await answers(graph, Math.max(deadline - clock.now(), 0) + PROBE_GRACE_MS)) return true;
    const left = deadline - clock.now();
    if (left <= 0) return false;
    await pause(clock, Math.min(RECONNECT_POLL_MS, left));
  }
}

/** `ms` on `clock`: its first tick after them. */
function pause(clock: StallClock, ms: number): Promise<void> {
  return new Promise((resolve) => {
    const stop = clock.every(ms, () => {
      stop();
      resolve();
    });
  });
}

/** The longest a probe may run past the deadline. */
const PROBE_GRACE_MS = 5_000;

/** Whether the server answers within `ms`; an error or silence both mean it does not (yet). */
async function answers(graph: GraphClient, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const silence = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => resolve(false), ms);
  });
  const probe = graph.driver.verifyConnectivity({ database: graph.settings.database }).then(
    () => true,
    () => false,
  );
  try {
    return await Promise.race([probe, silence]);
  } finally {
    clearTimeout(timer);
  }
}

/** No answer from the database for this long while a write is pending: the user hears of it. */
export const STALL_NOTICE_MS = 20_000;

/**
 * The time the stall watch measures silence with, and the wait for a lost database its deadline, and their ticks.
 * Ingestion runs on the system clock; a test moves a clock of its own by hand, so whether a write counts as hung,
 * and when ingestion gives up on the database, does not hang on how loaded the machine is.
 */
export interface StallClock {
  now(): number;
  /** Calls `check` every `ms` until the function returned is called. */
  every(ms: number, check: () => void): () => void;
}

export const SYSTEM_CLOCK: StallClock = {
  now: () => Date.now(),
  every: (ms, check) => {
    const timer = setInterval(check, ms);
    return () => clearInterval(timer);
  },
};

/** How often the watch looks at the silence. */
const STALL_CHECK_MS = 500;

/**
 * A write that may hang: a server that froze or a network that drops packets leaves the driver waiting
 * without any error. Calls `onStall` once nothing answered for `noticeMs`, and rejects with
 * DATABASE_UNAVAILABLE once nothing answered for `noticeMs + waitMs`. `lastAnswer` tells when the
 * database last answered (a statement of the write answered, or a document of it ended).
 */
export function watchForStall<T>(
  write: Promise<T>,
  options: { uri: string; noticeMs: number; waitMs: number; lastAnswer: () => number; onStall: (error: Error) => void; clock?: StallClock },
): Promise<T> {
  const clock = options.clock ?? SYSTEM_CLOCK;
  return new Promise<T>((resolve, reject) => {
    let noticed = false;
    const stop = clock.every(STALL_CHECK_MS, () => {
      const silentMs = clock.now() - options.lastAnswer();
      if (!noticed && silentMs >= options.noticeMs) {
        noticed = true;
        options.onStall(
          new DirectiveGraphError(
            ErrorCode.DATABASE_UNAVAILABLE,
            `Neo4j at ${options.uri} has not answered for ${Math.round(silentMs / 1000)} s`,
            true,
          ),
        );
      }
      if (silentMs >= options.noticeMs + options.waitMs) {
        stop();
        reject(
          new DirectiveGraphError(
            ErrorCode.DATABASE_UNAVAILABLE,
            `Neo4j at ${options.uri} has not answered for ${Math.round(silentMs / 1000)} s`,
            true,
          ),
        );
      }
    });
    write.then(
      (value) => {
        stop();
        resolve(value);
      },
      (error: unknown) => {
        stop();
        reject(error);
      },
    );
  });
}
