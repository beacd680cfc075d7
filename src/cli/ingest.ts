/**
 * `npm run ingest -- PATH... [--dry-run] [--replace] [--batch-size N] [--db-wait SECONDS]`: files, folders
 * or globs into the graph. A progress bar with documents/s on a terminal, one plain line per document
 * otherwise, and a summary table at the end. Exit code 1 when any file was rejected or failed, or when the
 * database went away and did not come back within the wait.
 */
import path from 'node:path';
import { loadSettings, type DriverTimeouts } from '../config';
import { SOURCE_EXTENSIONS } from '../formats';
import { DEFAULT_BATCH_SIZE, DEFAULT_DATABASE_WAIT_MS, expandPaths, IngestInterrupted, ingestFiles, type FileReport } from '../ingest/ingestFiles';
import { INGESTION_POOL_OPTIONS, ingestionPoolSize, PreparationPool } from '../ingest/preparationPool';
import { openGraph } from '../graph/openGraph';
import { fail, runCli } from './runCli';
import { reportWarning, WarningCode } from '../warnings';

const USAGE =
  'Usage: npm run ingest -- PATH... [--dry-run] [--replace] [--batch-size N] [--db-wait SECONDS]   ' +
  '(files, folders, or globs such as "data/**/*.txt")';

/**
 * Driver settings of this command: a lost server shows up within seconds, not after the driver's default
 * 30 s of retries per transaction (times the documents of a batch), so the user hears of it within 30 s.
 */
const CLI_DRIVER_TIMEOUTS: DriverTimeouts = { connectionTimeoutMs: 5_000, connectionAcquisitionTimeoutMs: 10_000, maxTransactionRetryTimeMs: 10_000 };

/** `--name value` or `--name=value`; null when absent. */
function optionValue(args: string[], name: string): string | null {
  const i = args.findIndex((a) => a === name || a.startsWith(`${name}=`));
  if (i < 0) return null;
  const arg = args[i]!;
  const value = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : args[i + 1];
  if (value === undefined || value.startsWith('--')) fail('BAD_USER_INPUT', `${name} needs a value. ${USAGE}`);
  return value;
}

function positiveNumber(value: string | null, name: string, fallback: number): number {
  if (value === null) return fallback;
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) fail('BAD_USER_INPUT', `${name} must be a positive number, got "${value}". ${USAGE}`);
  return n;
}

function progressLine(done: number, total: number, startedMs: number, last: FileReport): string {
  const width = 24;
  const filled = Math.round((done / total) * width);
  const rate = done / Math.max((performance.now() - startedMs) / 1000, 0.001);
  return `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} ${rate.toFixed(1)} docs/s  ${last.file}`;
}

export function summaryTable(reports: FileReport[]): string {
  const header = ['file', 'status', 'document', 'refs', 'tasks', 'assign', 'nodes', 'rels', 'ms'];
  const rows = reports.map((r) => [
    r.file,
    r.status,
    r.symbol ?? (r.key ? r.key.slice(0, 40) : '-'),
    String(r.references),
    String(r.tasks),
    String(r.assignments),
    String(r.nodes),
    String(r.relationships),
    r.ms.toFixed(0),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join('  ');
  const out = [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)];
  const problems = reports.filter((r) => r.error || r.warnings.length);
  if (problems.length) {
    out.push('', 'Problems:');
    for (const r of problems) {
      if (r.error) out.push(`  ${r.file}: ${r.error.code}: ${r.error.message}`);
      for (const w of r.warnings) out.push(`  ${r.file}: warning: ${w}`);
    }
  }
  const earlierForms = reports.filter((r) => r.status === 'unchanged' && r.sameAsVersion !== null && r.sameAsVersion !== r.version);
  if (earlierForms.length) {
    out.push('', 'Forms already held (unchanged):');
    for (const r of earlierForms) {
      out.push(`  ${r.file}: the text of version ${r.sameAsVersion} of ${r.key}, now at version ${r.version}; nothing changed`);
    }
  }
  const carried = reports.filter((r) => r.status === 'updated' && r.carriedTasks > 0);
  if (carried.length) {
    out.push('', 'New versions:');
    for (const r of carried) out.push(`  ${r.file}: version ${r.version}, recorded progress of ${r.carriedTasks} task(s) carried over`);
  }
  const reread = reports.filter((r) => r.status === 'reextracted');
  if (reread.length) {
    out.push('', 'Re-extracted in place (the same text, read by this release\'s rules):');
    for (const r of reread) out.push(`  ${r.file}: ${r.key}, version ${r.version} kept, recorded progress of ${r.carriedTasks} task(s) carried over`);
  }
  const by = (s: string) => reports.filter((r) => r.status === s).length;
  out.push(
    '',
    `${reports.length} files: ${by('created')} created, ${by('updated')} updated, ${by('reextracted')} re-extracted, ${by('unchanged')} unchanged, ` +
      `${by('would-ingest')} dry-run, ${by('rejected')} rejected, ${by('failed')} failed`,
  );
  return out.join('\n');
}

/** One plain line per document; a new version says what became of recorded progress. */
function plainLine(done: number, total: number, report: FileReport): string {
  const version = report.status === 'updated' ? ` (version ${report.version}, ${report.carriedTasks} task status(es) carried` +
    `${report.unmatchedTasks.length ? `, ${report.unmatchedTasks.length} without a matching task` : ''})` : '';
  const error = report.error ? ` ${report.error.code}` : '';
  const earlier = report.status === 'unchanged' && report.sameAsVersion !== null && report.sameAsVersion !== report.version;
  if (earlier) return `${done}/${total} ${report.status} ${report.file} (the text of version ${report.sameAsVersion})`;
  return `${done}/${total} ${report.status} ${report.file}${version}${error}`;
}

const VALUE_OPTIONS = ['--batch-size', '--db-wait'];
/** How long closing the connections may take after the database was lost. */
const CLOSE_WAIT_MS = 5_000;
let hungConnections = false;
const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms).unref());
/**
 * The extraction workers run from dist/preparationWorker.js when dist/ is current (cheaper than the sources
 * through tsx; bench/HISTORY.md): after a clone or an edit, build it first (a second or two). A failed build is
 * said and the workers run the sources, which give the same result.
 */
async function buildWorkersIfStale(): Promise<void> {
  const { buildServer } = await import('../../scripts/buildServer.mjs');
  try {
    buildServer({ log: (line) => console.error(`[build] ${line}`) });
  } catch (error) {
    reportWarning(WarningCode.SERVER_BUILD_FAILED, `${(error as Error).message.split('\n')[0]} The extraction workers run the sources through tsx instead.`);
  }
}

const FLAGS = ['--dry-run', '--replace'];

await runCli(async () => {
  const args = process.argv.slice(2);
  const dryRun = args.includes('--dry-run');
  const replace = args.includes('--replace');
  const batchSize = Math.floor(positiveNumber(optionValue(args, '--batch-size'), '--batch-size', DEFAULT_BATCH_SIZE));
  const waitMs = positiveNumber(optionValue(args, '--db-wait'), '--db-wait', DEFAULT_DATABASE_WAIT_MS / 1000) * 1000;
  const paths: string[] = [];
  const unknown: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (VALUE_OPTIONS.includes(a)) i++;
    else if (a.startsWith('--')) {
      if (!FLAGS.includes(a) && !VALUE_OPTIONS.some((o) => a.startsWith(`${o}=`))) unknown.push(a);
    } else paths.push(a);
  }
  if (unknown.length) fail('BAD_USER_INPUT', `Unknown option ${unknown.join(', ')}. ${USAGE}`);
  if (paths.length === 0) fail('BAD_USER_INPUT', `No path given. ${USAGE}`);

  const settings = loadSettings();
  const { files, missing, skipped } = await expandPaths(paths);
  for (const m of missing) reportWarning(WarningCode.NO_MATCHING_FILE, `${m} matches no file.`);
  for (const s of skipped) console.error(`skipped ${path.relative(process.cwd(), s) || s}: not a format we read (${SOURCE_EXTENSIONS.join(' ')})`);
  if (files.length === 0) fail('BAD_USER_INPUT', `Nothing to ingest: no text files under ${paths.join(', ')}.`);

  const graph = dryRun ? null : await openGraph(settings, { timeouts: CLI_DRIVER_TIMEOUTS });
  // Several files: extraction runs on worker threads (one per core) while this thread builds rows and writes.
  if (files.length > 1) await buildWorkersIfStale();
  const pool = files.length > 1 ? new PreparationPool(Math.min(files.length, ingestionPoolSize()), INGESTION_POOL_OPTIONS) : undefined;
  const tty = process.stdout.isTTY === true;
  const started = performance.now();
  const finish = (reports: FileReport[]) => {
    if (tty) process.stdout.write('\n');
    console.log(summaryTable(reports));
    const seconds = (performance.now() - started) / 1000;
    console.log(`${(reports.length / seconds).toFixed(1)} documents/s over ${seconds.toFixed(1)} s`);
  };
  try {
    const reports = await ingestFiles(graph, files, {
      maxBytes: settings.maxDocumentBytes,
      dryRun,
      replace,
      batchSize,
      pool,
      databaseWaitMs: waitMs,
      onProgress: (done, total, report) => {
        if (tty) process.stdout.write(`\r\x1b[K${progressLine(done, total, started, report)}`);
        else console.log(plainLine(done, total, report));
      },
      onDatabaseLost: (error, wait) => {
        if (tty) process.stdout.write('\n');
        reportWarning(
          WarningCode.DATABASE_UNAVAILABLE,
          `Neo4j at ${graph?.settings.uri} stopped answering (${error.message}). Waiting up to ${Math.round(wait / 1000)} s for it to come back...`,
        );
      },
      onDatabaseBack: () => console.error(`Neo4j at ${graph?.settings.uri} answers again: going on.`),
    });
    finish(reports);
    if (reports.some((r) => r.status === 'rejected' || r.status === 'failed')) process.exitCode = 1;
  } catch (error) {
    if (!(error instanceof IngestInterrupted)) throw error;
    finish(error.reports);
    // A hung connection may never close: give closing a few seconds, then let the process end regardless.
    hungConnections = true;
    fail(error.code, `${error.message} Stopped with ${error.notWritten} of ${files.length} file(s) not written.`);
  } finally {
    await pool?.close();
    if (graph) await (hungConnections ? Promise.race([graph.close(), delay(CLOSE_WAIT_MS)]) : graph.close());
  }
}, { usage: USAGE });
if (hungConnections) setTimeout(() => process.exit(), 1_000).unref();
