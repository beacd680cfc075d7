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

export const SENTENCE_START = '<s>';
const BACKOFF = Math.log(0.4);
const ID_SPACE = 1 << 13;
const UNKNOWN_ID = ID_SPACE - 1;

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
  private readonly unigrams: Map<string, number>;
  private readonly bigrams: Map<string, number>;
  private readonly trigrams: Map<string, number>;
  private readonly total: number;
  /** Every known syllable under its folded form, most frequent first. */
  private readonly byFold = new Map<string, string[]>();
  private readonly unknownLog: number;
  /** Syllables as small integers, so n-gram lookups are numeric keys (no string building in the decoder). */
  private readonly ids = new Map<string, number>();
  /** Log scores precomputed per n-gram: unigram backoff, bigram backoff and trigram, keyed by small integers. */
  private readonly uniLog: number[] = [];
  private readonly biLog = new Map<number, number>();
  private readonly triLog = new Map<number, Map<number, number>>();

  constructor(counts: ModelCounts) {
    this.version = counts.version;
    this.unigrams = counts.unigrams;
    this.bigrams = counts.bigrams;
    this.trigrams = counts.trigrams;
    let total = 0;
    for (const [word, count] of this.unigrams) {
      if (word === SENTENCE_START) continue;
      total += count;
      const key = fold(word);
      const list = this.byFold.get(key);
      if (list) list.push(word);
      else this.byFold.set(key, [word]);
    }
    for (const list of this.byFold.values()) list.sort((a, b) => this.unigrams.get(b)! - this.unigrams.get(a)!);
    this.total = Math.max(total, 1);
    this.unknownLog = Math.log(0.5 / this.total) + 2 * BACKOFF;
    for (const [word, count] of this.unigrams) {
      this.ids.set(word, this.uniLog.length);
      this.uniLog.push(2 * BACKOFF + Math.log(count / this.total));
    }
    if (this.uniLog.length >= UNKNOWN_ID) throw new RestorationModelError(`The model has ${this.uniLog.length} syllables; at most ${UNKNOWN_ID - 1} fit.`);
    const idsOf = (gram: string) => gram.split(' ').map((w) => this.ids.get(w) ?? UNKNOWN_ID);
    for (const [gram, count] of this.bigrams) {
      const [a, b] = idsOf(gram) as [number, number];
      const first = gram.slice(0, gram.indexOf(' '));
      this.biLog.set(a * ID_SPACE + b, BACKOFF + Math.log(count / (this.unigrams.get(first) ?? count)));
    }
    for (const [gram, count] of this.trigrams) {
      const [a, b, c] = idsOf(gram) as [number, number, number];
      const context = this.bigrams.get(gram.slice(0, gram.lastIndexOf(' '))) ?? count;
      const pair = a * ID_SPACE + b;
      let next = this.triLog.get(pair);
      if (!next) this.triLog.set(pair, (next = new Map()));
      next.set(c, Math.log(count / context));
    }
  }

  /** The syllable's id for `scoreIds`; every unknown syllable shares one id that has no n-grams. */
  id(word: string): number {
    return this.ids.get(word) ?? UNKNOWN_ID;
  }

  /** `score` on ids (the decoder's inner loop). */
  scoreIds(a: number, b: number, c: number): number {
    if (c === UNKNOWN_ID) return this.unknownLog;
    const tri = this.triLog.get(a * ID_SPACE + b)?.get(c);
    if (tri !== undefined) return tri;
    return this.biLog.get(b * ID_SPACE + c) ?? this.uniLog[c]!;
  }

  static fromFile(file: string): SyllableModel {
    return new SyllableModel(parseModel(gunzipSync(readFileSync(file)).toString('utf8')));
  }

  /** Known syllables that fold to `key` (a folded syllable), most frequent first. */
  spellings(key: string): readonly string[] {
    return this.byFold.get(key) ?? [];
  }

  count(word: string): number {
    return this.unigrams.get(word) ?? 0;
  }

  /** log S(w3 | w1 w2) with stupid backoff; w1/w2 may be SENTENCE_START. */
  score(w1: string, w2: string, w3: string): number {
    const tri = this.trigrams.get(`${w1} ${w2} ${w3}`);
    if (tri) return Math.log(tri / (this.bigrams.get(`${w1} ${w2}`) ?? tri));
    const bi = this.bigrams.get(`${w2} ${w3}`);
    if (bi) return BACKOFF + Math.log(bi / (this.unigrams.get(w2) ?? bi));
    const uni = this.unigrams.get(w3);
    if (uni) return 2 * BACKOFF + Math.log(uni / this.total);
    return this.unknownLog;
  }
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
