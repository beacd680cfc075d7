/**
 * The query floor: replays the Cypher statements the API ran for each request (recorded in-process), directly
 * through neo4j-driver with the same concurrency and duration as the HTTP load. Statements the API ran
 * concurrently (one DataLoader level) run concurrently here too ("waves").
 * Arg: path of a JSON config { uri, user, password, database, workloads: { waves: {cypher, params}[][] }[],
 * connections, durationSec, warmupSec }.
 */
import { readFileSync } from 'node:fs';
import neo4j, { type Driver } from 'neo4j-driver';
import { cpuWindow, type WatchedPids } from '../lib/cpuPerAnswer';
import { summarizeLatencies } from '../lib/stats';
import { emit, runWorker } from '../lib/children';
import { reviveParams, type RecordedStatement } from '../lib/replay';

interface Config {
  uri: string;
  user: string;
  password: string;
  database?: string;
  workloads: { waves: RecordedStatement[][] }[];
  connections: number;
  durationSec: number;
  warmupSec: number;
  /** Local processes (Neo4j) whose CPU per answer is reported beside this client's. */
  watchPids?: WatchedPids;
}

// Each statement runs as the API runs a read since issue 13's second round: one auto-commit statement in a READ
// session (RUN and PULL in one round trip, no BEGIN/COMMIT), so the floor is the cheapest direct call, not a
// managed transaction's two round trips.
async function runStatement(driver: Driver, database: string | undefined, s: { cypher: string; params: Record<string, unknown> }): Promise<void> {
  const session = driver.session({ defaultAccessMode: neo4j.session.READ, database });
  try {
    await session.run(s.cypher, s.params);
  } finally {
    await session.close();
  }
}

async function runOne(driver: Driver, database: string | undefined, waves: { cypher: string; params: Record<string, unknown> }[][]): Promise<void> {
  for (const wave of waves) {
    await Promise.all(wave.map((s) => runStatement(driver, database, s)));
  }
}

runWorker(async () => {
  const config = JSON.parse(readFileSync(process.argv[2]!, 'utf8')) as Config;
  const driver = neo4j.driver(config.uri, neo4j.auth.basic(config.user, config.password), {
    maxConnectionPoolSize: 50,
    disableLosslessIntegers: true,
    logging: { level: 'error', logger: () => undefined },
  });
  const workloads = config.workloads.map((w) => w.waves.map((wave) => wave.map((s) => ({ cypher: s.cypher, params: reviveParams(s.params) }))));
  const database = config.database || undefined;
  let next = 0;
  const loop = async (until: number, latencies: number[] | null, errors: { n: number }) => {
    while (performance.now() < until) {
      const w = workloads[next++ % workloads.length]!;
      const t0 = performance.now();
      try {
        await runOne(driver, database, w);
        latencies?.push(performance.now() - t0);
      } catch {
        errors.n++;
      }
    }
  };
  const warm = { n: 0 };
  const warmUntil = performance.now() + config.warmupSec * 1000;
  await Promise.all(Array.from({ length: config.connections }, () => loop(warmUntil, null, warm)));
  const latencies: number[] = [];
  const errors = { n: 0 };
  const cpu = cpuWindow(config.watchPids);
  const started = performance.now();
  const until = started + config.durationSec * 1000;
  await Promise.all(Array.from({ length: config.connections }, () => loop(until, latencies, errors)));
  const seconds = (performance.now() - started) / 1000;
  const cpuMs = cpu.end(latencies.length);
  await driver.close();
  emit('result', { ...summarizeLatencies(latencies), requests: latencies.length, seconds, rps: latencies.length / seconds, errors: errors.n, cpuMs });
});
