/**
 * Tables written one cell per line with lone `|` lines between cells, as both real Markdown forms have
 * them (a DOCX export and a saved portal page):
 *
 *     |            <- opens a row
 *     cell 1       (a cell may take several lines)
 *     |            <- closes a cell
 *     cell 2
 *     |            <- closes the last cell and the row...
 *     |            <- ...and opens the next row: two bars in a row are a row boundary
 *     cell 3
 *     |
 *
 * Three bars in a row are a row boundary followed by an empty cell. A DOCX export separates blocks with
 * blank lines, so a bar followed by a blank line ends the table. A portal page has no blank lines at all:
 * the paragraph after a table is closed by the next table's opening bar and so looks exactly like one
 * more cell. Such text is found by the column count: a row longer than its table's other rows holds the end
 * of one table, the text between, and the start of the next (see `splitChain`).
 *
 * Pipe tables written one row per line (`| a | b |` with a `|---|` separator) are read as tables too.
 */

export type RawBlock = { kind: 'text'; lines: string[] } | { kind: 'table'; rows: string[][] };

const isBar = (line: string): boolean => /^\s*\|\s*$/.test(line);
const isBlank = (line: string): boolean => line.trim() === '';
/** `| a | b |` on one line; empty cells allowed, an escaped final `\\|` is not a row end. */
export const isPipeRow = (line: string): boolean => {
  const t = line.trim();
  return t.startsWith('|') && /(?<!\\)\|$/.test(t) && /[^|\s]/.test(t);
};
const isPipeSeparator = (line: string): boolean => /^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$/.test(line) && line.includes('|');

/** Lines split into text blocks and tables (cells keep their raw lines, joined with `\n`). */
export function splitBarTables(lines: readonly string[]): RawBlock[] {
  const out: RawBlock[] = [];
  let text: string[] = [];
  const flushText = (): void => {
    if (text.length) out.push({ kind: 'text', lines: text });
    text = [];
  };
  const firstLine = lines.findIndex((l) => !isBlank(l));
  let i = 0;
  while (i < lines.length) {
    const line = lines[i]!;
    if (isBar(line)) {
      const { rows, next } = readChain(lines, i);
      flushText();
      out.push(...splitChain(rows));
      i = next;
    } else if (i === firstLine && looseRowsAt(lines, i) > 0) {
      const n = looseRowsAt(lines, i);
      flushText();
      out.push(...asTableOrText(lines.slice(i, i + n).map(pipeCells)));
      i += n;
      while (i < lines.length && isBar(lines[i]!)) i++;
    } else if (isPipeRow(line) || (isPipeSeparator(line) && i + 1 < lines.length && isPipeRow(lines[i + 1]!))) {
      const rows: string[][] = [];
      while (i < lines.length && (isPipeRow(lines[i]!) || isPipeSeparator(lines[i]!))) {
        if (!isPipeSeparator(lines[i]!)) rows.push(pipeCells(lines[i]!));
        i++;
      }
      flushText();
      out.push(...asTableOrText(rows));
    } else {
      text.push(line);
      i++;
    }
  }
  flushText();
  return out;
}

/** Cells of a one-line row, its outer bars optional. */
export function pipeCells(line: string): string[] {
  const inner = line.trim().replace(/^\|/, '').replace(/(?<!\\)\|$/, '');
  return inner.split(/(?<!\\)\|/).map((c) => c.trim());
}

/** Lines of a one-line-per-row table: a cell separator (an unescaped bar) somewhere in the line. */
const hasCellBar = (line: string): boolean => /(?<!\\)\|/.test(line) && !isBar(line);
/** A header written one row per line is a few lines at most. */
const MAX_LOOSE_ROWS = 6;

/**
 * Some exports write the document's header table one row per line, outer bars optional, and close it with
 * a lone bar or a blank line: `A | B |`, `C |`, `|`. Only the first block of the text is read this way
 * (the header is where such a table sits; the caller passes its first line), and only when every line of the block has a cell bar, so a
 * sentence that happens to hold a "|" stays text. Returns how many rows start at `i`.
 */
function looseRowsAt(lines: readonly string[], i: number): number {
  let j = i;
  while (j < lines.length && hasCellBar(lines[j]!)) j++;
  const rows = j - i;
  if (rows === 0 || rows > MAX_LOOSE_ROWS || (j < lines.length && !isBar(lines[j]!) && !isBlank(lines[j]!))) return 0;
  return lines.slice(i, j).some((l) => !isPipeRow(l)) ? rows : 0;
}

function barRun(lines: readonly string[], at: number): number {
  let n = 0;
  while (at + n < lines.length && isBar(lines[at + n]!)) n++;
  return n;
}

/**
 * From an opening bar, the row candidates up to where the bars stop: a segment that is not closed by a bar
 * (blank line or end of input first) is not a cell and is left to the caller as text.
 */
function readChain(lines: readonly string[], start: number): { rows: string[][]; next: number } {
  const rows: string[][] = [[]];
  // Empty cells written between two rows, counted at the start of the later row until `placeEmpties` decides.
  const lead: number[] = [0];
  let j = start + barRun(lines, start);
  for (;;) {
    let k = j;
    while (k < lines.length && !isBar(lines[k]!) && !isBlank(lines[k]!)) k++;
    if (k >= lines.length || !isBar(lines[k]!) || k === j) break;
    rows[rows.length - 1]!.push(lines.slice(j, k).join('\n'));
    const run = barRun(lines, k);
    j = k + run;
    if (run >= 2) {
      rows.push(Array.from({ length: run - 2 }, () => ''));
      lead.push(run - 2);
    }
  }
  placeEmpties(rows, lead);
  return { rows: rows.filter((r) => r.some((c) => c.trim() !== '')), next: j };
}

/**
 * A run of bars between two rows holds the row boundary and some empty cells, and the bars alone do not say
 * on which side of the boundary those cells are: trailing cells of a short row (a grouping row "I | Giai đoạn
 * 2025-2027" under a five-column header, its other cells empty) or leading cells of the next one (a number
 * cell merged with the row above). The table's width decides: cells that would make the later row longer
 * than the rows around it, and that the earlier row has room for, end the earlier row; so do cells that fill
 * the earlier row up to the width exactly. Without this a
 * grouping row pushes the next row right, the table looks wider than it is, and `splitGroup` cuts it apart.
 */
function placeEmpties(rows: string[][], lead: number[]): void {
  for (let i = 1; i < rows.length; i++) {
    if (!lead[i]) continue;
    const width = rowWidthNear(rows, lead, i);
    const row = rows[i]!;
    const prev = rows[i - 1]!;
    // The earlier row is short by exactly these cells: they are its own.
    const move = prev.length + lead[i]! === width ? lead[i]! : Math.min(lead[i]!, row.length - width, width - prev.length);
    if (width === 0 || move <= 0) continue;
    prev.push(...row.splice(0, move));
    lead[i] = lead[i]! - move;
  }
}

/**
 * Width of the table at row `i`: the most frequent length (the larger on a tie) among the next rows that
 * carry no undecided empty cells and end with a filled cell, so that neither a row whose last cells are empty
 * nor a candidate that swallowed the text after its table sets it. The rows before count only when those
 * after do not agree: they may belong to another table (the header table above an attachment).
 */
function rowWidthNear(rows: readonly string[][], lead: readonly number[], i: number): number {
  const after = settledLengths(rows, lead, i + 1, 1);
  const best = mostFrequent(after);
  if (best.n >= 2) return best.w;
  return mostFrequent([...after, ...settledLengths(rows, lead, i - 1, -1)]).w;
}

/** Lengths of up to four settled rows (see `rowWidthNear`) from `from`, going `step`. */
function settledLengths(rows: readonly string[][], lead: readonly number[], from: number, step: 1 | -1): number[] {
  const out: number[] = [];
  for (let j = from; j >= 0 && j < rows.length && out.length < 4; j += step) {
    const r = rows[j]!;
    if (!lead[j] && r.length > 0 && r[r.length - 1]!.trim() !== '') out.push(r.length);
  }
  return out;
}

function mostFrequent(values: readonly number[]): { w: number; n: number } {
  const count = new Map<number, number>();
  for (const v of values) count.set(v, (count.get(v) ?? 0) + 1);
  let best = { w: 0, n: 0 };
  for (const [w, n] of count) if (n > best.n || (n === best.n && w > best.w)) best = { w, n };
  return best;
}

/** Longest of the next few rows that are shorter than `than` (0 when none). */
function widthAhead(rows: readonly string[][], from: number, than: number): number {
  let w = 0;
  for (const r of rows.slice(from, from + 3)) if (r.length < than) w = Math.max(w, r.length);
  return w;
}

/** A candidate much longer than the ones after it holds the start of another table too. */
function looksMerged(candidates: readonly string[][], i: number): boolean {
  const row = candidates[i]!;
  const ahead = candidates.slice(i + 1, i + 4);
  return ahead.length > 0 && ahead.every((r) => r.length + 1 < row.length);
}

/**
 * Width of the table whose first row ends candidate `from - 1`: the longest of the rows that follow it
 * up to the next merged candidate. When the very next candidate is merged too, that table has two rows
 * (the end of one candidate, the start of the next), and it is given the widest width that still leaves a
 * paragraph before the table after it: the text between tables is usually one paragraph.
 */
function nextTableWidth(candidates: readonly string[][], from: number): number {
  const next = candidates[from];
  if (!next) return 0;
  if (looksMerged(candidates, from)) {
    const after = nextTableWidth(candidates, from + 1);
    return next.length - Math.max(after, 1) - 1;
  }
  let w = next.length;
  for (let j = from + 1; j < Math.min(candidates.length, from + 4) && !looksMerged(candidates, j); j++) {
    w = Math.max(w, candidates[j]!.length);
  }
  return w;
}

/**
 * Row candidates -> tables and the text between them. A candidate longer than the rows of its table
 * before it and than the row after it is "end of table A + text (+ one-row tables + text) + start of
 * table B": table A keeps its width, table B's first row takes the width of the rows that follow it,
 * one text cell at least stays between them.
 */
export function splitChain(candidates: readonly string[][]): RawBlock[] {
  const blocks: RawBlock[] = [];
  let group: string[][] = [];
  for (const row of candidates) {
    const at = paragraphCell(row);
    if (at < 0) {
      group.push(row);
      continue;
    }
    if (at > 0) group.push(row.slice(0, at));
    blocks.push(...splitGroup(group), { kind: 'text', lines: row[at]!.split('\n') });
    group = row.length > at + 1 ? [row.slice(at + 1)] : [];
  }
  blocks.push(...splitGroup(group));
  return blocks;
}

/** A cell this long, and this much longer than the rest of its row, is the document's text, not a cell. */
const PARAGRAPH_CELL_CHARS = 800;
const PARAGRAPH_CELL_RATIO = 3;

/**
 * Index of the cell in `row` that is really the text between two tables (the body of a letter between
 * its "Kính gửi" box and its signature table), or -1.
 */
function paragraphCell(row: readonly string[]): number {
  const total = row.reduce((n, c) => n + c.length, 0);
  return row.findIndex((c) => c.length > PARAGRAPH_CELL_CHARS && c.length > PARAGRAPH_CELL_RATIO * (total - c.length));
}

function splitGroup(candidates: readonly string[][]): RawBlock[] {
  const blocks: RawBlock[] = [];
  let table: string[][] = [];
  let width = 0;
  const endTable = (): void => {
    blocks.push(...asTableOrText(table));
    table = [];
    width = 0;
  };
  for (let i = 0; i < candidates.length; i++) {
    const row = candidates[i]!;
    const next = candidates[i + 1];
    if (table.length === 0) {
      // First row of the chain: a one-row table and a paragraph may sit before the real first row.
      const ahead = widthAhead(candidates, i + 1, row.length);
      if (next && ahead >= 2 && row.length > ahead + 1 && Math.max(...candidates.slice(i + 1, i + 4).map((r) => r.length)) < row.length) {
        blocks.push(...between(row.slice(0, row.length - ahead), false));
        table = [row.slice(row.length - ahead)];
        width = ahead;
      } else {
        table = [row];
        width = row.length;
      }
      continue;
    }
    const merged = row.length > width && (!next || row.length > next.length);
    if (!merged) {
      table.push(row);
      width = Math.max(width, row.length);
      continue;
    }
    const keep = width;
    table.push(row.slice(0, keep));
    endTable();
    if (!next) {
      blocks.push(...between(row.slice(keep), true, false));
      continue;
    }
    const startWidth = Math.max(1, Math.min(row.length - keep - 1, nextTableWidth(candidates, i + 1)));
    blocks.push(...between(row.slice(keep, row.length - startWidth), true));
    table = [row.slice(row.length - startWidth)];
    width = startWidth;
  }
  if (table.length) endTable();
  return blocks;
}

/**
 * Cells that sat between two tables: a paragraph right after the first table (when `textFirst`), a
 * paragraph right before the next one (when `textLast`), and whatever is in between as one row.
 */
function between(cells: string[], textFirst: boolean, textLast = true): RawBlock[] {
  const out: RawBlock[] = [];
  const rest = [...cells];
  const first = textFirst ? rest.shift() : undefined;
  const last = textLast ? rest.pop() : undefined;
  if (first !== undefined) out.push({ kind: 'text', lines: first.split('\n') });
  if (rest.length) out.push(...asTableOrText([rest]));
  if (last !== undefined) out.push({ kind: 'text', lines: last.split('\n') });
  return out;
}

/** A "table" whose rows all have one cell is a framed paragraph: it is written as text. */
function asTableOrText(rows: string[][]): RawBlock[] {
  if (rows.length === 0) return [];
  if (rows.every((r) => r.length <= 1)) return rows.map((r) => ({ kind: 'text', lines: (r[0] ?? '').split('\n') }));
  return [{ kind: 'table', rows }];
}
