/**
 * The ingestion pipeline for files: paths -> bytes -> source text (any supported format) -> extraction -> graph.
 * Each document is its own transaction, so one bad file never leaves anything half-written and never
 * stops the others; every file ends up in the report with what happened to it.
 */
import { readFile, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { readSource, SOURCE_EXTENSIONS, SourceReadError, type SourceFormat } from '../formats';
import { extractDocument } from '../extract/extractDocument';
import type { Extraction } from '../extract/types';
import type { GraphClient } from '../graph/driver';
import { buildIngestRows } from '../graph/documentRows';
import { countGraphItems, ingestBatch, type IngestItem, type IngestStatus } from '../graph/documentStore';

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
  ms: number;
}

export interface IngestOptions {
  maxBytes: number;
  dryRun?: boolean;
  /** Documents per write transaction (default DEFAULT_BATCH_SIZE). */
  batchSize?: number;
  onProgress?: (done: number, total: number, report: FileReport) => void;
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
    const info = await stat(input).catch(() => null);
    if (!info) missing.push(input);
    else if (info.isDirectory()) (await walk(input, skipped)).forEach((f) => files.add(f));
    else files.add(path.resolve(input));
  }
  return { files: [...files].sort(), missing, skipped: skipped.sort() };
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
  const all = await walkAll(base).catch(() => []);
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
    ms: 0,
  };
}

/** The file a document came from: its format and the sha256 of its original bytes. */
export interface DocumentSource {
  format: SourceFormat;
  hash: string;
}

/** Read (any supported format) and extract one document's bytes; a rejection carries the reader's code and message. */
export async function prepareDocument(
  bytes: Uint8Array,
  fileName: string,
  maxBytes: number,
): Promise<{ ok: true; extraction: Extraction; warnings: string[]; source: DocumentSource } | { ok: false; code: string; message: string }> {
  let source;
  try {
    source = await readSource(bytes, { fileName, maxBytes });
  } catch (error) {
    if (error instanceof SourceReadError) return { ok: false, code: error.code, message: error.message };
    throw error;
  }
  const extraction = extractDocument(source.text, { fileName: path.basename(fileName), metadata: source.metadata });
  // A text with no sign of a government document would only add noise to the graph: refuse it whole.
  const notADocument = extraction.warnings.find((w) => w.code === 'NOT_A_GOVERNMENT_DOCUMENT');
  if (notADocument) {
    return {
      ok: false,
      code: 'NOT_A_GOVERNMENT_DOCUMENT',
      message: `${fileName}: ${notADocument.message} Nothing was ingested; check that this is the right file.`,
    };
  }
  return {
    ok: true,
    extraction,
    warnings: [...source.warnings.map((w) => w.message), ...extraction.warnings.map((w) => w.message)],
    source: { format: source.format, hash: source.sourceHash },
  };
}

/** Documents written per transaction by default; chosen from `npm run bench` (see bench/RESULTS.md). */
export const DEFAULT_BATCH_SIZE = 25;

function failure(report: FileReport, error: unknown): void {
  report.status = 'failed';
  const e = error as { code?: string; message?: string };
  report.error = { code: e.code ?? 'INGEST_FAILED', message: e.message ?? String(error) };
}

/**
 * Ingests (or with dryRun, only extracts) each file; never throws for a bad file.
 * Documents are written in batches (`batchSize` per transaction, falling back to one per transaction when
 * a batch fails), and the next batch is extracted while the previous one is being written.
 */
export async function ingestFiles(graph: GraphClient | null, files: string[], options: IngestOptions): Promise<FileReport[]> {
  const batchSize = Math.max(1, options.batchSize ?? DEFAULT_BATCH_SIZE);
  const reports: FileReport[] = [];
  let pending: Promise<void> = Promise.resolve();
  let batch: { report: FileReport; item: IngestItem; started: number }[] = [];

  const finish = (report: FileReport, started: number) => {
    report.ms = performance.now() - started;
    reports.push(report);
    options.onProgress?.(reports.length, files.length, report);
  };
  const flush = (entries: typeof batch): Promise<void> => {
    if (entries.length === 0 || !graph) return Promise.resolve();
    return ingestBatch(graph, entries.map((e) => e.item)).then(
      (outcomes) =>
        entries.forEach(({ report, started }, i) => {
          const outcome = outcomes[i]!;
          if (outcome instanceof Error) failure(report, outcome);
          else {
            report.status = outcome.status;
            report.nodes = outcome.nodes;
            report.relationships = outcome.relationships;
            if (outcome.replacedKeys.length) {
              report.warnings.push(`replaces ${outcome.replacedKeys.join(', ')} ingested earlier from this file`);
            }
          }
          finish(report, started);
        }),
      (error: unknown) =>
        entries.forEach(({ report, started }) => {
          failure(report, error);
          finish(report, started);
        }),
    );
  };

  for (const file of files) {
    const started = performance.now();
    const report = emptyReport(path.relative(process.cwd(), file) || file);
    try {
      const bytes = await readFile(file);
      const prepared = await prepareDocument(bytes, report.file, options.maxBytes);
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
          batch.push({ report, item: { extraction, sourceFile: path.basename(file), source: prepared.source }, started });
          if (batch.length >= batchSize) {
            await pending;
            pending = flush(batch);
            batch = [];
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
  await flush(batch);
  return reports;
}
