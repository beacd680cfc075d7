/**
 * A longer text is read in full: ten copies of a document give ten times its sections, tasks and citation
 * mentions. How extraction time grows with the text is measured by `npm run bench`
 * (bench/sections/extractionScaling.ts), not asserted here.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/extract/extractDocument';

const CORPUS = path.join(__dirname, '../../data/corpus');
const copies = (text: string, n: number) => Array.from({ length: n }, () => text).join('\n\n');

describe('extraction of a text made of copies of a document', () => {
  it('reads every copy: ten times the sections, tasks and citation mentions', () => {
    const samples = readdirSync(CORPUS)
      .filter((f) => f.endsWith('.txt'))
      .sort()
      .map((f) => readFileSync(path.join(CORPUS, f), 'utf8'));
    // After a "Nơi nhận:" block, headings count again only under a new document's title, so in some samples
    // the copies after the first add no sections or tasks. Of those read in full, the longest.
    const sample = samples
      .filter((s) => extractDocument(copies(s, 2)).sections.length === 2 * extractDocument(s).sections.length)
      .reduce((a, b) => (b.length > a.length ? b : a), '');
    expect(sample.length).toBeGreaterThan(10_000);
    const one = extractDocument(sample);
    const ten = extractDocument(copies(sample, 10));
    const mentions = (e: ReturnType<typeof extractDocument>) => e.references.reduce((n, r) => n + r.mentions.length, 0);
    expect(ten.sections.length).toBe(10 * one.sections.length);
    expect(ten.tasks.length).toBeGreaterThanOrEqual(10 * one.tasks.length);
    expect(mentions(ten)).toBe(10 * mentions(one));
  }, 120_000);
});
