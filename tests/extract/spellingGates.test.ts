/**
 * Scans that ask a matcher at every word first ask the word's spelling whether anything the matcher reads can start
 * there (answered once per spelling): the effect cues of a citation's relation (references/effects.ts) and the
 * supervising verbs of the role scan (tasks/roles.ts). A gate must admit every word where the full matcher finds
 * something, at every token of the shipped real documents, OCR-damaged ones among them.
 */
import { describe, expect, it } from 'vitest';
import { shippedDocuments } from '../support/shippedDocuments';
import { foldKeepLength } from '../../src/extract/folding';
import { documentTokens, longestMatch, tokenizeWords } from '../../src/extract/vocabulary';
import { cueAt, cueList } from '../../src/extract/references/cues';
import { opensEffectCue } from '../../src/extract/references/effects';
import { opensSupervision } from '../../src/extract/tasks/roles';
import { SUPERVISE_VERBS, WRITTEN_SUPERVISE_VERBS } from '../../src/extract/tasks/phrases';
import effectData from '../../src/extract/data/effectCues.json';

const EFFECT_CUES = cueList(effectData.cues.map((c) => c.phrase));

describe('spelling gates before matchers asked at every word', () => {
  it('admit every effect cue of the real documents (read on the folded text, as the stage reads it)', () => {
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

  it('admit every supervising verb of the real documents, either list', () => {
    let verbs = 0;
    const missed: string[] = [];
    for (const { name, text } of shippedDocuments()) {
      const tokens = documentTokens(text);
      for (let k = 0; k < tokens.length; k++) {
        if (!longestMatch(tokens, k, SUPERVISE_VERBS, true) && !longestMatch(tokens, k, WRITTEN_SUPERVISE_VERBS, true)) continue;
        verbs++;
        if (!opensSupervision(tokens[k]!)) missed.push(`${name} @${tokens[k]!.start}: ${tokens[k]!.raw}`);
      }
    }
    expect(verbs).toBeGreaterThan(20);
    expect(missed).toEqual([]);
  });
});
