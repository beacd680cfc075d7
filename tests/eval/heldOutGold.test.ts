/**
 * Extraction quality on real documents annotated apart and never used while writing rules
 * (tests/fixtures/gold-heldout): the honest measure. Floors sit just under the figures measured when they were
 * set (`npm run eval`); the issue-8 bar (symbol >= 0.97, date >= 0.95, no self-citation, references F1 >= 0.97,
 * assignments F1 >= 0.85) is what `npm run eval -- --check` reports.
 */
import { readdirSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/extract/extractDocument';
import { summarize, type EvaluationSummary } from '../../src/eval/evaluate';
import { HELDOUT_GOLD, REAL_GOLD, evaluateGoldSet, sourceReader, type GoldSetResult } from '../../src/eval/goldSets';

let result: GoldSetResult;
let held: EvaluationSummary;

beforeAll(async () => {
  result = await evaluateGoldSet(HELDOUT_GOLD, sourceReader(), extractDocument);
  held = summarize(result.documents);
}, 120_000);

describe('extraction on real documents never used for rules', () => {
  it('holds documents of its own, none shared with the development gold', () => {
    expect(result.documents.length).toBeGreaterThanOrEqual(12);
    const development = new Set(readdirSync(REAL_GOLD.goldDir));
    expect(result.documents.filter((d) => development.has(d.file.replace(/\.[^.]+$/, '.json')))).toEqual([]);
  });

  it('reads every document symbol and date its header prints', () => {
    expect(held.identityFields.symbol.rate).toBeGreaterThanOrEqual(0.97);
    expect(held.identityFields.date.rate).toBeGreaterThanOrEqual(0.95);
  });

  it('never lists a document among its own citations', () => {
    expect(held.selfCitations).toBe(0);
  });

  it('finds numbered references with F1 >= 0.97', () => {
    expect(held.references.f1).toBeGreaterThanOrEqual(0.97);
  });

  it('keeps assignments (body, role) at or above the measured level (F1 0.782, P 0.842, R 0.731)', () => {
    // 0.714 before the fourth to seventh passes, 0.722 after the fifth, 0.754 after the seventh, 0.763 after the
    // eighth and ninth, 0.782 after the tenth to thirteenth.
    expect(held.assignments.f1).toBeGreaterThanOrEqual(0.775);
  });
});
