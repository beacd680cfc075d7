/**
 * `npm run ingest -- PATH... [--dry-run]`: files, folders or globs into the graph.
 * A progress bar with documents/s on a terminal, one plain line per document otherwise, and a summary
 * table at the end. Exit code 1 when any file was rejected or failed.
 */
import path from 'node:path';
import { loadSettings } from '../config';
import { SOURCE_EXTENSIONS } from '../formats';
import { expandPaths, ingestFiles, type FileReport } from '../ingest/ingestFiles';
import { openGraph } from '../graph/openGraph';
import { fail, runCli } from './runCli';

const USAGE = 'Usage: npm run ingest -- PATH... [--dry-run]   (files, folders, or globs such as "data/**/*.txt")';

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
  const by = (s: string) => reports.filter((r) => r.status === s).length;
  out.push(
    '',
    `${reports.length} files: ${by('created')} created, ${by('updated')} updated, ${by('unchanged')} unchanged, ` +
      `${by('would-ingest')} dry-run, ${by('rejected')} rejected, ${by('failed')} failed`,
  );
  return out.join('\n');
}

await runCli(async () => {
  const args = process.argv.slice(2);
  const dryRun = args.includes('--dry-run');
  const paths = args.filter((a) => !a.startsWith('--'));
  const unknown = args.filter((a) => a.startsWith('--') && a !== '--dry-run');
  if (unknown.length) fail('BAD_USER_INPUT', `Unknown option ${unknown.join(', ')}. ${USAGE}`);
  if (paths.length === 0) fail('BAD_USER_INPUT', `No path given. ${USAGE}`);

  const settings = loadSettings();
  const { files, missing, skipped } = await expandPaths(paths);
  for (const m of missing) console.error(`warning: ${m} matches no file`);
  for (const s of skipped) console.error(`skipped ${path.relative(process.cwd(), s) || s}: not a format we read (${SOURCE_EXTENSIONS.join(' ')})`);
  if (files.length === 0) fail('BAD_USER_INPUT', `Nothing to ingest: no text files under ${paths.join(', ')}.`);

  const graph = dryRun ? null : await openGraph(settings);
  const tty = process.stdout.isTTY === true;
  const started = performance.now();
  try {
    const reports = await ingestFiles(graph, files, {
      maxBytes: settings.maxDocumentBytes,
      dryRun,
      onProgress: (done, total, report) => {
        if (tty) process.stdout.write(`\r\x1b[K${progressLine(done, total, started, report)}`);
        else console.log(`${done}/${total} ${report.status} ${report.file}`);
      },
    });
    if (tty) process.stdout.write('\n');
    console.log(summaryTable(reports));
    const seconds = (performance.now() - started) / 1000;
    console.log(`${(reports.length / seconds).toFixed(1)} documents/s over ${seconds.toFixed(1)} s`);
    if (reports.some((r) => r.status === 'rejected' || r.status === 'failed')) process.exitCode = 1;
  } finally {
    await graph?.close();
  }
});
