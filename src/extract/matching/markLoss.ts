/**
 * Texts that lost their diacritics ("So Tai chinh chu tri, phoi hop voi ...", or an OCR that kept a few as
 * look-alikes: "Quyét dinh", "B6 Ngi vu"). Some words are read only as written with their marks, where their
 * unmarked spelling is another word of a marked text ("cùng" / "cung cấp", "đôn đốc", "và"): in a text without
 * marks that distinction is gone, and the unmarked spelling is the only one the word can have.
 */
import { hasMarks } from '../folding';
import { foldWord, type Token, type WordForm } from './tokens';

/**
 * Below this share of words carrying a mark, a text lost its marks. Vietnamese writes a mark on most words
 * (0.53 to 0.92 of the words of the real documents, with the bench's "partial" damage too); OCR that lost them
 * keeps a few look-alikes (0.07 to 0.16 of the words of the same documents through the bench's "stripped" damage).
 * One threshold for both readings of such a text: its stray marks dropped (strayMarks.ts) and its rule words read
 * unmarked (`writtenAs`).
 */
const MARKED_SHARE_MIN = 0.35;

/** Whether `marked` of `words` words carrying a mark is the share of a text that lost its marks. */
export function fewMarked(words: number, marked: number): boolean {
  return words > 0 && marked < words * MARKED_SHARE_MIN;
}
/** Fewer words than this say too little (a heading, a cell, a test's one line): read as written. */
const WORDS_MIN = 40;

/**
 * Each token array's answer: the checks of one document alternate between its whole text's tokens and those of a
 * heading or a cell, so remembering only the last array asked read the whole text again at each switch (2% of
 * extraction's CPU).
 */
const answers = new WeakMap<readonly Token[], boolean>();

/** Whether the text `tokens` were read from lost its diacritics (see `MARKED_SHARE_MIN`). */
export function marksLost(tokens: readonly Token[]): boolean {
  let lost = answers.get(tokens);
  if (lost === undefined) {
    lost = sharesFewMarks(tokens);
    answers.set(tokens, lost);
  }
  return lost;
}

/** Words counted: a text lost its marks throughout or not at all, so its first few hundred words tell. */
const WORDS_READ = 500;

function sharesFewMarks(tokens: readonly Token[]): boolean {
  if (tokens.length < WORDS_MIN) return false;
  let words = 0;
  let marked = 0;
  for (let k = 0; k < tokens.length; k++) {
    const m = markedWord(tokens[k]!.form);
    if (m === 0) continue;
    words++;
    if (m === 2) marked++;
    if (words === WORDS_READ) break;
  }
  return words >= WORDS_MIN && fewMarked(words, marked);
}

/** 0 for a punctuation mark or a word without a letter, 1 for a word with letters, 2 for one with a mark too; once per spelling. */
function markedWord(form: WordForm): number {
  let m = form.marked;
  if (m < 0) {
    m = !form.word || !/\p{L}/u.test(form.raw) ? 0 : hasMarks(form.raw) ? 2 : 1;
    form.marked = m;
  }
  return m;
}

/**
 * Whether token `t` of `tokens` is `word` (lower case NFC, with its marks) as written, case aside; in a text that
 * lost its marks, also when it folds to the same word ("don doc" is "đôn đốc" there: nothing else is left).
 */
export function writtenAs(tokens: readonly Token[], t: Token, word: string): boolean {
  const raw = t.raw;
  if (raw.length === word.length && raw.toLowerCase() === word) return true;
  return marksLost(tokens) && t.f === foldedOnce(word);
}

const FOLDED = new Map<string, string>();

/** `foldWord` of a vocabulary word, remembered (the words asked are a fixed few). */
function foldedOnce(word: string): string {
  let f = FOLDED.get(word);
  if (f === undefined) {
    f = foldWord(word);
    FOLDED.set(word, f);
  }
  return f;
}
