/**
 * Whitespace collapsing of a span of a longer text, without copying the span first: what
 * `text.slice(start, end).replace(/\s+/g, ' ').trim()` gives, read straight from `text`. A span with nothing to
 * collapse is returned as one slice (which V8 shares with `text` rather than copying), and a caller that keeps only
 * a prefix (a duty cut to 200 characters) has only about that much collapsed, where the regex collapsed the whole
 * span first.
 */

/** Whether each UTF-16 unit is matched by `\s` (the set `trim` removes too): 0 until first asked, 1 yes, 2 no. */
const WHITESPACE = new Uint8Array(0x10000);

export function isWhitespace(c: number): boolean {
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
 *
 * One pass over the span: the stretches between whitespace runs that are not a single plain space are sliced as they
 * stand and joined by one space each. In running text nearly every run is one space, so a unit of a few lines is a
 * few slices; the regex replaced every space between words with a new one (a replacement entry per word, 6% of the
 * bytes extraction allocated on the real documents before).
 */
export function collapsedSpan(text: string, start: number, end: number, max = Number.POSITIVE_INFINITY): string {
  let i = Math.max(0, Math.min(start, text.length));
  let j = Math.max(0, Math.min(end, text.length));
  while (i < j && isWhitespace(text.charCodeAt(i))) i++;
  while (j > i && isWhitespace(text.charCodeAt(j - 1))) j--;
  // [i, j) now starts and ends outside whitespace, so every run inside it is between two stretches. `out` holds
  // the collapsed text before `from`; [from, k) is copied as written.
  let out = '';
  let len = 0;
  let from = i;
  let k = i;
  while (k < j) {
    const c = text.charCodeAt(k);
    if (!isWhitespace(c)) {
      k++;
      continue;
    }
    // Past the cut already: what follows is never kept.
    if (len + (k - from) >= max) break;
    let r = k + 1;
    while (r < j && isWhitespace(text.charCodeAt(r))) r++;
    if (c !== 32 || r > k + 1) {
      out += `${text.slice(from, k)} `;
      len += k - from + 1;
      from = r;
    }
    k = r;
  }
  if (len >= max) return out.length > max ? out.slice(0, max) : out;
  const rest = text.slice(from, Math.min(j, from + (max - len)));
  return len === 0 ? rest : out + rest;
}
