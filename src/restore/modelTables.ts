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
  /**
   * The contexts (w1 * ID_SPACE + w2) some trigram continues, as an open-addressing set: the decoder asks it
   * once per context instead of asking `trigrams` once per candidate, and most contexts have no trigram.
   */
  trigramContexts: Int32Array;
  /** Score of an unknown syllable. */
  unknownLog: number;
}

type Allocate = (bytes: number) => ArrayBufferLike;

const EMPTY = -1;

/**
 * The slot of (x, y), mixed so that every bit of both reaches the low bits the mask keeps: a trigram's x is
 * w1 * ID_SPACE + w2, and a plain product would leave w1's high bits out of them (longer probe runs).
 */
function hashSlot(x: number, y: number, mask: number): number {
  let h = Math.imul(x, 0x9e3779b1) ^ y;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  return h & mask;
}

/** Slots for `entries` keys: a power of two, at most half full. */
function capacityFor(entries: number): number {
  let capacity = 16;
  while (capacity < entries * 2) capacity *= 2;
  return capacity;
}

function pairTable(entries: number, allocate: Allocate): PairTable {
  const capacity = capacityFor(entries);
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

/** The set of `trigrams`' first keys (x), sized like a table of that many entries. */
function contextSet(trigrams: PairTable, allocate: Allocate): Int32Array {
  const distinct = new Set<number>();
  for (const x of trigrams.xs) if (x !== EMPTY) distinct.add(x);
  const capacity = capacityFor(distinct.size);
  const xs = new Int32Array(allocate(capacity * 4)).fill(EMPTY);
  const mask = xs.length - 1;
  for (const x of distinct) {
    let slot = hashSlot(x, 0, mask);
    while (xs[slot] !== EMPTY) slot = (slot + 1) & mask;
    xs[slot] = x;
  }
  return xs;
}

/** Whether `set` (built by `contextSet`) holds x. */
export function holds(set: Int32Array, x: number): boolean {
  const mask = set.length - 1;
  for (let slot = hashSlot(x, 0, mask); ; slot = (slot + 1) & mask) {
    const at = set[slot]!;
    if (at === EMPTY) return false;
    if (at === x) return true;
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
  return {
    version: counts.version,
    syllables,
    counts: countOf,
    uniLog,
    bigrams,
    trigrams,
    trigramContexts: contextSet(trigrams, allocate),
    unknownLog: Math.log(0.5 / total) + 2 * BACKOFF,
  };
}
