/**
 * Splits text into the units restoration works on: syllables (runs of letters, Vietnamese writes one
 * syllable per word) and everything between them. A token holding a digit, or glued to one ("QĐ-UBND",
 * "s6", "2898"), is not a syllable: symbols and numbers are never restored.
 */
import { fold } from '../text/fold';
import { BoundedMemo } from '../extract/memo';

export interface TextPiece {
  text: string;
  start: number;
  /** A syllable the restorer may change; other pieces are copied as they are. */
  syllable: boolean;
  /** True when a sentence-like boundary (punctuation, line break, a number or symbol) precedes this piece. */
  boundaryBefore: boolean;
}

// A "word" as OCR leaves it: letters, digits and the look-alike symbols OCR puts inside words (€, ¢, &:
// "vi¢c" is "việc", "K&" is "Kế"); a lone symbol holds no letter and stays punctuation.
const WORD = /[\p{L}\p{N}€¢&]+(?:[-/.][\p{L}\p{N}€¢&]+)*/gu;
const HAS_LETTER = /\p{L}/u;
const BREAKS_CONTEXT = /[.;:!?()[\]{}|\n"“”]/;

/** Letters, possibly with one OCR look-alike digit after the first letter ("B6" for "Bộ", "s6" for "số"). */
function isSyllableShape(word: string): boolean {
  if (!HAS_LETTER.test(word) || /[-/.]/.test(word)) return false;
  const digits = (word.match(/\p{N}/gu) ?? []).length;
  const symbols = (word.match(/[€¢&]/gu) ?? []).length;
  if (symbols > 1 || (symbols && digits)) return false;
  return digits === 0 || (digits === 1 && word.length <= 4);
}

// Texts repeat their words: whether a word is a syllable is decided once per distinct word.
const restorable = new BoundedMemo<string, boolean>(50_000);
const isRestorable = (word: string): boolean => isSyllableShape(word) && !isAcronym(word);

export function splitSyllables(text: string): TextPiece[] {
  const pieces: TextPiece[] = [];
  let last = 0;
  let boundary = true;
  for (const match of text.matchAll(WORD)) {
    const start = match.index;
    if (start > last) {
      const gap = text.slice(last, start);
      pieces.push({ text: gap, start: last, syllable: false, boundaryBefore: boundary });
      if (BREAKS_CONTEXT.test(gap)) boundary = true;
    }
    const word = match[0];
    const syllable = restorable.get(word, isRestorable);
    pieces.push({ text: word, start, syllable, boundaryBefore: boundary });
    boundary = !syllable;
    last = start + word.length;
  }
  if (last < text.length) pieces.push({ text: text.slice(last), start: last, syllable: false, boundaryBefore: boundary });
  return pieces;
}

/** How often each syllable of a text occurs, and how many it holds in all: what a whole document is judged on. */
export interface SyllableCounts {
  counts: ReadonlyMap<string, number>;
  total: number;
}

/**
 * The syllables `splitSyllables` finds in `text`, counted: a document repeats most of its words, so each
 * distinct word is judged once (a syllable or not, then whatever the caller asks of it) instead of per
 * occurrence, and no pieces are built for the text between them.
 */
export function countSyllables(text: string): SyllableCounts {
  const words = new Map<string, number>();
  for (const word of text.match(WORD) ?? []) words.set(word, (words.get(word) ?? 0) + 1);
  const counts = new Map<string, number>();
  let total = 0;
  for (const [word, n] of words) {
    if (!restorable.get(word, isRestorable)) continue;
    counts.set(word, n);
    total += n;
  }
  return { counts, total };
}

// The shape of a Vietnamese syllable, folded: onset, one vowel group, coda.
const SYLLABLE_SHAPE = /^(ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnpqrstvx])?[aeiouy]{1,3}(ch|ng|nh|[cmnpt])?$/;

/** "UBND", "HĐND", "QĐ", "TW", "XIV": capitals no Vietnamese syllable spells, or a Roman numeral. */
function isAcronym(word: string): boolean {
  if (word.length < 2 || word !== word.toUpperCase()) return false;
  if (/^[IVXLC]+$/.test(word)) return true;
  return !SYLLABLE_SHAPE.test(fold(word));
}
