/**
 * The scan for the effect cues of a citation's relation (references/effects.ts) asks the cue matcher at every word,
 * after asking the word's spelling whether a cue can start there (`opensEffectCue`, answered once per spelling).
 * The gate must admit every word where the full matcher finds a cue, at every token of the shipped real documents,
 * OCR-damaged ones among them.
 */
import { describe, expect, it } from 'vitest';
import { shippedDocuments } from '../../support/shippedDocuments';
import { foldKeepLength } from '../../../src/extract/folding';
import { tokenizeWords } from '../../../src/extract/vocabulary';
import { cueAt, cueList } from '../../../src/extract/references/cues';
import { opensEffectCue } from '../../../src/extract/references/effects';
import effectData from '../../../src/extract/data/effectCues.json';

const EFFECT_CUES = cueList(effectData.cues.map((c) => c.phrase));

describe('the spelling gate before the effect cue matcher', () => {
  it('admits every effect cue of the real documents (read on the folded text, as the stage reads it)', () => {
    let cues = 0;
    const missed: string[] = [];
    for (const { name, text } of shippedDocuments()) {
      const words = tokenizeWords(foldKeepLength(text));
      for (let i = 0; i < words.length; i++) {
        if (!cueAt(words, i, EFFECT_CUES, 0)) continue;
        cues++;
        if (!opensEffectCue(words[i]!)) missed.push(`${name} @${words[i]!.start}: ${words[i]!.raw}`);
      }
    }
    expect(cues).toBeGreaterThan(20);
    expect(missed).toEqual([]);
  });
});
