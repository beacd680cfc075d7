/**
 * The document's own number and symbol, printed in its header: "Số: 2898/QĐ-UBND", "Số:" in one cell and
 * its value in the next line or cell, "Luật số: 60/2024/QH15", the Party form "Số 383-QĐ/TW" printed under
 * the committee's name. A header without the label may still open a line with the bare symbol (OCR).
 */
import { findSymbols, type SymbolHit } from '../findSymbols';
import { isSoToken, kindAt, kindEndingAt } from '../documentKinds';
import { tokenizeWords } from '../matching';
import type { ParsedSymbol } from '../symbols';
import { upperShare, type HeaderBlock, type HeaderCell } from './headerBlock';

export interface OwnSymbol {
  parsed: ParsedSymbol;
  start: number;
  end: number;
  /** `label`: after "Số:" / "Luật số:"; `bare`: opening a header line with no label. */
  how: 'label' | 'bare';
}

/** Between the label and the value: spaces, line breaks, a cell border, emphasis marks. */
const LABEL_GAP = /^[\s:.|*_]*$/;

/** Where the own symbol may be printed: the header zone, and no further than the kind line's cell. */
function searchEnd(block: HeaderBlock): number {
  return block.kindLine ? Math.min(block.end, block.kindLine.cell.start) : block.end;
}

/**
 * "Số" as the header's label: followed by a colon, or capitalised ("Số 383-QĐ/TW"); not the "số" of a
 * citation ("Quyết định số ..."), except "Luật số:" (a law's header names its kind before the label).
 */
function labelEnds(text: string, folded: string, end: number): number[] {
  const out: number[] = [];
  const toks = tokenizeWords(folded, 0, end);
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (!isSoToken(t.w)) continue;
    const colon = /^\s*:/.test(text.slice(t.end, t.end + 3));
    const capital = /^[S5$]/.test(text[t.start]!);
    if (!colon && !capital) continue;
    const kindBefore = i > 0 ? kindEndingAt(toks, i - 1) : null;
    if (kindBefore && !colon) continue;
    // "Số hiệu:" on a portal block is a label too.
    const next = toks[i + 1];
    if (next && next.w === 'hieu' && /^\s*:/.test(text.slice(next.end, next.end + 3))) {
      out.push(next.end);
      continue;
    }
    out.push(t.end);
  }
  return out;
}

/** A symbol right after a label, value in the same cell or the next one. */
function labelled(text: string, folded: string, end: number, hits: readonly SymbolHit[]): OwnSymbol | null {
  for (const at of labelEnds(text, folded, end)) {
    const hit = hits.find((h) => h.start >= at && h.start - at <= 40 && LABEL_GAP.test(text.slice(at, h.start)));
    if (hit) return { parsed: hit.parsed, start: hit.start, end: hit.end, how: 'label' };
  }
  return null;
}

/**
 * No label (OCR lost it): a symbol opening one of the first cells, with at most a short capitalised
 * fragment before it, and not the continuation of a citation broken across lines ("Nghị quyết\nsố 08/...").
 */
function bare(text: string, folded: string, block: HeaderBlock, end: number, hits: readonly SymbolHit[]): OwnSymbol | null {
  const top = block.cells.filter((c) => c.start < end).slice(0, 10);
  for (const hit of hits) {
    const cell = top.find((c) => c.start <= hit.start && hit.start < c.end);
    if (!cell || hit.start - cell.start > 60) continue;
    const prev = top[top.indexOf(cell) - 1];
    if (prev && endsWithCitationWord(prev)) continue;
    const before = tokenizeWords(folded, cell.start, hit.start).filter((t) => /[a-z0-9]/.test(t.w));
    const soFirst = before.length === 1 && isSoToken(before[0]!.w);
    const shortCaps = before.length <= 3 && before.some((t) => isSoToken(t.w)) && upperShare(text.slice(cell.start, hit.start)) > 0.5;
    if (soFirst || before.length === 0 || shortCaps) return { parsed: hit.parsed, start: hit.start, end: hit.end, how: 'bare' };
  }
  return null;
}

function endsWithCitationWord(c: HeaderCell): boolean {
  const toks = tokenizeWords(c.folded);
  if (!toks.length) return false;
  return !!kindAt(toks, Math.max(0, toks.length - 2)) || isSoToken(toks[toks.length - 1]!.w);
}

/** The own symbol of a document, or null when its header prints none. */
export function findOwnSymbol(text: string, folded: string, block: HeaderBlock): OwnSymbol | null {
  const end = searchEnd(block);
  // A value may run past the zone's end by a line ("Số:" ending the zone, the value on the next line).
  const hits = findSymbols(text.slice(0, Math.min(text.length, end + 60)));
  return labelled(text, folded, end, hits) ?? bare(text, folded, block, end, hits);
}
