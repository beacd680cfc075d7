/**
 * The duties article of a functions regulation ("Quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở
 * Tư pháp", a decree on the ministries): "Điều 2. Nhiệm vụ và quyền hạn" lists the body's own duties as items that
 * name no subject ("a) Chủ trì, phối hợp với các cơ quan ... lập và đề xuất ..."). The body the heading names after
 * "của" ("Điều 4. Nhiệm vụ, quyền hạn của bộ"), else the body the regulation's title names, is their subject, as
 * annotators read it (one LEAD per clause, the partners of "phối hợp với" COORDINATE).
 */
import { parseBodyListAt, type BodyParse } from '../bodies';
import { lastWordBefore, skipLabel, tokenAt } from './document';
import type { Actor, TaskDocument, Unit } from './types';

/** The heading as folded words: "nhiệm vụ và quyền hạn", "nhiệm vụ, quyền hạn của bộ". */
const DUTIES_HEADING = /^nhiem vu\s*(?:,|va)\s*quyen han(?:\s+cua\s+(.+))?$/;

/** The regulation's title, up to the owner's name: "chức năng, nhiệm vụ, quyền hạn (và cơ cấu tổ chức) của". */
const REGULATION_TITLE = /chuc\s+nang\s*,\s*nhiem\s+vu\s*,\s*quyen\s+han(?:\s*(?:,|va)\s*co\s+cau\s+to\s+chuc)?\s+cua\s+/g;

/** How far back the regulation's title may be: the decision and its attached regulation's header. */
const TITLE_WINDOW = 12000;

/** The owner of a duties article's items, or null when the title unit `u` is no such heading. */
export function dutiesArticleOwner(doc: TaskDocument, u: Unit): Actor[] | null {
  const k = skipLabel(doc, u.from, u.to);
  const last = lastWordBefore(doc, u.to);
  if (last < k) return null;
  const t = doc.tokens;
  const heading = doc.folded
    .slice(t[k]!.start, t[last]!.end)
    .toLowerCase()
    .replace(/[*_]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  const m = DUTIES_HEADING.exec(heading);
  if (!m) return null;
  if (m[1] !== undefined) return headingOwner(doc, k, last);
  return titleOwner(doc, u.start);
}

/** "... của bộ", "... của Bộ, cơ quan ngang Bộ": the bodies after "của", one each, else the words as written. */
function headingOwner(doc: TaskDocument, k: number, last: number): Actor[] | null {
  const t = doc.tokens;
  let j = k;
  while (j <= last && t[j]!.f !== 'cua') j++;
  if (j >= last) return null;
  const from = j + 1;
  const list = parseBodyListAt(t, from, { bareGeneric: true });
  if (list && (list.to === last + 1 || list.items.length > 1)) {
    // The heading ends the last name: "..., Cơ quan quản lý công chức khác" is read whole.
    const items = list.items.map((p, n) => (n < list.items.length - 1 ? p : { ...p, to: last + 1, end: t[last]!.end, raw: doc.text.slice(p.start, t[last]!.end).replace(/\s+/g, ' ').trim() }));
    return items.map((p) => ({ parse: p, name: p.raw }));
  }
  const raw = doc.text.slice(t[from]!.start, t[last]!.end).replace(/\s+/g, ' ').trim();
  const parse: BodyParse = { from, to: last + 1, start: t[from]!.start, end: t[last]!.end, raw, group: false, bare: false, owner: null, known: false };
  return [{ parse, name: raw }];
}

/**
 * The body the nearest regulation title before `offset` names ("QUY ĐỊNH / CHỨC NĂNG, ... CỦA SỞ TƯ PHÁP", "Ban hành
 * kèm theo Quyết định này Quy định chức năng, ... của Sở Nội vụ"). A decree cited in a Căn cứ ("Nghị định số
 * 25/2025/NĐ-CP ... quy định chức năng, ... của Bộ Y tế") names another body's functions: its sentence holds a number.
 */
function titleOwner(doc: TaskDocument, offset: number): Actor[] | null {
  const from = Math.max(0, offset - TITLE_WINDOW);
  const window = doc.folded.slice(from, offset).toLowerCase();
  let owner: BodyParse | null = null;
  REGULATION_TITLE.lastIndex = 0;
  for (let m = REGULATION_TITLE.exec(window); m; m = REGULATION_TITLE.exec(window)) {
    const before = window.slice(Math.max(0, m.index - 200), m.index);
    const sentence = before.slice(Math.max(before.lastIndexOf('.'), before.lastIndexOf(';'), before.lastIndexOf('\n\n')) + 1);
    if (/\d/.test(sentence)) continue;
    const list = parseBodyListAt(doc.tokens, tokenAt(doc, from + m.index + m[0].length));
    // One named body: "của bộ, cơ quan ngang bộ" (kinds) or a list names no owner of one article.
    if (!list || list.items.length !== 1 || list.items[0]!.group || list.items[0]!.bare) continue;
    // The name as a sentence writes it ("Sở Tư pháp" in the decision's Điều 1) over the title's capitals.
    const p = list.items[0]!;
    if (!owner || !capitals(p.raw) || capitals(owner.raw)) owner = p;
  }
  return owner ? [{ parse: owner, name: asWritten(owner.raw) }] : null;
}

function capitals(raw: string): boolean {
  return raw === raw.toUpperCase();
}

/** A title's name in capitals ("SỞ TƯ PHÁP") written as a name ("Sở tư pháp"): capitals read as abbreviations ("TƯ"). */
function asWritten(raw: string): string {
  if (!capitals(raw)) return raw;
  const lower = raw.toLowerCase();
  return lower.charAt(0).toUpperCase() + lower.slice(1);
}
