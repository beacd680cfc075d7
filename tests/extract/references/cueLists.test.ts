/**
 * The cue lists are read at every token of a document through per-spelling candidate lists (`FirstWordIndex.at`,
 * `atExact`) and a match that keeps no object (`firstPatternAt`): the answer must be the first cue of the list, in
 * its order, that matches there alone within the budget, for every cue the data lists hold (a rule writer's new
 * words included, since the candidates are derived from the lists).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fold } from '../../../src/extract/folding';
import { matchPatternWords, patternWords, tokenize } from '../../../src/extract/matching';
import { cueAt, cueList } from '../../../src/extract/references/cues';
import { normalizeText } from '../../../src/text/fold';
import cueData from '../../../src/extract/data/cues.json';
import effectData from '../../../src/extract/data/effectCues.json';

const REAL = path.join(__dirname, '../../../data/real');

/** Every phrase list of the two cue data files, by name. */
const LISTS: Record<string, string[]> = {
  implement: cueData.implement,
  amend: cueData.amend,
  embed: cueData.embed,
  directiveBeforeTai: cueData.directiveBeforeTai,
  create: cueData.create,
  effects: effectData.cues.map((c) => c.phrase),
  backward: effectData.backward,
};

/** The first cue of `cues` matching at `i` within `maxCost`, each tried alone (no index, no cache). */
function firstCueAlone(tokens: ReturnType<typeof tokenize>, i: number, cues: readonly string[], maxCost: number): number {
  for (const cue of cues) {
    const m = matchPatternWords(tokens, i, patternWords(cue));
    if (m && m.cost <= maxCost) return m.tokens;
  }
  return 0;
}

describe('cue lists read at every token', () => {
  const texts = readdirSync(REAL)
    .filter((f) => f.endsWith('.md') && f !== 'README.md')
    .sort()
    .slice(0, 4)
    .map((f) => fold(normalizeText(readFileSync(path.join(REAL, f), 'utf8'))));
  // Each cue written out as a text of its own, plainly and with a look-alike letter, so every cue is met.
  const written = Object.values(LISTS)
    .flat()
    .map((cue) => `${cue.replace(/\?/g, '')} . ${cue.replace(/\?/g, '').replace(/o/g, '0')} .`)
    .join('\n');

  it('gives the first cue of the list that matches there alone, exactly and within one edit', () => {
    let found = 0;
    const wrong: string[] = [];
    for (const [name, cues] of Object.entries(LISTS)) {
      const list = cueList(cues);
      for (const text of [...texts, written]) {
        const tokens = tokenize(text);
        for (let i = 0; i <= tokens.length; i++) {
          for (const maxCost of [0, 1]) {
            const n = cueAt(tokens, i, list, maxCost);
            // Collected, not asserted one by one: a quarter of a million comparisons.
            if (n !== firstCueAlone(tokens, i, cues, maxCost)) wrong.push(`${name} at ${i} (${tokens[i]?.w}), budget ${maxCost}`);
            if (n > 0) found++;
          }
        }
      }
    }
    expect(wrong).toEqual([]);
    // Every list's cues are met, in the written text at least.
    expect(found).toBeGreaterThan(Object.values(LISTS).flat().length);
  }, 120_000);
});
