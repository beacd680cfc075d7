/**
 * The syllable model's scores as flat typed arrays: what `SyllableModel` looks up while decoding. Typed arrays
 * can live in a SharedArrayBuffer, so the extraction threads of one ingestion share one copy (a few MB)
 * instead of each parsing the model file and holding its own maps (about 60 MB and 0.8 s per thread).
 * The values are computed exactly as the maps held them: same expressions, same doubles.
 */
import type { ModelCounts } from './languageModel';

export const SENTENCE_START = '<s>';
export const BACKOFF = Math.log(0.4);
/** Syllable ids are below this; one more id than the syllables, for every unknown one. */
export const ID_SPACE = 1 << 13;
export const UNKNOWN_ID = ID_SPACE - 1;

/** Open-addressing table from a pair of small integers (x < 2^26, y < 2^13) to a double. */
export interface PairTable {
  xs: Int32Array;
  ys: Int32Array;
  values: Float64Array;
}

export interface ModelTables {
  version: string;
  /** Syllables by id, in the model file's order (SENTENCE_START included). */
  syllables: string[];
  /** Count of each syllable, by id. */
  counts: Float64Array;
  /** Unigram backoff score by id. */
  uniLog: Float64Array;
  /** Bigram backoff score by (w1, w2). */
  bigrams: PairTable;
  /** Trigram score by (w1 * ID_SPACE + w2, w3). */
  trigrams: PairTable;
  /** Score of an unknown syllable. */
  unknownLog: number;
}

type Allocate = (bytes: number) => ArrayBufferLike;

const EMPTY = -1;

function hashSlot(x: number, y: number, mask: number): number {
  return (Math.imul(x ^ Math.imul(y, 0x85ebca6b), 0x9e3779b1) >>> 0) & mask;
}

function pairTable(entries: number, allocate: Allocate): PairTable {
  let capacity = 16;
  while (capacity < entries * 2) capacity *= 2;
  const xs = new Int32Array(allocate(capacity * 4)).fill(EMPTY);
  return { xs, ys: new Int32Array(allocate(capacity * 4)), values: new Float64Array(allocate(capacity * 8)) };
}

/** Sets (x, y) to `value`; a repeated pair keeps the last value, as a Map would. */
function put(table: PairTable, x: number, y: number, value: number): void {
  const mask = table.xs.length - 1;
  let slot = hashSlot(x, y, mask);
  while (table.xs[slot] !== EMPTY && !(table.xs[slot] === x && table.ys[slot] === y)) slot = (slot + 1) & mask;
  table.xs[slot] = x;
  table.ys[slot] = y;
  table.values[slot] = value;
}

/** The value of (x, y), or undefined. */
export function lookup(table: PairTable, x: number, y: number): number | undefined {
  const mask = table.xs.length - 1;
  for (let slot = hashSlot(x, y, mask); ; slot = (slot + 1) & mask) {
    const at = table.xs[slot]!;
    if (at === EMPTY) return undefined;
    if (at === x && table.ys[slot] === y) return table.values[slot];
  }
}

/** The tables of `counts`; with `shared`, on SharedArrayBuffers that worker threads can receive without a copy. */
export function buildModelTables(counts: ModelCounts, options: { shared?: boolean } = {}): ModelTables {
  const allocate: Allocate = options.shared ? (bytes) => new SharedArrayBuffer(bytes) : (bytes) => new ArrayBuffer(bytes);
  const syllables = [...counts.unigrams.keys()];
  if (syllables.length >= UNKNOWN_ID) throw new RangeError(`The model has ${syllables.length} syllables; at most ${UNKNOWN_ID - 1} fit.`);
  let total = 0;
  for (const [word, count] of counts.unigrams) if (word !== SENTENCE_START) total += count;
  total = Math.max(total, 1);
  const ids = new Map(syllables.map((s, i) => [s, i]));
  const countOf = new Float64Array(allocate(syllables.length * 8));
  const uniLog = new Float64Array(allocate(syllables.length * 8));
  syllables.forEach((word, i) => {
    const count = counts.unigrams.get(word)!;
    countOf[i] = count;
    uniLog[i] = 2 * BACKOFF + Math.log(count / total);
  });
  const idsOf = (gram: string) => gram.split(' ').map((w) => ids.get(w) ?? UNKNOWN_ID);
  const bigrams = pairTable(counts.bigrams.size, allocate);
  for (const [gram, count] of counts.bigrams) {
    const [a, b] = idsOf(gram) as [number, number];
    const first = gram.slice(0, gram.indexOf(' '));
    put(bigrams, a, b, BACKOFF + Math.log(count / (counts.unigrams.get(first) ?? count)));
  }
  const trigrams = pairTable(counts.trigrams.size, allocate);
  for (const [gram, count] of counts.trigrams) {
    const [a, b, c] = idsOf(gram) as [number, number, number];
    const context = counts.bigrams.get(gram.slice(0, gram.lastIndexOf(' '))) ?? count;
    put(trigrams, a * ID_SPACE + b, c, Math.log(count / context));
  }
  return { version: counts.version, syllables, counts: countOf, uniLog, bigrams, trigrams, unknownLog: Math.log(0.5 / total) + 2 * BACKOFF };
}
