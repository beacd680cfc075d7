/**
 * Copies of a text with some ranges blanked (every unit a space), remembered with the text they were made from:
 * the identity and reference stages read the document with its URLs blanked (findSymbols.ts, `maskUrls`), and
 * the token layer derives such a copy's tokens from the tokens of the text it was made from, already made for
 * the other stages, instead of scanning the whole document a second time (matching/tokens.ts). Two texts may blank
 * to the same copy; what is derived from whichever was remembered is the copy's own (its fold, its tokens), so the
 * memo holds pure results.
 */
import { BoundedMemo } from './memo';

export interface BlankedRange {
  start: number;
  end: number;
}

export interface Blanking {
  /** The text the copy was made from. */
  source: string;
  /** The blanked ranges, in text order, not overlapping. */
  ranges: readonly BlankedRange[];
}

/** The last few blanked copies (a document's stages blank it alike), by the copy. */
const blankings = new BoundedMemo<string, Blanking>(8);

/** `text` with each of `ranges` (in text order, not overlapping) replaced by as many spaces; `text` when none. */
export function blankRanges(text: string, ranges: readonly BlankedRange[]): string {
  if (ranges.length === 0) return text;
  const out = blankedString(text, ranges);
  blankings.set(out, { source: text, ranges });
  return out;
}

/**
 * Whether no range cuts a surrogate pair: then what is made code point by code point of the copy (its fold, its
 * tokens) is that of the source with the same ranges blanked.
 */
export function keepsCodePoints(b: Blanking): boolean {
  const low = (i: number) => {
    const c = b.source.charCodeAt(i);
    return c >= 0xdc00 && c <= 0xdfff;
  };
  return b.ranges.every((r) => !low(r.start) && !low(r.end));
}

/** `text` with `ranges` blanked, not remembered as a blanked copy (a fold of one: blankingOf the copy tells). */
export function blankedString(text: string, ranges: readonly BlankedRange[]): string {
  let out = '';
  let at = 0;
  for (const r of ranges) {
    if (r.start < at || r.end < r.start || r.end > text.length) throw new RangeError(`blankedString: ranges must be in text order, not overlapping, inside the text (got ${r.start}-${r.end} after ${at})`);
    out += text.slice(at, r.start) + ' '.repeat(r.end - r.start);
    at = r.end;
  }
  return out + text.slice(at);
}

/** How a recently blanked copy was made, if `text` is one. */
export function blankingOf(text: string): Blanking | undefined {
  return blankings.peek(text);
}
