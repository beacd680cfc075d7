/**
 * Date and place of issue, from the header's "Quảng Ninh, ngày 23 tháng 7 năm 2025" (a cell of the header
 * table, or a line; the date may break across lines: "ngày 20\ntháng 11 năm 2025"). When the header has
 * none, a council resolution's closing "... thông qua ngày ..." or a dated place line elsewhere (a law's
 * signature block) gives it.
 */
import { foldKeepLength } from '../folding';
import { dateAtStart, findDates, type DateMatch } from '../dates';
import { provinceAtTokens } from '../provinces';
import { tokenizeWords } from '../matching';
import { squash } from '../displayText';
import type { HeaderBlock, HeaderCell } from './headerBlock';
import { findSymbols } from '../findSymbols';
import { symbolMatchKey, type ParsedSymbol } from '../symbols';

export interface IssueDate {
  date: string;
  place: string | null;
  /** Where the date was read. */
  source: 'header' | 'passing' | 'dated place line';
}

/** How many cells after the kind line (or the zone start) a header date may still be printed. */
const CELLS_AFTER_KIND = 2;

/** A short place name that OCR may have damaged ("Quadng Ngdai"), as the province it names when it does. */
function placeName(raw: string): string | null {
  if (raw.length < 2 || raw.length > 40) return null;
  const toks = tokenizeWords(foldKeepLength(raw));
  const p = provinceAtTokens(toks, 0, 2) ?? (toks.length ? provinceAtTokens(toks, Math.max(0, toks.length - 2), 2) : null);
  return p ? p.province.name : raw;
}

/**
 * The date `d` read as a dated place line: it opens its cell ("ngày ..."), or follows a short place and a
 * comma ("Hà Nội, ngày ..."); the motto or the symbol may share the cell in OCR and are skipped.
 */
function datedPlace(text: string, folded: string, d: DateMatch, from: number): { place: string | null } | null {
  // The motto ("... Hạnh phúc", the Party's "ĐẢNG CỘNG SẢN VIỆT NAM") shares the cell: keep what follows it.
  const motto = /ph[a-z]{1,3}c[\s_\-–=]+(?=\S)|[-_=]{3,}\s*|cong san viet nam[\s_\-–=]+(?=\S)/g;
  let start = from;
  for (const m of folded.slice(from, d.start).matchAll(motto)) start = from + m.index + m[0].length;
  const placePart = text.slice(start, d.start);
  const dayWord = /^\s*ng/.test(folded.slice(d.start, d.start + 4)) || /ng\S{1,2}y\s*$/.test(folded.slice(start, d.start));
  if (!placePart.trim()) return { place: null };
  if (!(/,\s*$/.test(placePart) && dayWord)) return null;
  const placeRaw = squash(placePart.replace(/,\s*$/, '').replace(/^[^\p{L}]+/u, ''));
  // A place is a few words; OCR may put digits inside them ("Ha N6i") but never a number of its own.
  if (/(?:^|\s)\d+(?:\s|$)|\//.test(placeRaw) || placeRaw.split(' ').length > 5) return null;
  return { place: placeName(placeRaw) };
}

/** Dates of a cell, a broken date ("ngày 20\ntháng 11 ...") included. */
function cellDates(text: string, cell: HeaderCell, next: HeaderCell | undefined): DateMatch[] {
  // A plain line may end inside the date: read on into the next line.
  const end = !cell.inTable && next && !next.inTable && next.start - cell.end <= 2 ? next.end : cell.end;
  return findDates(text.slice(cell.start, end))
    .filter((d) => d.start < cell.end - cell.start)
    .map((d) => ({ ...d, start: d.start + cell.start, end: d.end + cell.start }));
}

/** The header's date: in a cell of the zone, up to a couple of cells past the kind line. */
export function headerDate(text: string, folded: string, block: HeaderBlock, symbolEnd: number | null): IssueDate | null {
  const cells = block.cells;
  const kindAt = block.kindLine ? cells.indexOf(block.kindLine.cell) : -1;
  const last = kindAt >= 0 ? kindAt + CELLS_AFTER_KIND : cells.findIndex((c) => c.start >= block.end);
  const limit = last < 0 ? cells.length : Math.min(cells.length, Math.max(last, 8));
  for (let i = 0; i < limit; i++) {
    const cell = cells[i]!;
    for (const d of cellDates(text, cell, cells[i + 1])) {
      const from = symbolEnd !== null && symbolEnd > cell.start && symbolEnd <= d.start ? symbolEnd : cell.start;
      const hit = datedPlace(text, folded, d, from);
      if (hit) return { date: d.iso, place: hit.place, source: 'header' };
    }
  }
  return null;
}

/** "... thông qua ngày 12 tháng 7 năm 2023": the passing date of a council resolution or a law. */
export function passingDate(folded: string): string | null {
  const re = /thong qua\s+(?=ng)/g;
  let found: string | null = null;
  for (const m of folded.matchAll(re)) {
    const d = dateAtStart(folded.slice(m.index + m[0].length, m.index + m[0].length + 60).replace(/\s+/g, ' '));
    if (d) found = d.iso;
  }
  return found;
}

/**
 * A dated place line ("Hà Nội, ngày 20 tháng 11 năm 2025") opening a cell anywhere: the signature block of a
 * document whose header prints no date. The last one wins (the signature comes last).
 */
export function datedPlaceLine(text: string, folded: string, block: HeaderBlock): IssueDate | null {
  let found: IssueDate | null = null;
  const cells = block.cells;
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i]!;
    if (!/ng\S{1,2}y/.test(cell.folded)) continue;
    for (const d of cellDates(text, cell, cells[i + 1])) {
      const hit = datedPlace(text, folded, d, cell.start);
      // Only with a place: a bare "ngày ..." line in the body is a deadline or an event.
      if (hit?.place) found = { date: d.iso, place: hit.place, source: 'dated place line' };
      break;
    }
  }
  return found;
}

/**
 * "(Kèm theo Nghị định số 170/2025/NĐ-CP ngày 30 tháng 6 năm 2025 của Chính phủ)": an annex heading citing the
 * document itself with its date, for a text whose header prints none (a damaged export). The first one wins.
 */
export function attachedOwnDate(text: string, folded: string, own: ParsedSymbol): string | null {
  const key = symbolMatchKey(own.symbol);
  for (const hit of findSymbols(text)) {
    if (symbolMatchKey(hit.parsed.symbol) !== key) continue;
    if (!/kem\s+theo\s+(?:[a-z]+\s+){0,3}(?:so\s*:?\s*)?$/.test(folded.slice(Math.max(0, hit.start - 50), hit.start))) continue;
    const ws = /^[\s,]*/.exec(folded.slice(hit.end, hit.end + 10))![0].length;
    const d = dateAtStart(folded.slice(hit.end + ws, hit.end + ws + 60).replace(/\s+/g, ' '));
    if (d) return d.iso;
  }
  return null;
}
