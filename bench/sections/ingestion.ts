/**
 * Measure 2: ingestion through the real path (a worker running `ingestFiles`: decode, extract,
 * `ingestBatch`, several documents per transaction with a per-document fallback) against a floor in the same run: a plain
 * `UNWIND $rows MERGE` of the same nodes and edges (rows from the same extraction, prepared beforehand) under
 * `Floor*` labels, at several transaction sizes; at the first size both alternated on a warmed server
 * (`fairComparison`). Also the bulk path that grows the graph to the largest size.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildIngestRows, type IngestRows } from '../../src/graph/documentRows';
import type { Extraction } from '../../src/extract/types';
import { manifestAsExtraction } from '../generator/asExtraction';
import { renderDocument } from '../generator/render';
import { batchRows, clearFloor, createFloorSchema, dropFloorSchema, dropSecondaryIndexes, itemsOf, restoreIndexes, writeBatch } from '../lib/bulk';
import { startWorker } from '../lib/children';
import type { Ctx } from '../lib/context';
import { peakRssMb } from '../lib/machine';
import { wipe } from '../lib/benchNeo4j';
import { migrate } from '../../src/graph/migrations';

export interface IngestRun {
  from: number;
  to: number;
  docs: number;
  seconds: number;
  items: number;
  failed: number;
  errors: string[];
  peakRssMb: number;
  /** Documents per write transaction the worker used. */
  batchSize?: number;
}

export interface FloorRun {
  size: number;
  batch: number;
  docs: number;
  items: number;
  seconds: number;
  /** In an alternated comparison: the warm-up pass (every batch size, not in the ratio) or a round. */
  role?: 'warm-up' | 'round';
}

/** One timed run of the alternated comparison, in the order it ran. */
export interface FairStep {
  path: 'real' | 'floor';
  /** 'warm-up' (the first real run on the server, and the floor's batch sizes tried) or the round's number. */
  round: 'warm-up' | number;
  seconds: number;
  docs: number;
  batch: number | undefined;
}

/**
 * The real path against its floor at one size on a warmed server: the first real run on a fresh Neo4j pays its
 * JIT (57 s of Neo4j CPU for the first 1000 documents against 13-35 s later, bench/HISTORY.md), which a floor run
 * after it did not. So: a warm-up (one real run, unless the batch sweep already ran; then the floor at every
 * batch size, which picks the best), then rounds of floor then real path, each into an emptied database; the
 * best of each over the rounds gives the ratio.
 */
export interface FairComparison {
  size: number;
  /** The fastest real run of the rounds (the graph the last round left stays for the queries). */
  real: IngestRun;
  realRuns: IngestRun[];
  /** The warm-up floors (each batch size) and the rounds' floors at the best batch size. */
  floors: FloorRun[];
  /** Every timed run in order, for the report. */
  steps: FairStep[];
  /** The cold first real run's rate against the best warm-up floor right after it: the ratio the order before this gave. */
  coldRatio: number | null;
  floorError?: string;
}

export interface BulkRun {
  from: number;
  to: number;
  source: 'plan' | 'extract';
  batch: number;
  docs: number;
  items: number;
  /** Rendering and rows (overlapping the writes). */
  renderSeconds: number;
  /** Time inside write transactions. */
  writeSeconds: number;
  /** From the first index dropped to the last index recreated and online. */
  wallSeconds: number;
  /** Recreating the dropped indexes and waiting for their population. */
  indexSeconds: number;
  droppedIndexes: number;
  /** Each bulk statement's seconds (and the commit's), summed over the batches. */
  statementSeconds: Record<string, number>;
}

/**
 * Runs the real ingest path over corpus files [from, to) in a worker process, with `batchSize` documents per
 * transaction (default: the product's).
 */
export async function ingestRealPath(ctx: Ctx, from: number, to: number, batchSize?: number): Promise<IngestRun> {
  const corpus = ctx.corpus!;
  const env = batchSize === undefined ? ctx.db!.env : { ...ctx.db!.env, BENCH_INGEST_BATCH: String(batchSize) };
  const worker = startWorker('ingest.ts', [corpus.dir, String(from), String(to)], env);
  try {
    await worker.next('ready', 120_000);
    const r = await worker.next('result', 12 * 3600_000);
    return {
      from,
      to,
      docs: r.docs as number,
      seconds: r.seconds as number,
      items: (r.nodes as number) + (r.relationships as number),
      failed: (r.failed as number) + (r.rejected as number),
      errors: r.errors as string[],
      peakRssMb: r.peakRssMb as number,
      batchSize: r.batchSize as number,
    };
  } finally {
    await worker.stop();
  }
}

/**
 * The real path over the first `size` documents once per batch size of --ingest-batches, each into an emptied
 * graph (so every run writes the same documents from the same start); the graph is left empty for the run.
 */
export async function sweepBatchSizes(ctx: Ctx, size: number): Promise<IngestRun[]> {
  const runs: IngestRun[] = [];
  const empty = async () => {
    await wipe(ctx.db!.graph);
    await migrate(ctx.db!.graph);
  };
  for (const batch of ctx.args.ingestBatches) {
    await empty();
    ctx.log(`batch sweep: real path, documents 0..${size}, ${batch} docs/tx`);
    const run = await ingestRealPath(ctx, 0, size, batch);
    ctx.log(`  ${(run.docs / run.seconds).toFixed(1)} docs/s`);
    runs.push(run);
  }
  await empty();
  return runs;
}

/** An empty database with the product's schema (Floor labels, real graph and all). */
async function emptyDatabase(ctx: Ctx): Promise<void> {
  await wipe(ctx.db!.graph);
  await migrate(ctx.db!.graph);
}

const rate = (r: { docs: number; seconds: number }) => r.docs / r.seconds;

/**
 * The ratio the order before the alternated comparison gave: the real path's first run on a fresh server against
 * the best floor of the batch sizes tried right after it (the old order also took the best floor). Not the first
 * floor: with the default --floor-batches 1,50,500 that is one document per transaction, the slowest.
 */
export function coldOrderRatio(cold: { docs: number; seconds: number } | null, warmUpFloors: readonly { docs: number; seconds: number }[]): number | null {
  if (!cold || !warmUpFloors.length) return null;
  return rate(cold) / Math.max(...warmUpFloors.map(rate));
}

/** See FairComparison. `warmed`: the batch sweep ran before, so the server has met the real path already. */
export async function fairComparison(ctx: Ctx, size: number, warmed: boolean): Promise<FairComparison> {
  const steps: FairStep[] = [];
  const realStep = (run: IngestRun, round: FairStep['round']) => steps.push({ path: 'real', round, seconds: run.seconds, docs: run.docs, batch: run.batchSize });
  const floorStep = (run: FloorRun, round: FairStep['round']) => steps.push({ path: 'floor', round, seconds: run.seconds, docs: run.docs, batch: run.batch });
  let cold: IngestRun | null = null;
  if (!warmed) {
    await emptyDatabase(ctx);
    ctx.log(`warm-up: real ingest path, documents 0..${size}`);
    cold = await ingestRealPath(ctx, 0, size);
    realStep(cold, 'warm-up');
  }
  const floors: FloorRun[] = [];
  let floorError: string | undefined;
  let best: FloorRun | null = null;
  try {
    await emptyDatabase(ctx);
    ctx.log(`warm-up: floor, documents 0..${size}, each batch size`);
    for (const run of await floorAtSize(ctx, size)) {
      floors.push({ ...run, role: 'warm-up' });
      floorStep(run, 'warm-up');
      if (!best || rate(run) > rate(best)) best = run;
    }
  } catch (error) {
    floorError = (error as Error).message.split('\n')[0];
  }
  const coldRatio = coldOrderRatio(cold, floors);
  const realRuns: IngestRun[] = [];
  for (let round = 1; round <= ctx.args.ingestRounds; round++) {
    if (best && !floorError) {
      try {
        await emptyDatabase(ctx);
        ctx.log(`round ${round}: floor, documents 0..${size}, ${best.batch} docs/tx`);
        const [run] = await floorAtSize(ctx, size, [best.batch]);
        floors.push({ ...run!, role: 'round' });
        floorStep(run!, round);
      } catch (error) {
        floorError = (error as Error).message.split('\n')[0];
      }
    }
    await emptyDatabase(ctx);
    ctx.log(`round ${round}: real ingest path, documents 0..${size}`);
    const run = await ingestRealPath(ctx, 0, size);
    ctx.log(`  ${rate(run).toFixed(1)} docs/s`);
    realRuns.push(run);
    realStep(run, round);
  }
  const real = realRuns.reduce((a, b) => (rate(b) > rate(a) ? b : a));
  return { size, real, realRuns, floors, steps, coldRatio, ...(floorError ? { floorError } : {}) };
}

type Extract = (text: string, opts?: { fileName?: string }) => Extraction;

/**
 * Documents kept as rows between floor runs: every document's rows of a 100k corpus do not fit the bench's
 * heap (the full run with 100k documents through the real path ran out of it here), so beyond this many the
 * floor extracts each slice again for each transaction size (untimed either way).
 */
const CACHED_ROWS = 20_000;

/** Rows of corpus files [from, to): from the extraction pass when it ran, otherwise extracted now (untimed). */
async function rowsOf(ctx: Ctx, from: number, to: number): Promise<IngestRows[]> {
  const corpus = ctx.corpus!;
  let extract: Extract | null = null;
  const out: IngestRows[] = [];
  for (let i = from; i < to; i++) {
    let rows = ctx.rows[i];
    if (!rows) {
      extract ??= (await import('../../src/extract/extractDocument')).extractDocument as Extract;
      const file = corpus.files[i]!;
      rows = buildIngestRows(extract(readFileSync(file, 'utf8'), { fileName: path.basename(file) }), path.basename(file));
      if (i < CACHED_ROWS) ctx.rows[i] = rows;
    }
    out.push(rows);
  }
  return out;
}

/**
 * Documents above which the floor skips one document per transaction: at 100k that run alone took about 40 minutes
 * (the full run of 2026-12-07, HISTORY.md Addendum 18) and is never the best floor.
 */
export const ONE_PER_TRANSACTION_MAX_DOCS = 10_000;

/** The transaction sizes the floor is measured at for a graph of `size` documents. */
export function floorBatchesAt(size: number, batches: readonly number[]): number[] {
  const kept = batches.filter((batch, i) => (batch <= size || i === 0) && !(batch === 1 && size > ONE_PER_TRANSACTION_MAX_DOCS));
  return kept.length ? kept : [...batches];
}

/**
 * The floor at one size: for each transaction size (default --floor-batches, `floorBatchesAt`), an empty floor, then
 * every document's rows (only writes timed).
 */
export async function floorAtSize(ctx: Ctx, size: number, batches: readonly number[] = ctx.args.floorBatches): Promise<FloorRun[]> {
  const graph = ctx.db!.graph;
  await createFloorSchema(graph);
  const runs: FloorRun[] = [];
  try {
    for (const batch of floorBatchesAt(size, batches)) {
      await clearFloor(graph);
      let seconds = 0;
      let items = 0;
      for (let i = 0; i < size; i += batch) {
        const rows = await rowsOf(ctx, i, Math.min(size, i + batch));
        items += itemsOf(rows);
        const t0 = performance.now();
        await writeBatch(graph, batchRows(rows), 'Floor');
        seconds += (performance.now() - t0) / 1000;
      }
      runs.push({ size, batch, docs: size, items, seconds });
      ctx.log(`  floor ${size} docs, ${batch} docs/tx: ${(size / seconds).toFixed(1)} docs/s`);
    }
  } finally {
    await dropFloorSchema(graph);
  }
  return runs;
}

/**
 * Grows the graph with documents [from, to) of the plan by the bulk path: rendered, turned into rows (from
 * the planted truth, or by extraction), written many documents per transaction on the real labels, with the
 * indexes its statements never read dropped for the load and recreated after it (`dropSecondaryIndexes`).
 * Rendering runs while the previous batch is written: the loop yields to the event loop after every document,
 * so the driver sends the next statement as soon as Neo4j answers the last (one batch in flight, one pending).
 */
export async function bulkLoad(ctx: Ctx, from: number, to: number): Promise<BulkRun> {
  const { plan } = ctx.corpus!;
  const graph = ctx.db!.graph;
  const source = ctx.args.bulkSource;
  const extract = source === 'extract' ? ((await import('../../src/extract/extractDocument')).extractDocument as Extract) : null;
  const batch = bulkBatchSize();
  const started = performance.now();
  let renderSeconds = 0;
  let writeSeconds = 0;
  let items = 0;
  const statements: Record<string, number> = {};
  let pending: IngestRows[] = [];
  let writing: Promise<void> = Promise.resolve();
  const flush = async () => {
    if (!pending.length) return;
    const list = pending;
    pending = [];
    // At most one batch waits for the one being written: render no further ahead than that.
    await writing;
    writing = (async () => {
      const t = performance.now();
      await writeBatch(graph, batchRows(list), '', statements);
      writeSeconds += (performance.now() - t) / 1000;
      items += itemsOf(list);
    })();
    // A failed write surfaces at the next flush or the final await; keep the rejection handled meanwhile.
    writing.catch(() => undefined);
  };
  const dropped = await dropSecondaryIndexes(graph);
  ctx.log(`  dropped ${dropped.length} indexes for the load (recreated after it)`);
  let indexSeconds = 0;
  let loadError: unknown = null;
  try {
    const end = Math.min(to, plan.files.length);
    for (let i = from; i < end; i++) {
      const t = performance.now();
      const doc = plan.docs[plan.files[i]!]!;
      const { text, manifest } = renderDocument(plan, doc);
      const extraction = extract ? extract(text, { fileName: doc.file! }) : manifestAsExtraction(manifest);
      pending.push(buildIngestRows(extraction, doc.file));
      renderSeconds += (performance.now() - t) / 1000;
      if (pending.length >= batch) await flush();
      if ((i - from) % 5000 === 0) ctx.log(`  bulk ${i - from}/${to - from}`);
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
    await flush();
    await writing;
  } catch (error) {
    loadError = error;
    throw error;
  } finally {
    // A render that failed while a batch was being written must not rebuild the indexes under that write.
    await writing.catch(() => undefined);
    const t = performance.now();
    try {
      await restoreIndexes(graph, dropped);
    } catch (error) {
      // The load's own failure is the one to report; this one is logged with what to recreate by hand.
      if (loadError === null) throw error;
      ctx.log(`  recreating the dropped indexes failed too (${(error as Error).message}); run: ${dropped.map((d) => d.createStatement).join('; ')}`);
    }
    indexSeconds = (performance.now() - t) / 1000;
  }
  ctx.log(`  indexes recreated and populated in ${indexSeconds.toFixed(0)} s`);
  const wallSeconds = (performance.now() - started) / 1000;
  const statementSeconds = Object.fromEntries(Object.entries(statements).map(([k, v]) => [k, v / 1000]));
  return { from, to, source, batch, docs: to - from, items, renderSeconds, writeSeconds, wallSeconds, indexSeconds, droppedIndexes: dropped.length, statementSeconds };
}

/** Documents per bulk transaction: BENCH_BULK_BATCH, else 500. */
function bulkBatchSize(): number {
  const raw = process.env.BENCH_BULK_BATCH;
  if (raw === undefined || raw === '') return 500;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1) {
    throw Object.assign(new Error(`BENCH_BULK_BATCH must be a whole number of documents per transaction, got "${raw}".`), { code: 'BAD_USER_INPUT' });
  }
  return n;
}

export function neo4jPeak(ctx: Ctx): number | null {
  return ctx.db?.pid ? peakRssMb(ctx.db.pid) : null;
}
