/**
 * `npm run bench` (full: 1k and 10k documents through the real ingest path, 100k by the bulk path) and
 * `npm run bench -- --quick` (small sizes, short loads: about two minutes). Writes bench/RESULTS.md.
 *
 * Options: --sizes 1000,10000  --bulk 100000 (0: none)  --bulk-source plan|extract  --seed S
 *          --duration SEC  --warmup SEC  --connections N  --variants N  --extraction-docs N
 *          --floor-batches 1,50,500  --ingest-batches 25,50,100,200  --only extraction,ingestion,queries,explorer  --out FILE
 *          --queries search,lineage3 (only these query loads)  --reuse-graph (with BENCH_NEO4J_URI)
 * Database: a fresh local Neo4j (temp data dir, free port), or BENCH_NEO4J_URI (+ BENCH_NEO4J_USER/PASSWORD;
 * it must be empty unless BENCH_NEO4J_WIPE=1, because the benchmark deletes what it writes and more).
 * --reuse-graph keeps the graph an earlier run with the same --sizes/--bulk/--seed left in BENCH_NEO4J_URI
 * and measures the queries at its largest size only (no loading): for before/after runs of one change.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../src/config';
import { fail, runCli } from '../src/cli/runCli';
import { writeCorpus } from './generator/generateCorpus';
import { openBenchDatabase } from './lib/benchNeo4j';
import { useApiWorkerBundle } from './lib/children';
import { section, wants, type Args, type Ctx } from './lib/context';
import { machineInfo, type MachineInfo } from './lib/machine';
import { extractionSection } from './sections/extraction';
import { bulkLoad, floorAtSize, fairComparison, ingestRealPath, neo4jPeak, sweepBatchSizes, type BulkRun, type FairComparison, type FloorRun, type IngestRun } from './sections/ingestion';
import { queriesAtSize, type SizeQueries } from './sections/queries';
import { explorerSection } from './sections/explorer';
import { writeReport } from './lib/report';
import { pickCypher, querySpecs, type QueryId } from './lib/workloads';

const SECTIONS = ['extraction', 'ingestion', 'queries', 'explorer'];

export function parseBenchArgs(argv: string[]): Args {
  const quick = argv.includes('--quick');
  const values = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--quick' || a === '--reuse-graph') continue;
    if (!a.startsWith('--')) fail('BAD_USER_INPUT', `Unexpected argument "${a}" (options start with --).`);
    const [name, inline] = a.slice(2).split('=', 2) as [string, string | undefined];
    const value = inline ?? argv[++i];
    if (value === undefined) fail('BAD_USER_INPUT', `--${name} needs a value.`);
    values.set(name, value);
  }
  const known = ['sizes', 'bulk', 'bulk-source', 'seed', 'duration', 'warmup', 'connections', 'variants', 'extraction-docs', 'floor-batches', 'only', 'out', 'heap-mb', 'pagecache-mb', 'queries', 'ingest-batches', 'ingest-rounds'];
  for (const k of values.keys()) if (!known.includes(k)) fail('BAD_USER_INPUT', `Unknown option --${k}; known: --quick, --reuse-graph, ${known.map((x) => `--${x}`).join(', ')}.`);
  const ints = (name: string, fallback: number[]): number[] => {
    const raw = values.get(name);
    if (raw === undefined) return fallback;
    const list = raw.split(',').map((x) => Number(x.trim()));
    if (list.some((n) => !Number.isInteger(n) || n < 0)) fail('BAD_USER_INPUT', `--${name} takes whole numbers separated by commas, got "${raw}".`);
    return list;
  };
  const int = (name: string, fallback: number) => ints(name, [fallback])[0]!;
  const num = (name: string, fallback: number) => {
    const raw = values.get(name);
    const n = raw === undefined ? fallback : Number(raw);
    if (!Number.isFinite(n) || n < 0) fail('BAD_USER_INPUT', `--${name} takes a number, got "${raw}".`);
    return n;
  };
  const sizes = [...new Set(ints('sizes', quick ? [100, 300] : [1000, 10000]))].filter((n) => n > 0).sort((a, b) => a - b);
  if (!sizes.length) fail('BAD_USER_INPUT', '--sizes needs at least one positive size.');
  const bulk = int('bulk', quick ? 0 : 100_000);
  if (bulk !== 0 && bulk <= sizes[sizes.length - 1]!) fail('BAD_USER_INPUT', `--bulk (${bulk}) must be larger than the largest --sizes (${sizes[sizes.length - 1]}) or 0.`);
  const bulkSource = values.get('bulk-source') ?? 'plan';
  if (bulkSource !== 'plan' && bulkSource !== 'extract') fail('BAD_USER_INPUT', '--bulk-source is "plan" or "extract".');
  const only = values.get('only');
  if (only) for (const o of only.split(',')) if (!SECTIONS.includes(o)) fail('BAD_USER_INPUT', `--only takes ${SECTIONS.join(', ')}; got "${o}".`);
  const queryIds = values.get('queries')?.split(',').map((q) => q.trim()) ?? null;
  const knownQueries = querySpecs().map((q) => q.id as string);
  for (const q of queryIds ?? []) if (!knownQueries.includes(q)) fail('BAD_USER_INPUT', `--queries takes ${knownQueries.join(', ')}; got "${q}".`);
  const reuseGraph = argv.includes('--reuse-graph');
  if (reuseGraph && !process.env.BENCH_NEO4J_URI?.trim()) fail('BAD_USER_INPUT', '--reuse-graph needs BENCH_NEO4J_URI: the server holding the graph an earlier run loaded.');
  return {
    quick,
    reuseGraph,
    queryIds: queryIds ? new Set(queryIds as QueryId[]) : null,
    sizes,
    bulk,
    bulkSource,
    seed: values.get('seed') ?? 'bench-1',
    durationSec: num('duration', quick ? 2 : 10),
    warmupSec: num('warmup', quick ? 0.5 : 2),
    connections: int('connections', quick ? 4 : 8),
    variants: int('variants', quick ? 6 : 20),
    extractionDocs: int('extraction-docs', sizes[sizes.length - 1]!),
    floorBatches: ints('floor-batches', quick ? [1, 50] : [1, 50, 500]),
    ingestBatches: ints('ingest-batches', quick ? [] : [25, 50, 100, 200]).filter((n) => n > 0),
    ingestRounds: Math.max(1, int('ingest-rounds', 2)),
    only: only ? new Set(only.split(',')) : null,
    out: path.resolve(values.get('out') ?? path.join(PROJECT_ROOT, 'bench', 'RESULTS.md')),
    heapMb: int('heap-mb', quick ? 1024 : 4096),
    pagecacheMb: int('pagecache-mb', quick ? 256 : 4096),
  };
}

export interface RunRecord {
  argv: string[];
  started: Date;
  finished: Date | null;
  machine: MachineInfo;
  database: string | null;
  ingest: IngestRun[];
  /** The real path at the first size with each of --ingest-batches, each from an empty graph. */
  batchSweep: IngestRun[];
  floors: FloorRun[][];
  /** The alternated real path and floor runs at the first size (the ratio's source there). */
  fair: FairComparison | null;
  bulk: BulkRun | null;
  queries: SizeQueries[];
  graphSizes: Map<number, { nodes: number; relationships: number; documents: number }>;
}

/**
 * The API worker runs from the compiled bundle `npm start` serves (scripts/buildServer.mjs, rebuilt here when a
 * source changed, so the bundle is the tree's code); if it cannot be built, through tsx as before, said in the log.
 * The same build gives the ingest worker's extraction threads their compiled entry (dist/preparationWorker.js),
 * which the pool uses only when it is current, as `npm run ingest` does.
 */
function compileApi(log: (line: string) => void): void {
  if (process.env.BENCH_API_TSX === '1') return log('BENCH_API_TSX=1: the API worker runs through tsx');
  const built = spawnSync(process.execPath, [path.join(PROJECT_ROOT, 'scripts', 'buildServer.mjs')], { cwd: PROJECT_ROOT, encoding: 'utf8' });
  if (built.status === 0) return useApiWorkerBundle(path.join(PROJECT_ROOT, 'dist', 'benchApiWorker.js'));
  log(`the API could not be compiled, so it runs through tsx: ${(built.stderr || built.stdout).trim().split('\n').slice(0, 3).join(' ')}`);
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const args = parseBenchArgs(argv);
  const log = (line: string) => console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${line}`);
  const ctx: Ctx = { args, log, corpus: null, rows: [], db: null, sections: [], memory: [], goals: [], growth: new Map() };
  const record: RunRecord = {
    argv,
    started: new Date(),
    finished: null,
    machine: machineInfo(),
    database: null,
    ingest: [],
    batchSweep: [],
    floors: [],
    fair: null,
    bulk: null,
    queries: [],
    graphSizes: new Map(),
  };
  compileApi(log);
  const maxReal = args.sizes[args.sizes.length - 1]!;
  const planSize = Math.max(maxReal, args.bulk);
  const written = Math.max(maxReal, Math.min(args.extractionDocs, planSize));
  const dir = path.join(PROJECT_ROOT, 'bench', 'out', `bench-corpus-${args.seed}-${planSize}`);
  log(`generating the corpus: plan ${planSize} documents, writing the first ${written} to ${path.relative(PROJECT_ROOT, dir)}`);
  const corpus = await writeCorpus({ docs: planSize, seed: args.seed, outDir: dir, limit: written });
  ctx.corpus = { plan: corpus.plan, dir, files: corpus.files, manifests: corpus.manifests, stats: corpus.stats };

  const extraction = section(ctx, 'extraction', '1. Extraction');
  if (wants(ctx, 'extraction')) {
    try {
      await extractionSection(ctx, extraction);
    } catch (error) {
      extraction.status = 'failed';
      extraction.reason = (error as Error).message;
    }
  } else {
    extraction.status = 'skipped';
    extraction.reason = 'not selected (--only)';
  }

  const ingestion = section(ctx, 'ingestion', '2. Ingestion');
  const queries = section(ctx, 'queries', '3. Queries under load');
  const explorer = section(ctx, 'explorer', '3b. Explorer in the browser');
  const needDb = wants(ctx, 'ingestion') || wants(ctx, 'queries') || wants(ctx, 'explorer');
  if (needDb) {
    try {
      ctx.db = await openBenchDatabase({ heapMb: args.heapMb, pagecacheMb: args.pagecacheMb, reuseGraph: args.reuseGraph, log });
      record.database = ctx.db.description;
    } catch (error) {
      const reason = `no Neo4j for the benchmark: ${(error as Error).message.split('\n')[0]}`;
      for (const s of [ingestion, queries]) {
        s.status = 'skipped';
        s.reason = reason;
      }
    }
  }
  if (ctx.db) {
    try {
      let from = 0;
      const planned = [...args.sizes, ...(args.bulk ? [args.bulk] : [])];
      const sizes = args.reuseGraph ? planned.slice(-1) : planned;
      if (args.reuseGraph) {
        const [g] = await ctx.db.graph.read<{ documents: number }>(pickCypher('graph.size'));
        // A loaded graph may hold a few documents less than planned (a document the real path refused or merged).
        if (!g || Math.abs(g.documents - sizes[0]!) > sizes[0]! * 0.01) {
          throw Object.assign(new Error(`--reuse-graph: BENCH_NEO4J_URI holds ${g?.documents ?? 0} ingested documents, not about ${sizes[0]}; load it first by a run with the same --sizes/--bulk/--seed.`), { code: 'BENCH_GRAPH_MISMATCH' });
        }
        from = sizes[0]!;
        log(`reusing the loaded graph of ${from} documents (no loading)`);
      }
      const explorerSize = Math.max(...sizes.filter((n) => n <= 10_000), sizes[0]!);
      for (const size of sizes) {
        const isBulk = size === args.bulk && size > maxReal;
        if (from >= size) {
          // --reuse-graph: already loaded.
        } else if (isBulk) {
          log(`bulk path: documents ${from}..${size} (${args.bulkSource})`);
          record.bulk = await bulkLoad(ctx, from, size);
        } else {
          if (from === 0 && wants(ctx, 'ingestion') && args.ingestBatches.length) {
            record.batchSweep = await sweepBatchSizes(ctx, size);
          }
          if (from === 0 && wants(ctx, 'ingestion')) {
            // The first size: real path and floor alternated on a warmed server, each into an emptied database.
            const fair = await fairComparison(ctx, size, record.batchSweep.length > 0);
            record.fair = fair;
            record.ingest.push(fair.real);
            record.floors.push(fair.floors);
            ctx.memory.push({ process: 'ingest worker (real path)', when: `ingesting documents 0..${size}`, peakMb: Math.max(...fair.realRuns.map((r) => r.peakRssMb)) });
            if (fair.floorError) {
              ingestion.status = 'partial';
              ingestion.notes.push(`floor at ${size} documents failed: ${fair.floorError}`);
            }
          } else {
            log(`real ingest path: documents ${from}..${size}`);
            const run = await ingestRealPath(ctx, from, size);
            record.ingest.push(run);
            ctx.memory.push({ process: 'ingest worker (real path)', when: `ingesting documents ${from}..${size}`, peakMb: run.peakRssMb });
            if (wants(ctx, 'ingestion')) {
              try {
                record.floors.push(await floorAtSize(ctx, size));
              } catch (error) {
                ingestion.status = 'partial';
                ingestion.notes.push(`floor at ${size} documents failed: ${(error as Error).message.split('\n')[0]}`);
              }
            }
          }
        }
        if (size === explorerSize && wants(ctx, 'explorer')) {
          // Issue 14 measures the page on the 10k graph: the largest graph of at most 10,000 documents, however loaded.
          await explorerSection(ctx, explorer, size).catch((error: Error) => {
            explorer.status = 'failed';
            explorer.reason = error.message.split('\n')[0];
          });
        }
        from = size;
        const [g] = await ctx.db.graph.read<{ nodes: number; relationships: number; documents: number }>(pickCypher('graph.size'));
        record.graphSizes.set(size, g!);
        if (wants(ctx, 'queries') && queries.status !== 'skipped') {
          const full = size >= 10_000 || size === planned[planned.length - 1];
          const q = await queriesAtSize(ctx, size, full);
          record.queries.push(q);
          if (q.apiPeakMb !== null) ctx.memory.push({ process: 'API server', when: `under the query loads, ${size} documents`, peakMb: q.apiPeakMb });
          if (q.peerPeakMb !== null) ctx.memory.push({ process: 'peer server (@neo4j/graphql)', when: `under the query loads, ${size} documents`, peakMb: q.peerPeakMb });
        }
      }
      const peak = neo4jPeak(ctx);
      if (peak !== null) ctx.memory.push({ process: 'Neo4j (JVM)', when: 'whole run', peakMb: peak });
    } catch (error) {
      for (const s of [ingestion, queries]) {
        if (s.status === 'ok') s.status = 'partial';
      }
      ingestion.notes.push(`the run stopped early: ${(error as Error).message.split('\n').slice(0, 3).join(' ')}`);
      log(`error: ${(error as Error).stack}`);
    } finally {
      await ctx.db.stop().catch(() => undefined);
    }
  }
  if (wants(ctx, 'explorer') && explorer.status === 'ok' && explorer.tables.length === 0) {
    // No graph was loaded: the bundle size still is.
    await explorerSection({ ...ctx, db: null }, explorer, null).catch((error: Error) => {
      explorer.status = 'failed';
      explorer.reason = error.message.split('\n')[0];
    });
  }
  record.finished = new Date();
  mkdirSync(path.dirname(args.out), { recursive: true });
  const markdown = writeReport(ctx, record);
  writeFileSync(args.out, markdown);
  log(`wrote ${path.relative(process.cwd(), args.out)}`);
  console.log(markdown);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await runCli(main);
}
