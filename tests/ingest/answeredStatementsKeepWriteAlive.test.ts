/**
 * A write that keeps answering is slow, not hung: every statement the database answers resets ingestion's silence
 * (i23), so a transaction that lasts longer than the stall notice is not taken for a lost database while each of its
 * statements answers within it. The stall watch reads a clock the test moves by hand: each statement moves it on a
 * little as the real test server answers it (statements sent back to back each still take their own time on the
 * server), so the transaction outlasts the notice and no statement does, on that clock, however long the loaded
 * machine really takes. If only a settled document counted as an answer, the write
 * would be reported lost (`onDatabaseLost`), given up and written again (its documents then `unchanged`).
 * Documents: a city's real decision (portal page, Markdown), numbered per run so no other test writes its key.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect, type CountingTransaction, type GraphClient } from '../../src/graph/driver';
import { migrate } from '../../src/graph/migrations';
import { deleteDocument } from '../../src/graph/documentStore';
import { ingestFiles, type FileReport } from '../../src/ingest/ingestFiles';
import { handMovedClock } from '../support/handMovedClock';
import { testNeo4jSettings } from '../support/neo4j';

const SOURCE = path.join(__dirname, '../fixtures/real-formats/portal-quyet-dinh-2666-qd-ubnd.md');
/** Silence after which a pending write counts as lost: longer than any statement here, shorter than the transaction. */
const NOTICE_MS = 6_000;
/** How far each statement moves the stall watch's clock when it is answered. */
const HOLD_MS = 1_000;

let graph: GraphClient;
let folder: string;
const keys = new Set<string>();

beforeAll(async () => {
  // Patient connections: this test is about a slow write, and the machine it runs on may be loaded.
  graph = await connect(testNeo4jSettings(), 60_000, { connectionTimeoutMs: 10_000, connectionAcquisitionTimeoutMs: 30_000, maxTransactionRetryTimeMs: 10_000 });
  await migrate(graph);
  folder = mkdtempSync(path.join(os.tmpdir(), 'answered-'));
});
afterAll(async () => {
  for (const key of keys) await deleteDocument(graph, key);
  await graph?.close();
  rmSync(folder, { recursive: true, force: true });
});

/** When each write transaction started and ended, and when each of its statements was answered. */
interface Timeline {
  transactions: { start: number; end: number; answers: number[] }[];
}

/** `graph`, each statement of its write transactions moving `clock` on by `HOLD_MS` as it is answered. */
function heldBack(graph: GraphClient, clock: ReturnType<typeof handMovedClock>, timeline: Timeline): GraphClient {
  const view = Object.create(graph) as GraphClient;
  view.writeTransaction = async <T,>(work: (tx: CountingTransaction) => Promise<T>): Promise<T> =>
    graph.writeTransaction(async (tx) => {
      const entry = { start: clock.now(), end: 0, answers: [] as number[] };
      timeline.transactions.push(entry);
      const held = Object.create(tx) as CountingTransaction;
      held.run = async (...args: Parameters<CountingTransaction['run']>) => {
        const rows = await tx.run(...args);
        clock.advance(HOLD_MS);
        entry.answers.push(clock.now());
        return rows;
      };
      try {
        return await work(held);
      } finally {
        entry.end = clock.now();
      }
    });
  return view;
}

describe('a write whose statements keep answering', () => {
  it('is not given up as hung when the whole transaction outlasts the stall notice', async () => {
    // One random base for both: two draws of their own could give the two documents one key.
    const base = 90_000 + Math.floor(Math.random() * 9_000);
    const files = [0, 1].map((n) => {
      const number = String(base + n);
      const file = path.join(folder, `decision-${number}.md`);
      writeFileSync(file, readFileSync(SOURCE, 'utf8').replace(/\b2666\b/g, number));
      return file;
    });
    const timeline: Timeline = { transactions: [] };
    const lost: string[] = [];
    // Checks as a timer runs them, after the answers of one network read are all noted (handMovedClock).
    const clock = handMovedClock({ checksAfterCallbacks: true });
    const reports: FileReport[] = await ingestFiles(heldBack(graph, clock, timeline), files, {
      maxBytes: 5 * 1024 * 1024,
      stallNoticeMs: NOTICE_MS,
      stallClock: clock,
      databaseWaitMs: 2_000,
      onDatabaseLost: (error) => lost.push(error.message),
    });
    reports.forEach((r) => r.key && keys.add(r.key));

    // What the test stands on, on the watch's clock: the write's transaction outlasting the notice, with no silence
    // between its statements as long as the notice.
    const [tx] = timeline.transactions;
    expect(tx!.end - tx!.start).toBeGreaterThan(NOTICE_MS + HOLD_MS);
    const times = [tx!.start, ...tx!.answers];
    const gaps = times.slice(1).map((at, i) => at - times[i]!);
    expect(Math.max(...gaps), `silences between answers: ${gaps.join(', ')} ms`).toBeLessThan(NOTICE_MS);

    // Never reported lost, written once.
    expect(lost).toEqual([]);
    expect(timeline.transactions).toHaveLength(1);
    expect(reports.map((r) => r.status)).toEqual(['created', 'created']);
  }, 180_000);
});
