/**
 * A document page saved from a legal portal: site notices, a metadata block ("Số hiệu:", "Loại văn bản:",
 * "Nơi ban hành:", "Ngày ban hành:", "Người ký:" ...) written as a one-cell-per-line table, the document,
 * then the portal's own content (its title line for the document, related documents, account notices).
 *
 * The document starts right after the metadata block (its header table opens with the block's last bar)
 * and ends before the first line that starts the portal's content after it; the portal repeats the
 * document's title there, starting with the kind and symbol of the metadata block, so that line goes too.
 */
import { fold } from '../../text/fold';
import type { SourceMetadata } from '../types';
import portalData from '../data/portal.json' with { type: 'json' };
import { stripInline } from './inline';
import { isPipeRow, pipeCells } from './barTables';

type Field = keyof SourceMetadata;

interface PortalData {
  labels: Record<Field | 'other', string[]>;
  placeholders: string[];
  endMarkers: string[];
}

const DATA = portalData as PortalData;
/** Where to look for the block: it is near the top of the page, after the site notices. */
const BLOCK_SEARCH_LINES = 400;
/** Fewer labels than this is not a portal's metadata block but a document mentioning "Số hiệu:". */
const MIN_LABELS = 3;

const isBar = (line: string): boolean => /^\s*\|\s*$/.test(line);

const folded = (line: string): string => fold(stripInline(line)).replace(/\s+/g, ' ').trim();

const LABELS: Array<[string, Field | 'other']> = Object.entries(DATA.labels).flatMap(([field, names]) =>
  names.map((n): [string, Field | 'other'] => [n, field as Field | 'other']),
);

/** A label ends with a colon (after markup and folding, which make none but a parked escaped one). */
const MAY_BE_LABEL = /[:\ue000-\ue07f]/;

function labelAt(line: string): Field | 'other' | null {
  // Folding every line of the page's top costs more than the rest of reading it: most lines have no colon.
  if (!MAY_BE_LABEL.test(line)) return null;
  const f = folded(line);
  if (!f.endsWith(':')) return null;
  const name = f.slice(0, -1).trim();
  return LABELS.find(([label]) => label === name)?.[1] ?? null;
}

export interface PortalPage {
  metadata: SourceMetadata;
  /** The document's own lines, portal chrome removed. */
  bodyLines: string[];
}

/** `dd/mm/yyyy` -> `yyyy-mm-dd`; null when it is not a real date. */
export function portalDateToIso(value: string): string | null {
  const m = /^(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})$/.exec(value.trim());
  if (!m) return null;
  const [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return null;
  return `${String(y).padStart(4, '0')}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** The value cell after a label: the lines between the next bar and the bar after it. */
function valueAfter(lines: readonly string[], labelIdx: number): { value: string; closingBar: number } | null {
  let i = labelIdx + 1;
  if (i >= lines.length || !isBar(lines[i]!)) return null;
  i++;
  const start = i;
  while (i < lines.length && !isBar(lines[i]!) && labelAt(lines[i]!) === null) i++;
  if (i >= lines.length || !isBar(lines[i]!)) return null;
  const value = stripInline(lines.slice(start, i).join(' ')).replace(/\s+/g, ' ').trim();
  return { value, closingBar: i };
}

/** The page's metadata and the document's lines, or null when `lines` are not a portal page. */
export function readPortalPage(lines: readonly string[]): PortalPage | null {
  const found: Array<{ field: Field | 'other'; value: string; closingBar: number }> = [];
  const limit = Math.min(lines.length, BLOCK_SEARCH_LINES);
  for (let i = 0; i < limit; i++) {
    if (isPipeRow(lines[i]!)) {
      // A metadata table written one row per line (an HTML page): label and value cells side by side.
      const cells = pipeCells(lines[i]!);
      cells.forEach((cell, k) => {
        const f = labelAt(cell);
        if (f && k + 1 < cells.length) found.push({ field: f, value: stripInline(cells[k + 1]!).trim(), closingBar: i });
      });
      continue;
    }
    const field = labelAt(lines[i]!);
    if (!field) continue;
    const v = valueAfter(lines, i);
    if (!v) continue;
    found.push({ field, ...v });
    i = v.closingBar;
  }
  if (found.length < MIN_LABELS) return null;
  // The block is the labels that follow each other; a later "Số hiệu:" inside the document is not part of it.
  const block = [found[0]!];
  for (const f of found.slice(1)) {
    if (f.closingBar - block[block.length - 1]!.closingBar > 12) break;
    block.push(f);
  }
  if (block.length < MIN_LABELS) return null;

  const metadata: SourceMetadata = { symbol: null, kind: null, issuer: null, date: null, signer: null };
  for (const { field, value } of block) {
    if (field === 'other' || metadata[field] !== null) continue;
    if (!value || DATA.placeholders.includes(fold(value).trim())) continue;
    metadata[field] = field === 'date' ? portalDateToIso(value) : value;
  }

  // The bars after the block's last value: the last one opens the document's header table.
  let start = block[block.length - 1]!.closingBar;
  if (isPipeRow(lines[start]!)) {
    start++;
  } else {
    while (start + 1 < lines.length && isBar(lines[start + 1]!)) start++;
    if (start + 1 < lines.length && !isBar(lines[start]!)) start++;
  }

  let end = lines.length;
  for (let i = start + 1; i < lines.length; i++) {
    const f = folded(lines[i]!);
    // Whole lines only: a wrapped sentence of the document may start with the same words.
    if (DATA.endMarkers.includes(f)) {
      end = i;
      break;
    }
  }
  // The portal's title line for the document, just before its content: "<kind> <symbol> năm ...".
  let prev = end - 1;
  while (prev > start && !lines[prev]!.trim()) prev--;
  if (prev > start && end < lines.length && metadata.symbol) {
    const title = folded(lines[prev]!);
    if (title.includes(fold(metadata.symbol)) && (!metadata.kind || title.startsWith(fold(metadata.kind)))) end = prev;
  }
  return { metadata, bodyLines: lines.slice(start, end) };
}
