/**
 * Where the write path's time goes, statement by statement (issue 13). Ingests prepared documents through a
 * code root's `ingestBatch` (this checkout, or another worktree given by --root, so old and new code run on
 * the same extractions and the same server) and records, per statement of every batch: calls, rows sent,
 * wall time, the server's resultAvailableAfter + resultConsumedAfter, and Neo4j's CPU from /proc around the
 * statement (a local server whose pid is given). `--profile` runs every statement under PROFILE and adds its
 * db hits (a separate pass: PROFILE costs time). `--floor` writes the same rows by the bench's floor
 * statements (bench/cypher/bulk.*.cypher, Floor labels) for comparison.
 *
 *   npx tsx scripts/ingestProfile.ts --uri bolt://127.0.0.1:PORT --password P --neo4j-pid PID \
 *     --measure CORPUS_A --base CORPUS_B [--root DIR] [--batch 200] [--profile] [--floor] [--json FILE] [--drop-index A,B]
 *     [--keep-graph]
 *
 * `--drop-index A,B` drops those indexes after the migrations of each phase: what they cost the real path's commit.
 * `--keep-graph` writes CORPUS_A onto what the server holds instead (no wipe, no warm-up, no other phase): the
 * cost at that graph's size. Indexes it drops (`--drop-index`) are recreated from their own create statements
 * after the write, so runs with and without them can alternate on one copy of a graph. With --neo4j-pid it also
 * prints Neo4j's CPU over the write by thread group (Bolt workers, JIT compilers, GC, checkpoints, index sampling).
 *
 * Phases: CORPUS_A into an empty graph; CORPUS_B into an empty graph (not reported) then CORPUS_A into it
 * ("after base"). Extractions are cached in /tmp (per corpus folder), computed once with this checkout's code.
 * The database is wiped (every node, index and constraint) before each phase: never point it at real data.
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import v8 from 'node:v8';
import { emptyDatabase, processCpuMs, threadCpuMs } from './lib/measure';
import { statementNames } from './lib/statementNames';

type Row = Record<string, unknown>;
interface Stat {
  calls: number;
  rows: number;
  wallMs: number;
  serverMs: number;
  neo4jCpuMs: number;
  dbHits: number;
}

const args = new Map<string, string>();
const flags = new Set<string>();
for (let i = 2; i < process.argv.length; i++) {
  const a = process.argv[i]!.replace(/^--/, '');
  const next = process.argv[i + 1];
  if (next === undefined || next.startsWith('--')) flags.add(a);
  else (args.set(a, next), i++);
}
const here = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const root = path.resolve(args.get('root') ?? here);
const batchSize = Number(args.get('batch') ?? 200);
const neo4jPid = args.get('neo4j-pid') ? Number(args.get('neo4j-pid')) : null;
const profile = flags.has('profile');
const imp = <T>(rel: string): Promise<T> => import(pathToFileURL(path.join(root, rel)).href) as Promise<T>;
const impHere = <T>(rel: string): Promise<T> => import(pathToFileURL(path.join(here, rel)).href) as Promise<T>;

const neo4jCpuMs = (): number => (neo4jPid === null ? 0 : processCpuMs(neo4jPid));

function dbHitsOf(plan: { dbHits?: unknown; children?: unknown[] } | null | undefined): number {
  if (!plan) return 0;
  return Number(plan.dbHits ?? 0) + (plan.children ?? []).reduce<number>((n, c) => n + dbHitsOf(c as typeof plan), 0);
}

interface Prepared {
  extraction: unknown;
  text: string;
  source: unknown;
  file: string;
}

async function prepared(dir: string): Promise<Prepared[]> {
  const cacheFile = `/tmp/iperf-prepared-${path.basename(dir)}.v8`;
  if (existsSync(cacheFile)) return v8.deserialize(readFileSync(cacheFile)) as Prepared[];
  const { prepareDocument } = await impHere<typeof import('../src/ingest/ingestFiles')>('src/ingest/ingestFiles.ts');
  const out: Prepared[] = [];
  for (const name of readdirSync(dir).filter((f) => /^\d{6}\.txt$/.test(f)).sort()) {
    const file = path.join(dir, name);
    const p = await prepareDocument(readFileSync(file), file, 2 * 1024 * 1024);
    if (p.ok) out.push({ extraction: p.extraction, text: p.text, source: p.source, file });
  }
  writeFileSync(cacheFile, v8.serialize(out));
  return out;
}

async function main(): Promise<void> {
  const driverMod = await imp<typeof import('../src/graph/driver')>('src/graph/driver.ts');
  const registry = await imp<typeof import('../src/graph/cypherRegistry')>('src/graph/cypherRegistry.ts');
  const store = await imp<typeof import('../src/graph/documentStore')>('src/graph/documentStore.ts');
  const { migrate } = await imp<typeof import('../src/graph/migrations')>('src/graph/migrations.ts');
  const bulk = await impHere<typeof import('../bench/lib/bulk')>('bench/lib/bulk.ts');
  const rowsMod = await impHere<typeof import('../src/graph/documentRows')>('src/graph/documentRows.ts');

  const nameOf = statementNames(registry);
  for (const name of ['documents', 'bodies', 'issuedBy', 'sections', 'sectionLinks', 'citations', 'tasks', 'assignments', 'targets', 'concerns', 'carriesOut'] as const) {
    nameOf.set(bulk.bulkCypher(name, 'Floor'), `floor.${name}`);
  }

  let stats = new Map<string, Stat>();
  const stat = (name: string): Stat => {
    let s = stats.get(name);
    if (!s) stats.set(name, (s = { calls: 0, rows: 0, wallMs: 0, serverMs: 0, neo4jCpuMs: 0, dbHits: 0 }));
    return s;
  };
  const proto = driverMod.CountingTransaction.prototype as unknown as {
    run: (this: { tx: { run: Function }; counter: { count: number } }, cypher: string, params?: Row) => Promise<Row[]>;
  };
  proto.run = async function (cypherText: string, params: Row = {}) {
    this.counter.count++;
    const name = nameOf.get(cypherText) ?? `? ${cypherText.slice(0, 40).replace(/\s+/g, ' ')}`;
    const list = Object.values(params).find((v) => Array.isArray(v)) as unknown[] | undefined;
    const cpu0 = neo4jCpuMs();
    const t0 = performance.now();
    const result = await this.tx.run(profile ? `PROFILE ${cypherText}` : cypherText, params);
    const wall = performance.now() - t0;
    const cpu1 = neo4jCpuMs();
    const s = stat(name);
    s.calls++;
    s.rows += list?.length ?? 0;
    s.wallMs += wall;
    s.serverMs += Number(result.summary.resultAvailableAfter ?? 0) + Number(result.summary.resultConsumedAfter ?? 0);
    s.neo4jCpuMs += cpu1 - cpu0;
    if (profile) s.dbHits += dbHitsOf(result.summary.profile);
    return result.records.map((r: { toObject(): Row }) => r.toObject());
  };

  // The whole transaction (BEGIN, statements, the client's work between them, COMMIT): what is not in the
  // statements' rows is the commit (store and index updates) and the client's own work.
  const clientProto = driverMod.GraphClient.prototype as unknown as { writeTransaction: (work: unknown) => Promise<unknown> };
  const writeTransaction = clientProto.writeTransaction;
  clientProto.writeTransaction = async function (this: unknown, work: unknown) {
    const cpu0 = neo4jCpuMs();
    const t0 = performance.now();
    try {
      return await writeTransaction.call(this, work);
    } finally {
      const s = stat('(transactions, whole)');
      s.calls++;
      s.wallMs += performance.now() - t0;
      s.neo4jCpuMs += neo4jCpuMs() - cpu0;
    }
  };
  // A measuring run waits as a batch job may: the request budget's 1.25 s pool wait fails at once on a loaded machine.
  const { driverTimeoutsFor } = await imp<typeof import('../src/config')>('src/config.ts');
  const graph = await driverMod.connect({ uri: args.get('uri')!, user: 'neo4j', password: args.get('password') ?? 'directive-graph' }, 60_000, driverTimeoutsFor(120_000));
  const wipe = async () => {
    const session = graph.driver.session();
    try {
      await emptyDatabase(session);
    } finally {
      await session.close();
    }
    await migrate(graph);
    // --drop-index A,B: what those indexes cost the real path's commit (never in a product run). Schema commands
    // take no parameters: each name is quoted as one identifier, so an option's text cannot add a clause.
    for (const name of (args.get('drop-index') ?? '').split(',').filter(Boolean)) {
      await bulk.runAutoCommit(graph, `DROP INDEX \`${name.replaceAll('`', '``')}\``);
    }
    await bulk.createFloorSchema(graph);
  };

  const measureDir = args.get('measure')!;
  const baseDir = args.get('base');
  const measured = await prepared(measureDir);
  const base = baseDir ? await prepared(baseDir) : [];
  const report: Record<string, unknown> = { root, batchSize, profile, docs: measured.length };

  const ingest = async (docs: Prepared[]) => {
    const cpu0 = neo4jCpuMs();
    const client0 = process.cpuUsage();
    const t0 = performance.now();
    const statuses = new Map<string, number>();
    for (let i = 0; i < docs.length; i += batchSize) {
      const items = docs.slice(i, i + batchSize).map((p) => ({
        extraction: p.extraction as never,
        sourceFile: path.basename(p.file),
        sourcePath: p.file,
        text: p.text,
        source: p.source as never,
      }));
      const outcomes = await store.ingestBatch(graph, items);
      for (const o of outcomes) {
        const k = o instanceof Error ? `error ${(o as { code?: string }).code ?? o.message}` : o.status;
        statuses.set(k, (statuses.get(k) ?? 0) + 1);
      }
    }
    const client = process.cpuUsage(client0);
    return {
      seconds: (performance.now() - t0) / 1000,
      neo4jCpuS: (neo4jCpuMs() - cpu0) / 1000,
      clientCpuS: (client.user + client.system) / 1e6,
      statuses: Object.fromEntries(statuses),
    };
  };
  const take = (): Record<string, Stat> => {
    const out = Object.fromEntries([...stats.entries()].sort((a, b) => b[1].neo4jCpuMs - a[1].neo4jCpuMs));
    stats = new Map();
    return out;
  };

  if (flags.has('keep-graph')) {
    const indexes = await graph.read<{ name: string; createStatement: string }>('SHOW INDEXES YIELD name, createStatement RETURN name, createStatement');
    const dropped = (args.get('drop-index') ?? '').split(',').filter(Boolean).map((name) => {
      const index = indexes.find((i) => i.name === name);
      if (!index) throw new Error(`--drop-index: no index named ${name} on this server`);
      return index;
    });
    for (const index of dropped) await bulk.runAutoCommit(graph, `DROP INDEX \`${index.name.replaceAll('`', '``')}\``);
    take();
    const threads0 = neo4jPid === null ? new Map() : threadCpuMs(neo4jPid);
    try {
      const onto = await ingest(measured);
      if (neo4jPid !== null) printThreadGroups(threads0, threadCpuMs(neo4jPid));
      console.log(`\n## onto the graph (dropped: ${dropped.map((i) => i.name).join(', ') || 'none'}): ${onto.seconds.toFixed(2)} s, Neo4j CPU ${onto.neo4jCpuS.toFixed(2)} s, client CPU ${onto.clientCpuS.toFixed(2)} s ${JSON.stringify(onto.statuses)}`);
      printStatements(take());
    } finally {
      await bulk.restoreIndexes(graph, dropped);
      await graph.close();
    }
    return;
  }
  // A warm-up (a part of the base corpus) so that neither phase pays for cold plans and the JVM's JIT.
  await wipe();
  await ingest((base.length ? base : measured).slice(0, 300));
  await wipe();
  take();
  const empty = await ingest(measured);
  report.empty = { ...empty, statements: take() };
  if (base.length) {
    await wipe();
    await ingest(base);
    take();
    const after = await ingest(measured);
    report.afterBase = { ...after, baseDocs: base.length, statements: take() };
  }
  if (flags.has('floor')) {
    await wipe();
    take();
    const all = measured.map((p) => rowsMod.buildIngestRows(p.extraction as never, path.basename(p.file), p.source as never));
    const cpu0 = neo4jCpuMs();
    const t0 = performance.now();
    for (let i = 0; i < all.length; i += batchSize) await bulk.writeBatch(graph, bulk.batchRows(all.slice(i, i + batchSize)), 'Floor');
    report.floor = { seconds: (performance.now() - t0) / 1000, neo4jCpuS: (neo4jCpuMs() - cpu0) / 1000, statements: take() };
  }
  await graph.close();
  if (args.get('json')) writeFileSync(args.get('json')!, JSON.stringify(report, null, 2));
  for (const phase of ['empty', 'afterBase', 'floor'] as const) {
    const p = report[phase] as { seconds: number; neo4jCpuS: number; clientCpuS?: number; statuses?: unknown; statements: Record<string, Stat> } | undefined;
    if (!p) continue;
    console.log(`\n## ${phase}: ${p.seconds.toFixed(2)} s, Neo4j CPU ${p.neo4jCpuS.toFixed(2)} s, client CPU ${p.clientCpuS?.toFixed(2) ?? '-'} s ${JSON.stringify(p.statuses ?? {})}`);
    printStatements(p.statements);
  }
}

/**
 * Neo4j's CPU over the write by thread group (thread names without their number): the Bolt workers run the
 * statements and the commits; checkpoints, index sampling, garbage collection and the JIT are background work the
 * write causes or the load brings, which a whole-process figure mixes in.
 */
function printThreadGroups(before: Map<string, { name: string; ms: number }>, after: Map<string, { name: string; ms: number }>): void {
  const groups = new Map<string, number>();
  for (const [tid, t] of after) {
    const group = t.name.replace(/[#\d-]+$/, '');
    groups.set(group, (groups.get(group) ?? 0) + t.ms - (before.get(tid)?.ms ?? 0));
  }
  const shown = [...groups].filter(([, ms]) => ms > 0).sort((a, b) => b[1] - a[1]);
  console.log(`\nNeo4j CPU by thread group, ms: ${shown.map(([g, ms]) => `${g} ${ms.toFixed(0)}`).join(', ')}`);
}

function printStatements(statements: Record<string, Stat>): void {
  console.log('| statement | calls | rows | wall ms | server ms | Neo4j CPU ms | db hits |');
  console.log('|---|---|---|---|---|---|---|');
  for (const [name, s] of Object.entries(statements)) {
    console.log(`| ${name} | ${s.calls} | ${s.rows} | ${s.wallMs.toFixed(0)} | ${s.serverMs.toFixed(0)} | ${s.neo4jCpuMs.toFixed(0)} | ${profile ? s.dbHits : '-'} |`);
  }
}

await main();
