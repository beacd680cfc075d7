/**
 * Whitespace collapsing of a span of a longer text, without copying the span first: what
 * `text.slice(start, end).replace(/\s+/g, ' ').trim()` gives, read straight from `text`. A span with nothing to
 * collapse is returned as one slice (which V8 shares with `text` rather than copying), and a caller that keeps only
 * a prefix (a duty cut to 200 characters) has only about that much collapsed, where the regex collapsed the whole
 * span first.
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

/** Something `\s+` -> ' ' changes: whitespace other than a space, or two in a row. */
const COLLAPSIBLE = /[^\S ]|\s\s/;
const RUNS = /\s+/g;

/**
 * `text.slice(start, end).replace(/\s+/g, ' ').trim()`, cut to its first `max` characters. Offsets are clamped to
 * the text (callers pass offsets inside it).
 */
export function collapsedSpan(text: string, start: number, end: number, max = Number.POSITIVE_INFINITY): string {
  let i = Math.max(0, Math.min(start, text.length));
  let j = Math.max(0, Math.min(end, text.length));
  while (i < j && isWhitespace(text.charCodeAt(i))) i++;
  while (j > i && isWhitespace(text.charCodeAt(j - 1))) j--;
  // [i, j) now starts and ends outside whitespace. Collapsing a prefix of it gives a prefix of the whole result
  // (a run cut at the prefix's end is one space either way), and the result is never longer than what it is
  // made from: a prefix of `max` characters is collapsed first, and a longer one only while the result falls short.
  let w = Math.min(j - i, max);
  for (;;) {
    const raw = text.slice(i, i + w);
    const out = COLLAPSIBLE.test(raw) ? raw.replace(RUNS, ' ') : raw;
    if (out.length >= max) return out.length > max ? out.slice(0, max) : out;
    if (i + w >= j) return out;
    w = Math.min(j - i, w * 2);
  }
}
