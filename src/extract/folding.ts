/**
 * The folds of src/text/fold.ts in the forms the extractors' hot paths need. `foldKeepLength` is looked up
 * per code unit in fold.ts's one table of unit folds (what the original function makes of each unit);
 * whole texts are remembered for the few stages that fold the same document.
 */
import { foldBuffer, foldKeepLength as foldKeepLengthOnce, keepLengthUnit, unitsToString } from '../text/fold';
import { BoundedMemo } from './memo';
import { blankedString, blankingOf, keepsCodePoints } from './blankedText';

// One fold for the whole project (table-driven in src/text/fold.ts); re-exported for the extractors.
export { fold, foldForSearch } from '../text/fold';

/** Surrogate pairs (astral characters), folded to two units each. */
const PAIRS = new Map<number, string>();

/** Whole texts folded recently: every stage of one extraction folds the same document. */
const RECENT_MAX = 8;
const recent = new BoundedMemo<string, string>(RECENT_MAX);
/** The other way: the text each of those folds was made from (when folding changed it). */
const sources = new BoundedMemo<string, string>(RECENT_MAX);

/**
 * `foldKeepLength` from src/text/fold.ts (same length as the input, so offsets match): each code point is
 * folded as the original folds it, looked up in a table instead of recomputed.
 */
export function foldKeepLength(nfcText: string): string {
  // Whole texts come back once per stage; short strings (headings, words) fold faster than a lookup.
  return nfcText.length <= SHORT ? foldUnits(nfcText) : recent.get(nfcText, foldWhole);
}

/**
 * `foldKeepLength` of a part of a text folded once (a heading's line): not remembered, so a long line does not push
 * a whole document's fold out of the few kept, which the next stage would then fold again.
 */
export function foldPartOnce(nfcText: string): string {
  return foldUnits(nfcText);
}

function foldWhole(nfcText: string): string {
  const folded = blankedCopyFold(nfcText) ?? foldUnits(nfcText);
  if (folded !== nfcText) sources.set(folded, nfcText);
  return folded;
}

/**
 * The fold of a blanked copy of a text (blankedText.ts: the document with its URLs blanked) whose source was
 * folded recently: the source's fold with the same ranges blanked, a space folding to itself. Undefined otherwise.
 */
function blankedCopyFold(text: string): string | undefined {
  const blanking = blankingOf(text);
  if (blanking === undefined || !keepsCodePoints(blanking)) return undefined;
  const sourceFold = recent.peek(blanking.source);
  return sourceFold === undefined ? undefined : blankedString(sourceFold, blanking.ranges);
}

/**
 * The text a long folded text was recently folded from by `foldKeepLength`, if any: the token layer reads a
 * folded document's words off the tokens of its source instead of scanning it again.
 */
export function foldSourceOf(folded: string): string | undefined {
  return sources.peek(folded);
}

/** What `foldKeepLength` makes of one UTF-16 unit outside the surrogate range. */
export function foldedUnit(c: number): number {
  return keepLengthUnit(c);
}

const SHORT = 256;

function foldUnits(nfcText: string): string {
  const n = nfcText.length;
  const out = foldBuffer(n);
  let changed = false;
  for (let i = 0; i < n; i++) {
    const c = nfcText.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
      const d = nfcText.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        // A surrogate pair is one code point, folded as a whole (as `for...of` yields it).
        const cp = (c << 16) | d;
        let f = PAIRS.get(cp);
        if (f === undefined) {
          f = foldKeepLengthOnce(nfcText.slice(i, i + 2));
          PAIRS.set(cp, f);
        }
        out[i] = f.charCodeAt(0);
        out[i + 1] = f.charCodeAt(1);
        if (out[i] !== c || out[i + 1] !== d) changed = true;
        i++;
        continue;
      }
    }
    const f = keepLengthUnit(c);
    if (f !== c) changed = true;
    out[i] = f;
  }
  // Already folded (a folded heading or word): the input is its own fold.
  return changed ? unitsToString(out, n) : nfcText;
}

/** Whether each UTF-16 unit carries a Vietnamese mark (see `hasMarks`): 0 until first asked, 1 yes, 2 no. */
const MARKED_UNIT = new Uint8Array(0x10000);
const MARKS_RE = /[\u0300-\u036f]|đ/i;

/**
 * Whether `text` is written with diacritics: its NFD holds a combining mark (U+0300-U+036F) or it has `đ`/`Đ`.
 * NFD decomposes each character on its own, so a unit table answers it without normalizing the text; a text
 * with surrogates goes through the definition.
 */
export function hasMarks(text: string): boolean {
  return hasMarksIn(text, 0, text.length);
}

/** `hasMarks(text.slice(start, end))`, without the slice when the range holds no surrogate. */
export function hasMarksIn(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c < 0xc0) continue;
    if (c >= 0xd800 && c <= 0xdfff) return MARKS_RE.test(text.slice(start, end).normalize('NFD'));
    let m = MARKED_UNIT[c]!;
    if (m === 0) {
      m = MARKS_RE.test(String.fromCharCode(c).normalize('NFD')) ? 1 : 2;
      MARKED_UNIT[c] = m;
    }
    if (m === 1) return true;
  }
  return false;
}
