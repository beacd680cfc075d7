/**
 * The benchmark's database: a fresh local Neo4j (the project's launcher, src/graph/localNeo4j.ts) on a free
 * port with a temporary data folder, removed afterwards; or the server BENCH_NEO4J_URI names. The benchmark
 * writes and deletes freely, so it never uses NEO4J_URI (the product's database) by accident.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { driverTimeoutsFor } from '../../src/config';
import { connect, type GraphClient } from '../../src/graph/driver';
import { migrate } from '../../src/graph/migrations';
import { startLocalNeo4j } from '../../src/graph/localNeo4j';
import { freePort } from '../../tests/support/ports';

export interface BenchDatabase {
  uri: string;
  user: string;
  password: string;
  /** The JVM's pid when we started it, or BENCH_NEO4J_PID for a local server given (its peak RSS, its CPU per answer). */
  pid: number | null;
  description: string;
  graph: GraphClient;
  /** Environment for worker processes (API server, ingester) so loadSettings() reaches this server. */
  env: NodeJS.ProcessEnv;
  stop(): Promise<void>;
}

/**
 * The bench's own connection waits as a batch job may, not as an API request: with the request budget's pool wait
 * (1.25 s) a machine loaded by other work failed the first statement on a server that had just answered ("Connection
 * acquisition timed out in 1250 ms") and the run skipped ingestion and queries.
 */
const BENCH_CONNECTION_TIMEOUTS = driverTimeoutsFor(120_000);
const CONNECT_TIMEOUT_MS = 60_000;

export async function openBenchDatabase(options: { heapMb: number; pagecacheMb: number; reuseGraph?: boolean; log: (line: string) => void }): Promise<BenchDatabase> {
  const external = process.env.BENCH_NEO4J_URI?.trim();
  if (external) {
    const user = process.env.BENCH_NEO4J_USER ?? 'neo4j';
    const password = process.env.BENCH_NEO4J_PASSWORD ?? 'directive-graph';
    // Checked before connecting: a failure after it must close the driver, or its sockets keep the process alive.
    const pid = givenNeo4jPid();
    const graph = await connect({ uri: external, user, password, database: process.env.BENCH_NEO4J_DATABASE || undefined }, CONNECT_TIMEOUT_MS, BENCH_CONNECTION_TIMEOUTS);
    const [row] = await graph.read<{ n: number }>('MATCH (n) RETURN count(n) AS n');
    if ((row?.n ?? 0) > 0 && process.env.BENCH_NEO4J_WIPE !== '1' && !options.reuseGraph) {
      await graph.close();
      throw Object.assign(
        new Error(`BENCH_NEO4J_URI ${external} holds ${row!.n} nodes. The benchmark deletes everything in it: set BENCH_NEO4J_WIPE=1 to allow that, or point it at an empty database.`),
        { code: 'BENCH_DATABASE_NOT_EMPTY' },
      );
    }
    try {
      // --reuse-graph keeps the graph; migrations still run, so a new index reaches it.
      if (!options.reuseGraph) await wipe(graph);
      await migrate(graph);
    } catch (error) {
      await graph.close();
      throw error;
    }
    return {
      uri: external,
      user,
      password,
      // The server's JVM when it is local and named (its CPU per answer in the query tables); null otherwise.
      pid,
      description: `BENCH_NEO4J_URI ${external}`,
      graph,
      env: envFor(external, user, password),
      stop: () => graph.close(),
    };
  }
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'directive-graph-bench-'));
  const password = 'bench-password-1';
  const port = await freePort();
  const started = Date.now();
  const server = await startLocalNeo4j({
    boltPort: port,
    dataDir: path.join(root, 'neo4j'),
    logFile: path.join(root, 'neo4j.log'),
    password,
    heapMb: options.heapMb,
    pagecacheMb: options.pagecacheMb,
    timeoutMs: 180_000,
    log: options.log,
  });
  options.log(`Bench Neo4j ready at ${server.uri} in ${((Date.now() - started) / 1000).toFixed(1)} s (data ${root}).`);
  const graph = await connect({ uri: server.uri, user: 'neo4j', password, database: undefined }, CONNECT_TIMEOUT_MS, BENCH_CONNECTION_TIMEOUTS);
  await migrate(graph);
  return {
    uri: server.uri,
    user: 'neo4j',
    password,
    pid: server.pid,
    description: `fresh local Neo4j 5.26 (project launcher, heap ${options.heapMb} MB, page cache ${options.pagecacheMb} MB, temp data dir)`,
    graph,
    env: envFor(server.uri, 'neo4j', password),
    stop: async () => {
      await graph.close().catch(() => undefined);
      await server.stop();
      fs.rmSync(root, { recursive: true, force: true });
    },
  };
}

function envFor(uri: string, user: string, password: string): NodeJS.ProcessEnv {
  return { NEO4J_URI: uri, NEO4J_USER: user, NEO4J_PASSWORD: password, NEO4J_DATABASE: '' };
}

/** Deletes every node, in batches (only ever on the benchmark's own database). */
export async function wipe(graph: GraphClient): Promise<void> {
  const session = graph.driver.session({ database: graph.settings.database });
  try {
    await session.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS');
  } finally {
    await session.close();
  }
}

/** BENCH_NEO4J_PID as a live local process id, or null when unset; anything else stops the run before it loads. */
function givenNeo4jPid(): number | null {
  const given = process.env.BENCH_NEO4J_PID?.trim();
  if (!given) return null;
  const pid = /^\d+$/.test(given) ? Number(given) : NaN;
  if (!Number.isSafeInteger(pid) || !fs.existsSync(`/proc/${pid}/stat`)) {
    throw Object.assign(
      new Error(`BENCH_NEO4J_PID "${given}" is not the id of a running local process: give the Neo4j server's JVM pid (one number), or leave it unset.`),
      { code: 'BENCH_BAD_NEO4J_PID' },
    );
  }
  return pid;
}
