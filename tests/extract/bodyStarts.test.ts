/**
 * `parseBodyAt` turns a place away on its first word alone (`mayOpenBody`, kept per spelling), then on its first two
 * words, before parsing: the filters must never refuse a place where the full parser finds a body. Checked at
 * every token of real documents, OCR-damaged ones among them, against the parser without the filters, and on
 * every phrase of the lists the filters are derived from.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bodyMayStartAt, parseBodyAt, parseBodyAtUnfiltered } from '../../src/extract/bodies';
import vocab from '../../src/extract/data/bodyVocabulary.json';
import { normalizeText } from '../../src/text/fold';
import { documentTokens, tokenize } from '../../src/extract/vocabulary';

const DIRS = ['data/real', 'data/corpus'];

function documents(): { name: string; text: string }[] {
  return DIRS.flatMap((dir) =>
    readdirSync(dir)
      .filter((f) => /\.(md|txt)$/.test(f) && f !== 'README.md')
      .sort()
      .map((f) => ({ name: `${dir}/${f}`, text: normalizeText(readFileSync(path.join(dir, f), 'utf8')) })),
  );
}

describe('the first-word filter of body parsing', () => {
  it('refuses no place where the parser finds a body', () => {
    let bodies = 0;
    const missed: string[] = [];
    for (const { name, text } of documents()) {
      const tokens = documentTokens(text);
      for (let i = 0; i < tokens.length; i++) {
        const full = parseBodyAtUnfiltered(tokens, i);
        if (!full) continue;
        bodies++;
        const filtered = parseBodyAt(tokens, i);
        if (!filtered || filtered.raw !== full.raw) missed.push(`${name} @${tokens[i]!.start}: ${full.raw}`);
      }
    }
    expect(bodies).toBeGreaterThan(1000);
    expect(missed).toEqual([]);
  });
});

describe('the first-two-word filter of body parsing', () => {
  it('admits every phrase its entry lists hold, written as listed, lower-case or capitalized', () => {
    // The lists are the data rule writers extend: a phrase added there must pass with no change to the filter.
    const lists = [
      vocab.headTitles,
      vocab.officeTitles,
      vocab.completeOrgs,
      vocab.placeOrgs,
      vocab.namedHeads,
      vocab.localUnits,
    ];
    const refused: string[] = [];
    for (const list of lists) {
      for (const display of list) {
        for (const written of [display, display[0]!.toUpperCase() + display.slice(1)]) {
          // Followed by a name, as a body is written: the filter reads the first two words only.
          const tokens = tokenize(`${written} Hà Nội`);
          if (!bodyMayStartAt(tokens, 0)) refused.push(written);
        }
      }
    }
    expect(refused).toEqual([]);
  });
});
