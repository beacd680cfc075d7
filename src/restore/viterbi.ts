/**
 * The search of restoration: the best candidate per syllable of one run (no context break inside), by trigram
 * Viterbi over the syllable model with a beam.
 *
 * The work per position is bounded by the beam and the candidates (at most BEAM live states times the
 * candidates of the position), so the buffers it needs are small and reused, the back pointers too while a
 * run's fit in a bounded buffer.
 */
import { SENTENCE_START, type SyllableModel } from './languageModel';
import { UNKNOWN_ID } from './modelTables';

/** What the search needs of a slot: its candidates' syllable ids and channel costs. */
export interface SearchSlot {
  ids: Int32Array;
  costs: Float64Array;
}

/** States kept per position: the search keeps the best few, which loses nothing measurable and bounds the work. */
const BEAM = 16;

/** Per-position buffers, grown to the largest (candidates before) x (candidates) pair count asked for. */
let scoreA = new Float64Array(0);
let scoreB = new Float64Array(0);
let backoff = new Float64Array(0);
const liveA0 = new Int32Array(BEAM);
const liveB0 = new Int32Array(BEAM);
const liveA1 = new Int32Array(BEAM);
const liveB1 = new Int32Array(BEAM);
const picked = new Int32Array(BEAM);
const top = new Float64Array(BEAM);

/** Back pointers of a run, reused while a run's fit (most runs are a short phrase); a longer run gets its own. */
const KEPT_BACK_POINTERS = 1 << 14;
let backBuffer = new Int32Array(1 << 10);

function backPointers(size: number): Int32Array {
  if (size <= backBuffer.length) return backBuffer;
  if (size > KEPT_BACK_POINTERS) return new Int32Array(size);
  backBuffer = new Int32Array(KEPT_BACK_POINTERS);
  return backBuffer;
}

function ensurePairs(pairs: number): void {
  if (scoreA.length >= pairs) return;
  scoreA = new Float64Array(pairs);
  scoreB = new Float64Array(pairs);
  backoff = new Float64Array(pairs);
}

/**
 * Indices of the best `BEAM` finite scores among `score[0, length)`, written to `out` (returns how many): in
 * index order when all fit, otherwise best first, equal scores in index order (what a stable sort of the live
 * indices by score gives).
 */
function survivors(score: Float64Array, length: number, out: Int32Array): number {
  let live = 0;
  for (let i = 0; i < length; i++) if (score[i]! > -Infinity) live++;
  if (live <= BEAM) {
    let n = 0;
    for (let i = 0; i < length; i++) if (score[i]! > -Infinity) out[n++] = i;
    return n;
  }
  // Insertion into a best-first list of BEAM: a later index with an equal score goes after the earlier ones.
  let n = 0;
  for (let i = 0; i < length; i++) {
    const value = score[i]!;
    if (!(value > -Infinity)) continue;
    if (n === BEAM && !(value > top[BEAM - 1]!)) continue;
    let at = n < BEAM ? n : BEAM - 1;
    while (at > 0 && top[at - 1]! < value) {
      top[at] = top[at - 1]!;
      out[at] = out[at - 1]!;
      at--;
    }
    top[at] = value;
    out[at] = i;
    if (n < BEAM) n++;
  }
  return n;
}

/** Best candidate index per slot of `run`. */
export function viterbi(run: readonly SearchSlot[], model: SyllableModel): number[] {
  // score[b * k + c]: best score with candidate b at t-1 and c at t; back[at[t] + b * k + c] the index at t-2
  // that gave it.
  const start = model.id(SENTENCE_START);
  const unknownLog = model.tables.unknownLog;
  const at = new Int32Array(run.length + 1);
  let maxPairs = 0;
  for (let t = 0; t < run.length; t++) {
    const pairs = (t > 0 ? run[t - 1]!.ids.length : 1) * run[t]!.ids.length;
    at[t + 1] = at[t]! + pairs;
    if (pairs > maxPairs) maxPairs = pairs;
  }
  ensurePairs(maxPairs);
  const back = backPointers(at[run.length]!);
  let previous = scoreA;
  let score = scoreB;
  // Live states of the previous position as (a, b) pairs: candidate index at t-2 and at t-1.
  let liveA = liveA0;
  let liveB = liveB0;
  let nextA = liveA1;
  let nextB = liveB1;
  liveA[0] = 0;
  liveB[0] = 0;
  let live = 1;
  let k = 1;
  for (let t = 0; t < run.length; t++) {
    const kPrev = k;
    const slot = run[t]!;
    k = slot.ids.length;
    const ids = slot.ids;
    const costs = slot.costs;
    const idsBefore = t > 1 ? run[t - 2]!.ids : null;
    const idsPrev = t > 0 ? run[t - 1]!.ids : null;
    const pairs = kPrev * k;
    const offset = at[t]!;
    score.fill(-Infinity, 0, pairs);
    // As a fresh array: a pair no live state reaches points to candidate 0.
    back.fill(0, offset, offset + pairs);
    // The backoff score of (b, c) does not depend on a: looked up once, not once per live state.
    backoff.fill(NaN, 0, pairs);
    for (let s = 0; s < live; s++) {
      const a = liveA[s]!;
      const b = liveB[s]!;
      const before = t > 0 ? previous[a * kPrev + b]! : 0;
      const w1 = idsBefore ? idsBefore[a]! : start;
      const w2 = idsPrev ? idsPrev[b]! : start;
      const row = b * k;
      // Most (w1, w2) pairs of a damaged text's candidates begin no trigram: asked once, not once per c.
      const context = model.mayContinue(w1, w2);
      for (let c = 0; c < k; c++) {
        const w3 = ids[c]!;
        // model.scoreIds(w1, w2, w3), with the backoff part shared across a.
        let wordScore: number;
        if (w3 === UNKNOWN_ID) wordScore = unknownLog;
        else {
          const tri = context ? model.trigramScore(w1, w2, w3) : undefined;
          if (tri !== undefined) wordScore = tri;
          else {
            wordScore = backoff[row + c]!;
            if (Number.isNaN(wordScore)) backoff[row + c] = wordScore = model.backoffScore(w2, w3);
          }
        }
        const value = before + wordScore - costs[c]!;
        if (value > score[row + c]!) {
          score[row + c] = value;
          back[offset + row + c] = a;
        }
      }
    }
    const n = survivors(score, pairs, picked);
    for (let s = 0; s < n; s++) {
      const i = picked[s]!;
      nextA[s] = Math.floor(i / k);
      nextB[s] = i % k;
    }
    [liveA, nextA] = [nextA, liveA];
    [liveB, nextB] = [nextB, liveB];
    live = n;
    [previous, score] = [score, previous];
  }
  // `previous` now holds the last position's scores.
  const last = run.length - 1;
  const finalPairs = at[run.length]! - at[last]!;
  let best = 0;
  for (let i = 1; i < finalPairs; i++) if (previous[i]! > previous[best]!) best = i;
  const choice: number[] = new Array(run.length).fill(0);
  let b = Math.floor(best / k);
  let c = best % k;
  for (let t = last; t >= 0; t--) {
    choice[t] = c;
    const a = back[at[t]! + b * run[t]!.ids.length + c]!;
    c = b;
    b = a;
  }
  return choice;
}
