/**
 * Paragraphs that announce the duties listed after them: "Để ..., thành phố Đà Nẵng cần tập trung thực hiện
 * tốt một số nhiệm vụ, giải pháp sau đây:". What follows sets duties even under a heading that assesses
 * ("I. ĐÁNH GIÁ CHUNG").
 */
import { foldPartOnce } from '../folding';
import { escapeRegExp } from '../../text/regex';
import { isWhitespace } from '../../text/whitespace';
import { isAssessment } from './document';
import { ACT_FORMULA, ANNOUNCEMENT_LIST_WORDS, ANNOUNCEMENT_MODALS } from './phrases';
import type { TaskDocument, Unit } from './types';

const MODAL = new RegExp(`\\b(${ANNOUNCEMENT_MODALS.join('|')})\\b`);
const LIST_WORDS = new RegExp(`\\b(${ANNOUNCEMENT_LIST_WORDS.join('|')})\\b`);

/** Whether unit `u` announces a list of duties. */
export function announcesDuties(doc: TaskDocument, u: Unit): boolean {
  if (u.title || u.row) return false;
  // Asked of every unit, and only one ending with a colon announces: its last character is read in place.
  let end = Math.min(u.end, doc.text.length);
  while (end > u.start && isWhitespace(doc.text.charCodeAt(end - 1))) end--;
  if (end <= u.start || doc.text.charCodeAt(end - 1) !== 0x3a) return false;
  const raw = doc.text.slice(u.start, end);
  const f = foldPartOnce(raw).toLowerCase();
  return MODAL.test(f) && LIST_WORDS.test(f) && !/\bban hanh\b/.test(f);
}

/**
 * Units that assess the past rather than set duties: under an assessment heading, unless a paragraph of
 * the same top-level part announced duties before them.
 */
export function assessmentUnits(doc: TaskDocument, units: readonly Unit[]): Set<Unit> {
  const announcedAt = new Map<string, number>();
  for (const u of units) {
    const root = rootPath(doc, u);
    if (root !== null && !announcedAt.has(root) && announcesDuties(doc, u)) announcedAt.set(root, u.start);
  }
  const out = new Set<Unit>();
  for (const u of units) {
    if (!isAssessment(doc, u.section) || closesToAct(doc, u)) continue;
    const at = announcedAt.get(rootPath(doc, u) ?? '');
    if (at === undefined || u.start < at) out.add(u);
  }
  return out;
}

/**
 * "Thông báo này có hiệu lực kể từ ngày ban hành. Cục trưởng Cục Hải quan thông báo để Công ty ... biết và thực
 * hiện./.": the document's closing, telling its addressees to act, even when it runs on from the last part's text
 * under an assessing heading ("3. Kết quả xác định trước mã số").
 */
function closesToAct(doc: TaskDocument, u: Unit): boolean {
  return CLOSING_TO_ACT.test(doc.folded.slice(u.start, u.end).toLowerCase());
}

/** "để <addressees> biết (và|,) thực hiện./." (folded), the formula's words from clauseWords.json. */
const CLOSING_TO_ACT = new RegExp(
  `\\bde\\s[^.;]{1,200}?\\b${escapeRegExp(ACT_FORMULA.informed)}(${ACT_FORMULA.joiners.map((w) => (/\w/.test(w) ? `\\s+${escapeRegExp(w)}` : escapeRegExp(w))).join('|')})?` +
    `\\s+${ACT_FORMULA.act.map(escapeRegExp).join('\\s+')}\\s*\\.\\s*\\/\\s*\\.`,
);

function rootPath(doc: TaskDocument, u: Unit): string | null {
  let s = u.section;
  while (s?.parentPath) s = doc.byPath.get(s.parentPath) ?? null;
  return s ? s.path : null;
}
