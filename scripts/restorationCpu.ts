/**
 * CPU time of `restoreDisplayTexts` per document, as ingestion runs it (no model given: the clean check, the
 * damage estimate, then title and task texts), for the inputs issue 13 names:
 *
 *   npx tsx scripts/restorationCpu.ts [--synthetic DIR] [--also DIR ...] [--rounds N] [--base ROOT] [--profile FILE] [--only GROUP,...]
 *
 * Groups: the samples (data/corpus), the synthetic corpus (`npm run gen:corpus -- --docs 1000 --seed bench-1`),
 * the real documents (data/real plus each `--also` folder, through `readSource`), and the real documents with
 * their marks stripped, whole and from every fourth word (real documents are nearly all clean, so they would
 * test only the clean check). Each document is extracted once, outside the timing, by this checkout.
 *
 * `--base ROOT` also loads `restoreDisplayTexts` from another checkout (a worktree of the starting commit) and
 * alternates the two document by document (the one going first swapped each document and round), so the
 * before/after ratio comes from one process under one load; every output is compared with the other's,
 * serialized, and the differences counted (titles, task texts, and which documents are left alone).
 * `--profile FILE` writes a CPU profile (.cpuprofile) of one pass of this checkout over all groups.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../src/config';
import { medianOf, ownCpuMs, writeCpuProfile } from './lib/measure';
import { parseArgs } from './lib/args';
import { readSource, SOURCE_EXTENSIONS } from '../src/formats';
import { extractDocument, type ExtractOptions } from '../src/extract/extractDocument';
import type { Extraction } from '../src/extract/types';

type Restore = (extraction: Extraction, documentText: string) => unknown;

interface Doc {
  file: string;
  text: string;
  extraction: Extraction;
}

interface Group {
  name: string;
  docs: Doc[];
}

function filesIn(dir: string, exts: readonly string[]): string[] {
  return readdirSync(dir)
    .filter((f) => exts.includes(path.extname(f).toLowerCase()) && f !== 'README.md')
    .sort()
    .map((f) => path.join(dir, f));
}

function docOf(file: string, text: string, metadata?: ExtractOptions['metadata']): Doc {
  return { file, text, extraction: extractDocument(text, { fileName: path.basename(file), metadata }) };
}

function plainGroup(name: string, dir: string): Group {
  return { name, docs: filesIn(dir, ['.txt']).map((file) => docOf(file, readFileSync(file, 'utf8'))) };
}

/** Marks removed (đ kept as d), case and everything else as written: what a scan that lost its diacritics reads. */
function stripMarks(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').normalize('NFC');
}

/** Every fourth word stripped of its marks: partial damage. */
function stripEveryFourthWord(text: string): string {
  let n = 0;
  return text.replace(/[\p{L}]+/gu, (w) => (n++ % 4 === 3 ? stripMarks(w) : w));
}

async function realGroups(dirs: readonly string[]): Promise<Group[]> {
  const sources: Array<{ file: string; text: string; metadata: ExtractOptions['metadata'] }> = [];
  for (const dir of dirs) {
    for (const file of filesIn(dir, SOURCE_EXTENSIONS)) {
      const source = await readSource(readFileSync(file), { fileName: path.basename(file) });
      sources.push({ file, text: source.text, metadata: source.metadata });
    }
  }
  return [
    { name: 'real', docs: sources.map((s) => docOf(s.file, s.text, s.metadata)) },
    { name: 'real-stripped', docs: sources.map((s) => docOf(s.file, stripMarks(s.text), s.metadata)) },
    { name: 'real-quarter', docs: sources.map((s) => docOf(s.file, stripEveryFourthWord(s.text), s.metadata)) },
  ];
}

async function loadRestore(root: string): Promise<Restore> {
  const mod = (await import(path.join(root, 'src/restore/displayTexts.ts'))) as { restoreDisplayTexts: Restore };
  return mod.restoreDisplayTexts;
}

async function main(): Promise<void> {
  const args = parseArgs(
    process.argv.slice(2),
    { values: ['synthetic', 'rounds', 'base', 'profile', 'only'], lists: ['also'] },
    'restorationCpu.ts [--synthetic DIR] [--also DIR ...] [--rounds N] [--base ROOT] [--profile FILE] [--only GROUP,...]',
  );
  const synthetic = args.path('synthetic') ?? path.join(PROJECT_ROOT, 'bench/out/corpus-bench-1-1000');
  const rounds = Number(args.value('rounds') ?? 3);
  const base = args.path('base');
  const profile = args.path('profile');
  const also = args.paths('also');
  const only = args.value('only')?.split(',') ?? null;
  if (!existsSync(synthetic)) throw new Error(`No synthetic corpus at ${synthetic}: run npm run gen:corpus -- --docs 1000 --seed bench-1 first.`);
  const wanted = (name: string) => !only || only.some((o) => name.startsWith(o));
  const groups = [
    ...(wanted('samples') ? [plainGroup('samples', path.join(PROJECT_ROOT, 'data/corpus'))] : []),
    ...(wanted('synthetic') ? [plainGroup('synthetic', synthetic)] : []),
    ...(wanted('real') ? await realGroups([path.join(PROJECT_ROOT, 'data/real'), ...also]) : []),
  ].filter((g) => wanted(g.name));
  const impls: Array<{ name: string; restore: Restore }> = [{ name: 'this', restore: await loadRestore(PROJECT_ROOT) }];
  if (base) impls.push({ name: 'base', restore: await loadRestore(base) });

  // Warm-up: model loading, JIT, memos.
  for (const impl of impls) for (const g of groups) for (const d of g.docs.slice(0, 10)) impl.restore(d.extraction, d.text);

  if (profile) {
    await writeCpuProfile(profile, () => {
      for (const g of groups) for (const d of g.docs) impls[0]!.restore(d.extraction, d.text);
    });
    console.log(`profile written to ${profile}`);
  }

  console.log(`rounds ${rounds}; CPU ms per document (median of rounds)${base ? `; base ${base}` : ''}`);
  for (const g of groups) {
    const times = impls.map(() => [] as number[]);
    let restored = 0;
    let differences = 0;
    const differing: string[] = [];
    for (let r = 0; r < rounds; r++) {
      const spent = impls.map(() => 0);
      g.docs.forEach((d, k) => {
        const order = impls.length > 1 && (k + r) % 2 === 1 ? [1, 0] : impls.map((_, i) => i);
        const outputs: string[] = [];
        for (const i of order) {
          let out: unknown;
          spent[i]! += ownCpuMs(() => (out = impls[i]!.restore(d.extraction, d.text)));
          outputs[i] = JSON.stringify(out);
        }
        if (r === 0) {
          if (outputs[0] !== 'null') restored++;
          if (impls.length > 1 && outputs[0] !== outputs[1]) {
            differences++;
            if (differing.length < 5) differing.push(path.basename(d.file));
          }
        }
      });
      spent.forEach((ms, i) => times[i]!.push(ms / g.docs.length));
    }
    const parts = impls.map((impl, i) => `${impl.name} ${medianOf(times[i]!).toFixed(2)} ms/doc`);
    let line = `${g.name.padEnd(13)} ${String(g.docs.length).padStart(5)} docs, ${String(restored).padStart(4)} restored  ${parts.join('  ')}`;
    if (base) {
      const [t, b] = times as [number[], number[]];
      line += `  base/this ${(medianOf(b) / medianOf(t)).toFixed(2)} (rounds ${b.map((x, r) => (x / t[r]!).toFixed(2)).join(' ')})`;
      line += `  differences ${differences}${differing.length ? ` (${differing.join(', ')})` : ''}`;
    }
    console.log(line);
  }
}

await main();
