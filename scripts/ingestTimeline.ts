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
 * extraction workers through tsx even when dist/ is current (the A/B of compiled workers). `--statements` also
 * times every statement by name and every write transaction (wall and Neo4j CPU), summed per thousand documents
 * already written when the transaction began, so a cost that grows with the graph shows as a growing row; a
 * transaction's time beyond its statements is its commit (and the client's work between statements).
 * `--keep-graph` ingests onto the graph the server holds (a copy of a larger graph: the cost at that size).
 *
 *   npx tsx scripts/ingestTimeline.ts --uri bolt://127.0.0.1:PORT --neo4j-pid PID --corpus DIR [--root DIR] [--batch N] [--threads N] [--statements]
 *
 * The database is wiped (every node, unless --keep-graph) and migrated with the root's migrations first: never point it
 * at real data.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseIngestRunArgs } from './lib/args';
import { emptyDatabase, statCpuMs, threadCpuMs } from './lib/measure';
import { statementNames } from './lib/statementNames';

const here = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const args = parseIngestRunArgs(process.argv.slice(2), here, 'npx tsx scripts/ingestTimeline.ts --uri bolt://127.0.0.1:PORT --neo4j-pid PID --corpus DIR [--root DIR] [--batch N] [--threads N] [--worker-from auto|sources] [--statements] [--keep-graph]');
const { root, uri, password, neo4jPid, corpus } = args;
const from = <T>(file: string): Promise<T> => import(pathToFileURL(path.join(root, file)).href) as Promise<T>;

const { connect, CountingTransaction } = await from<typeof import('../src/graph/driver')>('src/graph/driver.ts');
const { migrate } = await from<typeof import('../src/graph/migrations')>('src/graph/migrations.ts');
const { ingestFiles, DEFAULT_BATCH_SIZE } = await from<typeof import('../src/ingest/ingestFiles')>('src/ingest/ingestFiles.ts');
const { PreparationPool, ingestionPoolSize } = await from<typeof import('../src/ingest/preparationPool')>('src/ingest/preparationPool.ts');

// A measuring run waits as a batch job may: the request budget's 1.25 s pool wait fails at once on a loaded machine.
const { driverTimeoutsFor } = await from<typeof import('../src/config')>('src/config.ts');
const graph = await connect({ uri, user: 'neo4j', password }, 60_000, driverTimeoutsFor(120_000));
if (!args.keepGraph) {
  const session = graph.driver.session();
  await emptyDatabase(session);
  await session.close();
}
await migrate(graph);

const threadCpu = () => threadCpuMs('self');

const files = readdirSync(corpus)
  .filter((f) => /^\d{6}\.txt$/.test(f))
  .sort()
  .map((f) => path.join(corpus, f));
const batchSize = Number(args.batch ?? DEFAULT_BATCH_SIZE);
// The product's ingestion options where the checkout has them (one worker to start with), as the CLI and the bench run.
const poolModule = await from<Record<string, unknown>>('src/ingest/preparationPool.ts');
const pool = new PreparationPool(Number(args.threads ?? ingestionPoolSize()), {
  ...((poolModule.INGESTION_POOL_OPTIONS as object | undefined) ?? { shareRestorationModel: true }),
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
// --statements: [thousand documents written before the transaction][statement name] -> sums.
interface StatementSum {
  calls: number;
  rows: number;
  wallMs: number;
  neo4jCpuMs: number;
}
const statementSums = new Map<number, Map<string, StatementSum>>();
const neo4jCpuMs = () => statCpuMs(`/proc/${neo4jPid}/stat`);
let documentsWritten = 0;
let transactionBucket = 0;
const addStatement = (name: string, rows: number, wallMs: number, cpuMs: number) => {
  let bucket = statementSums.get(transactionBucket);
  if (!bucket) statementSums.set(transactionBucket, (bucket = new Map()));
  let sum = bucket.get(name);
  if (!sum) bucket.set(name, (sum = { calls: 0, rows: 0, wallMs: 0, neo4jCpuMs: 0 }));
  sum.calls++;
  sum.rows += rows;
  sum.wallMs += wallMs;
  sum.neo4jCpuMs += cpuMs;
};
if (args.statements) {
  const registry = await from<typeof import('../src/graph/cypherRegistry')>('src/graph/cypherRegistry.ts');
  const nameOf = statementNames(registry);
  const run = CountingTransaction.prototype.run;
  CountingTransaction.prototype.run = async function (this: InstanceType<typeof CountingTransaction>, text: string, params: Record<string, unknown> = {}) {
    const name = nameOf.get(text) ?? `? ${text.slice(0, 40).replace(/\s+/g, ' ')}`;
    const list = Object.values(params).find((v) => Array.isArray(v)) as unknown[] | undefined;
    const cpu0 = neo4jCpuMs();
    const start = performance.now();
    try {
      return await run.call(this, text, params);
    } finally {
      addStatement(name, list?.length ?? 0, performance.now() - start, neo4jCpuMs() - cpu0);
      if (name === 'document.upsert') documentsWritten += list?.length ?? 0;
    }
  } as typeof run;
}
const writes: [number, number][] = [];
const writeTransaction = graph.writeTransaction.bind(graph);
graph.writeTransaction = (async (work: Parameters<typeof writeTransaction>[0]) => {
  const start = performance.now();
  const cpu0 = args.statements ? neo4jCpuMs() : 0;
  transactionBucket = Math.floor(documentsWritten / 1000);
  try {
    return await writeTransaction(work);
  } finally {
    writes.push([start, performance.now()]);
    if (args.statements) addStatement('(transaction, whole)', 0, performance.now() - start, neo4jCpuMs() - cpu0);
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
// Workers that ran: the pool's size, or fewer where the pool starts with one and widens when the writer waits.
const workersRan = (pool as { workersAllowed?: number }).workersAllowed ?? pool.size;
const workers = others.slice(0, workersRan);
const helpers = others.slice(workersRan);

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
  workerIdle += Math.max(0, workersRan - held) * (t - at);
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
    workersRan,
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
if (args.statements) {
  // One table per thousand documents written: statement, calls, rows, wall s, Neo4j CPU s; then the
  // transactions whole and what they spent beyond their statements (the commit).
  for (const [bucket, sums] of [...statementSums.entries()].sort((a, b) => a[0] - b[0])) {
    const whole = sums.get('(transaction, whole)');
    const statements = [...sums.entries()].filter(([name]) => name !== '(transaction, whole)').sort((a, b) => b[1].wallMs - a[1].wallMs);
    const inStatements = statements.reduce((n, [, x]) => ({ wallMs: n.wallMs + x.wallMs, neo4jCpuMs: n.neo4jCpuMs + x.neo4jCpuMs }), { wallMs: 0, neo4jCpuMs: 0 });
    console.log(`\n## documents ${bucket * 1000}..${bucket * 1000 + 999} of this run written before the transaction`);
    console.log('| statement | calls | rows | wall s | Neo4j CPU s |');
    console.log('|---|---|---|---|---|');
    for (const [name, x] of statements) console.log(`| ${name} | ${x.calls} | ${x.rows} | ${s(x.wallMs)} | ${s(x.neo4jCpuMs)} |`);
    if (whole) {
      console.log(`| (beyond the statements: commit) | ${whole.calls} | | ${s(whole.wallMs - inStatements.wallMs)} | ${s(whole.neo4jCpuMs - inStatements.neo4jCpuMs)} |`);
      console.log(`| (transactions, whole) | ${whole.calls} | | ${s(whole.wallMs)} | ${s(whole.neo4jCpuMs)} |`);
    }
  }
}
process.exit(0);
