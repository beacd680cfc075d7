/**
 * Decrees and circulars (Nghị định, Thông tư) are rules for whoever they bind: a recruitment or discipline procedure
 * says what "cơ quan có thẩm quyền", "Hội đồng", "cơ quan, tổ chức, đơn vị nơi cán bộ, công chức làm việc" do, and
 * annotators give those actors no duty, even where they "có trách nhiệm" (the gold convention for a decree's
 * discipline procedure, a circular's rules for the operators it licenses, a circular's rules for a survey). Duties
 * are given in the articles whose heading speaks of them ("Trách nhiệm của Bộ X", "Tổ chức thực hiện", "Điều khoản
 * thi hành", "Nhiệm vụ, quyền hạn", "Phân cấp", "Quản lý nhà nước", "Điều khoản chuyển tiếp"). So in the other
 * articles of such a text a kind of body gives nothing, unless it partners a named body's duty there; named bodies
 * ("Bộ Nội vụ thẩm định") and the levels of the state ("Ủy ban nhân dân cấp tỉnh", "các bộ") keep theirs.
 * A regulation issued with a decision (its annex opens with "QUY CHẾ" or "QUY ĐỊNH") is read so too ("Điều 18. Tiếp
 * nhận phản ánh, kiến nghị: 1. Các cơ quan thực hiện TTHC công khai địa chỉ ..."), except that a duty it writes "có
 * trách nhiệm" stays one there (the lead's Q1 of 2026-12-07).
 */
import { fold } from '../folding';
import { foldedHeading } from './document';
import type { Section } from '../types';
import { regulationStart } from './roleNamedActors';
import type { RoleFinding, TaskDocument } from './types';
import words from './clauseWords.json';

const NORMATIVE_KINDS: ReadonlySet<string> = new Set(words.normativeKinds);
// Delegation articles ("Thẩm quyền ...", "Phân cấp ...") give their powers as duties (phân cấp convention).
const DUTY_ARTICLE_WORDS: readonly string[] = [...words.normativeDutyArticles, ...words.delegationHeadings].map((w) => fold(w).toLowerCase());
const RULE_ARTICLE_OPENERS: readonly string[] = words.normativeRuleArticles.map((w) => fold(w).toLowerCase());
const LEVEL_BODIES: readonly string[] = words.normativeLevelBodies.map((w) => fold(w).toLowerCase());

/** The findings a decree's or circular's rules articles do not make: kinds of bodies named by their part in a rule. */
export function withoutRuleActors(doc: TaskDocument, findings: readonly RoleFinding[]): RoleFinding[] {
  // Any text's article of principles ("Điều 4. Nguyên tắc quản lý ..." of a Quy chế issued with a decision) states
  // rules for whom they bind ("Các cơ quan, tổ chức, cá nhân cung cấp thông tin chịu trách nhiệm về tính chính
  // xác ..."); a decree's or circular's other articles without a duty heading do too.
  const normative = !!doc.kind && NORMATIVE_KINDS.has(doc.kind);
  // The regulation's title is looked for once, and only when a kind of body outside a decree or circular is read.
  let attached: number | null = null;
  const inAttached = (f: RoleFinding): boolean => (attached ??= regulationStart(doc)) >= 0 && f.unit.start >= attached;
  const article = (f: RoleFinding): boolean =>
    normative
      ? inRulesArticle(doc, f.unit.section)
      : inPrinciplesArticle(doc, f.unit.section) || (inAttached(f) && inRulesArticle(doc, f.unit.section) && !ownDuty(doc, f));
  const ruled = (f: RoleFinding): boolean => f.actor.parse.group && !levelBody(f.actor.name) && article(f);
  // A named body's duty in the unit keeps its partners ("Bộ Công an chủ trì, phối hợp với cơ quan có liên quan").
  const named = new Set(findings.filter((f) => !ruled(f)).map((f) => f.unit));
  return findings.filter((f) => !ruled(f) || named.has(f.unit));
}

/** "X có trách nhiệm ...": a duty the text gives as such (Q1 of the gold), not a rule's part. */
function ownDuty(doc: TaskDocument, f: RoleFinding): boolean {
  return OWN_DUTY.test(doc.folded.slice(f.unit.start, f.unit.end).toLowerCase());
}
const OWN_DUTY = new RegExp(`\\b(${words.writtenDuties.map((w) => fold(w).toLowerCase()).join('|')})\\b`);

/**
 * Whether `s` lies in an article ("Điều N") whose heading, and its chapter's, speaks of no duty; an article of
 * principles ("Nguyên tắc phân cấp") is one of rules whatever it speaks of. A clause's own words ("5. Cơ quan ...
 * thực hiện nhiệm vụ được phân cấp") are no heading.
 */
function inRulesArticle(doc: TaskDocument, s: Section | null): boolean {
  let cur = articleOf(doc, s);
  if (!cur) return false;
  if (inPrinciplesArticle(doc, cur)) return true;
  for (; cur; cur = cur.parentPath ? (doc.byPath.get(cur.parentPath) ?? null) : null) {
    const h = headingWords(doc, cur);
    if (DUTY_ARTICLE_WORDS.some((w) => h.includes(w))) return false;
  }
  return true;
}

/** The article ("Điều N") `s` lies in, if any. */
function articleOf(doc: TaskDocument, s: Section | null): Section | null {
  let cur = s;
  while (cur && !ARTICLE_LABEL.test(cur.label.trim())) cur = cur.parentPath ? (doc.byPath.get(cur.parentPath) ?? null) : null;
  return cur;
}

/** Whether `s` lies in an article whose heading opens with a rules word ("Nguyên tắc ..."). */
function inPrinciplesArticle(doc: TaskDocument, s: Section | null): boolean {
  const a = articleOf(doc, s);
  return !!a && RULE_ARTICLE_OPENERS.some((w) => headingWords(doc, a).startsWith(w));
}

const ARTICLE_LABEL = /^(dieu|điều)\s*\d+$/iu;

/** A section's heading folded to its words, one space apart. */
function headingWords(doc: TaskDocument, s: Section): string {
  return foldedHeading(doc, s).replace(/[^a-z0-9\s]/g, ' ').replace(/\s+/g, ' ').trim();
}

/** A level of the state named by its kind ("Ủy ban nhân dân cấp tỉnh", "các bộ"): a body, not a part in a rule. */
function levelBody(name: string): boolean {
  const n = fold(name).toLowerCase().trim();
  return LEVEL_BODIES.some((w) => n === w || n.startsWith(`${w} `));
}

/**
 * "Điều 15. Trách nhiệm của Bộ trưởng", "Bộ trưởng quyết định ...": a minister written without a ministry is the
 * issuing ministry in a ministry's own text (in a circular of the Bộ Tư pháp, "Bộ Tư pháp") and ministers in
 * general in the Government's ("các Bộ", as the decrees' gold records them); elsewhere it stays as written.
 */
export function withMinistersNamed(doc: TaskDocument, findings: readonly RoleFinding[]): RoleFinding[] {
  const issuer = doc.issuer ?? '';
  const folded = fold(issuer).toLowerCase();
  const ministry = folded.startsWith(`${MINISTRY_ISSUER} `);
  const name = ministry ? issuer : GOVERNMENT_ISSUERS.has(folded) ? words.ministers.inGeneral : null;
  if (!name) return [...findings];
  const renamed = new Map<RoleFinding['actor'], RoleFinding['actor']>();
  // Findings repeat their actors' names: each name is folded once.
  const ministers = new Map<string, boolean>();
  const minister = (n: string): boolean => ministers.get(n) ?? ministers.set(n, MINISTER.has(fold(n).toLowerCase().trim())).get(n)!;
  return findings.map((f) => {
    if (!minister(f.actor.name)) return f;
    let actor = renamed.get(f.actor);
    if (!actor) {
      actor = { name, parse: { ...f.actor.parse, raw: name, group: !ministry } };
      renamed.set(f.actor, actor);
    }
    return { ...f, actor };
  });
}

const MINISTER: ReadonlySet<string> = new Set(words.ministers.titles.map((w) => fold(w).toLowerCase()));
const GOVERNMENT_ISSUERS: ReadonlySet<string> = new Set(words.ministers.governmentIssuers.map((w) => fold(w).toLowerCase()));
/** The first word of a ministry's name ("Bộ Tư pháp"): its texts' ministers are that ministry. */
const MINISTRY_ISSUER = fold(words.ministers.ministryIssuer).toLowerCase();

