/**
 * Clauses of a document and the citation mode each one sets.
 *
 * A preamble cites its bases as "Căn cứ A; B; C." where only the first item repeats the trigger, so the mode
 * ("Căn cứ" -> BASIS, "Xét" -> BASIS or PROPOSAL for a Tờ trình, "Theo đề nghị" -> PROPOSAL) carries over to
 * following clauses that start with a document kind ("...; Nghị quyết số ...", "...; Luật ...") and stops at
 * the first clause that does not. Clauses end at ";", at a sentence-ending ".", and at a line that starts a
 * bullet, a numbered heading or a new trigger (OCR text wraps lines mid-sentence, so other line breaks are
 * not boundaries).
 */
import { tokenizeWords, lookalikeCost, type Token } from '../matching';
import { kindAt } from '../documentKinds';
import { IMPLEMENT_CUES, cueAt } from './cues';

/**
 * BASIS / XET / PROPOSAL come from a trigger; IMPLEMENTS from a clause that opens with "Thực hiện ...",
 * "Tiếp tục triển khai ...", whose list of documents may run on over "; "-separated clauses.
 */
export type ClauseMode = 'BASIS' | 'XET' | 'PROPOSAL' | 'IMPLEMENTS' | null;

export interface Clause {
  start: number;
  end: number;
  /** Offset of the first word after bullets and heading numbers. */
  leadStart: number;
  mode: ClauseMode;
  /** The clause itself starts with the trigger ("Căn cứ ..."), rather than continuing a list. */
  triggered: boolean;
}

const HEADING_PREFIX = /^[\s\-+*•~·–—_]*(?:(?:\(?\d{1,2}(?:\.\d{1,2})*[.)]|\(?[a-z]\)|[ivxl]{1,5}[.\-])\s*)?/;

/** "(các) quy định (đã) nêu trên", "các quy định trên", "nội dung hướng dẫn nêu trên": what the text said before. */
const SUMS_UP = /^(?:vao )?(?:cac |nhung )?(?:quy dinh|noi dung|huong dan)(?: phap luat| huong dan)? (?:(?:da )?neu )?tren\b/;
const SUMS_UP_LINE = /^[\s*_]*c[a-z]?n\s+c[uiwt][a-z0-9]{0,2}\s+(?:vao\s+)?(?:cac\s+|nhung\s+)?(?:quy\s+dinh|noi\s+dung|huong\s+dan)(?:\s+phap\s+luat|\s+huong\s+dan)?\s+(?:(?:da\s+)?neu\s+)?tren\b/;

/**
 * "Căn cứ (các) quy định nêu trên, việc ... quy định tại Nghị định số ..." at `at` (folded): a letter concluding
 * from provisions it quoted; the papers named again there are referred to, not carried out (gold-real README,
 * ninth round), and its "Căn cứ" is no trigger (`triggerAt`), though it still opens a sentence.
 */
export function sumsUpAt(folded: string, at: number): boolean {
  return SUMS_UP_LINE.test(folded.slice(at, at + 70));
}

/** "Căn cứ" (OCR: `Can cir`, `Cin ctr`, `Can cik`, `Can ctt`), "Xét", "Theo đề nghị". */
export function triggerAt(tokens: readonly Token[], at: number): ClauseMode {
  const t0 = tokens[at]?.w;
  const t1 = tokens[at + 1]?.w;
  if (!t0) return null;
  if (/^c[a-z]?n$/.test(t0) && t1 && /^c[uiwt][a-z0-9]{0,2}$/.test(t1) && t1.length <= 3) {
    // "Căn cứ pháp lý (của TTHC):" heads a procedure's legal grounds in a TTHC table: the procedure's, not this
    // document's basis (gold-real README, fifth round: REFERENCES).
    if (tokens[at + 2]?.w === 'phap' && tokens[at + 3]?.w === 'ly') return null;
    // "Căn cứ (các) quy định nêu trên, ..." in a letter sums up provisions it quoted: what the rest of the sentence
    // names again is only referred to (gold-real README, ninth round).
    if (SUMS_UP.test(tokens.slice(at + 2, at + 7).map((t) => t.w).join(' '))) return null;
    return 'BASIS';
  }
  if (t0 === 'xet' && t1 !== 'thay' && t1 !== 'nghiem') return 'XET';
  if (t0 === 'theo' && t1 && lookalikeCost('de', t1) !== null && t1.length <= 2) {
    const t2 = tokens[at + 2]?.w;
    if (t2 && lookalikeCost('nghi', t2) !== null) return 'PROPOSAL';
  }
  return null;
}

/** "khoản 2\n", "điểm a khoản 3\n", "khoản 1, khoản 2\n" ending a line: the article's number follows on the next. */
const PROVISION_BEFORE = /(?:khoan\s+\d{1,3}|diem\s+[a-z]{1,2}\d?)[\s,]*\n[ \t]*$/;

function isBoundaryLine(folded: string, at: number, text: string | undefined): boolean {
  // `at` is the offset just after a "\n".
  const line = folded.slice(at, at + 40);
  // "Căn cứ khoản 25\nĐiều 5 Luật ...": a line wrapped inside a provision's reference is no new article.
  if (/^\s*dieu\s+\d/.test(line) && PROVISION_BEFORE.test(folded.slice(Math.max(0, at - 24), at))) return false;
  if (/^\s*(?:[-+*•]\s|\(?\d{1,2}(?:\.\d{1,2})*[.)]\s|[ivxl]{1,5}[.\-]\s|\(?[a-z]\)\s|dieu\s+\d)/.test(line)) return true;
  const toks = tokenizeWords(folded, at, Math.min(folded.length, at + 40));
  if (triggerAt(toks, 0) !== null || sumsUpAt(folded, at)) return true;
  if (!text || !toks.length) return false;
  const first = text[toks[0]!.start] ?? '';
  if (first === first.toLowerCase()) return false;
  // A capitalised line after a blank line, or one that opens with "Thực hiện ...", "Triển khai ...",
  // starts a new sentence even where the previous one lost its period.
  const blankBefore = /\n[ \t]*\n[ \t]*$/.test(folded.slice(Math.max(0, at - 6), at));
  return blankBefore || cueAt(toks, 0, IMPLEMENT_CUES) > 0;
}

/** "số 118/2025/NĐ-CP": a list item that names its number only. */
const LIST_ITEM_NUMBER = /^so\s*:?\s*\d+\s*[\/-]/;
/** "được sửa đổi, bổ sung bởi ...", "đã được sửa đổi ... theo ...": the amending text of the item before. */
const AMENDED_BY_OPENING = /^(?:da\s+)?duoc\s+sua\s+doi\b/;

/** Split folded text into clauses and assign each its citation mode. `text` (the NFC original) lets line case count. */
export function segmentClauses(folded: string, text?: string): Clause[] {
  const bounds: number[] = [0];
  for (let i = 0; i < folded.length; i++) {
    // Read by code unit: only the three characters that may end a clause are read as strings.
    const c = folded.charCodeAt(i);
    if (c !== 0x3b && c !== 0x2e && c !== 0x0a) continue;
    const ch = folded[i];
    if (ch === ';') bounds.push(i + 1);
    else if (ch === '.') {
      const next = folded[i + 1];
      const prev = folded[i - 1];
      if ((next === undefined || /\s/.test(next)) && !(prev && /\d/.test(prev) && /^\s*\d/.test(folded.slice(i + 1, i + 4)))) {
        bounds.push(i + 1);
      }
    } else if (ch === '\n' && isBoundaryLine(folded, i + 1, text)) bounds.push(i + 1);
  }
  bounds.push(folded.length);
  const clauses: Clause[] = [];
  let prevMode: ClauseMode = null;
  for (let k = 0; k + 1 < bounds.length; k++) {
    const start = bounds[k]!;
    const end = bounds[k + 1]!;
    if (end <= start) continue;
    const head = HEADING_PREFIX.exec(folded.slice(start, Math.min(end, start + 30)));
    const leadStart = start + (head ? head[0].length : 0);
    const toks = tokenizeWords(folded, leadStart, Math.min(end, leadStart + 60));
    const trig = triggerAt(toks, 0);
    let mode: ClauseMode = trig;
    if (!mode) {
      for (let i = 0; i < Math.min(4, toks.length); i++) if (cueAt(toks, i, IMPLEMENT_CUES)) mode = 'IMPLEMENTS';
    }
    // A clause that opens a table cell ("... thực hiện Luật này). | - Luật Đầu tư ...") starts the cell's own
    // content: it carries on no list of the cell before it.
    if (!trig && prevMode && !/^\s*\|/.test(folded.slice(start, leadStart + 1))) {
      // List continuation: the clause starts with a document kind, possibly after "các"; with "số" and a number
      // after a kind named once ("Căn cứ các Nghị định của Chính phủ: số 63/2010/NĐ-CP ...; số 118/2025/NĐ-CP
      // ..."); or with the law that amended the one before ("...số 58/2010/QH12; được sửa đổi, bổ sung bởi Luật
      // số 52/2019/QH14").
      const at = toks[0]?.w === 'cac' ? 1 : 0;
      const blank = !toks.length;
      if (blank || kindAt(toks, at) || LIST_ITEM_NUMBER.test(folded.slice(leadStart, leadStart + 12)) || AMENDED_BY_OPENING.test(folded.slice(leadStart, leadStart + 40))) mode = prevMode;
    }
    clauses.push({ start, end, leadStart, mode, triggered: trig !== null || (mode === 'IMPLEMENTS' && mode !== prevMode) });
    prevMode = mode;
  }
  return clauses;
}

/** The clause containing `offset` (binary search). */
export function clauseAt(clauses: readonly Clause[], offset: number): Clause | null {
  let lo = 0;
  let hi = clauses.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const c = clauses[mid]!;
    if (offset < c.start) hi = mid - 1;
    else if (offset >= c.end) lo = mid + 1;
    else return c;
  }
  return null;
}
