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

/**
 * Open-addressing table from a pair of small integers (x < 2^26, y < 2^13) to a double, with a filter in
 * front: the decoder asks mostly for pairs the model never saw, and a clear filter bit answers those with one
 * read of a small array instead of a probe run through the large one.
 */
export interface PairTable {
  /** Both keys of a slot side by side (x at 2 * slot, y at 2 * slot + 1): one cache line holds the pair. */
  keys: Int32Array;
  values: Float64Array;
  /** A bit per filter hash of every pair held (a Bloom filter with one hash). */
  filter: Int32Array;
}

/** The contexts (x of a trigram: w1 * ID_SPACE + w2) some trigram continues, as a filter like a table's. */
export interface ContextFilter {
  filter: Int32Array;
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
   * Which (w1, w2) contexts may begin a trigram: the decoder asks once per context instead of asking
   * `trigrams` once per candidate, and most contexts of a damaged text's candidates begin none.
   */
  trigramContexts: ContextFilter;
  /** Score of an unknown syllable. */
  unknownLog: number;
}

type Allocate = (bytes: number) => ArrayBufferLike;

const EMPTY = -1;
/** Filter bits per table slot (16 per entry at most half full: about 6% of absent pairs pass). */
const FILTER_BITS_PER_SLOT = 8;

/**
 * (x, y) mixed so that every bit of both reaches every bit of the hash: a trigram's x is w1 * ID_SPACE + w2,
 * and a plain product would leave w1's high bits out of the low bits a table's mask keeps.
 */
function mix(x: number, y: number): number {
  let h = Math.imul(x, 0x9e3779b1) ^ y;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  return h ^ (h >>> 13);
}

/** The filter bit of a hash: its own multiply, so that pairs sharing a slot do not share a bit. */
function filterBit(h: number, filter: Int32Array): number {
  // The top bits: a filter of 2^m words holds 2^(m + 5) bits, so 32 - (m + 5) = clz32(2^m) - 4 are dropped.
  return Math.imul(h, 0xc2b2ae35) >>> (Math.clz32(filter.length) - 4);
}

function mayHold(filter: Int32Array, h: number): boolean {
  const bit = filterBit(h, filter);
  return (filter[bit >>> 5]! & (1 << (bit & 31))) !== 0;
}

function addToFilter(filter: Int32Array, h: number): void {
  const bit = filterBit(h, filter);
  filter[bit >>> 5]! |= 1 << (bit & 31);
}

/** Slots for `entries` keys: a power of two, at most half full. */
function capacityFor(entries: number): number {
  let capacity = 16;
  while (capacity < entries * 2) capacity *= 2;
  return capacity;
}

function filterFor(capacity: number, allocate: Allocate): Int32Array {
  return new Int32Array(allocate((capacity * FILTER_BITS_PER_SLOT) / 8));
}

function pairTable(entries: number, allocate: Allocate): PairTable {
  const capacity = capacityFor(entries);
  const keys = new Int32Array(allocate(capacity * 8)).fill(EMPTY);
  return { keys, values: new Float64Array(allocate(capacity * 8)), filter: filterFor(capacity, allocate) };
}

/** Sets (x, y) to `value`; a repeated pair keeps the last value, as a Map would. */
function put(table: PairTable, x: number, y: number, value: number): void {
  const { keys } = table;
  const mask = table.values.length - 1;
  const h = mix(x, y);
  let slot = h & mask;
  while (keys[2 * slot] !== EMPTY && !(keys[2 * slot] === x && keys[2 * slot + 1] === y)) slot = (slot + 1) & mask;
  keys[2 * slot] = x;
  keys[2 * slot + 1] = y;
  table.values[slot] = value;
  addToFilter(table.filter, h);
}

/** The value of (x, y), or undefined. */
export function lookup(table: PairTable, x: number, y: number): number | undefined {
  const h = mix(x, y);
  if (!mayHold(table.filter, h)) return undefined;
  const { keys } = table;
  const mask = table.values.length - 1;
  for (let slot = h & mask; ; slot = (slot + 1) & mask) {
    const at = keys[2 * slot]!;
    if (at === EMPTY) return undefined;
    if (at === x && keys[2 * slot + 1] === y) return table.values[slot];
  }
}

/** The filter of `trigrams`' contexts (the x of every pair it holds). */
function contextFilter(trigrams: PairTable, allocate: Allocate): ContextFilter {
  const filter = filterFor(trigrams.values.length, allocate);
  for (let slot = 0; slot < trigrams.values.length; slot++) {
    const x = trigrams.keys[2 * slot]!;
    if (x !== EMPTY) addToFilter(filter, mix(x, 0));
  }
  return { filter };
}

/** False when no trigram continues the context x (true may be wrong: then the trigrams are asked in vain). */
export function mayContinue(contexts: ContextFilter, x: number): boolean {
  return mayHold(contexts.filter, mix(x, 0));
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
    trigramContexts: contextFilter(trigrams, allocate),
    unknownLog: Math.log(0.5 / total) + 2 * BACKOFF,
  };
}
