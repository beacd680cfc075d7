/**
 * Restoration quality on clean real documents the model was not trained on (data/real is excluded from its
 * build), after stripping or OCR-damaging them: the figures of `npm run eval:restore` must not slip. A third of
 * the documents keeps the run short; the CLI reports all of them.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config';
import { readSource } from '../../src/formats';
import { evaluateRestoration } from '../../src/eval/restoration';
import { restorationModel } from '../../src/restore/displayTexts';

const DIR = path.join(PROJECT_ROOT, 'data/real');

describe('restoration on held-out clean documents', () => {
  it('restores stripped and OCR-damaged text, and almost never spoils a correct word', async () => {
    const files = readdirSync(DIR).sort().filter((_, i) => i % 3 === 0);
    const texts = await Promise.all(files.map(async (f) => (await readSource(readFileSync(path.join(DIR, f)), { fileName: f })).text));
    const report = evaluateRestoration(texts, restorationModel());
    const rate = (n: number, d: number) => n / d;
    const { clean, stripped, partlyStripped, ocr } = report.byDamage;
    expect(rate(stripped.all.restoredRight, stripped.all.syllables)).toBeGreaterThanOrEqual(0.965);
    expect(rate(partlyStripped.all.restoredRight, partlyStripped.all.syllables)).toBeGreaterThanOrEqual(0.975);
    expect(rate(ocr.all.restoredRight, ocr.all.syllables)).toBeGreaterThanOrEqual(0.94);
    expect(rate(clean.all.madeWrong, clean.all.untouched)).toBeLessThanOrEqual(0.005);
    expect(rate(partlyStripped.all.madeWrong, partlyStripped.all.untouched)).toBeLessThanOrEqual(0.006);
    // Damage really happened: the restored figures are not the damaged text's own.
    expect(rate(stripped.all.damagedRight, stripped.all.syllables)).toBeLessThan(0.3);
  }, 120_000);
});
