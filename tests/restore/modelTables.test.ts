/**
 * The model's scores as flat tables (what extraction threads share) are the scores the counts define: the
 * same doubles as computing them from the counts directly.
 */
import { describe, expect, it } from 'vitest';
import { SyllableModel, readModelFile } from '../../src/restore/languageModel';
import { MODEL_FILE } from '../../src/restore/modelFile';
import { buildModelTables } from '../../src/restore/modelTables';

const counts = readModelFile(MODEL_FILE);
const BACKOFF = Math.log(0.4);

/** Stupid backoff straight from the counts, the definition the tables must reproduce. */
function fromCounts(w1: string, w2: string, w3: string): number {
  const tri = counts.trigrams.get(`${w1} ${w2} ${w3}`);
  if (tri) return Math.log(tri / (counts.bigrams.get(`${w1} ${w2}`) ?? tri));
  const bi = counts.bigrams.get(`${w2} ${w3}`);
  if (bi) return BACKOFF + Math.log(bi / (counts.unigrams.get(w2) ?? bi));
  let total = 0;
  for (const [w, c] of counts.unigrams) if (w !== '<s>') total += c;
  const uni = counts.unigrams.get(w3);
  if (uni) return 2 * BACKOFF + Math.log(uni / total);
  return Math.log(0.5 / total) + 2 * BACKOFF;
}

describe('the restoration model as shared tables', () => {
  const shared = new SyllableModel(buildModelTables(counts, { shared: true }));
  const triples = [...counts.trigrams.keys()].filter((_, i) => i % 50 === 0).map((g) => g.split(' ') as [string, string, string]);
  const bigramsOnly = [...counts.bigrams.keys()].filter((_, i) => i % 50 === 0).map((g) => ['zzz', ...g.split(' ')] as [string, string, string]);

  it('scores trigrams, bigram backoffs, unigrams and unknown syllables as the counts define them', () => {
    for (const [a, b, c] of [...triples, ...bigramsOnly, ['<s>', '<s>', 'hành'], ['cải', 'cách', 'qqqq']] as [string, string, string][]) {
      expect(shared.score(a, b, c)).toBe(fromCounts(a, b, c));
    }
  });

  it('lives on SharedArrayBuffers, so threads receive it without a copy', () => {
    expect(shared.tables.trigrams.values.buffer).toBeInstanceOf(SharedArrayBuffer);
    expect(shared.tables.uniLog.buffer).toBeInstanceOf(SharedArrayBuffer);
  });

  it('keeps counts and spellings by folded form, most frequent first', () => {
    const spellings = shared.spellings('hanh');
    expect(spellings.length).toBeGreaterThan(1);
    const frequencies = spellings.map((s) => counts.unigrams.get(s)!);
    expect(frequencies).toEqual([...frequencies].sort((x, y) => y - x));
    expect(shared.count(spellings[0]!)).toBe(counts.unigrams.get(spellings[0]!));
    expect(shared.count('qqqq')).toBe(0);
  });
});
