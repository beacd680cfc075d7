/**
 * Reading order of a PDF page's text items: items on the same baseline form a line, lines run top to
 * bottom, items left to right. A wide horizontal gap inside a line separates columns, so the two-column
 * header of an official document (issuer and number on the left, motto and place/date on the right) is
 * written as table rows instead of interleaving both columns into one sentence. Used for PDF text layers
 * and for OCR word boxes alike.
 */
import type { LayoutBlock } from '../layout';

export interface PositionedText {
  str: string;
  /** Left edge and baseline in PDF units (y grows upwards). */
  x: number;
  y: number;
  width: number;
  /** Font size (text height) in PDF units. */
  size: number;
}

export interface LineCell {
  text: string;
  x0: number;
  x1: number;
}

export interface PageLine {
  /** Column groups of the line, left to right; one element for an ordinary line. */
  cells: LineCell[];
  y: number;
  size: number;
}

/** Items whose baselines differ by less than this share of the font size are on one line. */
const SAME_LINE = 0.5;
/** A gap wider than this many font sizes between two items splits columns. */
const COLUMN_GAP = 2.5;
/** A vertical gap above this many times the page's line pitch starts a new paragraph. */
const PARAGRAPH_GAP = 1.3;

/** Positioned text of one page -> layout blocks. */
export function layoutBlocks(items: readonly PositionedText[]): LayoutBlock[] {
  return linesToBlocks(pageLines(items));
}

export function pageLines(items: readonly PositionedText[]): PageLine[] {
  // Whitespace items carry no text and may span a column gap (a PDF printer's "space" run): positions
  // decide spacing instead.
  const sorted = items.filter((i) => i.str.trim().length > 0).sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: PositionedText[][] = [];
  for (const item of sorted) {
    const line = lines[lines.length - 1];
    const ref = line?.[0];
    if (line && ref && Math.abs(ref.y - item.y) < SAME_LINE * Math.max(ref.size, item.size, 1)) line.push(item);
    else lines.push([item]);
  }
  return lines.map((items) => {
    items.sort((a, b) => a.x - b.x);
    // The median, not the largest: one tall word (a capital with marks in a scan) must not widen the gaps.
    const size = median(items.map((i) => i.size)) || 1;
    const cells: LineCell[] = [];
    let current: LineCell | null = null;
    for (const item of items) {
      const gap = current ? item.x - current.x1 : 0;
      if (current && gap > COLUMN_GAP * size) {
        cells.push(current);
        current = null;
      }
      if (!current) {
        current = { text: item.str, x0: item.x, x1: item.x + item.width };
        continue;
      }
      if (gap > 0.15 * size && !/\s$/.test(current.text) && !/^\s/.test(item.str)) current.text += ' ';
      current.text += item.str;
      current.x1 = Math.max(current.x1, item.x + item.width);
    }
    if (current) cells.push(current);
    return { cells: cells.map((c) => ({ ...c, text: c.text.replace(/\s+/g, ' ').trim() })).filter((c) => c.text), y: items[0]!.y, size };
  });
}

/**
 * Lines -> blocks. A line split into columns is a table row (the header's "issuer | motto" and
 * "number | place, date" lines each stay one row, so the number and the date keep their own lines); a
 * one-column line right under it (line spacing, no paragraph gap) is the wrapped end of a cell and joins
 * the column it sits under. A paragraph gap before a one-column line ends the table. Other lines are
 * paragraphs, split where the vertical gap is wider than line spacing.
 */
function linesToBlocks(lines: readonly PageLine[]): LayoutBlock[] {
  const blocks: LayoutBlock[] = [];
  const pitch = linePitch(lines);
  let table: { columns: Array<{ x0: number; x1: number }>; rows: string[][] } | null = null;
  let prevY: number | null = null;
  for (const line of lines) {
    const gap = prevY === null ? Infinity : prevY - line.y;
    prevY = line.y;
    const sameRow = gap <= PARAGRAPH_GAP * pitch;
    if (table && sameRow && line.cells.length === 1) {
      const row = table.rows[table.rows.length - 1]!;
      for (const cell of line.cells) {
        const k = columnOf(table.columns, cell);
        row[k] = row[k] ? `${row[k]} ${cell.text}` : cell.text;
      }
      continue;
    }
    if (line.cells.length > 1) {
      if (table && gap <= 2 * PARAGRAPH_GAP * pitch) {
        const row: string[] = table.columns.map(() => '');
        for (const cell of line.cells) {
          const k = columnOf(table.columns, cell);
          row[k] = row[k] ? `${row[k]} ${cell.text}` : cell.text;
        }
        table.rows.push(row);
      } else {
        table = { columns: line.cells.map((c) => ({ x0: c.x0, x1: c.x1 })), rows: [line.cells.map((c) => c.text)] };
        blocks.push({ kind: 'table', rows: table.rows });
      }
      continue;
    }
    table = null;
    const text = line.cells[0]?.text ?? '';
    const last = blocks[blocks.length - 1];
    if (last?.kind === 'text' && sameRow) last.text += `\n${text}`;
    else blocks.push({ kind: 'text', text });
  }
  return blocks;
}

/** The column a cell sits under: the one containing its centre, else the nearest. */
function columnOf(columns: ReadonlyArray<{ x0: number; x1: number }>, cell: LineCell): number {
  const centre = (cell.x0 + cell.x1) / 2;
  let best = 0;
  let bestDistance = Infinity;
  columns.forEach((c, k) => {
    const d = centre < c.x0 ? c.x0 - centre : centre > c.x1 ? centre - c.x1 : 0;
    if (d < bestDistance) {
      best = k;
      bestDistance = d;
    }
  });
  return best;
}

function median(values: readonly number[]): number {
  if (!values.length) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/**
 * The page's usual distance between two lines of one paragraph: the most common baseline gap. Measured
 * rather than derived from the font size because a scan's word boxes are not font sizes.
 */
function linePitch(lines: readonly PageLine[]): number {
  const gaps: number[] = [];
  for (let i = 1; i < lines.length; i++) {
    const gap = lines[i - 1]!.y - lines[i]!.y;
    if (gap > 0.5 * lines[i]!.size) gaps.push(gap);
  }
  if (!gaps.length) return 1.5 * (lines[0]?.size ?? 1);
  // The lower half of the gaps are line spacing; paragraph and table gaps are the upper half.
  const sorted = gaps.sort((a, b) => a - b);
  return median(sorted.slice(0, Math.max(1, Math.ceil(sorted.length / 2))));
}
