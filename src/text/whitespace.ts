/**
 * Whitespace collapsing of a span of a longer text, without copying the span first: what
 * `text.slice(start, end).replace(/\s+/g, ' ').trim()` gives, read straight from `text`. A span with nothing to
 * collapse is returned as one slice (which V8 shares with `text` rather than copying), and a caller that keeps only
 * a prefix (a duty cut to 200 characters) stops reading at `max`, where the regex collapsed the whole span first.
 */

/** Whether each UTF-16 unit is matched by `\s` (the set `trim` removes too): 0 until first asked, 1 yes, 2 no. */
const WHITESPACE = new Uint8Array(0x10000);

function isWhitespace(c: number): boolean {
  let s = WHITESPACE[c]!;
  if (s === 0) {
    s = /\s/.test(String.fromCharCode(c)) ? 1 : 2;
    WHITESPACE[c] = s;
  }
  return s === 1;
}

/**
 * `text.slice(start, end).replace(/\s+/g, ' ').trim()`, cut to its first `max` characters. Offsets are clamped to
 * the text (callers pass offsets inside it).
 */
export function collapsedSpan(text: string, start: number, end: number, max = Number.POSITIVE_INFINITY): string {
  let i = Math.max(0, Math.min(start, text.length));
  let j = Math.max(0, Math.min(end, text.length));
  while (i < j && isWhitespace(text.charCodeAt(i))) i++;
  while (j > i && isWhitespace(text.charCodeAt(j - 1))) j--;
  // [i, j) now starts and ends outside whitespace: every run inside it becomes one space. Read only as far as
  // `max` characters of the result reach, noting whether any run is more than a lone space.
  let k = i;
  let length = 0;
  let collapses = false;
  while (k < j && length < max) {
    const c = text.charCodeAt(k);
    length++;
    if (!isWhitespace(c)) {
      k++;
      continue;
    }
    let e = k + 1;
    while (isWhitespace(text.charCodeAt(e))) e++;
    if (c !== 32 || e !== k + 1) collapses = true;
    k = e;
  }
  // The regex once, over the part kept; a span with nothing to collapse is its own slice.
  const kept = text.slice(i, k);
  return collapses ? kept.replace(/\s+/g, ' ') : kept;
}
