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
 * - Characters Markdown would read as markup are escaped, so the text comes back exactly as written.
 */
import { parseDocument } from 'htmlparser2';
import htmlData from '../data/html.json' with { type: 'json' };

type DomNode = ReturnType<typeof parseDocument>['children'][number];
interface ElementNode {
  type: string;
  name: string;
  attribs: Record<string, string>;
  children: DomNode[];
}

const SKIP_TAGS = new Set(htmlData.skipTags);
const BLOCK_TAGS = new Set(htmlData.blockTags);
const CHROME = new RegExp(`(?:^|[\\s_-])(?:${htmlData.chromeWords.join('|')})(?:$|[\\s_-])`, 'i');
/** A cell with this many blocks is page layout, not data. */
const LAYOUT_CELL_BLOCKS = 4;

const isElement = (n: DomNode): n is DomNode & ElementNode => n.type === 'tag' || n.type === 'script' || n.type === 'style';
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
    walk(node.children, out);
    if (block) out.breakLine(true);
  }
}

function childElements(el: ElementNode, names: readonly string[]): ElementNode[] {
  return el.children.filter((c): c is DomNode & ElementNode => isElement(c) && names.includes(c.name));
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

function writeTable(table: ElementNode, out: LineWriter): void {
  const rows = rowsOf(table).map((tr) => childElements(tr, ['td', 'th']));
  const layout = rows.some((cells) =>
    cells.some((cell) => {
      const c = countBlocks(cell.children);
      return c.tables > 0 || c.blocks >= LAYOUT_CELL_BLOCKS;
    }),
  );
  for (const cells of rows) {
    if (layout) {
      for (const cell of cells) {
        walk(cell.children, out);
        out.breakLine(true);
      }
      continue;
    }
    const texts = cells.map((cell) => {
      const w = new LineWriter();
      walk(cell.children, w);
      w.breakLine(false);
      return w.lines.filter(Boolean).join(' ');
    });
    if (texts.some((t) => t)) out.lines.push(`| ${texts.join(' | ')} |`);
  }
}

export function htmlToMarkdown(html: string): string {
  const doc = parseDocument(html, { decodeEntities: true });
  const out = new LineWriter();
  walk(doc.children, out);
  out.breakLine(false);
  return `${out.lines.join('\n').replace(/\n{3,}/g, '\n\n').trim()}\n`;
}
