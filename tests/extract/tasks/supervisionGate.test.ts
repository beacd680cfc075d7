/**
 * The role scan asks its supervising verbs at every word (tasks/roles.ts), after asking the word's spelling whether
 * one can start there (`opensSupervision`, answered once per spelling). The gate must admit every word where either
 * verb list matches, at every token of the shipped real documents, OCR-damaged ones among them.
 */
import { describe, expect, it } from 'vitest';
import { shippedDocuments } from '../../support/shippedDocuments';
import { documentTokens, longestMatch } from '../../../src/extract/vocabulary';
import { opensSupervision } from '../../../src/extract/tasks/roles';
import { SUPERVISE_VERBS, WRITTEN_SUPERVISE_VERBS } from '../../../src/extract/tasks/phrases';

describe('the spelling gate before the supervising verbs', () => {
  it('admits every supervising verb of the real documents, either list', () => {
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
