/**
 * Restoration: damaged Vietnamese text -> its most likely correct form. Each syllable gets candidates from the
 * channel (`candidatesFor`), a trigram Viterbi search over the syllable model picks the best sequence, and a
 * word changes only when the model is sure: its confidence (the chosen candidate's share among the candidates,
 * its neighbours fixed) must reach `minConfidence`. Numbers, symbols, acronyms and unknown words are copied.
 */
import { candidatesFor, estimateDamage, type Candidate, type DamageLevel } from './channel';
import { SENTENCE_START, type SyllableModel } from './languageModel';
import { splitSyllables, type TextPiece } from './syllables';
import { perDamageLevel } from './perDamageLevel';
import { viterbi } from './viterbi';

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
  // A copy: the list is shared by every token of the same lower case, and the observed one is added below.
  const candidates = [...candidatesFor(text, model, damage)];
  let observedIndex = candidates.findIndex((c) => c.spelling === lower);
  if (observedIndex < 0) {
    // The token as printed stays possible: an unknown word, a name the model has not seen.
    candidates.push({ spelling: lower, cost: candidates.length ? 6 : 0 });
    observedIndex = candidates.length - 1;
  }
  const ids = new Int32Array(candidates.length);
  const costs = new Float64Array(candidates.length);
  candidates.forEach((c, i) => {
    ids[i] = model.id(c.spelling);
    costs[i] = c.cost;
  });
  return { candidates, ids, costs, observedIndex };
}

function slotFor(piece: TextPiece, model: SyllableModel, damage: DamageLevel): Slot {
  const choices = choicesFor(piece.text, model, damage);
  return { piece, candidates: choices.candidates, ids: choices.ids, costs: choices.costs, observedIndex: choices.observedIndex };
}

/** The chosen word's share among its candidates at `t`, with the chosen neighbours held fixed. */
function confidenceAt(run: Slot[], choice: number[], t: number, model: SyllableModel): number {
  const slot = run[t]!;
  if (slot.candidates.length === 1) return 1;
  const word = (u: number) => (u < 0 ? model.id(SENTENCE_START) : u >= run.length ? null : run[u]!.ids[choice[u]!]!);
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
}

/** The case of the observed token on the restored spelling ("QUYET" -> "QUYẾT", "Ke" -> "Kế"). */
function withCase(observed: string, spelling: string): string {
  const letters = [...observed].filter((c) => /\p{L}/u.test(c));
  if (letters.length > 1 && letters.every((c) => c === c.toUpperCase() && c !== c.toLowerCase())) return spelling.toUpperCase();
  if (letters[0] && letters[0] !== letters[0].toLowerCase()) return spelling[0]!.toUpperCase() + spelling.slice(1);
  return spelling;
}

export function restoreText(text: string, model: SyllableModel, options: RestoreOptions = {}): RestoredText {
  return decode(text, model, options, true);
}

/**
 * `restoreText`'s text and changed share alone. A word's confidence only decides whether a change the search
 * chose is made, so it is worked out for those words only (most chosen words are the ones printed).
 */
export function restoreString(text: string, model: SyllableModel, options: RestoreOptions = {}): Pick<RestoredText, 'text' | 'changedShare'> {
  const { text: restored, changedShare } = decode(text, model, options, false);
  return { text: restored, changedShare };
}

/** Restoration of `text`; with `everyConfidence` false, the confidence of a word kept as printed is NaN. */
function decode(text: string, model: SyllableModel, options: RestoreOptions, everyConfidence: boolean): RestoredText {
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
    run.forEach((slot, t) => {
      const kept = choice[t] === slot.observedIndex;
      const confidence = everyConfidence || !kept ? confidenceAt(run, choice, t, model) : NaN;
      const sure = kept || confidence >= minConfidence;
      const restored = sure && !kept ? withCase(slot.piece.text, slot.candidates[choice[t]!]!.spelling) : slot.piece.text;
      words.push({ original: slot.piece.text, restored, confidence, start: slot.piece.start });
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
