/**
 * "đồng thời" opens a clause of its own (its subject may follow) and ends a purpose ("để ..."): the clause and role
 * scans ask for it at every word, reading its first word once per spelling (`simultaneouslyAt`). The spelling's
 * answer must be the word-by-word OCR-tolerant reading at every token of real documents, OCR-damaged ones among them.
 */
import { describe, expect, it } from 'vitest';
import { shippedDocuments } from '../../support/shippedDocuments';
import { simultaneouslyAt } from '../../../src/extract/tasks/document';
import { documentTokens, tokenFuzzy } from '../../../src/extract/vocabulary';

describe('"đồng thời" read once per spelling', () => {
  it('finds it in a real passage, and nowhere else in it', () => {
    const tokens = documentTokens('xã và công bố công khai trước ngày 30 tháng 9 năm 2025; đồng thời, khẩn trương triển khai công tác đo đạc');
    const found = tokens.flatMap((t, i) => (simultaneouslyAt(tokens, i) ? [t.raw] : []));
    expect(found).toEqual(['đồng']);
  });

  it('answers as the word-by-word reading at every token of real documents', () => {
    let found = 0;
    const differ: string[] = [];
    for (const { name, text } of shippedDocuments()) {
      const tokens = documentTokens(text);
      for (let i = 0; i < tokens.length; i++) {
        const byWords = tokenFuzzy(tokens[i], 'dong') && tokenFuzzy(tokens[i + 1], 'thoi');
        if (byWords) found++;
        if (simultaneouslyAt(tokens, i) !== byWords) differ.push(`${name} @${tokens[i]!.start}: ${tokens[i]!.raw}`);
      }
    }
    expect(found).toBeGreaterThan(10);
    expect(differ).toEqual([]);
  });
});
