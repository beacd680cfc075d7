/**
 * The header block of a document, cut into the pieces its identity is read from.
 *
 * An official document opens with two columns: issuer and "Số: ..." on the left, the national motto and
 * "Place, ngày ..." on the right, then the kind line ("QUYẾT ĐỊNH") and the title. The formats stage writes
 * those columns as table rows (`| ỦY BAN NHÂN DÂN TỈNH X | CỘNG HÒA ... |`); OCR and plain text put them on
 * lines, often interleaved. Either way the header is read as *cells*: each table cell, and each line that is
 * not a table row, with offsets into the text. The zone ends at the first "Căn cứ" / heading / "Điều 1".
 */
import { triggerAt } from '../references/clauses';
import { kindAt } from '../documentKinds';
import { tokenizeWords, type Token } from '../matching';
import type { DocumentKind } from '../types';

/** One table cell or one plain line, trimmed. */
export interface HeaderCell {
  start: number;
  end: number;
  text: string;
  folded: string;
  /** Whether the cell is a cell of a table row (not a whole plain line). */
  inTable: boolean;
}

export interface HeaderBlock {
  /** Every cell of the text in reading order (the whole text: the signature block and title need the rest too). */
  cells: HeaderCell[];
  /** Offset where the header zone ends. */
  end: number;
  /** The kind line ("NGHỊ QUYẾT", "QUYET PINH"), when the header has one. */
  kindLine: { kind: DocumentKind; cell: HeaderCell } | null;
}

/** Per BMP unit: 0 not yet known, 1 not a letter, 2 a letter, 3 an upper-case letter. */
const LETTER_KIND = new Uint8Array(0x10000);

function letterKind(ch: string): number {
  return /\p{Lu}/u.test(ch) ? 3 : /\p{L}/u.test(ch) ? 2 : 1;
}

/** Share of upper-case letters among the letters of `s` (in UTF-16 units, as string lengths count them). */
export function upperShare(s: string): number {
  let letters = 0;
  let upper = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    let k: number;
    let units = 1;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const cp = s.codePointAt(i)!;
      units = cp > 0xffff ? 2 : 1;
      k = letterKind(String.fromCodePoint(cp));
    } else {
      k = LETTER_KIND[c]!;
      if (k === 0) LETTER_KIND[c] = k = letterKind(String.fromCharCode(c));
    }
    if (k >= 2) letters += units;
    if (k === 3) upper += units;
    i += units - 1;
  }
  return letters === 0 ? 0 : upper / letters;
}

export const HEADING_LINE = /^\s*(?:[ivxl]{1,5}[.\-]\s|\d{1,2}\.\s|dieu\s+1\b|chuong\s+i\b|phan\s+i\b)/;

/** How far into the text the header zone may reach. */
const MAX_HEADER = 2500;

/** A table row; a row whose first cell lost its opening border ("Số: 21/2025/TT-BGDĐT |") counts too. */
const TABLE_ROW = /^[^|\n]*\|[ \t]*$|^[ \t]*\|(.*)\|[ \t]*$|^[^|\n]+ \| .*\|[ \t]*$/;

function cellOf(text: string, folded: string, start: number, end: number, inTable: boolean): HeaderCell | null {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  if (end <= start) return null;
  return { start, end, text: text.slice(start, end), folded: folded.slice(start, end), inTable };
}

/** Cells of a text: table rows split at their `|` separators, other lines whole. */
export function cellsOf(text: string, folded: string): HeaderCell[] {
  const out: HeaderCell[] = [];
  let lineStart = 0;
  for (;;) {
    const nl = text.indexOf('\n', lineStart);
    const lineEnd = nl < 0 ? text.length : nl;
    const row = TABLE_ROW.exec(text.slice(lineStart, lineEnd));
    if (row) {
      const open = text.indexOf('|', lineStart);
      const close = text.lastIndexOf('|', lineEnd - 1);
      const opened = /^[ \t]*\|/.test(text.slice(lineStart, lineEnd));
      let from = opened ? open + 1 : lineStart;
      for (let i = from; i <= close; i++) {
        if (text[i] !== '|') continue;
        const c = cellOf(text, folded, from, i, true);
        if (c) out.push(c);
        from = i + 1;
      }
    } else {
      const c = cellOf(text, folded, lineStart, lineEnd, false);
      if (c) out.push(c);
    }
    if (nl < 0) break;
    lineStart = nl + 1;
  }
  return out;
}

/** A cell that is only a kind word ("NGHỊ QUYẾT", "QUYET PINH", "KẾ HOẠCH"). */
export function kindOfCell(c: HeaderCell): DocumentKind | null {
  const toks = tokenizeWords(c.folded).filter((t) => /[a-z]/.test(t.w));
  if (!toks.length || toks.length > 3 || upperShare(c.text) < 0.6) return null;
  const k = kindAt(toks, 0);
  if (!k || k.tokens !== toks.length) return null;
  // An official letter prints no kind line: "NHÂN DÂN" read as a damaged "VĂN BẢN" is the agency column.
  return k.kind === 'CONG_VAN' && k.cost > 0 ? null : k.kind;
}

/** Offset where the header zone ends: the first Căn cứ / heading / Điều 1, at most MAX_HEADER characters in. */
/** Characters of a cell read for its first words; a longer cell is read whole only when they hold too few. */
const LEAD_CHARS = 120;
/** Words `headerEnd` may read: a trigger of up to four words after at most one word without letters. */
const LEAD_WORDS = 6;

/**
 * A cell's first words as the whole cell's tokens would give them: a token of the prefix ending before its last
 * one is whole, so when the prefix holds `LEAD_WORDS` they are the cell's own (a cell can be a long paragraph).
 */
function leadingWords(folded: string): Token[] {
  if (folded.length > LEAD_CHARS) {
    const toks = tokenizeWords(folded, 0, LEAD_CHARS);
    if (toks.length >= LEAD_WORDS) return toks.slice(0, LEAD_WORDS - 1);
  }
  return tokenizeWords(folded);
}

function headerEnd(cells: readonly HeaderCell[], textEnd: number): number {
  for (const c of cells) {
    if (c.start > MAX_HEADER) return c.start;
    if (c.inTable) continue;
    const toks = leadingWords(c.folded);
    const lead = toks.findIndex((t) => /[a-z]/.test(t.w));
    if (lead >= 0 && lead <= 1 && triggerAt(toks, lead)) return c.start;
    if (HEADING_LINE.test(c.folded) && c.start > 0) return c.start;
  }
  return textEnd;
}

/** Read the header block of a (URL-masked) text and its folded form. */
export function readHeaderBlock(text: string, folded: string): HeaderBlock {
  const cells = cellsOf(text, folded);
  const end = headerEnd(cells, text.length);
  let kindLine: HeaderBlock['kindLine'] = null;
  for (const c of cells) {
    if (c.start >= end) break;
    const kind = kindOfCell(c);
    if (kind) {
      kindLine = { kind, cell: c };
      break;
    }
  }
  return { cells, end, kindLine };
}
