/**
 * Hard wraps joined: the text with every line break that only wraps a paragraph replaced by a space.
 *
 * Exports and saved pages break paragraphs into lines at whatever width their tool used (pandoc at 72 columns, a
 * portal at its cell width), so the same sentence reaches the extractor cut at different words. Rules that read
 * lines (headings, list items, a name's end) then depend on where a line happened to end: rewrapping the development
 * documents at 50 to 100 columns cost 1.4 to 2.1 points of assignments F1 (0.1 to 0.5 with the join). Reading the
 * joined text instead makes the line structure the document's own: a break is kept where a paragraph, a heading, a
 * list item or a table row ends.
 *
 * One character for one: a joined break becomes a space, so every offset into the result is an offset into the
 * input, and evidence spans still point at the text users see.
 */

/**
 * A line that begins a new block by its mark: a numbered or lettered label, a bullet, a table row, Markdown's heading,
 * quote or emphasis. Headings opened by a word ("Điều 3.", "Chương II") are the section tree's: the caller passes
 * their offsets.
 */
const BLOCK_START = /^(?:\(?\d+(?:\.\d+)*[.)](?:\s|$)|\(?[a-zđ][).](?:\s|$)|\(?[IVXLC]+[.)](?:\s|$)|\(\d+\)|[-+•*–—·>#|_])/u;

/** A line that ends its paragraph: its last mark (before closing emphasis, brackets or quotes) ends a sentence or opens a list. */
const PARAGRAPH_END = /[.;:!?]["”’)\]*_\s/]*$/u;

const LOWER_START = /^[\p{Ll}]/u;

/** A heading or header line: letters present and none of them lower case. */
function allCapitals(line: string): boolean {
  return /\p{Lu}/u.test(line) && !/\p{Ll}/u.test(line);
}

/** The first word of a line: what a wrapping tool would have tried to fit on the line before. */
function firstWordLength(line: string): number {
  const space = line.search(/\s/);
  return space < 0 ? line.length : space;
}

/**
 * The width this text was wrapped at, if it was: the median length of the lines that certainly wrap (the next
 * line goes on in lower case after no closing mark). Null when too few lines wrap to tell (one line per paragraph).
 */
function wrapWidth(lines: readonly string[]): number | null {
  const lengths: number[] = [];
  for (let i = 1; i < lines.length; i++) {
    const before = lines[i - 1]!.trim();
    const after = lines[i]!.trim();
    if (before && LOWER_START.test(after) && !PARAGRAPH_END.test(before) && !BLOCK_START.test(after)) lengths.push(before.length);
  }
  if (lengths.length < 5) return null;
  lengths.sort((a, b) => a - b);
  return lengths[lengths.length >> 1]!;
}

/**
 * Whether a line was full: the next line's first word would not have fit on it at the wrap width, so a wrapping tool
 * broke there whatever the words were. A paragraph's last line leaves room.
 */
function isFull(before: string, after: string, width: number | null): boolean {
  return width !== null && before.length + 1 + firstWordLength(after) > width;
}

/** Whether the break between `before` and `after` (both trimmed, both non-empty) only wraps one paragraph. */
function isWrap(before: string, after: string, width: number | null): boolean {
  if (before.startsWith('|') || before.endsWith('|')) return false;
  if (allCapitals(before) || allCapitals(after)) return false;
  const ended = PARAGRAPH_END.test(before);
  if (BLOCK_START.test(after)) return !ended && /^[-–]\s/.test(after) && isFull(before, after, width);
  // A line going on in lower case continues its sentence. After a closing mark, one going on in capitals begins
  // something new even after a full line (OCR loses the bullet of a list's next item: a task of its own). Without
  // one, it goes on after a comma or a full line; after a line with room left it begins something new (a heading's
  // text, the next paragraph of a page without blank lines). A portal indents a paragraph's first line, so that
  // line is short though it wraps.
  if (LOWER_START.test(after)) return true;
  // A ";" ends an item of a list that goes on (the bodies of a closing article): after a full line, a wrap.
  if (ended) return before.endsWith(';') && isFull(before, after, width);
  return before.endsWith(',') || isFull(before, after, width);
}

/**
 * `text` with the line breaks inside paragraphs replaced by spaces (same length, same offsets). `headingStarts`: the
 * offsets where sections begin, in order; the break before a line that opens with one (after its emphasis marks) is
 * kept.
 */
export function joinWrappedLines(text: string, headingStarts: readonly number[] = []): string {
  const breaks = wrappedBreaks(text, headingStarts);
  if (breaks.length === 0) return text;
  let out = '';
  let from = 0;
  for (const b of breaks) {
    out += `${text.slice(from, b)} `;
    from = b + 1;
  }
  return out + text.slice(from);
}

/** The offsets of the line breaks `joinWrappedLines` replaces by spaces, in text order. */
export function wrappedBreaks(text: string, headingStarts: readonly number[] = []): number[] {
  const breaks: number[] = [];
  const lines = text.split('\n');
  if (lines.length < 2) return breaks;
  const width = wrapWidth(lines);
  let at = lines[0]!.length + 1;
  let next = 0;
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!;
    while (next < headingStarts.length && headingStarts[next]! < at) next++;
    const lead = line.length - line.replace(LEADING_MARKS, '').length;
    const heading = next < headingStarts.length && headingStarts[next]! <= at + lead;
    const before = lines[i - 1]!.trim();
    const after = line.trim();
    if (before && after && !heading && isWrap(before, after, width)) breaks.push(at - 1);
    at += line.length + 1;
  }
  return breaks;
}

/** What may come before a heading's first word on its line: indentation and Markdown's emphasis. */
const LEADING_MARKS = /^[\s*_#>]*/;
