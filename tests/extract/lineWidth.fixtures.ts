/**
 * A document as another tool would have wrapped it: each paragraph joined and broken again at `width` columns, the
 * way pandoc or a portal's cell breaks lines (greedily, at spaces). Paragraphs end at blank lines, at a line that
 * opens with a label, bullet or table bar, at a line in capitals, and after a line that ends a sentence or a list's
 * lead-in; table rows are left as they are (no tool wraps them). Written apart from src/text/wrappedLines.ts, so the
 * tests do not read paragraphs the way the code under test does.
 */
const STARTS = /^(\d+(\.\d+)*\.|[a-zđ]\)|[IVX]+\.|\(\d+\)|[-+•*|#]|Điều\s|Chương\s|Mục\s)/;
const capitals = (line: string) => /\p{Lu}/u.test(line) && !/\p{Ll}/u.test(line);

export function rewrapped(text: string, width: number): string {
  const paragraphs: string[][] = [];
  let current: string[] = [];
  for (const line of text.split('\n')) {
    const t = line.trim();
    const previous = current.length ? current[current.length - 1]!.trim() : '';
    if (!t) {
      if (current.length) paragraphs.push(current);
      current = [];
      paragraphs.push([line]);
      continue;
    }
    const ends = /[.;:!?]\**$/.test(previous) || capitals(previous) || previous.includes('|');
    if (current.length && (ends || STARTS.test(t) || capitals(t) || t.includes('|'))) {
      paragraphs.push(current);
      current = [];
    }
    current.push(line);
  }
  if (current.length) paragraphs.push(current);
  return paragraphs
    .map((p) => {
      const joined = p.map((l) => l.trim()).join(' ');
      if (!joined || joined.includes('|')) return p.join('\n');
      const lines: string[] = [];
      let line = '';
      for (const word of joined.split(/ +/)) {
        if (line && line.length + 1 + word.length > width) {
          lines.push(line);
          line = word;
        } else line = line ? `${line} ${word}` : word;
      }
      if (line) lines.push(line);
      return lines.join('\n');
    })
    .join('\n');
}
