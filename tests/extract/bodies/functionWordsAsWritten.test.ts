/**
 * "Is this a function word a name or a qualifier stops at" is one test over one word list (bodyVocabulary.json
 * stopWords and stopWordSpellings): the task stages read a word as written ("cung" of "cung cấp" is no "cùng"); a
 * body's name also stops at a word OCR stripped of its marks ("cua" for "của"). Excerpts are real text: a Cao Bằng
 * decision's duty ("phối hợp với đơn vị cung cấp dịch vụ công nghệ thông tin căn cứ quy trình nội bộ") and a
 * provincial plan's "đáp ứng nhu cầu của người lao động".
 */
import { describe, expect, it } from 'vitest';
import { functionWordAt } from '../../../src/extract/bodies';
import { isStopAt } from '../../../src/extract/bodies/words';
import { fold } from '../../../src/extract/folding';
import { documentTokens } from '../../../src/extract/vocabulary';

/** The words of `text` the test takes, as written. */
function taken(text: string, test: (tokens: ReturnType<typeof documentTokens>, i: number) => boolean): string[] {
  const tokens = documentTokens(text);
  return tokens.flatMap((t, i) => (test(tokens, i) ? [t.raw] : []));
}

describe('a function word', () => {
  it('is written as the data writes it: a word without the marks it has is another word', () => {
    expect(taken('phối hợp với đơn vị cung cấp dịch vụ công nghệ thông tin căn cứ quy trình nội bộ', functionWordAt)).toEqual(['với']);
    expect(taken('đáp ứng nhu cầu của người lao động, cùng các sở', functionWordAt)).toEqual(['của', 'cùng']);
  });

  it('ends a name also without its marks, as OCR leaves it; the task stages take only what is written so', () => {
    // The same plan's words as a scan stripped of its marks reads them.
    const stripped = fold('đáp ứng nhu cầu của người lao động');
    expect(taken(stripped, isStopAt)).toContain('cua');
    expect(taken(stripped, functionWordAt)).toEqual([]);
  });
});
