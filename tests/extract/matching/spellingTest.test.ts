/**
 * `spellingTest` answers a test of a token's spelling once per spelling, in a slot of the spelling's shared form:
 * scans ask such tests at every word. The slot is found by the test's name and then kept on the test function.
 */
import { describe, expect, it } from 'vitest';
import { documentTokens, spellingTest, type Token } from '../../../src/extract/vocabulary';

describe('a test of the spelling', () => {
  it('runs once per spelling and gives every token of it the same answer', () => {
    const seen: string[] = [];
    const opensGiao = (x: Token): boolean => {
      seen.push(x.raw);
      return x.f === 'giao';
    };
    const tokens = documentTokens('Giao Sở Tài chính chủ trì; giao Sở Nội vụ phối hợp; Giao Công an tỉnh thực hiện.');
    const answers = tokens.map((t) => spellingTest(t, 'testOpensGiao', opensGiao));
    expect(tokens.filter((_, i) => answers[i]).map((t) => t.raw)).toEqual(['Giao', 'giao', 'Giao']);
    // "Giao" and "giao" are two spellings; "Sở" and ";" are asked once each however often they stand.
    expect(seen.filter((r) => r === 'Giao')).toHaveLength(1);
    expect(seen.filter((r) => r === 'Sở')).toHaveLength(1);
    expect(new Set(seen).size).toBe(seen.length);
  });

  it('keeps the answers of two tests of one spelling apart', () => {
    const [t] = documentTokens('Sở Tài chính');
    const capital = (x: Token): boolean => x.cap;
    const plain = (x: Token): boolean => !x.cap;
    expect(spellingTest(t!, 'testCapital', capital)).toBe(true);
    expect(spellingTest(t!, 'testPlain', plain)).toBe(false);
    expect(spellingTest(t!, 'testCapital', capital)).toBe(true);
    expect(spellingTest(t!, 'testPlain', plain)).toBe(false);
  });
});
