/**
 * The syllable language model restoration decodes with: counts of syllables, pairs and triples of lower-case
 * NFC syllables from clean official text, scored with stupid backoff (Brants et al. 2007), which ranks
 * candidates as well as smoothed models do at this size and needs only the counts.
 *
 * The model file is plain text, gzip-compressed, one n-gram a line ("n<TAB>w1 w2 w3<TAB>count"), written by
 * `scripts/build-restoration-model.ts`; its first lines are `#` comments naming its version and sources.
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { fold } from '../text/fold';
import { buildModelTables, lookup, mayContinue, ID_SPACE, SENTENCE_START, UNKNOWN_ID, type ModelTables } from './modelTables';

export { SENTENCE_START } from './modelTables';

export interface ModelCounts {
  version: string;
  unigrams: Map<string, number>;
  bigrams: Map<string, number>;
  trigrams: Map<string, number>;
}

export class RestorationModelError extends Error {
  readonly code = 'RESTORATION_MODEL_UNREADABLE';
}

export class SyllableModel {
  readonly version: string;
  /** The scores (modelTables.ts): built from counts, or received from another thread that built them. */
  readonly tables: ModelTables;
  /** Every known syllable under its folded form, most frequent first. */
  private readonly byFold = new Map<string, string[]>();
  /** Syllables as small integers, so n-gram lookups are numeric keys (no string building in the decoder). */
  private readonly ids = new Map<string, number>();

  constructor(source: ModelCounts | ModelTables) {
    if ('unigrams' in source) {
      try {
        source = buildModelTables(source);
      } catch (error) {
        throw new RestorationModelError((error as Error).message);
      }
    }
    this.tables = source;
    this.version = source.version;
    source.syllables.forEach((word, id) => {
      this.ids.set(word, id);
      if (word === SENTENCE_START) return;
      const key = fold(word);
      const list = this.byFold.get(key);
      if (list) list.push(word);
      else this.byFold.set(key, [word]);
    });
    for (const list of this.byFold.values()) list.sort((a, b) => this.count(b) - this.count(a));
  }

  /** The syllable's id for `scoreIds`; every unknown syllable shares one id that has no n-grams. */
  id(word: string): number {
    return this.ids.get(word) ?? UNKNOWN_ID;
  }

  /** `score` on ids (the decoder's inner loop). */
  scoreIds(a: number, b: number, c: number): number {
    if (c === UNKNOWN_ID) return this.tables.unknownLog;
    return this.trigramScore(a, b, c) ?? this.backoffScore(b, c);
  }

  /** The trigram's own score, or undefined when the model has not seen it (then `backoffScore` applies). */
  trigramScore(a: number, b: number, c: number): number | undefined {
    return lookup(this.tables.trigrams, a * ID_SPACE + b, c);
  }

  /** False when no trigram continues (a, b): then `trigramScore(a, b, c)` is undefined for every c. */
  mayContinue(a: number, b: number): boolean {
    return mayContinue(this.tables.trigramContexts, a * ID_SPACE + b);
  }

  /** Score of `c` after `b` without the word before: the bigram's, or the unigram's (c a known syllable). */
  backoffScore(b: number, c: number): number {
    const t = this.tables;
    return lookup(t.bigrams, b, c) ?? t.uniLog[c]!;
  }

  static fromFile(file: string): SyllableModel {
    return new SyllableModel(readModelFile(file));
  }

  /** Known syllables that fold to `key` (a folded syllable), most frequent first. */
  spellings(key: string): readonly string[] {
    return this.byFold.get(key) ?? [];
  }

  count(word: string): number {
    const id = this.ids.get(word);
    return id === undefined ? 0 : this.tables.counts[id]!;
  }

  /** log S(w3 | w1 w2) with stupid backoff; w1/w2 may be SENTENCE_START. */
  score(w1: string, w2: string, w3: string): number {
    return this.scoreIds(this.id(w1), this.id(w2), this.id(w3));
  }
}

/** The counts of a model file (gzip-compressed text, see above). */
export function readModelFile(file: string): ModelCounts {
  return parseModel(gunzipSync(readFileSync(file)).toString('utf8'));
}

export function parseModel(text: string): ModelCounts {
  const counts: ModelCounts = { version: 'unknown', unigrams: new Map(), bigrams: new Map(), trigrams: new Map() };
  const tables = [counts.unigrams, counts.bigrams, counts.trigrams];
  for (const line of text.split('\n')) {
    if (!line) continue;
    if (line.startsWith('#')) {
      const version = /^# version:\s*(\S+)/.exec(line);
      if (version) counts.version = version[1]!;
      continue;
    }
    const [n, gram, count] = line.split('\t');
    const table = tables[Number(n) - 1];
    const value = Number(count);
    if (!table || !gram || !Number.isFinite(value)) throw new RestorationModelError(`Malformed model line: ${line.slice(0, 80)}`);
    table.set(gram, value);
  }
  if (!counts.unigrams.size) throw new RestorationModelError('The restoration model holds no syllables: rebuild it with scripts/build-restoration-model.ts.');
  return counts;
}

/** Writes counts in the model file's format (the build script's output, before gzip). */
export function formatModel(counts: ModelCounts, comments: readonly string[]): string {
  const lines = [`# version: ${counts.version}`, ...comments.map((c) => `# ${c}`)];
  const tables = [counts.unigrams, counts.bigrams, counts.trigrams];
  tables.forEach((table, i) => {
    for (const [gram, count] of [...table].sort((a, b) => (a[0] < b[0] ? -1 : 1))) lines.push(`${i + 1}\t${gram}\t${count}`);
  });
  return `${lines.join('\n')}\n`;
}
