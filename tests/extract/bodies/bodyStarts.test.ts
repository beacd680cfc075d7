/**
 * `parseBodyAt` turns a place away on its first word alone (`mayOpenBody`, kept per spelling) before parsing:
 * the filter must never refuse a place where the full parser finds a body. Checked at every token of real
 * documents, OCR-damaged ones among them, against the parser without the filter.
 */
import { describe, expect, it } from 'vitest';
import { shippedDocuments } from '../../support/shippedDocuments';
import { parseBodyAt, parseBodyAtUnfiltered } from '../../../src/extract/bodies';
import { documentTokens } from '../../../src/extract/vocabulary';

const documents = shippedDocuments;

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
