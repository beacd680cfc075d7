import { describe, expect, it } from 'vitest';
import { isVietnameseSyllable } from '../../src/text/vietnameseSyllable';
import { CLEAN, corpusText } from '../support/decodeFixtures';

describe('isVietnameseSyllable', () => {
  it.each(['của', 'Nghị', 'QUYẾT', 'người', 'nghiêng', 'khuyến', 'gìn', 'giữ', 'quốc', 'Ủy', 'uỷ', 'đường', 'hoạch', 'tuyển'])(
    'accepts "%s"',
    (w) => expect(isVietnameseSyllable(w)).toBe(true),
  );

  it.each([
    ['cuûa', 'û is no Vietnamese letter'],
    ['c¸c', 'a symbol inside the word'],
    ['Nghiị', 'no "ii" vowel group'],
    ['nghò', 'ngh only before i, e, ê'],
    ['kan', 'k only before i, e, ê, y'],
    ['cáìc', 'two tones'],
    ['caùc', 'a glide vowel group cannot take a final'],
    ['càt', 'a stop final takes only sắc or nặng'],
    ['NGHị', 'mixed case'],
    ['tiê', 'iê needs a final'],
    ['très', 's is no final'],
  ])('rejects "%s" (%s)', (w) => expect(isVietnameseSyllable(w)).toBe(false));

  it('accepts nearly every accented word of the clean corpus documents', () => {
    for (const f of CLEAN) {
      const words = corpusText(f).match(/[\p{L}\p{M}]+/gu)!.filter((w) => /[^\x00-\x7F]/.test(w));
      const valid = words.filter(isVietnameseSyllable).length;
      expect(valid / words.length).toBeGreaterThan(0.99);
    }
  });
});
