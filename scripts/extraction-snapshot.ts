/**
 * Snapshot of extraction output, to prove a refactor or a speed-up changes nothing (or only what it means to).
 *
 *   npx tsx scripts/extraction-snapshot.ts write DIR [--also DIR ...]
 *   npx tsx scripts/extraction-snapshot.ts compare DIR [--also DIR ...]
 *   npx tsx scripts/extraction-snapshot.ts loop N [--also DIR ...]
 *
 * Every document of data/corpus, data/real and tests/fixtures/real-formats (plus each `--also` folder) is read
 * through `readSource` as `npm run extract` reads it, and its whole `extractDocument` result is written as
 * JSON to DIR (one file per document, named after its folder and file). `compare` extracts again and reports
 * every document whose JSON differs from DIR's, with the first differing lines; it exits 1 when any differs.
 * `loop` reads the sources once and extracts them N times (for `node --cpu-prof`), printing MB/s.
 * A document `readSource` refuses (a damaged DOCX, an image OCR finds no text in) is part of the snapshot as its
 * refusal, `{"refused": {"code", "message"}}`, so a change to what is read or refused shows as a difference too.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../src/config';
import { readSource, SourceReadError, SOURCE_EXTENSIONS, type SourceText } from '../src/formats';
import { extractDocument } from '../src/extract/extractDocument';

const DEFAULT_DIRS = ['data/corpus', 'data/real', 'tests/fixtures/real-formats'];

interface Input {
  /** Snapshot file name: folder and file, path separators replaced. */
  id: string;
  file: string;
}

function inputs(extra: readonly string[]): Input[] {
  const out: Input[] = [];
  for (const dir of [...DEFAULT_DIRS.map((d) => path.join(PROJECT_ROOT, d)), ...extra.map((d) => path.resolve(d))]) {
    const label = path.relative(PROJECT_ROOT, dir).replace(/^(\.\.\/)+/, '').replace(/[/\\]/g, '_');
    for (const name of readdirSync(dir).sort()) {
      if (!(SOURCE_EXTENSIONS as readonly string[]).includes(path.extname(name).toLowerCase())) continue;
      // The fixtures' README describes them; it is not a document.
      if (name === 'README.md') continue;
      out.push({ id: `${label}__${name}.json`, file: path.join(dir, name) });
    }
  }
  return out;
}

interface Refusal {
  refused: { code: string; message: string };
}

/** The document's source text, or `readSource`'s refusal of it; any other error is a bug and stops the run. */
async function read(input: Input): Promise<SourceText | Refusal> {
  try {
    return await readSource(readFileSync(input.file), { fileName: path.basename(input.file) });
  } catch (error) {
    if (!(error instanceof SourceReadError)) throw error;
    return { refused: { code: error.code, message: error.message } };
  }
}

function extract(input: Input, source: SourceText) {
  return extractDocument(source.text, { fileName: path.basename(input.file), metadata: source.metadata });
}

function extractJson(input: Input, source: SourceText | Refusal): string {
  return `${JSON.stringify('refused' in source ? source : extract(input, source), null, 1)}\n`;
}

function firstDifference(a: string, b: string): string {
  const la = a.split('\n');
  const lb = b.split('\n');
  for (let i = 0; i < Math.max(la.length, lb.length); i++) {
    if (la[i] !== lb[i]) return `line ${i + 1}:\n    was: ${la[i] ?? '(end)'}\n    now: ${lb[i] ?? '(end)'}`;
  }
  return '(no line differs)';
}

async function main(): Promise<void> {
  const [mode, arg, ...rest] = process.argv.slice(2);
  const also: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    if (rest[i] === '--also' && rest[i + 1]) also.push(rest[++i]!);
    else throw new Error(`Unknown argument ${rest[i]}. Usage: extraction-snapshot.ts write|compare DIR | loop N [--also DIR ...]`);
  }
  if (!mode || !arg || !['write', 'compare', 'loop'].includes(mode)) {
    throw new Error('Usage: extraction-snapshot.ts write|compare DIR | loop N [--also DIR ...]');
  }
  const list = inputs(also);
  if (mode === 'loop') {
    const rounds = Number(arg);
    const sources = await Promise.all(list.map(async (input) => ({ input, source: await read(input) })));
    // A refused document has nothing to extract; it is left out of the timing.
    const readable = sources.flatMap(({ input, source }) => ('refused' in source ? [] : [{ input, source }]));
    const bytes = readable.reduce((sum, { input }) => sum + readFileSync(input.file).byteLength, 0);
    // CPU time as well as wall time: the machine may be shared, and CPU time is what a change saves.
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    for (let r = 0; r < rounds; r++) readable.forEach(({ input, source }) => extract(input, source));
    const cpu = process.cpuUsage(c0);
    const seconds = (performance.now() - t0) / 1000;
    const cpuSeconds = (cpu.user + cpu.system) / 1e6;
    const mb = (bytes * rounds) / 1e6;
    console.log(
      `${readable.length} documents (${list.length - readable.length} refused) x${rounds} (${mb.toFixed(2)} MB): wall ${seconds.toFixed(2)} s (${(mb / seconds).toFixed(2)} MB/s), ` +
        `CPU ${cpuSeconds.toFixed(2)} s (${(mb / cpuSeconds).toFixed(2)} MB/s)`,
    );
    return;
  }
  const dir = path.resolve(arg);
  if (mode === 'write') mkdirSync(dir, { recursive: true });
  else if (!existsSync(dir)) throw new Error(`No snapshot at ${dir}: write one first.`);
  let differ = 0;
  for (const input of list) {
    const json = extractJson(input, await read(input));
    const target = path.join(dir, input.id);
    if (mode === 'write') {
      writeFileSync(target, json);
      continue;
    }
    const before = existsSync(target) ? readFileSync(target, 'utf8') : null;
    if (before === json) continue;
    differ++;
    console.log(`DIFFERS ${input.id}: ${before === null ? 'not in the snapshot' : firstDifference(before, json)}`);
  }
  console.log(`${mode === 'write' ? 'wrote' : 'compared'} ${list.length} documents${mode === 'compare' ? `, ${differ} differ` : ''} (${dir})`);
  if (differ > 0) process.exitCode = 1;
}

await main();
