/**
 * Extraction time against text size, moved here from the tests (speed is measured, not asserted in tests):
 * ten copies of a sample against one (linear work gives about 10; a pass that rescans the text per citation,
 * section or line gives about 100), and inputs built to trigger runaway matching (repeated citations, symbol
 * fragments, one 100 000-letter word). Times are this process's CPU time, the fastest of a few runs.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../../src/config';
import type { Extraction } from '../../src/extract/types';
import type { Table } from '../lib/markdown';

type Extract = (text: string) => Extraction;

const copies = (text: string, n: number) => Array.from({ length: n }, () => text).join('\n\n');

export const PATHOLOGICAL_INPUTS: readonly { label: string; text: string }[] = [
  { label: '"Căn cứ Nghị quyết số 1/NQ-CP; " x3000', text: 'Căn cứ Nghị quyết số 1/NQ-CP; '.repeat(3000) },
  { label: '"1/1/1/1-" x10000', text: '1/1/1/1-'.repeat(10000) },
  { label: '"số " x20000', text: 'số '.repeat(20000) },
  { label: 'one 100 000-letter word', text: `${'a'.repeat(100000)}\n` },
  { label: '"Luật " x10000', text: 'Luật '.repeat(10000) },
];

/** Fastest of `runs` measurements of this process's CPU time (ms): wall time on a busy machine includes waiting. */
function fastestCpuMs(runs: number, work: () => void): number {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const t0 = process.cpuUsage();
    work();
    const used = process.cpuUsage(t0);
    best = Math.min(best, (used.user + used.system) / 1000);
  }
  return best;
}

/**
 * The longest sample of data/corpus whose copies are each read in full (after a "Nơi nhận:" block, headings
 * count again only under a new document's title, so in some samples the copies after the first add nothing).
 */
function sampleReadInFull(extract: Extract): string {
  const dir = path.join(PROJECT_ROOT, 'data', 'corpus');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(path.join(dir, f), 'utf8'))
    .filter((s) => extract(copies(s, 2)).sections.length === 2 * extract(s).sections.length)
    .reduce((a, b) => (b.length > a.length ? b : a), '');
}

export function extractionScalingTable(extract: Extract): Table {
  const sample = sampleReadInFull(extract);
  const tenCopies = copies(sample, 10);
  // Warm up both sizes (compilation, the per-word caches), so the ratio compares steady work.
  extract(sample);
  extract(tenCopies);
  const one = fastestCpuMs(5, () => extract(sample));
  const ten = fastestCpuMs(3, () => extract(tenCopies));
  const rows = [
    ['one sample', String(sample.length), one.toFixed(0), ''],
    ['ten copies', String(tenCopies.length), ten.toFixed(0), `${(ten / one).toFixed(1)}x one copy (linear: about 10)`],
    ...PATHOLOGICAL_INPUTS.map(({ label, text }) => [label, String(text.length), fastestCpuMs(2, () => extract(text)).toFixed(0), '']),
  ];
  return {
    title: 'Extraction time against text size (CPU time)',
    header: ['input', 'characters', 'extractDocument CPU ms', 'growth'],
    rows,
    notes: [
      'CPU time of this process, fastest of 5 runs (one copy), 3 (ten copies) or 2 (the others), after a warm-up.',
      'Linear work gives about 10 at ten copies (4-8 on a quiet machine); a pass that rescans the text per citation, section or line gives about 100.',
    ],
  };
}
