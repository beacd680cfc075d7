/**
 * The ingestion pipeline for files: paths -> bytes -> source text (any supported format) -> extraction -> graph.
 * Each document is its own transaction, so one bad file never leaves anything half-written and never
 * stops the others; every file ends up in the report with what happened to it. A file's path is where a
 * text came from (recorded on its version), never which document it is: that is the extracted key.
 * When the database stops answering, ingestion waits a bounded time for it, then stops with what was
 * written; a re-run writes the rest (written documents answer unchanged).
 */
import { readFile, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { SOURCE_EXTENSIONS } from '../formats';
import type { GraphClient } from '../graph/driver';
import { buildIngestRows } from '../graph/documentRows';
import { countGraphItems, ingestBatch, ingestRowsOf, isDatabaseUnavailable, type IngestItem, type IngestOutcome, type IngestStatus } from '../graph/documentStore';
import { DirectiveGraphError, ErrorCode } from '../errors';
import { DEFAULT_DATABASE_WAIT_MS, IngestInterrupted, STALL_NOTICE_MS, SYSTEM_CLOCK, waitForDatabase, watchForStall, type StallClock } from './databaseWait';
import type { PreparationPool } from './preparationPool';
import { prepareDocument } from './prepareDocument';

export { DEFAULT_DATABASE_WAIT_MS, IngestInterrupted } from './databaseWait';
export { prepareDocument, type DocumentSource } from './prepareDocument';

export type FileStatus = IngestStatus | 'would-ingest' | 'rejected' | 'failed';

export interface FileReport {
  file: string;
  status: FileStatus;
  key: string | null;
  symbol: string | null;
  title: string | null;
  references: number;
  tasks: number;
  assignments: number;
  nodes: number;
  relationships: number;
  warnings: string[];
  /** Why a file was rejected or failed: a code and an actionable message. */
  error: { code: string; message: string } | null;
  /** The document's version after this run (null when nothing was written). */
  version: number | null;
  /** UNCHANGED only: the version whose text this file holds (an earlier one for a form the document had before). */
  sameAsVersion: number | null;
  /** Tasks whose recorded progress moved to the new version. */
  carriedTasks: number;
  /** Recorded progress of the previous version with no matching task in the new one. */
  unmatchedTasks: IngestOutcome['unmatchedTasks'];
  ms: number;
}

export interface IngestOptions {
  maxBytes: number;
  dryRun?: boolean;
  /** Documents per write transaction (default DEFAULT_BATCH_SIZE), after smaller first ones (FIRST_BATCH_SIZE). */
  batchSize?: number;
  /**
   * Extract on these worker threads instead of the calling thread (src/ingest/preparationPool.ts): the next
   * documents are read and extracted while the current batch is built and written, so ingestion uses a
   * second core. The caller owns the pool (and closes it). A pool that can `widen()` is asked for one more worker
   * each time the writer waited for extraction (see WRITER_WAIT_SHARE).
   */
  pool?: Pick<PreparationPool, 'prepare' | 'size'> & Partial<Pick<PreparationPool, 'widen'>>;
  /** Apply new texts even when they look like excerpts of the stored versions (SUSPICIOUS_REPLACEMENT). */
  replace?: boolean;
  onProgress?: (done: number, total: number, report: FileReport) => void;
  /** How long to wait for an unreachable database before stopping (default DEFAULT_DATABASE_WAIT_MS). */
  databaseWaitMs?: number;
  /** Silence of a pending write after which the database counts as lost (default STALL_NOTICE_MS). */
  stallNoticeMs?: number;
  /** The clock that silence and the wait for a lost database are measured with (default the system's; tests move one by hand). */
  stallClock?: StallClock;
  /** The database stopped answering: ingestion waits up to `waitMs` for it. */
  onDatabaseLost?: (error: Error, waitMs: number) => void;
  /** The database answers again after onDatabaseLost: ingestion goes on. */
  onDatabaseBack?: () => void;
}



const SOURCE_FILE_EXTENSIONS = new Set<string>(SOURCE_EXTENSIONS);

/**
 * Files named by the user: files as given, folders walked for files of a format we read (the others are
 * listed in `skipped`), and simple globs (`data/*.txt`, `data/**\/*.txt`) expanded without a shell.
 * Sorted, de-duplicated.
 */
export async function expandPaths(inputs: string[]): Promise<{ files: string[]; missing: string[]; skipped: string[] }> {
  const files = new Set<string>();
  const missing: string[] = [];
  const skipped: string[] = [];
  for (const input of inputs) {
    if (/[*?]/.test(input)) {
      const matched = await expandGlob(input);
      if (matched.length === 0) missing.push(input);
      matched.forEach((f) => files.add(f));
      continue;
    }
    const info = await stat(input).catch(ifAbsent(input, null));
    if (!info) missing.push(input);
    else if (info.isDirectory()) (await walk(input, skipped)).forEach((f) => files.add(f));
    else files.add(path.resolve(input));
  }
  return { files: [...files].sort(), missing, skipped: skipped.sort() };
}

/**
 * For a path the user named: `absent` when it is not there (it is reported as matching no file), and otherwise
 * the error, with its path and what to check (a folder that cannot be read is not an empty one).
 */
function ifAbsent<T>(named: string, absent: T): (error: NodeJS.ErrnoException) => T {
  return (error) => {
    if (error.code === 'ENOENT' || error.code === 'ENOTDIR') return absent;
    throw new DirectiveGraphError(
      ErrorCode.BAD_USER_INPUT,
      `${error.path ?? named} cannot be read (${error.code ?? error.message}): check its permissions, or leave it out.`,
      false,
      { cause: error },
    );
  };
}

async function walk(dir: string, skipped: string[]): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    if (entry.name.startsWith('.')) continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await walk(full, skipped)));
    else if (SOURCE_FILE_EXTENSIONS.has(path.extname(entry.name).toLowerCase())) out.push(path.resolve(full));
    else skipped.push(path.resolve(full));
  }
  return out;
}

function globToRegExp(glob: string): RegExp {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const ch = glob[i]!;
    if (ch === '*' && glob[i + 1] === '*') {
      re += '.*';
      i++;
      if (glob[i + 1] === '/') i++;
    } else if (ch === '*') re += '[^/]*';
    else if (ch === '?') re += '[^/]';
    else re += ch.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}

async function expandGlob(glob: string): Promise<string[]> {
  const firstWild = glob.search(/[*?]/);
  const base = glob.slice(0, firstWild).replace(/[^/]*$/, '') || './';
  const re = globToRegExp(path.resolve(glob));
  const all = await walkAll(base).catch(ifAbsent(base, []));
  return all.filter((f) => re.test(f));
}

async function walkAll(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.resolve(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'node_modules' && !entry.name.startsWith('.')) out.push(...(await walkAll(full)));
    } else out.push(full);
  }
  return out;
}

function emptyReport(file: string): FileReport {
  return {
    file,
    status: 'failed',
    key: null,
    symbol: null,
    title: null,
    references: 0,
    tasks: 0,
    assignments: 0,
    nodes: 0,
    relationships: 0,
    warnings: [],
    error: null,
    version: null,
    sameAsVersion: null,
    carriedTasks: 0,
    unmatchedTasks: [],
    ms: 0,
  };
}

/** Reads one file and prepares its document: the only place ingestion touches a file's bytes. */
async function readDocument(file: string, shownAs: string, maxBytes: number): ReturnType<typeof prepareDocument> {
  return prepareDocument(await readFile(file), shownAs, maxBytes);
}

/**
 * Documents written per transaction by default. Neo4j keeps a transaction's whole state (its nodes, relationships,
 * properties and the versions' texts) on its heap until the commit, so a young collection during a write copies all
 * of it, and G1 answers longer pauses with a smaller young generation, hence more collections; each transaction also
 * pays its lock, identity and statement overhead. 10k documents of the bench's corpus (bench/HISTORY.md, branch
 * i33): at 200 per transaction Neo4j spent 88-93 s of CPU, 24 s of it collecting, and paused the write 53-58 s; at 100,
 * 79 s, 11 s and 25 s; at 50, 82-84 s, 2-3 s and 5 s, but 8-10 s more in its statements and more on the client.
 */
export const DEFAULT_BATCH_SIZE = 100;

/**
 * Documents in the first transaction; each next one holds twice as many, up to the batch size (25, 50, 100, 100, ...).
 * The database starts writing once a few documents are extracted, while the workers go on with the rest, instead of
 * idling until a whole first batch is extracted.
 */
export const FIRST_BATCH_SIZE = 25;

/**
 * The writer waited for extraction when the time from one write's end to the next one's start passed this share of
 * that write: then the pool, if it can, runs one more worker. A write that is the slower side finds its next batch
 * ready (no wait), and one worker then leaves the other core to Neo4j; a worker costs its own warm-up (bench/HISTORY.md,
 * branch i30: two workers spent 2-65% more CPU than one on the same 1000 documents, by pass).
 */
export const WRITER_WAIT_SHARE = 0.1;

function failure(report: FileReport, error: unknown): void {
  report.status = 'failed';
  const e = error as { code?: string; message?: string };
  report.error = { code: e.code ?? 'INGEST_FAILED', message: e.message ?? String(error) };
}

function settle(report: FileReport, outcome: IngestOutcome | Error): void {
  if (outcome instanceof Error) {
    failure(report, outcome);
    // Refused, not broken: the file is fine, it needs --replace to be applied.
    if (outcome instanceof DirectiveGraphError && outcome.code === ErrorCode.SUSPICIOUS_REPLACEMENT) report.status = 'rejected';
    return;
  }
  report.status = outcome.status;
  report.nodes = outcome.nodes;
  report.relationships = outcome.relationships;
  report.version = outcome.version;
  report.sameAsVersion = outcome.sameAsVersion;
  report.carriedTasks = outcome.carriedTasks;
  report.unmatchedTasks = outcome.unmatchedTasks;
  for (const t of outcome.unmatchedTasks) {
    report.warnings.push(
      `version ${outcome.version} has no task matching ${t.key} (${t.status}${t.statusNote ? `: ${t.statusNote}` : ''}), ` +
        `"${t.text.slice(0, 80)}"; its progress stays on version ${outcome.version - 1}`,
    );
  }
}

interface Pending {
  report: FileReport;
  item: IngestItem;
  started: number;
}

/**
 * Ingests (or with dryRun, only extracts) each file; never throws for a bad file. Throws IngestInterrupted
 * when the database stays unreachable longer than `databaseWaitMs`, with the reports of what was done.
 * Documents are written in batches (`batchSize` per transaction after smaller first ones, falling back to
 * one per transaction when a batch fails), and the next batch is extracted while the previous one is being
 * written. Progress is
 * reported per document, as soon as its transaction ends.
 */
export async function ingestFiles(graph: GraphClient | null, files: string[], options: IngestOptions): Promise<FileReport[]> {
  const batchSize = Math.max(1, options.batchSize ?? DEFAULT_BATCH_SIZE);
  const waitMs = options.databaseWaitMs ?? DEFAULT_DATABASE_WAIT_MS;
  const noticeMs = options.stallNoticeMs ?? STALL_NOTICE_MS;
  const clock = options.stallClock ?? SYSTEM_CLOCK;
  const reports: FileReport[] = [];
  // Reports are heard as transactions end (two forms of one document are written in separate rounds of a
  // batch); they are returned in file order.
  const fileIndex = new Map<FileReport, number>();
  let pending: Promise<void> = Promise.resolve();
  let batch: Pending[] = [];
  let batchTarget = Math.min(batchSize, FIRST_BATCH_SIZE);
  // Set when the database did not come back in time: no further file is read or written.
  let interrupted: { message: string; cause: unknown } | null = null;

  const finish = (report: FileReport, started: number) => {
    report.ms = performance.now() - started;
    reports.push(report);
    options.onProgress?.(reports.length, files.length, report);
  };

  // Writes one batch; while the database is unreachable, waits for it (bounded) and writes what is left.
  const flush = async (entries: Pending[]): Promise<void> => {
    if (entries.length === 0 || !graph) return;
    let left = entries;
    let lostAt: number | null = null;
    while (left.length) {
      const settled = new Set<number>();
      const attempt = left;
      let abandoned = false;
      let lastAnswer = clock.now();
      try {
        const write = ingestBatch(graph, attempt.map((e) => e.item), {
          onOutcome: (i, outcome) => {
            // A write given up on as hung may still end later: its documents are already counted as not written.
            if (abandoned) return;
            lastAnswer = clock.now();
            settled.add(i);
            settle(attempt[i]!.report, outcome);
            finish(attempt[i]!.report, attempt[i]!.started);
          },
          // A statement answered: the write is slow (a large batch on a loaded machine), not hung. Counting only
          // whole transactions gave up on live ones under load 30-40 (a 200-document transaction past 80 s) and
          // wrote them again, each then answered `unchanged` (225 and 625 of 1000 documents in two runs).
          onAnswer: () => {
            if (!abandoned) lastAnswer = clock.now();
          },
        });
        await watchForStall(write, {
          uri: graph.settings.uri,
          noticeMs,
          waitMs,
          lastAnswer: () => lastAnswer,
          clock,
          onStall: (error) => {
            lostAt ??= clock.now() - noticeMs;
            options.onDatabaseLost?.(error, waitMs);
          },
        });
        if (lostAt !== null) options.onDatabaseBack?.();
        return;
      } catch (error) {
        abandoned = true;
        left = attempt.filter((_, i) => !settled.has(i));
        if (!isDatabaseUnavailable(error)) {
          for (const e of left) {
            failure(e.report, error);
            finish(e.report, e.started);
          }
          return;
        }
        if (lostAt === null) {
          lostAt = clock.now();
          options.onDatabaseLost?.(error as Error, waitMs);
        }
        if (!(await waitForDatabase(graph, lostAt + waitMs, clock))) {
          interrupted = {
            message:
              `Neo4j at ${graph.settings.uri} stopped answering and did not come back within ${Math.round(waitMs / 1000)} s ` +
              `(${(error as Error).message}). Start it (\`npm run db:start\` for the local server) and run the same command ` +
              'again: documents already written answer unchanged and the rest are written.',
            cause: error,
          };
          return;
        }
        options.onDatabaseBack?.();
        lostAt = null;
      }
    }
  };

  // With a pool, documents up to `lookahead` ahead are read and extracted on its threads while this one is
  // handled; results are taken in file order, so reports and batches keep the order of `files`. The window
  // holds a whole batch more than the one being filled: while a full batch waits for the previous write,
  // the workers keep extracting the next one instead of idling.
  const pool = options.pool;
  const lookahead = pool ? batchSize + pool.size * 4 : 0;
  const ahead = new Map<number, ReturnType<typeof prepareDocument>>();
  let nextToPrepare = 0;
  const shownAs = (file: string) => path.relative(process.cwd(), file) || file;
  const prepareAt = (i: number): ReturnType<typeof prepareDocument> => {
    const file = files[i]!;
    if (!pool) return readDocument(file, shownAs(file), options.maxBytes);
    const job = readFile(file).then((bytes) => pool.prepare(bytes, shownAs(file), options.maxBytes));
    // Its failure is reported when its turn comes (awaited below), not as an unhandled rejection meanwhile.
    job.catch(() => undefined);
    return job;
  };

  // When the last write ended and how long it took: the writer's wait before the next one tells whether extraction
  // is the slower side.
  let lastWrite: { ended: number; ms: number } | null = null;
  const write = (entries: Pending[]): Promise<void> => {
    const started = performance.now();
    if (lastWrite && started - lastWrite.ended > lastWrite.ms * WRITER_WAIT_SHARE) pool?.widen?.();
    return flush(entries).finally(() => {
      const ended = performance.now();
      lastWrite = { ended, ms: ended - started };
    });
  };

  for (const [index, file] of files.entries()) {
    if (interrupted) break;
    const started = performance.now();
    const report = emptyReport(shownAs(file));
    fileIndex.set(report, index);
    for (; nextToPrepare < Math.min(files.length, index + 1 + lookahead); nextToPrepare++) ahead.set(nextToPrepare, prepareAt(nextToPrepare));
    const preparing = ahead.get(index) ?? prepareAt(index);
    ahead.delete(index);
    try {
      const prepared = await preparing;
      if (!prepared.ok) {
        report.status = 'rejected';
        report.error = { code: prepared.code, message: prepared.message };
      } else {
        const { extraction } = prepared;
        report.key = extraction.document.key;
        report.symbol = extraction.document.symbol;
        report.title = extraction.document.title;
        report.references = extraction.references.length;
        report.tasks = extraction.tasks.length;
        report.assignments = extraction.assignments.length;
        report.warnings = prepared.warnings;
        if (options.dryRun || !graph) {
          report.status = 'would-ingest';
          Object.assign(report, countGraphItems(buildIngestRows(extraction, report.file, prepared.source)));
        } else {
          const item: IngestItem = {
            extraction,
            sourceFile: path.basename(file),
            sourcePath: report.file,
            text: prepared.text,
            source: prepared.source,
            replace: options.replace === true,
          };
          // Rows are built now, while the previous batch is being written, not inside the next transaction.
          ingestRowsOf(item);
          batch.push({ report, item, started });
          if (batch.length >= batchTarget) {
            await pending;
            if (interrupted) break;
            pending = write(batch);
            batch = [];
            batchTarget = Math.min(batchSize, batchTarget * 2);
          }
          continue;
        }
      }
    } catch (error) {
      failure(report, error);
    }
    finish(report, started);
  }
  await pending;
  if (!interrupted) await flush(batch);
  const stopped = interrupted as { message: string; cause: unknown } | null;
  reports.sort((a, b) => fileIndex.get(a)! - fileIndex.get(b)!);
  if (stopped) throw new IngestInterrupted(stopped.message, reports, files.length - reports.length, stopped.cause);
  return reports;
}
