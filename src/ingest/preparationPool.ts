/**
 * `prepareDocument` (formats + extraction, pure CPU) on worker threads, for callers that must stay
 * responsive: the API extracts uploaded documents here, so concurrent ingests cannot stall `/health` or other
 * requests. One worker per spare core by default (the API keeps a core for answering); ingestion may use one per
 * core (`ingestionPoolSize`), since its own thread mostly waits for Neo4j, but starts with one and widens when the
 * writer waits for extraction (`INGESTION_POOL_OPTIONS`). Workers start on first use; jobs queue in order. A
 * worker runs the compiled entry dist/preparationWorker.js when dist/ was built from the current sources
 * (scripts/buildServer.mjs; `npm run ingest`, set-up and the bench build it), otherwise the sources through tsx, a
 * runtime dependency of the project: never code older than the sources.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { MessageChannel, Worker, type MessagePort, type ResourceLimits } from 'node:worker_threads';
import { PROJECT_ROOT } from '../config';
import { PREPARATION_WORKER_BUNDLE, serverBuildProblem } from '../buildState.mjs';
import type { prepareDocument } from './prepareDocument';
import { sharedRestorationTables } from '../restore/displayTexts';

type Prepared = Awaited<ReturnType<typeof prepareDocument>>;

interface Job {
  id: number;
  bytes: Uint8Array;
  fileName: string;
  maxBytes: number;
  resolve: (value: Prepared) => void;
  reject: (error: Error) => void;
}

interface Slot {
  worker: Worker;
  /** Jobs posted to this worker and not answered yet. */
  held: Map<number, Job>;
}

/**
 * Jobs a worker holds at once: the one it runs and the next, so it never waits for a message between two jobs.
 * The rest wait in the pool and go to whichever worker frees first, so a worker started later gets jobs at once
 * instead of finding every job queued on the first.
 */
const JOBS_PER_WORKER = 2;

// The worker's source by the project's root, not this module's URL: `npm start` runs the server from a bundle in dist/.
const WORKER_URL = pathToFileURL(path.join(PROJECT_ROOT, 'src', 'ingest', 'preparationWorker.ts'));
// Node 20 does not apply `--import tsx` to a worker's entry: the worker registers tsx itself, then loads it.
const TSX_API = pathToFileURL(esmEntry('tsx', './esm/api')).href;
const BOOTSTRAP = `import(${JSON.stringify(TSX_API)}).then(({ register }) => { register(); return import(${JSON.stringify(WORKER_URL.href)}); });`;

/**
 * Where workers start: the compiled bundle when current — a worker started through tsx loads tsx's loader and
 * runs its transform of every module (closures wrapped to keep their names), which cost CPU in each worker
 * (bench/HISTORY.md, "Ingestion: a fair measure, workers from compiled JavaScript") — otherwise the sources.
 */
export type WorkerEntry = { from: 'compiled'; file: string } | { from: 'sources'; why: string };

let entry: WorkerEntry | null = null;

/** The entry this process's workers use, decided once (hashing the bundle's inputs costs tens of milliseconds). */
export function preparationWorkerEntry(): WorkerEntry {
  entry ??= chooseEntry(serverBuildProblem());
  return entry;
}

/** The compiled entry unless dist/ is stale or missing (`problem` says why). */
export function chooseEntry(problem: string | null): WorkerEntry {
  return problem === null ? { from: 'compiled', file: PREPARATION_WORKER_BUNDLE } : { from: 'sources', why: problem };
}

/**
 * The compiled entry's options for Node: a worker inherits its parent's execArgv, and a parent started through tsx
 * (`npm run ingest`, the bench's ingest worker) would load tsx's preflight and loader into every worker, the cost
 * the compiled entry is there to spare. tsx's own options are left out; any other option stays.
 */
export function compiledWorkerExecArgv(parent: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < parent.length; i++) {
    const option = parent[i]!;
    if (MODULE_OPTIONS.has(option) && fromTsx(parent[i + 1])) {
      i++;
      continue;
    }
    const eq = option.indexOf('=');
    if (eq > 0 && MODULE_OPTIONS.has(option.slice(0, eq)) && fromTsx(option.slice(eq + 1))) continue;
    out.push(option);
  }
  return out;
}

/** Node options that load a module before the entry (how tsx installs itself). */
const MODULE_OPTIONS: ReadonlySet<string> = new Set(['--require', '-r', '--import', '--loader', '--experimental-loader']);
const fromTsx = (value: string | undefined): boolean => value !== undefined && /(^|[\\/])tsx([\\/]|$)/.test(value);

/** A package's ESM entry for an export path (createRequire resolves the CommonJS one). */
function esmEntry(pkg: string, subpath: string): string {
  const manifestFile = createRequire(import.meta.url).resolve(`${pkg}/package.json`);
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as { exports: Record<string, { import: { default: string } }> };
  return path.join(path.dirname(manifestFile), manifest.exports[subpath]!.import.default);
}

/**
 * Workers for bulk ingestion: one per core. Extraction is the larger part of a document's cost and the
 * ingesting thread mostly waits for write transactions, so a spare core would otherwise idle.
 */
export function ingestionPoolSize(): number {
  return Math.max(1, os.availableParallelism());
}

/**
 * Ingestion's pool options: the restoration model shared, and one worker to start with, a second one only once the
 * writer waited for extraction (ingestFiles' WRITER_WAIT_SHARE).
 */
export const INGESTION_POOL_OPTIONS: PoolOptions = { shareRestorationModel: true, startWorkers: 1 };

export interface PoolOptions {
  /** Where workers start (default: `preparationWorkerEntry()`); a measurement may force the sources. */
  entry?: WorkerEntry;
  /**
   * Workers get the restoration model from this thread, built once on SharedArrayBuffers, instead of each
   * reading the model file into maps of its own (about 60 MB and a second per worker). The first worker that
   * meets a damaged document waits while this thread builds it (about a second, once), so the API, whose
   * thread must keep answering, leaves it off.
   */
  shareRestorationModel?: boolean;
  /**
   * Each worker's young generation in MB (`resourceLimits.maxYoungGenerationSizeMb`, about three semi-spaces);
   * default V8's own (48 MB on Node 20), kept for ingestion: 192 MB cut the workers' CPU on their first documents
   * only (about 7%, none once warm) and raised the process's peak RSS by 150-380 MB (bench/HISTORY.md, branch y25).
   */
  youngGenerationMb?: number;
  /**
   * Workers the pool may run until `widen()` lets it run more, up to its size (default: its size). Ingestion starts
   * with one: a second isolate costs its own JIT warm-up and garbage, and while Neo4j's write is the slower side the
   * second core is Neo4j's (bench/HISTORY.md, branch i30).
   */
  startWorkers?: number;
}

/** What a worker receives at start to ask for the shared model (see preparationWorker.ts). */
export interface ModelRequestChannel {
  port: MessagePort;
  /** Int32 slot set to 1 once the answer is on `port`. */
  answered: Int32Array;
}

export class PreparationPool {
  private readonly workers: Slot[] = [];
  private readonly queued: Job[] = [];
  private nextId = 0;
  /** Workers the pool may run now (`widen()` raises it, up to `size`). */
  private allowed: number;
  /** Workers that asked for the shared restoration model (each asks once, on its first damaged document). */
  modelRequests = 0;
  private chosenEntry: WorkerEntry | undefined;

  /** Worker threads at most (one per spare core by default). */
  constructor(
    readonly size = Math.max(1, os.availableParallelism() - 1),
    private readonly options: PoolOptions = {},
  ) {
    this.chosenEntry = options.entry;
    this.allowed = Math.min(size, Math.max(1, options.startWorkers ?? size));
  }

  /**
   * Where this pool's workers start, decided when the first worker starts: the check hashes the bundle's inputs,
   * which a server that never extracts (or not yet) should not pay at start-up.
   */
  get entry(): WorkerEntry {
    this.chosenEntry ??= preparationWorkerEntry();
    return this.chosenEntry;
  }

  /** Workers the pool may run now. */
  get workersAllowed(): number {
    return this.allowed;
  }

  /** Lets the pool run one more worker (up to its size), which takes waiting jobs at once. False when at its size. */
  widen(): boolean {
    if (this.allowed >= this.size) return false;
    this.allowed++;
    this.dispatch();
    return true;
  }

  prepare(bytes: Uint8Array, fileName: string, maxBytes: number): Promise<Prepared> {
    return new Promise<Prepared>((resolve, reject) => {
      this.queued.push({ id: this.nextId++, bytes, fileName, maxBytes, resolve, reject });
      this.dispatch();
    });
  }

  /** The limits each running worker got from V8 (its young generation included), in start order. */
  workerResourceLimits(): ResourceLimits[] {
    return this.workers.map((w) => w.worker.resourceLimits ?? {});
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.splice(0).map((w) => w.worker.terminate()));
  }

  /** Hands waiting jobs, in order, to the least busy worker with room, starting a worker while none is idle. */
  private dispatch(): void {
    while (this.queued.length) {
      if (this.workers.length < this.allowed && !this.workers.some((w) => w.held.size === 0)) this.workers.push(this.start());
      const slot = this.workers.reduce((a, b) => (b.held.size < a.held.size ? b : a));
      if (slot.held.size >= JOBS_PER_WORKER) return;
      const job = this.queued.shift()!;
      // A busy worker keeps the process alive; idle ones must not (a CLI or a test would never exit).
      if (slot.held.size === 0) slot.worker.ref();
      slot.held.set(job.id, job);
      slot.worker.postMessage({ id: job.id, bytes: job.bytes, fileName: job.fileName, maxBytes: job.maxBytes });
    }
  }

  /** The worker answered (or failed) `id`: the job leaves it, and it takes the next waiting one. */
  private settle(slot: Slot, id: number): Job | undefined {
    const job = slot.held.get(id);
    if (!job) return undefined;
    slot.held.delete(id);
    if (slot.held.size === 0) slot.worker.unref();
    this.dispatch();
    return job;
  }

  private start(): Slot {
    const channel = this.options.shareRestorationModel ? this.modelChannel() : null;
    const shared = channel ? { workerData: { model: channel }, transferList: [channel.port] } : {};
    const young = this.options.youngGenerationMb;
    const limits = young === undefined ? {} : { resourceLimits: { maxYoungGenerationSizeMb: young } };
    const worker =
      this.entry.from === 'compiled'
        ? new Worker(this.entry.file, { ...shared, ...limits, execArgv: compiledWorkerExecArgv(process.execArgv) })
        : new Worker(BOOTSTRAP, { eval: true, ...shared, ...limits });
    worker.unref();
    const slot: Slot = { worker, held: new Map() };
    worker.on('message', (msg: { id: number; result?: Prepared; error?: string }) => {
      const job = this.settle(slot, msg.id);
      if (!job) return;
      if (msg.error !== undefined) job.reject(new Error(`Extraction failed in a worker thread: ${msg.error}`));
      else job.resolve(msg.result!);
    });
    worker.on('error', (error) => {
      // A crashed worker fails what it held; the waiting jobs go to the others, or to a new one.
      const i = this.workers.indexOf(slot);
      if (i >= 0) this.workers.splice(i, 1);
      const held = [...slot.held.values()];
      slot.held.clear();
      for (const job of held) job.reject(error);
      this.dispatch();
    });
    return slot;
  }

  /**
   * A channel on which a worker asks for the model: it posts a request and blocks (restoration is
   * synchronous) until this thread has put the tables on the port and set `answered`. A failure to build is
   * answered too, so the worker falls back to reading the file itself.
   */
  private modelChannel(): ModelRequestChannel {
    const { port1, port2 } = new MessageChannel();
    const answered = new Int32Array(new SharedArrayBuffer(4));
    port1.on('message', () => {
      this.modelRequests++;
      try {
        port1.postMessage({ tables: sharedRestorationTables() });
      } catch (error) {
        port1.postMessage({ error: (error as Error).message });
      }
      Atomics.store(answered, 0, 1);
      Atomics.notify(answered, 0);
    });
    // An open port must not keep the process alive once the work is done.
    port1.unref();
    return { port: port2, answered };
  }
}
