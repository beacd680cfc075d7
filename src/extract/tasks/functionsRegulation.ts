/**
 * Functions regulations: a "Quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Tư pháp" (or a
 * decree on those "của bộ, cơ quan ngang bộ") lists the regulated body's own duties in an article headed
 * "Nhiệm vụ và quyền hạn" / "Nhiệm vụ, quyền hạn của bộ", item after item without a subject ("Trình Ủy ban nhân
 * dân tỉnh ...", "Chủ trì, phối hợp với ...", "Theo dõi, đôn đốc, kiểm tra ..."). That body is the actor of the
 * article's items, as if the heading named it; the other articles (position, structure) assign nothing here.
 */
import { parseBodyAt, type BodyParse } from '../bodies';
import { foldKeepLength } from '../folding';
import { tokenAt } from './document';
import type { Actor, RoleFinding, SectionActors, TaskDocument } from './types';

/** The duties article's heading, folded: "nhiệm vụ và quyền hạn", "nhiệm vụ, quyền hạn của bộ". */
const DUTIES_ARTICLE = /^nhiem vu\s*(?:,|va)\s*quyen han(?:\s+cua\s+(.+))?$/;

/** The regulation's title naming the body whose functions it sets ("... quyền hạn và cơ cấu tổ chức của"). */
const REGULATED_BODY = /chuc nang\s*,\s*nhiem vu\s*,\s*quyen han(?:\s*,?\s*(?:va\s+)?co cau to chuc)?\s+cua\s+([^\n*(;]+)/g;

/** Words of a regulated body's name at most: a longer match is a sentence, not a title. */
const NAME_WORDS = 12;

/** Set the regulated body as the actor of each duties article of a functions regulation; returns those actors. */
export function functionsArticleActors(doc: TaskDocument, actors: SectionActors): Set<Actor> {
  const out = new Set<Actor>();
  for (const s of doc.sections) {
    if (s.parentPath || actors.heading.has(s.path)) continue;
    // Markdown emphasis and a closing colon are no part of the heading's words.
    const heading = foldKeepLength((s.heading ?? '').replace(/[^\p{L}\p{N}]+$/u, '').replace(/\s+/g, ' ').trim()).toLowerCase();
    const m = DUTIES_ARTICLE.exec(heading);
    if (!m) continue;
    const actor = m[1] ? kindActor(doc, s.start, s.end, m[1]) : regulatedBody(doc, s.start, s.end);
    if (!actor) continue;
    const placed = atHeading(doc, actor, s.start, s.end);
    actors.heading.set(s.path, [placed]);
    out.add(placed);
  }
  return out;
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
  const words = title[1]!.replace(/[^\p{L}\p{N}\s]/gu, ' ').trim().split(/\s+/);
  if (words.length === 0 || words.length > NAME_WORDS) return null;
  const after = tokenAt(doc, title.index + title[0].length);
  const at = findWords(doc, after, tokenAt(doc, to), words, true);
  return at < 0 ? null : parsedAt(doc, at, words.length);
}

/** The body parsed at `at` when it covers the `n` words found there. */
function parsedAt(doc: TaskDocument, at: number, n: number): Actor | null {
  const p = parseBodyAt(doc.tokens, at);
  if (!p || p.bare || p.to < at + n) return null;
  return { parse: p, name: p.raw };
}

/** First token in [from, to) where `words` (folded) are written in a row; `mixedCase`: not in capitals. */
function findWords(doc: TaskDocument, from: number, to: number, words: readonly string[], mixedCase = false): number {
  const t = doc.tokens;
  outer: for (let k = from; k + words.length <= to; k++) {
    for (let n = 0; n < words.length; n++) if (t[k + n]?.f !== words[n]) continue outer;
    if (mixedCase && words.length > 1 && t.slice(k, k + words.length).every((x) => x.upper)) continue;
    return k;
  }
  return -1;
}
