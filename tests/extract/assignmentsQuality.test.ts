/**
 * The quality bar of issue 3 for assignments: (body, role) F1 >= 0.85 on the hand-annotated samples.
 * Measured twice: through the whole pipeline with the project's evaluator (distinct (body, role) pairs), and
 * directly on the structure extractors, entry by entry, where each annotation needs its own match and the
 * section must agree too.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { sameBody } from '../../src/extract/bodies';
import { evaluateDocument, prf, summarize, type GoldFile } from '../../src/eval/evaluate';
import { extractDocument } from '../../src/extract/extractDocument';
import { extractSections } from '../../src/extract/sections';
import { extractTasks } from '../../src/extract/tasks';
import { normalizeText } from '../../src/text/fold';
import { ROOT } from './structure.fixtures';

const GOLD = path.join(ROOT, 'tests/fixtures/gold');
const golds: GoldFile[] = readdirSync(GOLD)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => JSON.parse(readFileSync(path.join(GOLD, f), 'utf8')) as GoldFile);
const textOf = (g: GoldFile) => readFileSync(path.join(ROOT, 'data/corpus', g.file), 'utf8');

describe('assignments against the gold files', () => {
  it('has gold files with assignments to measure', () => {
    expect(golds.length).toBeGreaterThanOrEqual(2);
    expect(golds.every((g) => g.assignments.length > 0)).toBe(true);
  });

  it('reaches (body, role) F1 >= 0.85 through the full extraction, measured by the project evaluator', () => {
    const docs = golds.map((g) => evaluateDocument(g, extractDocument(textOf(g), { fileName: g.file })));
    const { assignments } = summarize(docs);
    expect(assignments.f1).toBeGreaterThanOrEqual(0.85);
    for (const d of docs) expect(prf(d.assignments).f1).toBeGreaterThanOrEqual(0.8);
  });

  it('reaches F1 >= 0.85 entry by entry, with the section of each assignment as annotated', () => {
    let tp = 0;
    let predicted = 0;
    let expected = 0;
    for (const g of golds) {
      const text = normalizeText(textOf(g));
      const out = extractTasks(text, extractSections(text), { jurisdiction: g.document.jurisdiction, references: [] }).assignments;
      const used = new Set<number>();
      for (const a of g.assignments) {
        const i = out.findIndex((o, k) => !used.has(k) && o.role === a.role && o.section === a.section && sameBody(o.body, a.body));
        if (i >= 0) {
          used.add(i);
          tp++;
        }
      }
      predicted += out.length;
      expected += g.assignments.length;
    }
    const precision = tp / predicted;
    const recall = tp / expected;
    expect((2 * precision * recall) / (precision + recall)).toBeGreaterThanOrEqual(0.85);
  });
});
