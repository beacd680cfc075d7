/**
 * `npm run ingest` when Neo4j goes away mid-run: it says so, waits a bounded time, stops with a message
 * naming the server and how to resume, and a re-run writes exactly what was missing. The database "dies"
 * behind a TCP relay in front of the real test server.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect, type GraphClient } from '../../src/graph/driver';
import { deleteDocument } from '../../src/graph/documentStore';
import { testNeo4jSettings } from '../support/neo4j';
import { runEntry } from '../support/runNode';
import { startTcpProxy, type TcpProxy } from '../support/tcpProxy';
import { decisionKey, decisionText } from '../support/decisionText';

const FILES = 40;
// Consecutive numbers from a random start: 40 distinct documents of this run, and 40 more for the frozen case.
const start = 10_000 + Math.floor(Math.random() * 89_000);
const numbers = Array.from({ length: FILES }, (_, i) => start + i);
const frozenNumbers = Array.from({ length: FILES }, (_, i) => start + FILES + i);
let dir: string;
let graph: GraphClient;
let proxy: TcpProxy;
let env: Record<string, string>;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'dg-dbloss-'));
  await mkdir(path.join(dir, 'killed'));
  await mkdir(path.join(dir, 'frozen'));
  for (const n of numbers) await writeFile(path.join(dir, 'killed', `qd-${n}.txt`), decisionText(n));
  for (const n of frozenNumbers) await writeFile(path.join(dir, 'frozen', `qd-${n}.txt`), decisionText(n));
  const s = testNeo4jSettings();
  graph = await connect(s);
  const target = new URL(s.uri.replace(/^[a-z+]+:/, 'http:'));
  proxy = await startTcpProxy(target.hostname, Number(target.port));
  env = { NEO4J_URI: `bolt://127.0.0.1:${proxy.port}`, NEO4J_USER: s.user, NEO4J_PASSWORD: s.password };
});

afterAll(async () => {
  await proxy?.stop();
  for (const n of [...numbers, ...frozenNumbers]) await deleteDocument(graph, decisionKey(n));
  await graph.close();
  await rm(dir, { recursive: true, force: true });
});

async function ingestedCount(of = numbers): Promise<number> {
  const [row] = await graph.read<{ n: number }>('MATCH (d:Document {ingested: true}) WHERE d.key IN $keys RETURN count(d) AS n', {
    keys: of.map(decisionKey),
  });
  return row!.n;
}

describe('npm run ingest when the database goes away', () => {
  it('stops after the bounded wait naming the server and how to resume; a re-run writes exactly the rest', async () => {
    let killed: Promise<void> | null = null;
    let killedAt = 0;
    let noticedAt = 0;
    const run = await runEntry('src/cli/ingest.ts', [path.join(dir, 'killed'), '--batch-size', '1', '--db-wait', '3'], env, 120_000, (out, err) => {
      if (!killed && /^3\/40 created/m.test(out)) {
        killedAt = Date.now();
        killed = proxy.stop();
      }
      if (killedAt && !noticedAt && err.includes('stopped answering')) noticedAt = Date.now();
    });
    await killed;
    // Reported, not asserted (no wall-clock assertions): how long the user waited for the news.
    console.log(`database loss reported ${((noticedAt - killedAt) / 1000).toFixed(1)} s after the kill; exit ${((Date.now() - killedAt) / 1000).toFixed(1)} s after`);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(new RegExp(`warning DATABASE_UNAVAILABLE: Neo4j at ${env.NEO4J_URI} stopped answering .*Waiting up to 3 s`));
    expect(run.stderr).toMatch(/error DATABASE_UNAVAILABLE: .*did not come back within 3 s.*run the same command again.*Stopped with \d+ of 40 file\(s\) not written/);
    const written = await ingestedCount();
    expect(written).toBeGreaterThanOrEqual(3);
    expect(written).toBeLessThan(FILES);

    await proxy.start();
    const rerun = await runEntry('src/cli/ingest.ts', [path.join(dir, 'killed')], env, 120_000);
    expect(rerun.code).toBe(0);
    expect(rerun.stdout).toContain(`40 files: ${FILES - written} created, 0 updated, 0 re-extracted, ${written} unchanged, 0 dry-run, 0 rejected, 0 failed`);
    expect(await ingestedCount()).toBe(FILES);
  }, 180_000);

  it('says so when the database stops answering without closing the connection, and stops after the wait', async () => {
    let frozeAt = 0;
    let noticedAt = 0;
    const run = await runEntry('src/cli/ingest.ts', [path.join(dir, 'frozen'), '--batch-size', '1', '--db-wait', '3'], env, 150_000, (out, err) => {
      if (!frozeAt && /^3\/40 created/m.test(out)) {
        frozeAt = Date.now();
        proxy.freeze();
      }
      if (frozeAt && !noticedAt && err.includes('has not answered')) noticedAt = Date.now();
    });
    console.log(`frozen database reported ${((noticedAt - frozeAt) / 1000).toFixed(1)} s after it froze; exit ${((Date.now() - frozeAt) / 1000).toFixed(1)} s after`);
    await proxy.stop();
    await proxy.start();
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(new RegExp(`warning DATABASE_UNAVAILABLE: Neo4j at ${env.NEO4J_URI} stopped answering \\(Neo4j at .* has not answered for \\d+ s\\)`));
    expect(run.stderr).toMatch(/error DATABASE_UNAVAILABLE: .*did not come back within 3 s.*run the same command again/);
    const written = await ingestedCount(frozenNumbers);
    expect(written).toBeGreaterThanOrEqual(3);
    expect(written).toBeLessThan(FILES);
  }, 180_000);
});
