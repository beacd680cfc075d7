/**
 * The clause scans turn a place away with a cheap test before the work that could give an event there: a role
 * label (`mayOpenRoleLabel`) needs a spelling that may start a label and a colon where a label ends. The filter is
 * derived from the label lists, so it must admit every label the lists hold, as written and as OCR leaves it
 * (marks stripped), and every place of real documents where a label matches. The closing formula ("chịu trách
 * nhiệm thi hành Quyết định này") is looked for only a formula's length before each "này" (`formulaStarts`): it
 * must find every token where the formula's words stand.
 */
import { describe, expect, it } from 'vitest';
import { shippedDocuments } from '../support/shippedDocuments';
import { mayOpenRoleLabel } from '../../src/extract/tasks/clauses';
import { formulaStarts, formulaWordsAt } from '../../src/extract/tasks/closingArticle';
import { ROLE_LABELS } from '../../src/extract/tasks/phrases';
import { fold } from '../../src/extract/folding';
import { documentTokens, phraseAt } from '../../src/extract/vocabulary';

const documents = shippedDocuments;

/** Whether a label of the lists matches at `i`, its colon right after it (what `labelEvent` reads). */
function labelAt(tokens: ReturnType<typeof documentTokens>, i: number): boolean {
  return ROLE_LABELS.some(([p]) => {
    const n = phraseAt(tokens, i, p, true);
    return n > 0 && tokens[i + n]?.raw === ':';
  });
}

describe('the role-label filter of the clause scans', () => {
  it('admits every label of the lists, as written and without its marks', () => {
    const refused: string[] = [];
    // Counted so the test cannot pass by matching nothing: every label as written, and most without marks, match.
    let matched = 0;
    for (const [p] of ROLE_LABELS) {
      for (const text of [`${p.display}: Sở Nội vụ`, `${fold(p.display)}: So Noi vu`]) {
        const tokens = documentTokens(text);
        if (!labelAt(tokens, 0)) continue;
        matched++;
        if (!mayOpenRoleLabel(tokens, 0)) refused.push(text);
      }
    }
    expect(ROLE_LABELS.length).toBeGreaterThan(5);
    expect(matched).toBeGreaterThan(ROLE_LABELS.length);
    expect(refused).toEqual([]);
  });

  it('refuses no place of real documents where a label matches', () => {
    let labels = 0;
    const missed: string[] = [];
    for (const { name, text } of documents()) {
      const tokens = documentTokens(text);
      for (let i = 0; i < tokens.length; i++) {
        if (!labelAt(tokens, i)) continue;
        labels++;
        if (!mayOpenRoleLabel(tokens, i)) missed.push(`${name} @${tokens[i]!.start}`);
      }
    }
    expect(labels).toBeGreaterThan(0);
    expect(missed).toEqual([]);
  });
});

describe('the closing formula\'s places', () => {
  it('are every token of real documents where the formula\'s words stand', () => {
    let formulas = 0;
    for (const { name, text } of documents()) {
      const tokens = documentTokens(text);
      const everywhere: number[] = [];
      for (let k = 0; k < tokens.length; k++) if (formulaWordsAt(tokens, k)) everywhere.push(k);
      formulas += everywhere.length;
      expect(formulaStarts(tokens), name).toEqual(everywhere);
    }
    expect(formulas).toBeGreaterThan(10);
  });
});
