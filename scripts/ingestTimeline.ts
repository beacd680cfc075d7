/**
 * Where the real ingest path's wall time goes: `ingestFiles` with extraction on one worker thread per core (as
 * the bench's ingest worker and `npm run ingest` run it) over a corpus folder into an emptied graph, with
 * - CPU per thread of this process (the ingesting thread, each extraction worker, V8's and libuv's helpers)
 *   and of Neo4j (a local server whose pid is given), read from /proc at the start and before the pool closes;
 * - the writer's gaps: write transactions are timed (GraphClient.writeTransaction wrapped), and the time with
 *   no write in flight is split into before the first write, between writes (the writer waiting for the
 *   next batch's extraction) and after the last;
 * - the workers' gaps: jobs handed to the pool and not yet answered are counted over time, and the time a
 *   worker had no job (pool size minus jobs held, when positive) is summed, with the time the pool was full.
 * `--root` runs another checkout's code (old/new in turn, same corpus and server); `--worker-from sources` starts the
 * extraction workers through tsx even when dist/ is current (the A/B of compiled workers).
 *
 *   npx tsx scripts/ingestTimeline.ts --uri bolt://127.0.0.1:PORT --neo4j-pid PID --corpus DIR [--root DIR] [--batch N] [--threads N]
 *
 * The database is wiped (every node) and migrated with the root's migrations first: never point it at real data.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseIngestRunArgs } from './lib/args';
import { emptyDatabase, statCpuMs } from './lib/measure';

const here = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const args = parseIngestRunArgs(process.argv.slice(2), here, 'npx tsx scripts/ingestTimeline.ts --uri bolt://127.0.0.1:PORT --neo4j-pid PID --corpus DIR [--root DIR] [--batch N] [--threads N] [--worker-from auto|sources]');
const { root, uri, password, neo4jPid, corpus } = args;
const from = <T>(file: string): Promise<T> => import(pathToFileURL(path.join(root, file)).href) as Promise<T>;

const { connect } = await from<typeof import('../src/graph/driver')>('src/graph/driver.ts');
const { migrate } = await from<typeof import('../src/graph/migrations')>('src/graph/migrations.ts');
const { ingestFiles, DEFAULT_BATCH_SIZE } = await from<typeof import('../src/ingest/ingestFiles')>('src/ingest/ingestFiles.ts');
const { PreparationPool, ingestionPoolSize } = await from<typeof import('../src/ingest/preparationPool')>('src/ingest/preparationPool.ts');

const graph = await connect({ uri, user: 'neo4j', password });
const session = graph.driver.session();
await emptyDatabase(session);
await session.close();
await migrate(graph);

/** CPU ms and name of every thread of this process. */
function threadCpu(): Map<string, { name: string; ms: number }> {
  const out = new Map<string, { name: string; ms: number }>();
  for (const tid of readdirSync('/proc/self/task')) {
    try {
      out.set(tid, { name: readFileSync(`/proc/self/task/${tid}/comm`, 'utf8').trim(), ms: statCpuMs(`/proc/self/task/${tid}/stat`) });
    } catch {
      // a thread that ended between listing and reading
    }
  }
  return out;
}

const files = readdirSync(corpus)
  .filter((f) => /^\d{6}\.txt$/.test(f))
  .sort()
  .map((f) => path.join(corpus, f));
const batchSize = Number(args.batch ?? DEFAULT_BATCH_SIZE);
const pool = new PreparationPool(Number(args.threads ?? ingestionPoolSize()), {
  shareRestorationModel: true,
  ...(args.workerFromSources ? { entry: { from: 'sources', why: '--worker-from sources' } as const } : {}),
});

// Jobs held by the pool over time: [time, +1 | -1] events.
const jobEvents: [number, number][] = [];
const answers: number[] = [];
const prepare = pool.prepare.bind(pool);
pool.prepare = (bytes, fileName, maxBytes) => {
  jobEvents.push([performance.now(), 1]);
  const job = prepare(bytes, fileName, maxBytes);
  const done = () => {
    const now = performance.now();
    jobEvents.push([now, -1]);
    answers.push(now);
  };
  job.then(done, done);
  return job;
};
const writes: [number, number][] = [];
const writeTransaction = graph.writeTransaction.bind(graph);
graph.writeTransaction = (async (work: Parameters<typeof writeTransaction>[0]) => {
  const start = performance.now();
  try {
    return await writeTransaction(work);
  } finally {
    writes.push([start, performance.now()]);
  }
}) as typeof graph.writeTransaction;

const cpu0 = threadCpu();
const neo0 = statCpuMs(`/proc/${neo4jPid}/stat`);
const t0 = performance.now();
const reports = await ingestFiles(graph, files, { maxBytes: 20 * 1024 * 1024, batchSize, pool });
const t1 = performance.now();
const cpu1 = threadCpu();
const neo1 = statCpuMs(`/proc/${neo4jPid}/stat`);
await pool.close();
await graph.close();

const s = (ms: number) => +(ms / 1000).toFixed(2);
const threads = [...cpu1.entries()]
  .map(([tid, t]) => ({ tid, name: t.name, s: (t.ms - (cpu0.get(tid)?.ms ?? 0)) / 1000 }))
  .filter((t) => t.s > 0.05)
  .sort((a, b) => b.s - a.s);
const mainTid = String(process.pid);
// The extraction workers are the busiest threads besides the ingesting one.
const others = threads.filter((t) => t.tid !== mainTid);
const workers = others.slice(0, pool.size);
const helpers = others.slice(pool.size);

// Writer: time with no write in flight, split by where it falls.
writes.sort((a, b) => a[0] - b[0]);
let writing = 0;
let between = 0;
let last = t0;
for (const [a, b] of writes) {
  if (a > last && last > t0) between += a - last;
  writing += b - Math.max(a, last);
  last = Math.max(last, b);
}
const firstWrite = writes.length ? writes[0]![0] - t0 : t1 - t0;

// Workers: time with fewer jobs held than workers, and time with none.
jobEvents.sort((a, b) => a[0] - b[0]);
let held = 0;
let at = t0;
let workerIdle = 0;
let poolEmpty = 0;
for (const [t, d] of [...jobEvents, [t1, 0] as [number, number]]) {
  workerIdle += Math.max(0, pool.size - held) * (t - at);
  if (held === 0) poolEmpty += t - at;
  held += d;
  at = t;
}

const by = (st: string) => reports.filter((r) => r.status === st).length;
console.log(
  JSON.stringify({
    root,
    docs: reports.length,
    batchSize,
    poolSize: pool.size,
    // Absent in a checkout before compiled workers (--root OLD): those start from the sources.
    workerFrom: (pool as { entry?: { from: string } }).entry?.from ?? 'sources',
    // The V8 and Node flags this run had (--import tsx left out).
    execArgv: process.execArgv.filter((a, i, all) => !a.includes('tsx') && !(a === '--import' && all[i + 1]?.includes('tsx'))),
    wallS: s(t1 - t0),
    docsPerS: +(reports.length / ((t1 - t0) / 1000)).toFixed(1),
    cpuS: {
      ingestThread: +(threads.find((t) => t.tid === mainTid)?.s ?? 0).toFixed(2),
      workers: workers.map((w) => +w.s.toFixed(2)),
      helpers: +helpers.reduce((n, t) => n + t.s, 0).toFixed(2),
      // Each helper thread's CPU (all are named "node": V8's platform threads, libuv's pool, loader threads).
      eachHelper: helpers.map((t) => +t.s.toFixed(2)),
      neo4j: s(neo1 - neo0),
    },
    writer: { transactions: writes.length, writingS: s(writing), beforeFirstS: s(firstWrite), betweenS: s(between), afterLastS: s(t1 - last) },
    // When the workers' first answer came, and the 25th (the first transaction's documents).
    answersS: { first: s((answers[0] ?? t1) - t0), '25th': s((answers[24] ?? t1) - t0), '200th': s((answers[199] ?? t1) - t0) },
    workersIdle: { workerS: s(workerIdle), poolEmptyS: s(poolEmpty) },
    loadavg: readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' '),
    statuses: { created: by('created'), updated: by('updated'), unchanged: by('unchanged'), rejected: by('rejected'), failed: by('failed') },
  }),
);
process.exit(0);
