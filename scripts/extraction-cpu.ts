/**
 * Extraction CPU time per MB, against the bench's floor, for the inputs issue 13 names:
 *
 *   npx tsx scripts/extraction-cpu.ts [--synthetic DIR] [--also DIR ...] [--rounds N] [--base ROOT] [--from compiled|sources] [--profile FILE]
 *
 * Groups: the synthetic corpus (`npm run gen:corpus -- --docs 1000 --seed bench-1`, read as the bench reads it),
 * the samples (data/corpus), and the real documents (data/real plus each `--also` folder, through `readSource`
 * once, outside the timing). Each group is timed in CPU time (process.cpuUsage: the machine may be shared, and a
 * busy neighbour inflates wall time, not this process's CPU), as ms per MB of source, and divided by the
 * bench's floor (read, one NFC normalization, one regex pass) timed in the same round.
 *
 * What is timed is the compiled code ingestion's workers run (dist/extraction.js, built first when a source changed:
 * scripts/lib/compiledExtraction.ts); `--from sources` times the TypeScript sources through tsx instead (2-6% more CPU).
 *
 * `--base ROOT` also loads `extractDocument` from another checkout (e.g. `git archive` of the starting commit),
 * compiled the same way into ROOT/dist/extractDocument.js (or its sources with `--from sources`), and alternates
 * the two document by document, so a before/after ratio comes from one process under one load. ROOT may also be a
 * bundle file (.js) exporting `extractDocument`: with `--from sources`, a bundle of this checkout weighs what tsx costs.
 * `--profile FILE` writes a CPU profile (.cpuprofile) of one round of this checkout's extraction over all groups.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../src/config';
import { medianOf, ownCpuMs, writeCpuProfile } from './lib/measure';
import { parseArgs } from './lib/args';
import { readSource, SOURCE_EXTENSIONS } from '../src/formats';
import type { ExtractOptions } from '../src/extract/extractDocument';
import { describeCode, loadExtraction, loadOtherExtraction, type CodeChoice, type Extract } from './lib/compiledExtraction';

// The bench's floor regex (bench/sections/extraction.ts).
const FLOOR_RE = /\d+\s?[/-]\s?[\p{Lu}Đ]{1,8}(?:[/-][\p{Lu}\p{Ll}Đđ0-9]{1,10})*/gu;

interface Doc {
  file: string;
  raw: Buffer;
  /** What extraction is given: the file's text (synthetic, samples) or readSource's text (real). */
  text: string;
  opts: ExtractOptions;
}

interface Group {
  name: string;
  docs: Doc[];
  bytes: number;
}

function filesIn(dir: string, exts: readonly string[]): string[] {
  return readdirSync(dir)
    .filter((f) => exts.includes(path.extname(f).toLowerCase()) && f !== 'README.md')
    .sort()
    .map((f) => path.join(dir, f));
}

function plainGroup(name: string, dir: string): Group {
  const docs = filesIn(dir, ['.txt']).map((file) => {
    const raw = readFileSync(file);
    return { file, raw, text: raw.toString('utf8'), opts: { fileName: path.basename(file) } };
  });
  return { name, docs, bytes: docs.reduce((s, d) => s + d.raw.byteLength, 0) };
}

async function realGroup(name: string, dirs: readonly string[]): Promise<Group> {
  const docs: Doc[] = [];
  for (const dir of dirs) {
    for (const file of filesIn(dir, SOURCE_EXTENSIONS)) {
      const raw = readFileSync(file);
      const source = await readSource(raw, { fileName: path.basename(file) });
      docs.push({ file, raw, text: source.text, opts: { fileName: path.basename(file), metadata: source.metadata } });
    }
  }
  return { name, docs, bytes: docs.reduce((s, d) => s + d.raw.byteLength, 0) };
}

function floorPass(g: Group): number {
  let found = 0;
  const ms = ownCpuMs(() => {
    for (const d of g.docs) {
      const text = readFileSync(d.file, 'utf8');
      for (const _ of text.normalize('NFC').matchAll(FLOOR_RE)) found++;
    }
  });
  if (found < 0) throw new Error('unreachable');
  return ms;
}

function extractPass(g: Group, extract: Extract): number {
  return ownCpuMs(() => {
    for (const d of g.docs) extract(d.text, d.opts);
  });
}

/**
 * Both implementations over the group, document by document, the one going first swapped each document: a
 * load that comes and goes on a shared machine then weighs on both alike. CPU ms of each.
 */
function pairedPass(g: Group, a: Extract, b: Extract, round: number): [number, number] {
  let ta = 0;
  let tb = 0;
  g.docs.forEach((d, k) => {
    if ((k + round) % 2 === 0) {
      ta += ownCpuMs(() => a(d.text, d.opts));
      tb += ownCpuMs(() => b(d.text, d.opts));
    } else {
      tb += ownCpuMs(() => b(d.text, d.opts));
      ta += ownCpuMs(() => a(d.text, d.opts));
    }
  });
  return [ta, tb];
}

async function main(): Promise<void> {
  const args = parseArgs(
    process.argv.slice(2),
    { values: ['synthetic', 'rounds', 'base', 'profile', 'from'], lists: ['also'] },
    'extraction-cpu.ts [--synthetic DIR] [--also DIR ...] [--rounds N] [--base ROOT] [--from compiled|sources] [--profile FILE]',
  );
  const synthetic = args.path('synthetic') ?? path.join(PROJECT_ROOT, 'bench/out/corpus-bench-1-1000');
  const rounds = Number(args.value('rounds') ?? 3);
  const base = args.path('base');
  const profile = args.path('profile');
  const also = args.paths('also');
  const from = args.value('from') ?? 'compiled';
  if (from !== 'compiled' && from !== 'sources') throw new Error(`BAD_ARGUMENT: --from is compiled or sources, not ${from}`);
  if (!existsSync(synthetic)) throw new Error(`No synthetic corpus at ${synthetic}: run npm run gen:corpus -- --docs 1000 --seed bench-1 first.`);
  const groups = [
    plainGroup('synthetic', synthetic),
    plainGroup('samples', path.join(PROJECT_ROOT, 'data/corpus')),
    await realGroup('real', [path.join(PROJECT_ROOT, 'data/real'), ...also]),
  ];
  const own = await loadExtraction(from as CodeChoice);
  const impls: Array<{ name: string; extract: Extract }> = [{ name: 'this', extract: own.extractDocument }];
  console.log(`this: ${describeCode(own.code)}`);
  if (base) {
    const other = await loadOtherExtraction(base, from as CodeChoice);
    impls.push({ name: 'base', extract: other.extractDocument });
    console.log(`base: ${describeCode(other.code)}`);
  }

  // Warm-up: JIT and memos, on a slice of each group.
  for (const impl of impls) for (const g of groups) for (const d of g.docs.slice(0, 20)) impl.extract(d.text, d.opts);

  if (profile) {
    await writeCpuProfile(profile, () => {
      for (const g of groups) extractPass(g, impls[0]!.extract);
    });
    console.log(`profile written to ${profile}`);
  }

  if (rounds < 1) return;
  const floor = new Map<string, number[]>();
  const times = new Map<string, number[]>();
  for (let r = 0; r < rounds; r++) {
    for (const g of groups) {
      (floor.get(g.name) ?? floor.set(g.name, []).get(g.name)!).push(floorPass(g));
      const spent = impls.length === 1 ? [extractPass(g, impls[0]!.extract)] : pairedPass(g, impls[0]!.extract, impls[1]!.extract, r);
      impls.forEach((impl, n) => {
        const key = `${impl.name}:${g.name}`;
        (times.get(key) ?? times.set(key, []).get(key)!).push(spent[n]!);
      });
    }
  }
  console.log(`rounds ${rounds}; CPU ms per MB of source (median of rounds); floor = read + NFC + one regex pass`);
  for (const g of groups) {
    const mb = g.bytes / 1e6;
    const f = medianOf(floor.get(g.name)!) / mb;
    const parts = impls.map((impl) => {
      const t = medianOf(times.get(`${impl.name}:${g.name}`)!) / mb;
      return `${impl.name} ${t.toFixed(0)} ms/MB (${(t / f).toFixed(1)}x floor)`;
    });
    let line = `${g.name.padEnd(9)} ${String(g.docs.length).padStart(5)} docs ${mb.toFixed(2).padStart(6)} MB  floor ${f.toFixed(1)} ms/MB  ${parts.join('  ')}`;
    if (base) {
      const b = times.get(`base:${g.name}`)!;
      const t = times.get(`this:${g.name}`)!;
      // Each round's ratio too: on a loaded machine the spread says how far the median can be trusted.
      line += `  base/this ${(medianOf(b) / medianOf(t)).toFixed(2)} (rounds ${b.map((x, r) => (x / t[r]!).toFixed(2)).join(' ')})`;
    }
    console.log(line);
  }
}

await main();
