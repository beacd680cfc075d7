/**
 * Functions regulations: a "Quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Tư pháp" (or a
 * decree on those "của bộ, cơ quan ngang bộ") lists the regulated body's own duties in an article headed
 * "Nhiệm vụ và quyền hạn" / "Nhiệm vụ, quyền hạn của bộ", item after item without a subject ("Trình Ủy ban nhân
 * dân tỉnh ...", "Chủ trì, phối hợp với ...", "Theo dõi, đôn đốc, kiểm tra ..."). That body is the actor of the
 * article's items, as if the heading named it; the other articles (position, structure) assign nothing here.
 */
import { parseBodyAt, resolveBody, type BodyParse } from '../bodies';
import { foldKeepLength } from '../folding';
import { exactWordsAt } from '../vocabulary';
import { tokenAt, wordsReading } from './document';
import type { Section } from '../types';
import type { Actor, RoleFinding, SectionActors, TaskDocument } from './types';

/** The duties article's heading, folded: "nhiệm vụ và quyền hạn", "nhiệm vụ, quyền hạn của bộ". */
const DUTIES_ARTICLE = /^nhiem vu\s*(?:,|va)\s*quyen han(?:\s+cua\s+(.+))?$/;

/** The regulation's title naming the body whose functions it sets ("... quyền hạn và cơ cấu tổ chức của"). */
const REGULATED_BODY = /chuc nang\s*,\s*nhiem vu\s*,\s*quyen han(?:\s*,?\s*(?:va\s+)?co cau to chuc)?\s+cua\s+([^*(;]{1,160})/g;

/** Words of a regulated body's name at most: a longer match is a sentence, not a title. */
const NAME_WORDS = 12;

/** A functions regulation's articles as read: the body it regulates and the articles that speak only of it. */
export interface Regulation {
  /** The regulated body, the actor of the duties article. */
  owners: Set<Actor>;
  /** Articles (section paths) of the regulation, with the owner's body key; `duties` for the duties article. */
  articles: { path: string; owner: string; duties: boolean }[];
}

/**
 * Position and structure articles of a functions regulation ("Vị trí và chức năng", "Cơ cấu tổ chức", "Nguyên tắc tổ
 * chức và hoạt động", the kinds of a ministry's units: "Vụ thuộc bộ", "Cục thuộc bộ").
 */
const DESCRIPTIVE_ARTICLE = /^(vi tri\s*(,|va)\s*chuc nang|co cau to chuc|nguyen tac to chuc)\b|^\S+ thuoc bo$/;

/**
 * Set the regulated body as the actor of each duties article of a functions regulation. The regulation's position
 * and structure articles are returned with it: they describe, they assign nothing to other bodies.
 */
export function functionsArticleActors(doc: TaskDocument, actors: SectionActors): Regulation {
  const out: Regulation = { owners: new Set(), articles: [] };
  for (const s of doc.sections) {
    if (!isArticle(s) || actors.heading.has(s.path)) continue;
    const m = DUTIES_ARTICLE.exec(headingOf(s));
    if (!m) continue;
    const actor = m[1] ? kindActor(doc, s.start, s.end, m[1]) : regulatedBody(doc, s.start, s.end);
    if (!actor) continue;
    const placed = atHeading(doc, actor, s.start, s.end);
    actors.heading.set(s.path, [placed]);
    out.owners.add(placed);
    out.articles.push({ path: s.path, owner: resolveBody(placed.name, doc.jurisdiction).key, duties: true });
  }
  // Exports do not always keep the attached regulation's numbering apart from the decision's: any such article,
  // once, under the first regulated body (a regulation describes one body's position and structure).
  const first = out.articles[0];
  if (first) {
    for (const o of doc.sections) {
      if (isArticle(o) && DESCRIPTIVE_ARTICLE.test(headingOf(o))) out.articles.push({ path: o.path, owner: first.owner, duties: false });
    }
  }
  return out;
}

/**
 * Findings a functions regulation does not make: in its duties article, another body's own LEAD or SUPERVISE (the
 * Sở's power "yêu cầu Đoàn Luật sư cung cấp thông tin" is the Sở's, not the Đoàn's); in its position and structure
 * articles, any role of another body ("Các đơn vị sự nghiệp công lập trực thuộc: ..."). Partners keep COORDINATE.
 */
export function withinRegulation(doc: TaskDocument, findings: readonly RoleFinding[], reg: Regulation): RoleFinding[] {
  if (reg.articles.length === 0) return [...findings];
  return findings.filter((f) => {
    const path = f.unit.section?.path;
    if (path === undefined) return true;
    const article = reg.articles.find((a) => path === a.path || path.startsWith(`${a.path}.`));
    if (!article || (article.duties && f.role === 'COORDINATE')) return true;
    return resolveBody(f.actor.name, doc.jurisdiction).key === article.owner;
  });
}

/** An article ("Điều 4"), at the top or inside a chapter. */
function isArticle(s: Section): boolean {
  return /^(dieu|điều)\s*\d+$/iu.test(s.label.trim());
}

/** A section's heading folded, without markdown emphasis or a closing colon. */
function headingOf(s: Section): string {
  return wordsReading((s.heading ?? '').replace(/[^\p{L}\p{N}]+$/u, '').replace(/\s+/g, ' ').trim());
}

/**
 * The actor placed at the article's heading ("Nhiệm vụ và quyền hạn"), its name kept: its duties are cited from
 * there, not from the title or the position article the name was read in.
 */
function atHeading(doc: TaskDocument, a: Actor, from: number, to: number): Actor {
  const at = findWords(doc, tokenAt(doc, from), tokenAt(doc, to), ['nhiem', 'vu']);
  if (at < 0) return a;
  let last = at + 1;
  for (let k = at + 2; k < at + 6 && k < doc.tokens.length; k++) if (doc.tokens[k]!.f === 'han') last = k;
  const t = doc.tokens;
  return { name: a.name, parse: { ...a.parse, from: at, to: last + 1, start: t[at]!.start, end: t[last]!.end } };
}

/**
 * The regulated body leads every duty of its own list: "Phối hợp với cơ quan bảo hiểm xã hội ..." makes only the
 * partner COORDINATE (annotators' convention for functions regulations), so the body's own COORDINATE goes.
 */
export function withoutOwnCoordination(findings: readonly RoleFinding[], owners: ReadonlySet<Actor>): RoleFinding[] {
  return owners.size === 0 ? [...findings] : findings.filter((f) => !(f.role === 'COORDINATE' && owners.has(f.actor)));
}

/**
 * "Nhiệm vụ, quyền hạn của bộ": a regulation for every body of a kind speaks of each as "bộ"; annotators name
 * the kind as a group ("các bộ"). A named body after "của" ("của Sở Xây dựng") is read as written.
 */
function kindActor(doc: TaskDocument, from: number, to: number, owner: string): Actor | null {
  const words = owner.split(/\s+/);
  if (words.length > NAME_WORDS) return null;
  const at = findWords(doc, tokenAt(doc, from), tokenAt(doc, to), words);
  if (at < 0) return null;
  const t = doc.tokens;
  if (t[at]!.cap) return parsedAt(doc, at, words.length);
  // Only a kind in lower case, not a description ("của các cơ quan, đơn vị").
  if (words.length > 3 || t.slice(at, at + words.length).some((x) => !x.word)) return null;
  const last = t[at + words.length - 1]!;
  const written = doc.text.slice(t[at]!.start, last.end);
  const parse: BodyParse = { from: at, to: at + words.length, start: t[at]!.start, end: last.end, raw: written, group: true, bare: false, owner: null, known: true };
  return { parse, name: `các ${written}` };
}

/**
 * The body the regulation's title names ("... CƠ CẤU TỔ CHỨC CỦA SỞ TƯ PHÁP"), as the text writes it in its
 * own case ("1. Sở Tư pháp là cơ quan chuyên môn ..."): the title nearest before the article, and the first
 * mention of the same words in ordinary case after it. Null when the text never writes the name so.
 */
function regulatedBody(doc: TaskDocument, from: number, to: number): Actor | null {
  const folded = doc.folded.slice(0, from).toLowerCase();
  let title: RegExpExecArray | null = null;
  REGULATED_BODY.lastIndex = 0;
  for (let m = REGULATED_BODY.exec(folded); m; m = REGULATED_BODY.exec(folded)) title = m;
  if (!title) return null;
  // A title wraps ("... CỦA SỞ TƯ" / "PHÁP") and may run on ("SỞ NỘI VỤ" / "TỈNH HÀ TĨNH"): up to a blank line, then
  // the longest start of it the text writes in ordinary case.
  const words = title[1]!.split(/\n\s*\n/)[0]!.replace(/[^\p{L}\p{N}\s]/gu, ' ').trim().split(/\s+/).slice(0, NAME_WORDS);
  const after = tokenAt(doc, title.index + title[0].length);
  for (let n = words.length; n >= 2; n--) {
    const at = findWords(doc, after, tokenAt(doc, to), words.slice(0, n), true);
    if (at < 0) continue;
    const p = parseBodyAt(doc.tokens, at);
    return p && !p.bare && p.to >= at + n ? { parse: p, name: p.raw } : null;
  }
  return null;
}

/**
 * The body parsed at `at` when it covers the `n` words found there, cut to them: a heading "Nhiệm vụ, quyền hạn của
 * Bộ Nội vụ" followed by "Bộ Nội vụ chịu trách nhiệm ..." names the body once.
 */
function parsedAt(doc: TaskDocument, at: number, n: number): Actor | null {
  const p = parseBodyAt(doc.tokens, at);
  if (!p || p.bare || p.to < at + n) return null;
  if (p.to === at + n) return { parse: p, name: p.raw };
  const t = doc.tokens;
  const raw = doc.text.slice(t[at]!.start, t[at + n - 1]!.end).replace(/\s+/g, ' ').trim();
  return { parse: { ...p, to: at + n, end: t[at + n - 1]!.end, raw }, name: raw };
}

/** First token in [from, to) where `words` (folded) are written in a row; `mixedCase`: not in capitals. */
function findWords(doc: TaskDocument, from: number, to: number, words: readonly string[], mixedCase = false): number {
  const t = doc.tokens;
  for (let k = from; k + words.length <= to; k++) {
    if (!exactWordsAt(t, k, words)) continue;
    if (mixedCase && words.length > 1 && t.slice(k, k + words.length).every((x) => x.upper)) continue;
    return k;
  }
  return -1;
}
