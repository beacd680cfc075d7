/**
 * Restoration: damaged Vietnamese text -> its most likely correct form. Each syllable gets candidates from the
 * channel (`candidatesFor`), a trigram Viterbi search over the syllable model picks the best sequence, and a
 * word changes only when the model is sure: its confidence (the chosen candidate's share among the candidates,
 * its neighbours fixed) must reach `minConfidence`. Numbers, symbols, acronyms and unknown words are copied.
 */
import { candidatesFor, estimateDamage, type Candidate, type DamageLevel } from './channel';
import { SENTENCE_START, type SyllableModel } from './languageModel';
import { UNKNOWN_ID } from './modelTables';
import { splitSyllables, type TextPiece } from './syllables';
import { perDamageLevel } from './perDamageLevel';

export interface RestoredWord {
  original: string;
  restored: string;
  /** How sure the model is of `restored` (0-1); 1 for a word nothing else could be. */
  confidence: number;
  start: number;
}

export interface RestoredText {
  original: string;
  text: string;
  /** Syllables the restorer looked at. */
  words: RestoredWord[];
  /** Share of those syllables that changed. */
  changedShare: number;
}

export interface RestoreOptions {
  minConfidence?: number;
  /** Share of marked syllables in clean text (the model's own figure). */
  markedShare?: number;
  /** Damage of the surrounding document when restoring a short string of it (a title, a task). */
  damage?: DamageLevel;
}

const DEFAULT_MIN_CONFIDENCE = 0.6;
/** Clean Vietnamese official text marks about this share of its syllables (measured on the training text). */
export const CLEAN_MARKED_SHARE = 0.78;

/** What the decoder may choose for one observed token: the same for every occurrence of the token. */
interface Choices {
  candidates: Candidate[];
  /** The candidates' syllable ids in the model. */
  ids: Int32Array;
  /** The candidates' channel costs. */
  costs: Float64Array;
  /** Index of the observed token among the candidates. */
  observedIndex: number;
}

interface Slot extends Choices {
  piece: TextPiece;
}

// Texts repeat their words: a token's candidates, ids and costs are worked out once per model and damage level.
const choicesFor = perDamageLevel(computeChoices);

function computeChoices(text: string, model: SyllableModel, damage: DamageLevel): Choices {
  const lower = text.toLowerCase();
  const candidates = candidatesFor(text, model, damage);
  let observedIndex = candidates.findIndex((c) => c.spelling === lower);
  if (observedIndex < 0) {
    // The token as printed stays possible: an unknown word, a name the model has not seen.
    candidates.push({ spelling: lower, cost: candidates.length ? 6 : 0 });
    observedIndex = candidates.length - 1;
  }
  return {
    candidates,
    ids: Int32Array.from(candidates, (c) => model.id(c.spelling)),
    costs: Float64Array.from(candidates, (c) => c.cost),
    observedIndex,
  };
}

function slotFor(piece: TextPiece, model: SyllableModel, damage: DamageLevel): Slot {
  const choices = choicesFor(piece.text, model, damage);
  return { piece, candidates: choices.candidates, ids: choices.ids, costs: choices.costs, observedIndex: choices.observedIndex };
}

/** States kept per position: the search keeps the best few, which loses nothing measurable and bounds the work. */
const BEAM = 16;

/**
 * Indices of the best `BEAM` finite scores, written to `out` (returns how many): in index order when all fit,
 * otherwise best first, equal scores in index order (what a stable sort of the live indices by score gives).
 */
function survivors(score: Float64Array, out: Int32Array, top: Float64Array): number {
  let live = 0;
  for (let i = 0; i < score.length; i++) if (score[i]! > -Infinity) live++;
  if (live <= BEAM) {
    let n = 0;
    for (let i = 0; i < score.length; i++) if (score[i]! > -Infinity) out[n++] = i;
    return n;
  }
  // Insertion into a best-first list of BEAM: a later index with an equal score goes after the earlier ones.
  let n = 0;
  for (let i = 0; i < score.length; i++) {
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

/** Best candidate index per slot of one run (no context break inside), by trigram Viterbi with a beam. */
function viterbi(run: Slot[], model: SyllableModel): number[] {
  // score[t][b * K + c]: best score with candidate b at t-1 and c at t; back[t] the index at t-2 that gave it.
  const start = model.id(SENTENCE_START);
  const unknownLog = model.tables.unknownLog;
  const scores: Float64Array[] = [];
  const backs: Int32Array[] = [];
  // Live states of the previous position as (a, b) pairs: candidate index at t-2 and at t-1.
  let liveA = new Int32Array(BEAM);
  let liveB = new Int32Array(BEAM);
  let nextA = new Int32Array(BEAM);
  let nextB = new Int32Array(BEAM);
  let live = 1;
  const picked = new Int32Array(BEAM);
  const top = new Float64Array(BEAM);
  for (let t = 0; t < run.length; t++) {
    const kPrev = t > 0 ? run[t - 1]!.candidates.length : 1;
    const slot = run[t]!;
    const k = slot.candidates.length;
    const ids = slot.ids;
    const costs = slot.costs;
    const previous = t > 0 ? scores[t - 1]! : null;
    const idsBefore = t > 1 ? run[t - 2]!.ids : null;
    const idsPrev = t > 0 ? run[t - 1]!.ids : null;
    const score = new Float64Array(kPrev * k).fill(-Infinity);
    const back = new Int32Array(kPrev * k);
    // The backoff score of (b, c) does not depend on a: looked up once, not once per live state.
    const backoff = new Float64Array(kPrev * k).fill(NaN);
    for (let s = 0; s < live; s++) {
      const a = liveA[s]!;
      const b = liveB[s]!;
      const before = previous ? previous[a * kPrev + b]! : 0;
      const w1 = idsBefore ? idsBefore[a]! : start;
      const w2 = idsPrev ? idsPrev[b]! : start;
      const row = b * k;
      for (let c = 0; c < k; c++) {
        const w3 = ids[c]!;
        // model.scoreIds(w1, w2, w3), with the backoff part shared across a.
        let wordScore: number;
        if (w3 === UNKNOWN_ID) wordScore = unknownLog;
        else {
          const tri = model.trigramScore(w1, w2, w3);
          if (tri !== undefined) wordScore = tri;
          else {
            wordScore = backoff[row + c]!;
            if (Number.isNaN(wordScore)) backoff[row + c] = wordScore = model.backoffScore(w2, w3);
          }
        }
        const value = before + wordScore - costs[c]!;
        if (value > score[row + c]!) {
          score[row + c] = value;
          back[row + c] = a;
        }
      }
    }
    scores.push(score);
    backs.push(back);
    const n = survivors(score, picked, top);
    for (let s = 0; s < n; s++) {
      const i = picked[s]!;
      nextA[s] = Math.floor(i / k);
      nextB[s] = i % k;
    }
    [liveA, nextA] = [nextA, liveA];
    [liveB, nextB] = [nextB, liveB];
    live = n;
  }
  const last = run.length - 1;
  const kLast = run[last]!.candidates.length;
  const final = scores[last]!;
  let best = 0;
  for (let i = 1; i < final.length; i++) if (final[i]! > final[best]!) best = i;
  const choice: number[] = new Array(run.length).fill(0);
  let b = Math.floor(best / kLast);
  let c = best % kLast;
  for (let t = last; t >= 0; t--) {
    choice[t] = c;
    const a = backs[t]![b * run[t]!.candidates.length + c]!;
    c = b;
    b = a;
  }
  return choice;
}

/** Each chosen word's share among its candidates, with the chosen neighbours held fixed. */
function confidences(run: Slot[], choice: number[], model: SyllableModel): number[] {
  const start = model.id(SENTENCE_START);
  const word = (t: number) => (t < 0 ? start : t >= run.length ? null : run[t]!.ids[choice[t]!]!);
  return run.map((slot, t) => {
    if (slot.candidates.length === 1) return 1;
    const p2 = word(t - 2)!;
    const p1 = word(t - 1)!;
    const n1 = word(t + 1);
    const n2 = word(t + 2);
    const scores = slot.candidates.map((candidate, i) => {
      const w = slot.ids[i]!;
      let score = model.scoreIds(p2, p1, w) - candidate.cost;
      if (n1 !== null) score += model.scoreIds(p1, w, n1);
      if (n1 !== null && n2 !== null) score += model.scoreIds(w, n1, n2);
      return score;
    });
    const top = Math.max(...scores);
    const total = scores.reduce((sum, s) => sum + Math.exp(s - top), 0);
    return Math.exp(scores[choice[t]!]! - top) / total;
  });
}

/** The case of the observed token on the restored spelling ("QUYET" -> "QUYẾT", "Ke" -> "Kế"). */
function withCase(observed: string, spelling: string): string {
  const letters = [...observed].filter((c) => /\p{L}/u.test(c));
  if (letters.length > 1 && letters.every((c) => c === c.toUpperCase() && c !== c.toLowerCase())) return spelling.toUpperCase();
  if (letters[0] && letters[0] !== letters[0].toLowerCase()) return spelling[0]!.toUpperCase() + spelling.slice(1);
  return spelling;
}

export function restoreText(text: string, model: SyllableModel, options: RestoreOptions = {}): RestoredText {
  const nfc = text.normalize('NFC');
  const pieces = splitSyllables(nfc);
  const damage = options.damage ?? estimateDamage(pieces.filter((p) => p.syllable).map((p) => p.text), model, options.markedShare ?? CLEAN_MARKED_SHARE);
  const minConfidence = options.minConfidence ?? DEFAULT_MIN_CONFIDENCE;
  const out: string[] = [];
  const words: RestoredWord[] = [];
  let run: Slot[] = [];
  const flush = () => {
    if (!run.length) return;
    const choice = viterbi(run, model);
    const confidence = confidences(run, choice, model);
    run.forEach((slot, t) => {
      const chosen = slot.candidates[choice[t]!]!;
      const sure = choice[t] === slot.observedIndex || confidence[t]! >= minConfidence;
      const restored = sure && choice[t] !== slot.observedIndex ? withCase(slot.piece.text, chosen.spelling) : slot.piece.text;
      words.push({ original: slot.piece.text, restored, confidence: confidence[t]!, start: slot.piece.start });
    });
    run = [];
  };
  for (const piece of pieces) {
    if (piece.syllable) {
      if (piece.boundaryBefore) flush();
      run.push(slotFor(piece, model, damage));
    } else if (/[\p{L}\p{N}]/u.test(piece.text) || /[.;:!?()[\]{}|\n"“”]/.test(piece.text)) {
      flush();
    }
  }
  flush();
  // Rebuild the text: restored words in place of the originals, everything else as it was.
  let cursor = 0;
  for (const w of words) {
    out.push(nfc.slice(cursor, w.start), w.restored);
    cursor = w.start + w.original.length;
  }
  out.push(nfc.slice(cursor));
  const changed = words.filter((w) => w.restored !== w.original).length;
  return { original: text, text: out.join(''), words, changedShare: words.length ? changed / words.length : 0 };
}
