/**
 * Counts syllable n-grams of clean text for the restoration model. Only letter-only syllables count; a
 * number, symbol or punctuation breaks the context, as it does when decoding.
 */
import { SENTENCE_START, type ModelCounts } from './languageModel';
import { splitSyllables } from './syllables';

/** Runs of syllables between context breaks, lower-cased. */
export function syllableRuns(text: string): string[][] {
  const runs: string[][] = [];
  let run: string[] = [];
  for (const piece of splitSyllables(text.normalize('NFC'))) {
    if (!piece.syllable && !/[\p{L}\p{N}]/u.test(piece.text)) continue; // spacing and punctuation: see boundaryBefore
    const clean = piece.syllable && !/\p{N}/u.test(piece.text);
    if (!clean || piece.boundaryBefore) {
      if (run.length) runs.push(run);
      run = [];
    }
    if (clean) run.push(piece.text.toLowerCase());
  }
  if (run.length) runs.push(run);
  return runs;
}

export interface TrainingOptions {
  version: string;
  /** Pairs and triples seen fewer times are dropped (the file stays small; singletons rarely help). */
  minBigram: number;
  minTrigram: number;
}

export function countNgrams(texts: Iterable<string>, options: TrainingOptions): ModelCounts {
  const unigrams = new Map<string, number>();
  const bigrams = new Map<string, number>();
  const trigrams = new Map<string, number>();
  const add = (table: Map<string, number>, key: string) => table.set(key, (table.get(key) ?? 0) + 1);
  for (const text of texts) {
    for (const run of syllableRuns(text)) {
      let w1 = SENTENCE_START;
      let w2 = SENTENCE_START;
      add(unigrams, SENTENCE_START);
      for (const w3 of run) {
        add(unigrams, w3);
        add(bigrams, `${w2} ${w3}`);
        add(trigrams, `${w1} ${w2} ${w3}`);
        w1 = w2;
        w2 = w3;
      }
    }
  }
  // Bigrams starting at the sentence start double as the context count of triples "<s> <s> w".
  bigrams.set(`${SENTENCE_START} ${SENTENCE_START}`, unigrams.get(SENTENCE_START) ?? 0);
  const prune = (table: Map<string, number>, min: number) => {
    for (const [key, count] of table) if (count < min && !key.startsWith(`${SENTENCE_START} ${SENTENCE_START}`)) table.delete(key);
  };
  prune(bigrams, options.minBigram);
  prune(trigrams, options.minTrigram);
  return { version: options.version, unigrams, bigrams, trigrams };
}
