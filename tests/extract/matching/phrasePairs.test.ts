/**
 * `mayStartPairAt` answers from a place's first two tokens whether a phrase of a list may match there; callers
 * refuse a place on it before parsing, so it must admit every match `longestMatch` finds. Checked on every phrase
 * of the vocabulary's lists as written, and at every token of real documents, OCR-damaged ones among them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  COMPLETE_ORGS,
  GENERIC_NOUNS,
  HEAD_TITLES,
  NAMED_HEADS,
  OFFICE_TITLES,
  PLACE_ORGS,
  PREDICATE_STARTS,
  documentTokens,
  longestMatch,
  mayStartAlone,
  mayStartAt,
  mayStartPairAt,
  tokenize,
  type Phrase,
} from '../../../src/extract/vocabulary';
import { normalizeText } from '../../../src/text/fold';
import { PROVINCES } from '../../../src/extract/bodies';
import { ASSIGN_TRIGGERS } from '../../../src/extract/tasks/phrases';

const LISTS: Record<string, readonly Phrase[]> = {
  HEAD_TITLES,
  OFFICE_TITLES,
  COMPLETE_ORGS,
  PLACE_ORGS,
  NAMED_HEADS,
  GENERIC_NOUNS,
  PREDICATE_STARTS,
  ASSIGN_TRIGGERS,
  PROVINCES,
};
const FLAGS: [boolean, boolean][] = [
  [false, false],
  [true, false],
  [false, true],
  [true, true],
];

function documents(): string[] {
  return ['data/real', 'data/corpus'].flatMap((dir) =>
    readdirSync(dir)
      .filter((f) => /\.(md|txt)$/.test(f) && f !== 'README.md')
      .sort()
      .map((f) => normalizeText(readFileSync(path.join(dir, f), 'utf8'))),
  );
}

describe('the two-word test of phrase lists', () => {
  it('admits every phrase of a list written as it is listed, in any case', () => {
    const refused: string[] = [];
    for (const [name, list] of Object.entries(LISTS)) {
      for (const p of list) {
        for (const written of [p.display, p.display.toUpperCase(), p.display[0]!.toUpperCase() + p.display.slice(1)]) {
          const t = tokenize(written);
          for (const [exactShort, allowLoose] of FLAGS) {
            if (!longestMatch(t, 0, list, exactShort, allowLoose)) continue;
            if (!mayStartPairAt(t[0]!, t[1], list, exactShort, allowLoose)) refused.push(`${name}: ${written}`);
          }
        }
      }
    }
    expect(refused).toEqual([]);
  });

  it('admits every place of real documents where a phrase of a list matches', () => {
    let matches = 0;
    const refused: string[] = [];
    for (const text of documents()) {
      const tokens = documentTokens(text);
      for (let i = 0; i < tokens.length; i++) {
        for (const [name, list] of Object.entries(LISTS)) {
          for (const [exactShort, allowLoose] of FLAGS) {
            if (!longestMatch(tokens, i, list, exactShort, allowLoose)) continue;
            matches++;
            if (!mayStartPairAt(tokens[i]!, tokens[i + 1], list, exactShort, allowLoose)) refused.push(`${name} @${tokens[i]!.start}: ${tokens[i]!.raw} ${tokens[i + 1]?.raw}`);
          }
        }
      }
    }
    expect(matches).toBeGreaterThan(10_000);
    expect(refused).toEqual([]);
  });

  it('refuses a first word that opens phrases only with another second word, and passes a one-word phrase whatever follows', () => {
    // "phối", "bồi", "thời" start phrases of these lists fuzzily, always with another word after them.
    for (const [text, lists] of [
      ['phối hợp', [HEAD_TITLES, OFFICE_TITLES, COMPLETE_ORGS]],
      ['bồi dưỡng', [HEAD_TITLES, OFFICE_TITLES, COMPLETE_ORGS, NAMED_HEADS]],
      ['thời gian', [COMPLETE_ORGS]],
    ] as const) {
      const [first, second] = tokenize(text);
      for (const list of lists) {
        expect(mayStartAt(first!, list, true)).toBe(true);
        expect(mayStartPairAt(first!, second, list, true)).toBe(false);
      }
    }
    const [so, any] = tokenize('Sở xyz');
    expect(mayStartAlone(so!, NAMED_HEADS, true)).toBe(true);
    expect(mayStartPairAt(so!, any, NAMED_HEADS, true)).toBe(true);
  });
});
