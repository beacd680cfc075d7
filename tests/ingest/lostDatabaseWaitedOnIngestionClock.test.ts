/**
 * The wait for a database that stopped answering is measured on the same clock as the stall watch (ingestion's
 * `stallClock`): a test that moves that clock by hand sees ingestion give up once the clock passes the wait, however
 * long the machine really takes. A real driver is pointed at a port where no server listens, so every write fails
 * with DATABASE_UNAVAILABLE and every reconnection probe is refused, as when the server is stopped. The wait is ten
 * minutes of that clock: when the wait's deadline was read off the system clock, the test timed out.
 * Document: a city's real decision (portal page, Markdown); nothing is written.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDriver, GraphClient } from '../../src/graph/driver';
import { IngestInterrupted, ingestFiles } from '../../src/ingest/ingestFiles';
import { handMovedClock } from '../support/handMovedClock';

const SOURCE = path.join(__dirname, '../fixtures/real-formats/portal-quyet-dinh-2666-qd-ubnd.md');
const WAIT_MS = 600_000;

describe('a database that stopped answering during ingestion', () => {
  it('is given up on when the ingestion clock passes the wait, not the system clock', async () => {
    const settings = { uri: 'bolt://127.0.0.1:1', user: 'neo4j', password: 'unused', database: undefined };
    const timeouts = { connectionTimeoutMs: 2_000, connectionAcquisitionTimeoutMs: 2_000, maxTransactionRetryTimeMs: 0 };
    const graph = new GraphClient(createDriver(settings, timeouts), settings, timeouts);
    const clock = handMovedClock();
    const lost: number[] = [];
    let ticking: NodeJS.Timeout | undefined;
    try {
      const run = ingestFiles(graph, [SOURCE], {
        maxBytes: 5 * 1024 * 1024,
        databaseWaitMs: WAIT_MS,
        stallClock: clock,
        onDatabaseLost: () => {
          lost.push(clock.now());
          // Once the loss is heard, the clock runs a minute ahead every few real milliseconds.
          ticking ??= setInterval(() => clock.advance(60_000), 5);
        },
      });
      const error = await run.then(
        () => null,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(IngestInterrupted);
      expect((error as IngestInterrupted).notWritten).toBe(1);
      expect(lost).toEqual([0]);
      // Not given up before the wait had passed on the ingestion clock.
      expect(clock.now()).toBeGreaterThanOrEqual(WAIT_MS);
    } finally {
      clearInterval(ticking);
      await graph.close();
    }
  }, 60_000);
});
