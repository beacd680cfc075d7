/**
 * Measure 1: extraction throughput on one core (this process's single JS thread) against a floor measured in
 * the same run over the same files: read the file, one NFC normalization, one simple regex pass.
 * Also scores extraction recall against what the generator planted. What is timed is the compiled code ingestion's
 * workers run (dist/extraction.js, rebuilt here when a source changed; scripts/lib/compiledExtraction.ts), not the
 * sources through tsx; `BENCH_EXTRACTION_TSX=1` times the sources instead. The table's notes say which ran.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../../src/config';
import type { Extraction } from '../../src/extract/types';
import type { buildIngestRows as BuildIngestRows } from '../../src/graph/documentRows';
import { describeCode, loadExtraction, type Extract, type LoadedExtraction } from '../../scripts/lib/compiledExtraction';
import { emptyScore, scoreDocument, scoreRows } from '../generator/score';
import { extractionScalingTable } from './extractionScaling';
import type { Ctx, SectionReport } from '../lib/context';
import { fmt, times } from '../lib/stats';
import { restorationTable } from './restoration';

// The floor's "simple regex pass": every number-and-symbol-looking token ("2898/QĐ-UBND", "05-NQ/TU").
const FLOOR_RE = /\d+\s?[/-]\s?[\p{Lu}Đ]{1,8}(?:[/-][\p{Lu}\p{Ll}Đđ0-9]{1,10})*/gu;

interface Pass {
  docs: number;
  bytes: number;
  seconds: number;
}

function floorPass(files: readonly string[]): Pass {
  let bytes = 0;
  let found = 0;
  const t0 = performance.now();
  for (const f of files) {
    const text = readFileSync(f, 'utf8');
    bytes += Buffer.byteLength(text);
    const nfc = text.normalize('NFC');
    for (const _ of nfc.matchAll(FLOOR_RE)) found++;
  }
  const seconds = (performance.now() - t0) / 1000;
  if (found < 0) throw new Error('unreachable'); // keeps the loop from being optimized away
  return { docs: files.length, bytes, seconds };
}

function extractPass(files: readonly string[], extract: Extract, each?: (i: number, e: Extraction) => void): Pass {
  let bytes = 0;
  let seconds = 0;
  files.forEach((f, i) => {
    // Only the read and the extraction are timed; scoring and row building are not.
    const t0 = performance.now();
    const text = readFileSync(f, 'utf8');
    const e = extract(text, { fileName: path.basename(f) });
    seconds += (performance.now() - t0) / 1000;
    bytes += Buffer.byteLength(text);
    each?.(i, e);
  });
  return { docs: files.length, bytes, seconds };
}

/** Real documents as users have them: `readSource` (format stage) then extraction, each timed apart. */
async function realPass(files: readonly string[], extract: Extract, readSource: LoadedExtraction['readSource']): Promise<Pass & { formatSeconds: number }> {
  let bytes = 0;
  let seconds = 0;
  let formatSeconds = 0;
  for (const f of files) {
    const t0 = performance.now();
    const raw = readFileSync(f);
    const source = await readSource(raw, { fileName: path.basename(f) });
    const t1 = performance.now();
    extract(source.text, { fileName: path.basename(f), metadata: source.metadata });
    const t2 = performance.now();
    formatSeconds += (t1 - t0) / 1000;
    seconds += (t2 - t0) / 1000;
    bytes += raw.byteLength;
  }
  return { docs: files.length, bytes, seconds, formatSeconds };
}

function row(label: string, p: Pass, floor: Pass): string[] {
  const mbs = (x: Pass) => x.bytes / 1e6 / x.seconds;
  return [
    label,
    String(p.docs),
    fmt(p.bytes / 1e6, 2),
    fmt(floor.docs / floor.seconds),
    fmt(mbs(floor), 1),
    fmt(p.docs / p.seconds),
    fmt(mbs(p), 2),
    times(mbs(floor), mbs(p)),
  ];
}

export async function extractionSection(ctx: Ctx, s: SectionReport): Promise<void> {
  let loaded: LoadedExtraction;
  let buildIngestRows: typeof BuildIngestRows;
  try {
    loaded = await loadExtraction(process.env.BENCH_EXTRACTION_TSX === '1' ? 'sources' : 'compiled');
    buildIngestRows = (await import('../../src/graph/documentRows')).buildIngestRows;
  } catch (error) {
    s.status = 'skipped';
    s.reason = `extractDocument is not available (${(error as Error).message.split('\n')[0]})`;
    return;
  }
  const extract = loaded.extractDocument;
  ctx.log(`extraction: measuring the ${describeCode(loaded.code)}`);
  const corpus = ctx.corpus!;
  const files = corpus.files.slice(0, ctx.args.extractionDocs);
  ctx.log(`extraction: ${files.length} synthetic documents, warm-up then floor / extract / floor passes`);
  floorPass(files.slice(0, 30));
  extractPass(files.slice(0, 30), extract);
  const floor1 = floorPass(files);
  const score = emptyScore();
  const synthetic = extractPass(files, extract, (i, e) => {
    scoreDocument(score, corpus.manifests[i]!, e);
    ctx.rows[i] = buildIngestRows(e, path.basename(files[i]!));
  });
  const floor2 = floorPass(files);
  const floor = floor1.seconds <= floor2.seconds ? floor1 : floor2;

  const sampleDir = path.join(PROJECT_ROOT, 'data', 'corpus');
  const samples = readdirSync(sampleDir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => path.join(sampleDir, f));
  // The samples are few: repeat them so the timing is not a handful of milliseconds.
  const repeated = Array.from({ length: 10 }, () => samples).flat();
  const sampleFloor = floorPass(repeated);
  const sampleExtract = extractPass(repeated, extract);

  // Real documents (the gold set's originals: Markdown exports and saved portal pages), repeated for timing.
  const realDir = path.join(PROJECT_ROOT, 'data', 'real');
  const realFiles = readdirSync(realDir)
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => path.join(realDir, f));
  const realRepeated = Array.from({ length: 3 }, () => realFiles).flat();
  await realPass(realFiles.slice(0, 5), extract, loaded.readSource);
  const realFloor = floorPass(realRepeated);
  const real = await realPass(realRepeated, extract, loaded.readSource);
  const realFormat: Pass = { docs: real.docs, bytes: real.bytes, seconds: real.formatSeconds };

  const ratio = synthetic.bytes / synthetic.seconds / (floor.bytes / floor.seconds);
  // Issue 13's goal: within 15x of the floor, on the synthetic corpus and on the real documents.
  const realRatio = real.bytes / real.seconds / (realFloor.bytes / realFloor.seconds);
  ctx.goals.push({ label: 'extraction: floor MB/s / extractDocument MB/s (synthetic corpus)', value: 1 / ratio, goal: 'within 15x of the floor', worse: 1 / ratio / 15 });
  ctx.goals.push({ label: 'extraction: floor MB/s / formats + extractDocument MB/s (real documents)', value: 1 / realRatio, goal: 'within 15x of the floor', worse: 1 / realRatio / 15 });
  s.tables.push({
    title: 'Extraction throughput, one core',
    header: ['input', 'docs', 'MB', 'floor docs/s', 'floor MB/s', 'extractDocument docs/s', 'extractDocument MB/s', 'floor / extract'],
    rows: [
      row('synthetic corpus', synthetic, floor),
      row(`the ${samples.length} samples x10`, sampleExtract, sampleFloor),
      row(`${realFiles.length} real documents x3: formats + extraction`, real, realFloor),
      row(`${realFiles.length} real documents x3: formats stage alone`, realFormat, realFloor),
    ],
    notes: [
      'Floor: `readFileSync` + one `normalize("NFC")` + one regex pass (number-and-symbol tokens) per file, same files, same process; the faster of two passes (before and after extraction).',
      'extractDocument: `readFileSync` + `extractDocument(text)` per file, after a 30-document warm-up; single JS thread.',
      `Code measured: ${describeCode(loaded.code)}${loaded.code.from === 'compiled' ? ", as ingestion's extraction workers run it" : ''}.`,
      'Real documents: data/real (Markdown exports of DOCX files and saved portal pages), read as users have them: `readSource` (format detection, Markdown/portal layout, metadata) then `extractDocument`; MB are the original bytes.',
      `Goal: extraction within 15x of the floor. Measured: ${times(floor.bytes / floor.seconds, synthetic.bytes / synthetic.seconds)} slower on the synthetic corpus, ${times(realFloor.bytes / realFloor.seconds, real.bytes / real.seconds)} on the real documents.`,
    ],
  });
  s.tables.push(restorationTable(repeated));
  s.tables.push(extractionScalingTable(extract));
  s.tables.push({
    title: 'Extraction recall on the synthetic corpus (planted vs found)',
    header: ['measure', 'planted', 'found', 'rate'],
    rows: scoreRows(score),
    notes: ['Planted = what bench/generator wrote into each document (manifest); keys compared exactly, bodies by folded name with UBND/HĐND/MTTQ abbreviations unified.'],
  });
}
