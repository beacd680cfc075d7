/**
 * Numbers of papers written by companies and associations, which follow no state form: "công văn số
 * JHDPC/2025/276 ngày 5/9/2025 của Công ty ...", "Đơn đề nghị số 02BRT/XNK/2025 ngày 20/10/2025 của Công ty
 * ...", "công văn số 20251022/CV-HD ngày ...". A tax or customs letter cites the taxpayer's own paper so; the
 * number is kept as written (its key is the written form).
 *
 * Only after a letter's kind word and "số", and only before its date or its author, so a form's number ("Mẫu
 * số 01/TK-SDDPNN") or a tax code is never read as one.
 */
import type { ParsedSymbol } from '../symbols';
import type { SymbolHit } from '../findSymbols';

/**
 * "công văn số", "văn bản số", "thư số": a letter; "đơn (đề nghị) số", "đề nghị số": a request (kind OTHER). Folded:
 * "thư" and "đơn" fold like the last word of "phiếu thu" (a receipt) and "hóa đơn" (an invoice), which are no papers.
 */
const CUE = /(?:(cong\s+van|van\s+ban|(?<!phieu\s+)thu)|((?<!hoa\s+)don(?:\s+de\s+nghi)?|de\s+nghi))\s+so\s*:?\s*$/;
/** Code parts of capitals and digits joined by "/", "-" or "."; at least one "/" or "-" and one digit. */
const NUMBER = /(?<![\p{L}\d/])([A-Z0-9][A-Za-z0-9]{0,11}(?:[/.-][A-Za-z0-9]{1,12}){1,4})(?=[\s,]+(?:ngày|của|ngay|cua)\b)/gu;

function freeForm(raw: string, request: boolean): ParsedSymbol | null {
  // A company may number its letters with a hyphen only ("công văn số 1025-CVHQ ngày 10/10/2025 của Công ty ..."),
  // as the Party does ("1456-CV/TU"); a number joined by dots alone ("PAKN.1761647228267") is a system's code.
  if (!/[/-]/.test(raw) || !/\d/.test(raw) || (raw.match(/[A-Z]/g) ?? []).length < 2) return null;
  return {
    symbol: raw,
    number: /\d+/.exec(raw)![0],
    year: null,
    typeCode: null,
    agency: raw,
    party: false,
    kind: request ? 'OTHER' : 'CONG_VAN',
    scope: 'unknown',
  };
}

/** `NUMBER` tried at one offset. */
const NUMBER_AT = new RegExp(NUMBER.source, 'uy');
/** What may sit between "số" and the number (the end of `CUE`). */
const AFTER_SO = /\s*:?\s*/y;

/**
 * Where a number may follow the cue: right after each "so" of the folded text and the gap `CUE` allows. A
 * number the cue admits starts there, after a space or colon, so no earlier number run covers it, and trying
 * `NUMBER` only there finds what a scan of every offset finds and the cue keeps.
 */
function* cuedNumbers(text: string, folded: string): Generator<RegExpExecArray> {
  for (let so = folded.indexOf('so'); so >= 0; so = folded.indexOf('so', so + 2)) {
    AFTER_SO.lastIndex = so + 2;
    AFTER_SO.exec(folded);
    NUMBER_AT.lastIndex = AFTER_SO.lastIndex;
    const m = NUMBER_AT.exec(text);
    if (m) yield m;
  }
}

/** Papers numbered outside the state forms, where no standard symbol was found at that place. */
export function letterNumberHits(text: string, folded: string, known: readonly SymbolHit[]): SymbolHit[] {
  const out: SymbolHit[] = [];
  for (const m of cuedNumbers(text, folded)) {
    const start = m.index;
    const end = start + m[1]!.length;
    if (known.some((h) => h.start < end && start < h.end)) continue;
    const cue = CUE.exec(folded.slice(Math.max(0, start - 30), start));
    if (!cue) continue;
    const parsed = freeForm(m[1]!, !!cue[2]);
    if (parsed) out.push({ start, end, parsed });
  }
  return out;
}
