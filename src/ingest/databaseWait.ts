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

/** Polls until the database answers (true) or the deadline passes (false). */
export async function waitForDatabase(graph: GraphClient, deadline: number): Promise<boolean> {
  for (;;) {
    try {
      await graph.driver.verifyConnectivity({ database: graph.settings.database });
      return true;
    } catch {
      // still unreachable: the deadline decides when to give up
    }
    const left = deadline - Date.now();
    if (left <= 0) return false;
    await new Promise((resolve) => setTimeout(resolve, Math.min(RECONNECT_POLL_MS, left)));
  }
}
