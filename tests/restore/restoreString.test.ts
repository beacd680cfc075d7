/**
 * The lean paths ingestion takes give what the full ones give, on a scanned sample: restoreString the text
 * and changed share of restoreText (it skips confidences that decide nothing), and countSyllables the
 * syllables splitSyllables finds, counted.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config';
import { documentDamage, restorationModel } from '../../src/restore/displayTexts';
import { restoreString, restoreText } from '../../src/restore/restoreText';
import { countSyllables, splitSyllables } from '../../src/restore/syllables';

const model = restorationModel();
const scanned = readFileSync(path.join(PROJECT_ROOT, 'data/corpus/002_a02de70c305dbdbe.txt'), 'utf8').normalize('NFC');
const lines = scanned.split('\n').filter((l) => l.trim().length > 20);

describe('restoreString', () => {
  it('gives restoreText’s text and changed share for every line of a scanned document, at its damage level', () => {
    const damage = documentDamage(scanned, model)!;
    expect(damage).not.toBeNull();
    let changedLines = 0;
    for (const line of lines) {
      const full = restoreText(line, model, { damage });
      expect(restoreString(line, model, { damage })).toEqual({ text: full.text, changedShare: full.changedShare });
      if (full.text !== line) changedLines++;
    }
    expect(changedLines).toBeGreaterThan(lines.length / 4);
  });
});

describe('countSyllables', () => {
  it('counts the syllables splitSyllables finds in a whole document', () => {
    const expected = new Map<string, number>();
    for (const piece of splitSyllables(scanned)) if (piece.syllable) expected.set(piece.text, (expected.get(piece.text) ?? 0) + 1);
    const { counts, total } = countSyllables(scanned);
    expect(new Map(counts)).toEqual(expected);
    expect(total).toBe([...expected.values()].reduce((a, b) => a + b, 0));
  });
});
