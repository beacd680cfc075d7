import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/extract/extractDocument';

const CORPUS = path.join(__dirname, '../../data/corpus');
const samples = readdirSync(CORPUS)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => readFileSync(path.join(CORPUS, f), 'utf8'));
const copies = (text: string, n: number) => Array.from({ length: n }, () => text).join('\n\n');
// A sample whose copies are each read in full: after a "Nơi nhận:" block, headings count again only under a
// new document's title, so in some samples the copies after the first add no sections or tasks. Of those
// read in full, the longest.
const sample = samples
  .filter((s) => extractDocument(copies(s, 2)).sections.length === 2 * extractDocument(s).sections.length)
  .reduce((a, b) => (b.length > a.length ? b : a), '');

/**
 * Fastest of `runs` measurements of this process's own CPU time (ms), not wall time: on a busy 2-core
 * machine wall time includes waiting for the other processes, CPU time mostly does not.
 */
function fastest(runs: number, work: () => void): number {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const t0 = process.cpuUsage();
    work();
    const used = process.cpuUsage(t0);
    best = Math.min(best, (used.user + used.system) / 1000);
  }
  return best;
}

describe('extraction time grows linearly with the text', () => {
  it('reads ten copies of a document in less than 30 times the time of one copy', () => {
    expect(sample.length).toBeGreaterThan(10_000);
    const tenCopies = copies(sample, 10);
    // Warm up both sizes (compilation, the per-word caches), so the ratio compares steady work.
    extractDocument(sample);
    extractDocument(tenCopies);
    const one = fastest(5, () => extractDocument(sample));
    const ten = fastest(3, () => extractDocument(tenCopies));
    // Linear work gives about 10 (4-8 measured on a quiet machine, up to ~20 under heavy load); a pass that
    // rescans the text per citation, section or line gives about 100 at ten copies.
    expect(ten / one).toBeLessThan(30);
  }, 120_000);

  it('reads every copy: ten times the sections, tasks and citation mentions', () => {
    // The ratio above means something only if the copies are read in full, not cut short.
    const one = extractDocument(sample);
    const ten = extractDocument(copies(sample, 10));
    const mentions = (e: ReturnType<typeof extractDocument>) => e.references.reduce((n, r) => n + r.mentions.length, 0);
    expect(ten.sections.length).toBe(10 * one.sections.length);
    expect(ten.tasks.length).toBeGreaterThanOrEqual(10 * one.tasks.length);
    expect(mentions(ten)).toBe(10 * mentions(one));
  }, 120_000);
});
