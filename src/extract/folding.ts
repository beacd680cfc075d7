/**
 * Memoized, table-driven forms of the folds in src/text/fold.ts, for the extractors' hot paths.
 *
 * Every result is computed by the original functions (per character, or per distinct short string) and
 * reused, so the output is identical by construction. Extraction folds the same document several times
 * (sections, identity, references, tasks) and millions of tiny words; the original per-character
 * `fold(ch)` (NFD + two regexes + toLowerCase) made folding a large share of extraction time.
 */
import { fold as foldOnce, foldKeepLength as foldKeepLengthOnce } from '../text/fold';
import { BoundedMemo } from './memo';

/** Short strings (words, names, headings) are folded once each. */
const SHORT = 256;
const MAX_MEMO = 100_000;
const foldMemo = new BoundedMemo<string, string>(MAX_MEMO);

/** `fold` from src/text/fold.ts, memoized for short strings. */
export function fold(text: string): string {
  if (text.length > SHORT) return foldOnce(text);
  return foldMemo.get(text, foldOnce);
}

/** `foldForSearch` from src/text/fold.ts, through the memoized `fold`. */
export function foldForSearch(text: string): string {
  return fold(text).replace(/\s+/g, ' ').trim();
}

/** Folded code unit of each single UTF-16 unit (what `foldKeepLength` makes of it), -1 until first needed. */
const UNIT = new Int32Array(0x10000).fill(-1);
for (let c = 0; c < 0x80; c++) {
  const ch = String.fromCharCode(c);
  UNIT[c] = foldKeepLengthOnce(ch).charCodeAt(0);
}
/** Surrogate pairs (astral characters), folded to two units each. */
const PAIRS = new Map<number, string>();

function unitOf(c: number): number {
  let u = UNIT[c]!;
  if (u < 0) {
    u = foldKeepLengthOnce(String.fromCharCode(c)).charCodeAt(0);
    UNIT[c] = u;
  }
  return u;
}

/** Whole texts folded recently: every stage of one extraction folds the same document. */
const RECENT_MAX = 8;
const recent = new BoundedMemo<string, string>(RECENT_MAX);

/**
 * `foldKeepLength` from src/text/fold.ts (same length as the input, so offsets match): each code point is
 * folded as the original folds it, looked up in a table instead of recomputed.
 */
export function foldKeepLength(nfcText: string): string {
  // Headings and words come back again and again; whole texts once per stage.
  return (nfcText.length <= SHORT ? keepMemo : recent).get(nfcText, foldUnits);
}

const keepMemo = new BoundedMemo<string, string>(MAX_MEMO);

function foldUnits(nfcText: string): string {
  const n = nfcText.length;
  const out = new Uint16Array(n);
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
        i++;
        continue;
      }
    }
    out[i] = c < 0x80 ? UNIT[c]! : unitOf(c);
  }
  let s = '';
  for (let i = 0; i < n; i += 8192) s += String.fromCharCode.apply(null, out.subarray(i, Math.min(n, i + 8192)) as unknown as number[]);
  return s;
}
