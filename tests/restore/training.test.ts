/** The model's counts: syllables lower-cased, contexts broken by numbers and punctuation, and the file format. */
import { describe, expect, it } from 'vitest';
import { formatModel, parseModel, RestorationModelError, SyllableModel } from '../../src/restore/languageModel';
import { countNgrams, syllableRuns } from '../../src/restore/training';

describe('syllable model training', () => {
  it('splits runs at numbers, symbols and sentence punctuation, never inside a phrase', () => {
    expect(syllableRuns('Căn cứ Quyết định số 2898/QĐ-UBND của UBND tỉnh. Giao Sở Nội vụ, Sở Tư pháp')).toEqual([
      ['căn', 'cứ', 'quyết', 'định', 'số'],
      ['của'],
      ['tỉnh'],
      ['giao', 'sở', 'nội', 'vụ', 'sở', 'tư', 'pháp'],
    ]);
  });

  it('writes and reads back the same counts, and refuses a damaged file with a code', () => {
    const counts = countNgrams(['cải cách hành chính', 'cải cách hành chính nhà nước'], { version: 'test-v1', minBigram: 1, minTrigram: 1 });
    expect(counts.unigrams.get('cải')).toBe(2);
    expect(counts.trigrams.get('cải cách hành')).toBe(2);
    const back = parseModel(formatModel(counts, ['a test model']));
    expect(back.version).toBe('test-v1');
    expect([...back.trigrams]).toEqual([...counts.trigrams].sort((a, b) => (a[0] < b[0] ? -1 : 1)));
    const model = new SyllableModel(back);
    expect(model.spellings('cach')).toEqual(['cách']);
    expect(model.score('cải', 'cách', 'hành')).toBeGreaterThan(model.score('cải', 'cách', 'nước'));
    expect(() => parseModel('1\tcải\tmany\n')).toThrow(RestorationModelError);
    expect(() => parseModel('# version: x\n')).toThrowError(/holds no syllables/);
  });
});
