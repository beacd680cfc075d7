/**
 * One request cannot take the connection pool from others: its loaders run at most
 * MAX_QUERIES_IN_FLIGHT_PER_REQUEST queries at once, so a lookup of another request still gets a connection.
 * Real Neo4j, with a pool one connection larger than the cap and a short pool wait.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DeadlineReader } from '../../src/api/loaders';
import { MAX_QUERIES_IN_FLIGHT_PER_REQUEST } from '../../src/api/requestSlots';
import { connect, type GraphClient } from '../../src/graph/driver';
import { testNeo4jSettings } from '../support/neo4j';

const POOL = MAX_QUERIES_IN_FLIGHT_PER_REQUEST + 1;
// Counting this many rows keeps a connection busy for a while (hundreds of ms or more on 2 cores).
const ROWS = 30_000_000;
const SLOW = `UNWIND range(1, ${ROWS}) AS x RETURN count(x) AS n`;
let graph: GraphClient;

beforeAll(async () => {
  graph = await connect(testNeo4jSettings(), 15000, { connectionTimeoutMs: 5000, connectionAcquisitionTimeoutMs: 1000, maxTransactionRetryTimeMs: 1000 }, POOL);
  // Open every pooled connection first, so a later wait for one is a wait for a busy pool, not for a connect.
  for (let attempt = 0; attempt < 10; attempt++) {
    const opened = await Promise.allSettled(Array.from({ length: POOL }, () => graph.read('RETURN 1')));
    if (opened.every((r) => r.status === 'fulfilled')) break;
  }
}, 120_000);
afterAll(async () => {
  await graph?.close();
});

describe('queries in flight per request', () => {
  it('caps one request at the limit, and a concurrent lookup of another request still runs', async () => {
    const hostile = new DeadlineReader(graph, () => Date.now() + 60_000);
    let most = 0;
    const reads = Array.from({ length: 3 * POOL }, () =>
      hostile.read<{ n: number }>(SLOW).finally(() => {
        most = Math.max(most, hostile.slots.running);
      }),
    );
    const watcher = setInterval(() => (most = Math.max(most, hostile.slots.running)), 5);
    try {
      await new Promise((resolve) => setTimeout(resolve, 100));
      const other = new DeadlineReader(graph, () => Date.now() + 15_000);
      const [row] = await other.read<{ one: number }>('RETURN 1 AS one');
      expect(row).toEqual({ one: 1 });
      const done = await Promise.all(reads);
      expect(done.every(([r]) => r!.n === ROWS)).toBe(true);
    } finally {
      clearInterval(watcher);
    }
    expect(most).toBe(MAX_QUERIES_IN_FLIGHT_PER_REQUEST);
  }, 120_000);

  it('without the cap the pool runs dry, and the wait is a TIMEOUT a client may retry, not an internal error', async () => {
    const reads = Array.from({ length: POOL + 1 }, () => graph.read(SLOW).then(() => null, (error: unknown) => error));
    const errors = (await Promise.all(reads)).filter(Boolean) as { code?: string; retriable?: boolean; message: string }[];
    expect(errors.length).toBeGreaterThan(0);
    for (const error of errors) {
      expect(error.code).toBe('TIMEOUT');
      expect(error.retriable).toBe(true);
      expect(error.message).toMatch(/Every connection to Neo4j .* stayed busy/);
    }
  }, 120_000);
});
