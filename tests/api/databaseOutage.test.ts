/**
 * Neo4j killed under a running API: requests answer DATABASE_UNAVAILABLE (not after the driver's 30 s of
 * retries), `/ready` turns 503, `health` says the database is down; and once Neo4j is back the API answers
 * again by itself. The test starts its own Neo4j, since it kills it.
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
});
