/**
 * Measures 3-5 for one graph size: each query under concurrent HTTP load (autocannon in its own process,
 * loopback, bounded duration) against our API server (its own process), the same Cypher replayed directly
 * through neo4j-driver (the floor), and the peer (@neo4j/graphql) serving the same graph.
 */
import { writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse, validate, type GraphQLSchema } from 'graphql';
import { loadSettings } from '../../src/config';
import { startWorker, type Worker } from '../lib/children';
import type { Ctx } from '../lib/context';
import { runAutoCommit } from '../lib/bulk';
import type { CpuPerAnswer } from '../lib/cpuPerAnswer';
import { peakRssMb } from '../lib/machine';
import { RecordingGraphClient, type RecordedStatement } from '../lib/replay';
import { pickCypher, pickTargets, querySpecs, type QueryId, type QuerySpec, type Targets } from '../lib/workloads';

export interface LoadResult {
  p50: number;
  p95: number;
  p99: number;
  mean: number;
  requests: number;
  seconds: number;
  rps: number;
  errors: number;
  non200?: number;
  /** CPU ms per answer over the measured phase: the load client's, and the API's and Neo4j's when local (cpuPerAnswer.ts). */
  cpuMs?: CpuPerAnswer | null;
}

export interface QueryRow {
  id: QueryId;
  title: string;
  variants: number;
  api: LoadResult | null;
  floor: LoadResult | null;
  peer: LoadResult | null;
  peerNote: string;
  apiKb: number | null;
  peerKb: number | null;
  /** search only: the bare full-text index lookup of the same page (ids and scores, no count, no properties). */
  indexFloor: LoadResult | null;
  /** Objects with a key (documents, tasks, bodies) in one API answer, averaged over the variable sets. */
  answerObjects: number | null;
  statements: number | null;
  waves: number | null;
  error: string | null;
}

/** The same load against two API processes behind one port (bench/workers/api.ts, BENCH_API_REPLICAS). */
export interface ReplicaRow {
  id: QueryId;
  title: string;
  one: LoadResult | null;
  two: LoadResult | null;
  error: string | null;
}

export interface SizeQueries {
  size: number;
  full: boolean;
  rows: QueryRow[];
  replicas: ReplicaRow[];
  apiPeakMb: number | null;
  peerPeakMb: number | null;
  targets: Targets;
  skipped: string | null;
}

const GROWTH: QueryId[] = ['lineage3', 'lineage6', 'mandate'];

/** Objects carrying a `key` in an answer: the documents, tasks and bodies it returns. */
export function keyedObjects(value: unknown): number {
  if (Array.isArray(value)) return value.reduce((n: number, v) => n + keyedObjects(v), 0);
  if (!value || typeof value !== 'object') return 0;
  const o = value as Record<string, unknown>;
  let n = typeof o.key === 'string' ? 1 : 0;
  for (const v of Object.values(o)) if (v && typeof v === 'object') n += keyedObjects(v);
  return n;
}

async function post(url: string, body: string, timeoutMs: number): Promise<{ ok: boolean; ms: number; bytes: number; message: string; objects: number }> {
  const t0 = performance.now();
  try {
    const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body, signal: AbortSignal.timeout(timeoutMs) });
    const text = await res.text();
    const ms = performance.now() - t0;
    let json: { data?: unknown; errors?: { message: string }[] } = {};
    try {
      json = JSON.parse(text) as typeof json;
    } catch {
      return { ok: false, ms, bytes: text.length, message: `HTTP ${res.status}: ${text.slice(0, 200)}`, objects: 0 };
    }
    if (res.status !== 200 || json.errors?.length || !json.data) {
      return { ok: false, ms, bytes: text.length, message: `HTTP ${res.status}: ${json.errors?.map((e) => e.message).join('; ').slice(0, 300) ?? 'no data'}`, objects: 0 };
    }
    return { ok: true, ms, bytes: Buffer.byteLength(text), message: '', objects: keyedObjects(json.data) };
  } catch (error) {
    return { ok: false, ms: performance.now() - t0, bytes: 0, message: (error as Error).message, objects: 0 };
  }
}

async function runLoad(ctx: Ctx, script: 'httpLoad.ts' | 'cypherLoad.ts', config: Record<string, unknown>): Promise<LoadResult> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'bench-load-'));
  const file = path.join(dir, 'config.json');
  writeFileSync(file, JSON.stringify(config));
  const worker = startWorker(script, [file]);
  try {
    const r = await worker.next('result', (ctx.args.durationSec + ctx.args.warmupSec + 120) * 1000);
    return r as unknown as LoadResult;
  } finally {
    await worker.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

function validationError(schema: GraphQLSchema, query: string): string | null {
  try {
    const errors = validate(schema, parse(query));
    return errors.length ? errors.map((e) => e.message).join('; ') : null;
  } catch (error) {
    return (error as Error).message;
  }
}

export async function queriesAtSize(ctx: Ctx, size: number, full: boolean): Promise<SizeQueries> {
  const db = ctx.db!;
  const targets = await pickTargets(db.graph, ctx.args.variants);
  const result: SizeQueries = { size, full, rows: [], replicas: [], apiPeakMb: null, peerPeakMb: null, targets, skipped: null };
  let schema: GraphQLSchema;
  let startHttpServer: typeof import('../../src/api/httpServer').startHttpServer;
  let createLoaders: typeof import('../../src/api/loaders').createLoaders;
  try {
    await import('reflect-metadata');
    schema = await (await import('../../src/api/schema')).buildApiSchema();
    startHttpServer = (await import('../../src/api/httpServer')).startHttpServer;
    createLoaders = (await import('../../src/api/loaders')).createLoaders;
  } catch (error) {
    result.skipped = `the API does not build (${(error as Error).message.split('\n')[0]})`;
    return result;
  }
  if (!targets.roots.length) {
    result.skipped = 'the graph holds no ingested local document to query';
    return result;
  }

  const noKeys = { API_READER_KEYS: '', API_EDITOR_KEYS: '', NODE_ENV: 'production' };
  const api = startWorker('api.ts', [], { ...db.env, ...noKeys });
  let peer: Worker | null = null;
  const settings = loadSettings({ ...process.env, ...db.env, ...noKeys });
  const recorder = RecordingGraphClient.wrap(db.graph);
  const recorderServer = await startHttpServer({ schema, graph: recorder, settings, createLoaders, port: 0, host: '127.0.0.1' });
  try {
    const apiUrl = (await api.next('ready', 120_000)).url as string;
    let peerUrl: string | null = null;
    let peerError: string | null = null;
    if (full) {
      try {
        peer = startWorker('peer.ts', [], db.env);
        peerUrl = (await peer.next('ready', 120_000)).url as string;
      } catch (error) {
        peerError = `the peer server did not start: ${(error as Error).message.split('\n')[0]}`;
      }
    }
    const specs = querySpecs().filter((q) => (full || GROWTH.includes(q.id)) && (!ctx.args.queryIds || ctx.args.queryIds.has(q.id)));
    for (const spec of specs) {
      ctx.log(`  ${size} docs: ${spec.title}`);
      result.rows.push(await measureQuery(ctx, spec, targets, schema, { url: apiUrl, pid: api.pid }, recorderServer.url, recorder, peerUrl, peerError, full));
    }
    result.apiPeakMb = peakRssMb(api.pid);
    result.peerPeakMb = peer ? peakRssMb(peer.pid) : null;
    if (process.env.BENCH_REPLICAS !== '0') result.replicas = await measureReplicas(ctx, specs, targets, db.env, result.rows, noKeys);
  } finally {
    await api.stop();
    await peer?.stop();
    await recorderServer.close().catch(() => undefined);
    recorderServer.server.close();
  }
  return result;
}

/** Two API processes behind one port answering the same loads as the single API above (same bodies). */
async function measureReplicas(
  ctx: Ctx,
  specs: QuerySpec[],
  targets: Targets,
  env: NodeJS.ProcessEnv,
  single: QueryRow[],
  noKeys: Record<string, string>,
): Promise<ReplicaRow[]> {
  const rows: ReplicaRow[] = [];
  const two = startWorker('api.ts', [], { ...env, ...noKeys, BENCH_API_REPLICAS: '2' });
  try {
    const url = (await two.next('ready', 180_000)).url as string;
    for (const spec of specs.filter((q) => ['lineage3', 'mandate', 'search'].includes(q.id))) {
      const one = single.find((r) => r.id === spec.id)?.api ?? null;
      const bodies = spec.api.variables(targets).slice(0, ctx.args.variants).map((v) => JSON.stringify({ query: spec.api.query, variables: v }));
      const row: ReplicaRow = { id: spec.id, title: spec.title, one, two: null, error: null };
      const first = bodies[0] ? await post(url, bodies[0], 30_000) : null;
      if (!first?.ok) row.error = `two replicas answered with an error: ${first?.message ?? 'no variables'}`;
      else {
        ctx.log(`  two API replicas: ${spec.title}`);
        const load = { connections: ctx.args.connections, durationSec: ctx.args.durationSec, warmupSec: ctx.args.warmupSec };
        row.two = await runLoad(ctx, 'httpLoad.ts', { url, bodies, timeoutSec: 30, ...load });
      }
      rows.push(row);
    }
  } catch (error) {
    rows.push({ id: 'lineage3', title: 'two API replicas', one: null, two: null, error: (error as Error).message.split('\n')[0]! });
  } finally {
    await two.stop();
  }
  return rows;
}

async function measureQuery(
  ctx: Ctx,
  spec: QuerySpec,
  targets: Targets,
  schema: GraphQLSchema,
  apiServer: { url: string; pid: number },
  recorderUrl: string,
  recorder: RecordingGraphClient,
  peerUrl: string | null,
  peerError: string | null,
  full: boolean,
): Promise<QueryRow> {
  const vars = spec.api.variables(targets).slice(0, ctx.args.variants);
  const row: QueryRow = {
    id: spec.id,
    title: spec.title,
    variants: vars.length,
    api: null,
    floor: null,
    peer: null,
    peerNote: 'cannot' in spec.peer ? `cannot express: ${spec.peer.cannot}` : spec.peer.note,
    apiKb: null,
    peerKb: null,
    answerObjects: null,
    indexFloor: null,
    statements: null,
    waves: null,
    error: null,
  };
  if (!vars.length) {
    row.error = 'no variables: the graph has nothing to ask this about';
    return row;
  }
  const invalid = validationError(schema, spec.api.query);
  if (invalid) {
    row.error = `the operation does not validate against the API schema: ${invalid}`;
    return row;
  }
  const apiUrl = apiServer.url;
  const bodies = vars.map((v) => JSON.stringify({ query: spec.api.query, variables: v }));
  // Every variant must answer without errors before it is loaded.
  let bytes = 0;
  let objects = 0;
  for (const b of bodies) {
    const r = await post(apiUrl, b, 30_000);
    if (!r.ok) {
      row.error = `API answered with an error: ${r.message}`;
      return row;
    }
    bytes += r.bytes;
    objects += r.objects;
  }
  row.apiKb = bytes / bodies.length / 1024;
  row.answerObjects = objects / bodies.length;

  // The Cypher each request runs, for the floor.
  const workloads: { waves: RecordedStatement[][] }[] = [];
  for (const b of bodies) {
    recorder.log = [];
    const r = await post(recorderUrl, b, 30_000);
    if (!r.ok) {
      row.error = `recording the Cypher failed: ${r.message}`;
      return row;
    }
    workloads.push({ waves: recorder.takeWaves() });
  }
  row.statements = workloads.reduce((n, w) => n + w.waves.flat().length, 0) / workloads.length;
  row.waves = workloads.reduce((n, w) => n + w.waves.length, 0) / workloads.length;

  const load = { connections: ctx.args.connections, durationSec: ctx.args.durationSec, warmupSec: ctx.args.warmupSec };
  const db = ctx.db!;
  // The same Lucene queries the API ran, for the warm-up and the bare lookup.
  const searchParams = spec.id !== 'search' ? [] : workloads.flatMap((w) => {
    const params = w.waves.flat().find((st) => typeof st.params.query === 'string')?.params;
    return params ? [params] : [];
  });
  if (searchParams.length) {
    // A graph just loaded has a full-text index still being written and read for the first time: wait for it,
    // then read every match of each phrase once, so the API, its Cypher and the bare lookup below all meet the
    // same warm index (the full run measured search right after loading: 102 ms p50 cold against 32 warm).
    await runAutoCommit(db.graph, 'CALL db.awaitIndexes(300)');
    for (const params of searchParams) await db.graph.read(pickCypher('warm.searchIndex'), { query: params.query });
  }
  // CPU per answer of each side's processes (Neo4j's when its pid is known: a server the bench started, or BENCH_NEO4J_PID).
  const neo4jPid = db.pid !== null ? { neo4j: db.pid } : {};
  row.api = await runLoad(ctx, 'httpLoad.ts', { url: apiUrl, bodies, timeoutSec: 30, watchPids: { api: apiServer.pid, ...neo4jPid }, ...load });
  row.floor = await runLoad(ctx, 'cypherLoad.ts', { uri: db.uri, user: db.user, password: db.password, workloads, watchPids: neo4jPid, ...load });
  if (searchParams.length) {
    // The same Lucene queries, asking the index only for the page's ids: what any search answer must cost.
    const lookups = searchParams.map((params) => ({ waves: [[{ cypher: pickCypher('floor.searchIndex'), params: { query: params.query, limit: params.limit } }]] }));
    if (lookups.length) row.indexFloor = await runLoad(ctx, 'cypherLoad.ts', { uri: db.uri, user: db.user, password: db.password, workloads: lookups, watchPids: neo4jPid, ...load });
  }

  if (full && !('cannot' in spec.peer)) {
    if (!peerUrl) row.peerNote = peerError ?? 'peer not started';
    else {
      const peerVars = spec.peer.variables(targets).slice(0, ctx.args.variants);
      const peerBodies = peerVars.map((v) => JSON.stringify({ query: (spec.peer as { query: string }).query, variables: v }));
      const first = await post(peerUrl, peerBodies[0]!, 20_000);
      if (!first.ok) row.peerNote = `peer failed: ${first.message}`;
      else if (first.ms > 5000) row.peerNote = `${row.peerNote}; not loaded: one request took ${(first.ms / 1000).toFixed(1)} s (${(first.bytes / 1024).toFixed(0)} KB)`;
      else {
        let peerBytes = first.bytes;
        for (const b of peerBodies.slice(1)) peerBytes += (await post(peerUrl, b, 20_000)).bytes;
        row.peerKb = peerBytes / peerBodies.length / 1024;
        row.peer = await runLoad(ctx, 'httpLoad.ts', { url: peerUrl, bodies: peerBodies, timeoutSec: 30, ...load });
      }
    }
  }
  return row;
}
