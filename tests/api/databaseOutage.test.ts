/**
 * Neo4j killed, or stopped gracefully, under a running API: requests answer DATABASE_UNAVAILABLE (not after
 * the driver's 30 s of retries or its 60 s pool wait), `/ready` turns 503, `health` says the database is down;
 * and once Neo4j is back the API answers again by itself. The test starts its own Neo4j, since it stops it.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { driverTimeoutsFor, loadSettings, type Settings } from '../../src/config';
import { createLoaders } from '../../src/api/loaders';
import { startHttpServer, type RunningServer } from '../../src/api/httpServer';
import { buildApiSchema } from '../../src/api/schema';
import { connect, type GraphClient } from '../../src/graph/driver';
import { findJava, startLocalNeo4j, type LocalNeo4jHandle } from '../../src/graph/localNeo4j';
import { migrate } from '../../src/graph/migrations';
import { buildWorld } from '../graph/world.fixtures';
import { freePort } from '../support/ports';

const javaMissing = (() => {
  try {
    findJava();
    return false;
  } catch {
    return true;
  }
})();

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'dg-outage-'));
const password = 'outage-password-1';
let boltPort: number;
let neo4j: LocalNeo4jHandle | undefined;
let graph: GraphClient;
let api: RunningServer;

function startNeo4j(): Promise<LocalNeo4jHandle> {
  return startLocalNeo4j({
    boltPort,
    dataDir: path.join(root, 'neo4j'),
    logFile: path.join(root, 'neo4j.log'),
    password,
    timeoutMs: 60_000,
    maxWaitMs: 300_000,
  });
}

async function graphql(query: string): Promise<{ status: number; data?: Record<string, any> | null; errors?: { extensions?: { code?: string } }[] }> {
  const response = await fetch(api.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
  return { status: response.status, ...((await response.json()) as object) };
}

const codes = (answer: Awaited<ReturnType<typeof graphql>>) => (answer.errors ?? []).map((e) => e.extensions?.code);

beforeAll(async () => {
  if (javaMissing) return;
  boltPort = await freePort();
  neo4j = await startNeo4j();
  const base = loadSettings();
  const settings: Settings = { ...base, server: { ...base.server, editorKeys: [], readerKeys: [], development: false } };
  graph = await connect({ uri: neo4j.uri, user: 'neo4j', password }, 15_000, driverTimeoutsFor(settings.server.requestTimeoutMs));
  await migrate(graph);
  api = await startHttpServer({ schema: await buildApiSchema(), graph, settings, createLoaders, port: 0, host: '127.0.0.1' });
}, 300_000);

afterAll(async () => {
  await api?.close();
  await graph?.close();
  await neo4j?.stop();
  fs.rmSync(root, { recursive: true, force: true });
}, 120_000);

describe.skipIf(javaMissing)('Neo4j killed under a running API', () => {
  it('answers DATABASE_UNAVAILABLE, /ready 503 and health false while it is down, then recovers by itself', async () => {
    const lookup = '{ documents(first: 1) { totalCount } }';
    expect((await graphql(lookup)).errors).toBeUndefined();
    expect((await fetch(api.url.replace('/graphql', '/ready'))).status).toBe(200);

    process.kill(neo4j!.pid, 'SIGKILL');
    await neo4j!.stop().catch(() => undefined);
    neo4j = undefined;

    const down = await graphql(lookup);
    expect(codes(down)).toEqual(['DATABASE_UNAVAILABLE']);
    const ready = await fetch(api.url.replace('/graphql', '/ready'));
    expect(ready.status).toBe(503);
    expect(await ready.json()).toMatchObject({ neo4j: 'unreachable' });
    const health = await graphql('{ health { database migrated } }');
    expect(health.data?.health).toEqual({ database: false, migrated: false });
    expect((await fetch(api.url.replace('/graphql', '/health'))).status).toBe(200);

    neo4j = await startNeo4j();
    // The API was not restarted: its driver reconnects on the next request (at most a few tries while the
    // restarted server finishes its recovery).
    let back = await graphql(lookup);
    for (let tries = 0; tries < 20 && back.errors; tries++) {
      await new Promise((resolve) => setTimeout(resolve, 500));
      back = await graphql(lookup);
    }
    expect(back.errors).toBeUndefined();
    expect(back.data?.documents.totalCount).toBeTypeOf('number');
    expect((await fetch(api.url.replace('/graphql', '/ready'))).status).toBe(200);
  }, 300_000);

  it('answers DATABASE_UNAVAILABLE, and /ready 503, to requests made while Neo4j stops gracefully under load', async () => {
    // Enough data that each query below runs several Cypher queries (a page, its count, nested lists).
    await buildWorld(graph);
    const queries = [
      '{ documents(first: 20) { totalCount nodes { key citations(first: 5) { nodes { relation to { key } } } } } }',
      '{ tasks(first: 20) { totalCount nodes { text dueBy assignments { role body { name } } } } }',
      '{ bodies(first: 20) { nodes { name tasks(first: 3) { totalCount } } } }',
    ];
    const answers: { startedAt: number; ms: number; codes: (string | undefined)[] }[] = [];
    let running = true;
    const clients = queries.map(async (query) => {
      while (running) {
        const startedAt = Date.now();
        const answer = await graphql(query);
        answers.push({ startedAt, ms: Date.now() - startedAt, codes: codes(answer) });
      }
    });
    // Under way before the stop: every client has had an answer (a restarted server is slow at first).
    for (let waited = 0; waited < 60_000 && answers.filter((a) => a.codes.length === 0).length < queries.length; waited += 100) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }

    const stopping = Date.now();
    const handle = neo4j!;
    neo4j = undefined;
    const [, ready] = await Promise.all([
      handle.stop(60_000),
      new Promise((resolve) => setTimeout(resolve, 300)).then(async () => {
        const asked = Date.now();
        const response = await fetch(api.url.replace('/graphql', '/ready'));
        return { status: response.status, ms: Date.now() - asked };
      }),
    ]);
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    running = false;
    await Promise.all(clients);

    expect(answers.filter((a) => a.startedAt < stopping && a.codes.length === 0).length).toBeGreaterThan(0);
    const duringStop = answers.filter((a) => a.startedAt >= stopping);
    const failed = duringStop.filter((a) => a.codes.length > 0);
    expect(failed.length).toBeGreaterThan(0);
    expect(new Set(failed.flatMap((a) => a.codes))).toEqual(new Set(['DATABASE_UNAVAILABLE']));
    // Generous bounds: what they rule out is waiting for the driver's defaults (30 s connect, 60 s pool wait).
    expect(Math.max(...duringStop.map((a) => a.ms))).toBeLessThan(5_000);
    expect(ready.status).toBe(503);
    expect(ready.ms).toBeLessThan(5_000);

    neo4j = await startNeo4j();
    let back = await graphql(queries[0]!);
    for (let tries = 0; tries < 20 && back.errors; tries++) {
      await new Promise((resolve) => setTimeout(resolve, 500));
      back = await graphql(queries[0]!);
    }
    expect(back.errors).toBeUndefined();
  }, 300_000);
});
