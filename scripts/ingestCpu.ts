/**
 * The real ingest path end to end (the bench's ingest worker: `ingestFiles` with extraction on one worker
 * thread per core) over a corpus folder, into an emptied graph, with where the CPU went: the ingesting
 * thread, the process's other threads (the extraction workers, plus V8's and libuv's helpers) and Neo4j (a
 * local server whose pid is given), each read from /proc. `--root` runs another checkout's code (old/new).
 *
 *   npx tsx scripts/ingestCpu.ts --uri bolt://127.0.0.1:PORT --neo4j-pid PID --corpus DIR [--root DIR] [--batch N] [--threads N]
 *
 * The database is wiped (every node) and migrated with the root's migrations first: never point it at real data.
 */
import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseIngestRunArgs } from './lib/args';
import { emptyDatabase, statCpuMs } from './lib/measure';

const here = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const args = parseIngestRunArgs(process.argv.slice(2), here, 'npx tsx scripts/ingestCpu.ts --uri bolt://127.0.0.1:PORT --neo4j-pid PID --corpus DIR [--root DIR] [--batch N] [--threads N]');
const { root, uri, password, neo4jPid, corpus } = args;

/** A thread may end between listing and reading: its CPU is then unknown (NaN), not an error. */
function cpuMs(statFile: string): number {
  try {
    return statCpuMs(statFile);
  } catch {
    return NaN;
  }
}

const { connect } = (await import(pathToFileURL(path.join(root, 'src/graph/driver.ts')).href)) as typeof import('../src/graph/driver');
const { migrate } = (await import(pathToFileURL(path.join(root, 'src/graph/migrations.ts')).href)) as typeof import('../src/graph/migrations');
const graph = await connect({ uri, user: 'neo4j', password });
const session = graph.driver.session();
await emptyDatabase(session);
await session.close();
await migrate(graph);
await graph.close();

const docs = readdirSync(corpus).filter((f) => /^\d{6}\.txt$/.test(f)).length;
const env = {
  ...process.env,
  NEO4J_URI: uri,
  NEO4J_USER: 'neo4j',
  NEO4J_PASSWORD: password,
  NEO4J_DATABASE: '',
  ...(args.batch ? { BENCH_INGEST_BATCH: args.batch } : {}),
  ...(args.threads ? { BENCH_INGEST_POOL: args.threads } : {}),
};
const child = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'bench/workers/ingest.ts'), corpus, '0', String(docs)], {
  cwd: root,
  env,
  stdio: ['pipe', 'pipe', 'inherit'],
});
const pid = child.pid!;
// Threads that ended (the extraction workers close before the result) keep their last reading.
const threads = new Map<string, number>();
let ready = 0;
let neo4jAtReady = 0;
let wallAtReady = 0;
const sample = () => {
  for (const tid of (() => {
    try {
      return readdirSync(`/proc/${pid}/task`);
    } catch {
      return [];
    }
  })()) {
    const v = cpuMs(`/proc/${pid}/task/${tid}/stat`);
    if (Number.isFinite(v)) threads.set(tid, v);
  }
};
const timer = setInterval(sample, 50);
let buffer = '';
const result = await new Promise<Record<string, unknown>>((resolve, reject) => {
  child.stdout.on('data', (chunk: Buffer) => {
    buffer += chunk.toString();
    let nl;
    while ((nl = buffer.indexOf('\n')) >= 0) {
      const line = buffer.slice(0, nl);
      buffer = buffer.slice(nl + 1);
      let event: Record<string, unknown>;
      try {
        event = JSON.parse(line);
      } catch {
        continue;
      }
      if (event.event === 'ready') {
        sample();
        ready = [...threads.values()].reduce((a, b) => a + b, 0);
        neo4jAtReady = cpuMs(`/proc/${neo4jPid}/stat`);
        wallAtReady = performance.now();
      } else if (event.event === 'result') {
        sample();
        resolve(event);
      } else if (event.event === 'error') reject(new Error(String(event.message)));
    }
  });
  child.on('exit', (code) => code && reject(new Error(`ingest worker exit ${code}`)));
});
const wall = (performance.now() - wallAtReady) / 1000;
const neo4j = (cpuMs(`/proc/${neo4jPid}/stat`) - neo4jAtReady) / 1000;
clearInterval(timer);
const main = (threads.get(String(pid)) ?? 0) / 1000;
const total = [...threads.values()].reduce((a, b) => a + b, 0) / 1000;
child.stdin.end();
child.kill();
const seconds = Number(result.seconds);
console.log(
  JSON.stringify({
    root,
    corpus,
    docs: result.docs,
    batchSize: result.batchSize,
    seconds: +seconds.toFixed(2),
    docsPerS: +(Number(result.docs) / seconds).toFixed(1),
    wallFromReady: +wall.toFixed(2),
    cpu: {
      ingestThread: +main.toFixed(2),
      otherThreads: +(total - main).toFixed(2),
      beforeReady: +(ready / 1000).toFixed(2),
      neo4j: +neo4j.toFixed(2),
    },
    created: result.created,
    updated: result.updated,
    failed: result.failed,
    rejected: result.rejected,
    peakRssMb: Math.round(Number(result.peakRssMb)),
  }),
);
