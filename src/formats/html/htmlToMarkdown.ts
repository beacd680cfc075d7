/**
 * HTML -> the Markdown our Markdown reader reads, so that a portal page saved as HTML and one saved as
 * Markdown go through the same metadata, chrome and table logic.
 *
 * - Parsed with htmlparser2 (entities decoded, broken markup tolerated), never with regexes over tags.
 * - Elements that never hold a document's text (scripts, styles, navigation, forms, header/footer, and
 *   anything whose class or id names navigation or a notice) are dropped.
 * - Whitespace collapses as a browser collapses it; block elements and `<br>` break lines, blocks are
 *   separated by a blank line.
 * - A data table becomes one `| a | b |` line per row (a `|` inside a cell escaped). A table used for page
 *   layout (a cell holding another table or several paragraphs) is read as its cells' blocks instead.
 * - A list item keeps the marker a browser shows for it ("1.", "a.", "II.", "-"): a document's numbered points
 *   written as an HTML list are its structure, as "1." typed in a paragraph is.
 * - Characters Markdown would read as markup are escaped, so the text comes back exactly as written.
 */
import { parseDocument } from 'htmlparser2';
import htmlData from '../data/html.json' with { type: 'json' };
import { POINT_LETTERS } from '../../text/pointLetters';
import { childElements, isElement, type DomNode, type ElementNode } from '../domNodes';
import { romanNumeral } from '../romanNumeral';


const SKIP_TAGS = new Set(htmlData.skipTags);
const BLOCK_TAGS = new Set(htmlData.blockTags);
const CHROME = new RegExp(`(?:^|[\\s_-])(?:${htmlData.chromeWords.join('|')})(?:$|[\\s_-])`, 'i');
/**
 * A cell this big is page layout (a page's whole text in a cell), not data: a header or signature cell
 * has a few short paragraphs, a recipients list a dozen short lines.
 */
const LAYOUT_CELL_BLOCKS = 12;
const LAYOUT_CELL_CHARS = 2000;

const textOf = (n: DomNode): string | null => (n.type === 'text' ? (n as unknown as { data: string }).data : null);

function escapeMarkdown(text: string): string {
  return text.replace(/[\\*_[\]|<>#`]/g, (ch) => `\\${ch}`);
}

function skipped(el: ElementNode): boolean {
  if (SKIP_TAGS.has(el.name)) return true;
  const names = `${el.attribs.class ?? ''} ${el.attribs.id ?? ''}`;
  if (names.trim() && CHROME.test(names)) return true;
  return el.attribs.hidden !== undefined || /display\s*:\s*none/i.test(el.attribs.style ?? '');
}

/** Collects lines: inline text is appended to the current line, blocks close it. */
class LineWriter {
  readonly lines: string[] = [];
  private current = '';

  text(s: string): void {
    this.current += s;
  }

  /** End the current line; `blank` also leaves a blank line (between blocks). */
  breakLine(blank: boolean): void {
    const line = this.current.replace(/[ \t\u00a0]+/g, ' ').trim();
    this.current = '';
    if (line) this.lines.push(line);
    if (blank && this.lines.length && this.lines[this.lines.length - 1] !== '') this.lines.push('');
  }
}

function walk(nodes: readonly DomNode[], out: LineWriter): void {
  for (const node of nodes) {
    const text = textOf(node);
    if (text !== null) {
      out.text(escapeMarkdown(text.replace(/\s+/g, ' ')));
      continue;
    }
    if (!isElement(node) || skipped(node)) continue;
    if (node.name === 'br') {
      out.breakLine(false);
      continue;
    }
    if (node.name === 'table') {
      out.breakLine(true);
      writeTable(node, out);
      out.breakLine(true);
      continue;
    }
    const block = BLOCK_TAGS.has(node.name);
    if (block) out.breakLine(true);
    if (node.name === 'ol' || node.name === 'ul') {
      walkList(node, out);
      out.breakLine(true);
      continue;
    }
    walk(node.children, out);
    if (block) out.breakLine(true);
  }
}

/** The marker a browser shows before the `k`th item (from 0) of a list: by its `type` and `start`. */
function listMarker(list: ElementNode, k: number): string {
  if (list.name === 'ul') return '-';
  const start = Number.parseInt(list.attribs.start ?? '1', 10);
  const n = (Number.isFinite(start) ? start : 1) + k;
  switch (list.attribs.type) {
    case 'a':
      return `${POINT_LETTERS[n - 1] ?? n}.`;
    case 'A':
      return `${(POINT_LETTERS[n - 1] ?? String(n)).toUpperCase()}.`;
    case 'i':
      return `${romanNumeral(n).toLowerCase()}.`;
    case 'I':
      return `${romanNumeral(n)}.`;
    default:
      return `${n}.`;
  }
}

/** Whether a list or an item shows its marker: not when its style sets `list-style(-type): none`. */
function shown(el: ElementNode): boolean {
  return !/list-style(?:-type)?\s*:\s*none\b/i.test(el.attribs.style ?? '');
}

/** A list's items, each a block whose first line starts with its marker (an item's text is often a `<p>`). */
function walkList(list: ElementNode, out: LineWriter): void {
  let k = 0;
  for (const child of list.children) {
    if (!isElement(child) || skipped(child)) continue;
    if (child.name !== 'li') {
      walk([child], out);
      continue;
    }
    // A list styled to show no marker (its numbers typed in the items' text, as some pages do) gets none here.
    const marker = shown(list) && shown(child) ? listMarker(list, k) : '';
    k++;
    const item = new LineWriter();
    walk(child.children, item);
    item.breakLine(false);
    const first = item.lines.findIndex((l) => l !== '');
    if (first < 0) continue;
    out.breakLine(true);
    item.lines.forEach((line, i) => {
      if (line) out.text(i === first && marker ? `${marker} ${line}` : line);
      out.breakLine(line === '');
    });
    out.breakLine(true);
  }
}

/** Rows of this table, not of tables nested in its cells. */
function rowsOf(table: ElementNode): ElementNode[] {
  const rows = childElements(table, ['tr']);
  for (const section of childElements(table, ['thead', 'tbody', 'tfoot'])) rows.push(...childElements(section, ['tr']));
  return rows;
}

function countBlocks(nodes: readonly DomNode[]): { blocks: number; tables: number } {
  let blocks = 0;
  let tables = 0;
  for (const n of nodes) {
    if (!isElement(n) || skipped(n)) continue;
    if (n.name === 'table') tables++;
    else if (BLOCK_TAGS.has(n.name)) blocks++;
    const inner = countBlocks(n.children);
    blocks += inner.blocks;
    tables += inner.tables;
  }
  return { blocks, tables };
}

function textLength(nodes: readonly DomNode[]): number {
  let n = 0;
  for (const node of nodes) {
    const text = textOf(node);
    if (text !== null) n += text.trim().length;
    else if (isElement(node)) n += textLength(node.children);
  }
  return n;
}

function writeTable(table: ElementNode, out: LineWriter): void {
  const rows = rowsOf(table).map((tr) => childElements(tr, ['td', 'th']));
  const layout = rows.some((cells) =>
    cells.some((cell) => {
      const c = countBlocks(cell.children);
      return c.tables > 0 || (c.blocks >= LAYOUT_CELL_BLOCKS && textLength(cell.children) >= LAYOUT_CELL_CHARS);
    }),
  );
  if (layout) {
    for (const cells of rows) {
      for (const cell of cells) {
        walk(cell.children, out);
        out.breakLine(true);
      }
    }
    return;
  }
  for (const texts of spannedGrid(rows)) if (texts.some((t) => t)) out.lines.push(`| ${texts.join(' | ')} |`);
}

/** A cell's text on one line. */
function cellLine(cell: ElementNode): string {
  const w = new LineWriter();
  walk(cell.children, w);
  w.breakLine(false);
  return w.lines.filter(Boolean).join(' ');
}

/** A span attribute as a count: 1 when absent or not a number, capped (a broken page may say 10000). */
function span(cell: ElementNode, name: 'colspan' | 'rowspan'): number {
  const n = Number.parseInt(cell.attribs[name] ?? '1', 10);
  return Number.isFinite(n) && n > 1 ? Math.min(n, MAX_SPAN) : 1;
}
const MAX_SPAN = 50;

/**
 * The rows' texts on the table's grid, so that every cell sits under its column's header. A cell merged
 * across columns (a grouping row "I. Hoàn thiện thể chế", a header "Cơ quan thực hiện" over "Chủ trì |
 * Phối hợp") keeps its text in its first column and leaves the others empty; a cell merged down several
 * rows (one lead body for three tasks, a header cell over a two-row header) is repeated in each of them:
 * what it says holds for every row it covers.
 */
function spannedGrid(rows: readonly ElementNode[][]): string[][] {
  const grid: string[][] = [];
  // Cells still covering rows below: column -> text and rows left.
  const pending = new Map<number, { text: string; rows: number }>();
  for (const cells of rows) {
    const row: string[] = [];
    const fillPending = (): void => {
      for (let p = pending.get(row.length); p; p = pending.get(row.length)) {
        row.push(p.text);
        if (--p.rows === 0) pending.delete(row.length - 1);
      }
    };
    for (const cell of cells) {
      fillPending();
      const text = cellLine(cell);
      const cols = span(cell, 'colspan');
      const down = span(cell, 'rowspan');
      for (let k = 0; k < cols; k++) {
        if (down > 1) pending.set(row.length, { text: k === 0 ? text : '', rows: down - 1 });
        row.push(k === 0 ? text : '');
      }
    }
    fillPending();
    grid.push(row);
  }
  return grid;
}

export function htmlToMarkdown(html: string): string {
  const doc = parseDocument(html, { decodeEntities: true });
  const out = new LineWriter();
  walk(doc.children, out);
  out.breakLine(false);
  return `${out.lines.join('\n').replace(/\n{3,}/g, '\n\n').trim()}\n`;
}
