/**
 * `spellingTest` keeps each named test's answer in two bits of the spelling's form (`WordForm.tests`), a number the
 * bitwise operators read as 32 bits: sixteen tests fit, the last one's answer in the sign bit. Extraction alone
 * names fourteen (the scans' gates), so the slots' bound is what a new gate meets first. Its own file: the slots are
 * numbered in the order names are first asked, per module instance.
 */
import { describe, expect, it } from 'vitest';
import { documentTokens, spellingTest, type Token } from '../../../src/extract/vocabulary';

describe('the slots of the tests of a spelling', () => {
  it('hold sixteen answers of one spelling apart, the last in the sign bit, and refuse a seventeenth name', () => {
    const [word] = documentTokens('Sở Tài chính');
    const calls = new Array<number>(16).fill(0);
    // Test n answers true when n is odd or n is the last: the pattern puts a true beside a false in every pair of slots.
    const tests = calls.map((_, n) => (x: Token): boolean => {
      calls[n]!++;
      return x.cap && (n % 2 === 1 || n === 15);
    });
    const expected = tests.map((_, n) => n % 2 === 1 || n === 15);
    const first = tests.map((test, n) => spellingTest(word!, `slotTest${n}`, test));
    const again = tests.map((test, n) => spellingTest(word!, `slotTest${n}`, test));
    expect(first).toEqual(expected);
    expect(again).toEqual(expected);
    // Each answered once: the second round read every answer from its slot, the sixteenth's from the sign bit.
    expect(calls).toEqual(new Array<number>(16).fill(1));
    expect(() => spellingTest(word!, 'slotTest16', () => true)).toThrow(RangeError);
  });
});
