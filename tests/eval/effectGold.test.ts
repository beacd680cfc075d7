import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluateEffectGold, formatEffectReport } from '../../src/eval/effectGold';

const DIR = path.resolve(__dirname, '../fixtures/gold-effect');

/** Bars of issue 11: relation F1 >= 0.9 per type, effective date right >= 0.95, on every annotated document. */
describe('effect gold (tests/fixtures/gold-effect)', () => {
  const all = evaluateEffectGold(DIR);

  it('reaches relation F1 0.9 for every annotated type', () => {
    console.log(formatEffectReport(all));
    expect(all.documents).toBeGreaterThanOrEqual(45);
    expect(Object.keys(all.byKind).sort()).toEqual(['AMENDS', 'GUIDES', 'REPEALS', 'REPLACES']);
    for (const [kind, c] of Object.entries(all.byKind)) expect(c.f1, kind).toBeGreaterThanOrEqual(0.9);
  });

  it('measures each type on enough instances to mean something', () => {
    // SUPPLEMENTS, SUSPENDS and CORRECTS have no instance in the 248 real documents (SCHEMA.md says how that
    // was searched), so they stay unmeasured rather than invented.
    const instances = (k: keyof typeof all.byKind) => all.byKind[k]!.tp + all.byKind[k]!.fn;
    expect(instances('REPLACES')).toBeGreaterThanOrEqual(20);
    expect(instances('REPEALS')).toBeGreaterThanOrEqual(70);
    expect(instances('AMENDS')).toBeGreaterThanOrEqual(12);
    expect(instances('GUIDES')).toBeGreaterThanOrEqual(6);
  });

    it('gets the date of effect right on 95% of documents', () => {
    expect(all.effectiveFrom.rate).toBeGreaterThanOrEqual(0.95);
  });

  it('holds on the held-out documents for replacement, amendment and guidance', () => {
    const held = evaluateEffectGold(DIR, 'heldout');
    for (const kind of ['REPLACES', 'REPEALS', 'AMENDS', 'GUIDES'] as const) expect(held.byKind[kind]!.f1, kind).toBeGreaterThanOrEqual(0.9);
    expect(held.effectiveFrom.rate).toBeGreaterThanOrEqual(0.95);
  });
});
