/**
 * Tasks and assignments: who is told to do what, where in the document. The stages, in order:
 *
 * 1. document.ts  — tokenize the text once and index its sections (`TaskDocument`);
 *    tables.ts    — find task tables (header row with "Cơ quan chủ trì", "Cơ quan phối hợp", ...);
 * 2. blocks.ts    — cut the body into task blocks (`Unit`): paragraphs, list items, table rows; headings
 *                   that do not end a sentence are titles;
 * 3. headings.ts  — titles that name bodies ("2.8. Sở Tư pháp") give their section its actors;
 *    clauses.ts   — each unit's clause events: subjects with predicates, "Giao / Đề nghị / Yêu cầu X";
 * 4. roles.ts     — (actor, role) findings: LEAD / COORDINATE / SUPERVISE from the verbs, or the columns;
 * 5. bodyRegistry.ts — resolve each actor to its canonical body within its jurisdiction;
 * 6. output.ts    — tasks (deadlines, targets, carried-out documents) and assignments.
 *
 * Assignments are cited at the numbered level ("IV.1", "Điều 1.3"): "(1)" and "a)" items fold into it; a
 * closing sentence ("... triển khai thực hiện Kế hoạch này./.") is cited at its top-level part.
 */
import { bodyMentionLists } from '../bodies';
import { fold } from '../folding';
import { exactWordsAt, longestMatch, type Token } from '../vocabulary';
import { ASSIGN_TRIGGERS, DE_NOUNS, DIRECT_TRIGGER, FRONTED } from './phrases';
import type { Assignment, Body, DocumentKind, DocumentReference, Jurisdiction, Section, Task } from '../types';
import { taskBlocks } from './blocks';
import { definesBody } from './bodyDefinitions';
import { BodyRegistry } from './bodyRegistry';
import { clauseEvents } from './clauses';
import { assessmentUnits } from './announcements';
import { withoutQuotedProvisions } from './quotedProvisions';
import { endsInColon, endsSentence, readTaskDocument, skipLabel } from './document';
import { preferItemSubjects, sectionActorsOf, titleActors } from './headings';
import { buildAssignments, buildTasks } from './output';
import { rowRoles, unitRoles } from './roles';
import { findTaskTables } from './tables';
import { functionsArticleActors, withinRegulation, withoutOwnCoordination } from './functionsRegulation';
import { withoutAdvisedAddressee } from './privateParties';
import { withoutInspectionTeams } from './committeeOffices';
import { withoutRestatedAddressees } from './letterClosing';
import { withoutOwnersCoordination } from './ownersCoordination';
import { withoutRepliedOfficeCoordination } from './repliedOffice';
import { withMinistersNamed, withoutRuleActors } from './normativeRules';
import { withoutRoleNamedActors } from './roleNamedActors';
import type { Actor, ClauseEvent, RoleFinding, SectionActors, TaskDocument, Unit } from './types';

export interface TaskContext {
  /** Jurisdiction of the document being read: bodies named without a province belong to it. */
  jurisdiction: Jurisdiction | null;
  /** The issuing body identity read, if any: a power it keeps for itself is not one it gives. */
  issuer?: string | null;
  /** The document's kind as identity read it: decrees and circulars bind whom their rules name (normativeRules.ts). */
  kind?: DocumentKind | null;
  /** The document's title as identity read it: a national text about one province names it there (addressedPlace.ts). */
  title?: string | null;
  /** References already extracted, so a task can say which documents it carries out. */
  references: readonly DocumentReference[];
  /**
   * The text as written when `text` is a reading of it with the same offsets (wraps joined, stray marks dropped):
   * task texts, duties and evidence show it. `text` itself when absent.
   */
  shown?: string;
}

export interface TaskExtraction {
  tasks: Task[];
  assignments: Assignment[];
  bodies: Body[];
}

/** Tasks, their responsible bodies (resolved to canonical bodies) and assignments. `text` is NFC. */
export function extractTasks(text: string, sections: readonly Section[], ctx: TaskContext): TaskExtraction {
  const doc = readTaskDocument(text, sections, ctx, ctx.shown ?? text);
  const units = taskBlocks(doc, findTaskTables(text));
  const actors: SectionActors = { heading: new Map(), intro: new Map() };
  for (const u of units) if (u.title && u.section) titleActors(doc, actors, u);
  const regulated = functionsArticleActors(doc, actors);
  const events = new Map<Unit, ClauseEvent[]>();
  for (const u of units) if (!u.title && !u.row) events.set(u, clauseEvents(doc, sectionActorsOf(doc, actors, u.section), u));
  preferItemSubjects(doc, actors, units, events);

  const assessed = assessmentUnits(doc, units);
  const { tasks, taskOf } = buildTasks(doc, units, assessed);
  let findings: RoleFinding[] = [];
  const items = new Map<string, ItemSubject>();
  for (const u of units) {
    if (u.title || assessed.has(u)) continue;
    if (u.row) {
      findings.push(...rowRoles(doc, u));
      continue;
    }
    // Before the first section only what someone is told to do counts, not what the issuer says it does.
    const all = events.get(u) ?? [];
    const evs = !u.section && doc.sections.length > 0 ? all.filter((e) => e.assigned) : all;
    const scope = actorsOfUnit(doc, actors, items, u);
    findings.push(...unitRoles(doc, u, evs, scope));
    const intro = evs.find((e) => e.intro && e.actors.length > 0);
    if (intro && u.section) actors.intro.set(u.section.path, intro.actors);
    const subject = itemSubject(doc, u, evs);
    if (subject && u.section) items.set(u.section.path, { actors: subject, announces: endsInColon(doc, u) });
    // "3. Quỹ ... hoạt động theo nguyên tắc sau đây:" under the fund's heading: its points (principles, sources,
    // members) describe the body as the item does, so they are nobody's duties.
    else if (u.section && scope.length > 0 && opensSection(doc, u.section, u) && endsInColon(doc, u) && definesBody(doc, skipLabel(doc, u.from, u.to), u.to, scope)) {
      items.set(u.section.path, { actors: [], announces: true });
    }
  }
  findings = withoutOwnersCoordination(doc, findings, itemOwners(doc, actors, items));
  findings = withinRegulation(doc, withoutOwnCoordination(findings, regulated.owners), regulated);
  findings = withoutRestatedAddressees(doc, withoutInspectionTeams(withoutAdvisedAddressee(doc, findings)));
  findings = withoutRepliedOfficeCoordination(doc, findings);
  findings = withMinistersNamed(doc, withoutRoleNamedActors(doc, withoutRuleActors(doc, withoutQuotedProvisions(doc, findings))));
  findings.push(...headingLeads(doc, actors, findings));
  const registry = new BodyRegistry(doc.jurisdiction, doc.text, doc.shown);
  const mentions = bodyMentionLists(doc.tokens);
  for (const m of mentions.known) registry.note(m.raw, m);
  const assignments = buildAssignments(doc, findings, registry, taskOf, mentions.all);
  return { tasks, assignments, bodies: registry.all() };
}

/**
 * The bodies a unit's text acts for before it names its own subject: its section's heading or intro, else the
 * subject of its item's opening paragraph ("(1) Bộ Y tế chỉ đạo ..." then "- Chủ trì, phối hợp với Bộ Tài chính
 * ...": the bullets continue Bộ Y tế's duties), else an ancestor's heading.
 */
function actorsOfUnit(doc: TaskDocument, actors: SectionActors, items: ReadonlyMap<string, ItemSubject>, u: Unit): Actor[] {
  // "Điều 16. Trách nhiệm của UBND Thành phố và cơ quan ..." / "2. Ban Quản lý ... có trách nhiệm:" / "a) Chủ trì
  // ...": the nearest level that names a subject speaks for the point, not the article's heading above it.
  // Only an item that announces its points ("... có trách nhiệm:") speaks for the points below it.
  return sectionActorsOf(doc, actors, u.section, (cur) => {
    const own = items.get(cur.path);
    return cur === u.section || own?.announces ? own?.actors : undefined;
  });
}

/**
 * The bodies that own an item's points: named by a heading ("2. Sở Nội vụ") or by the item's opening ("3. Ngân hàng
 * Nhà nước chi nhánh khu vực 14 a) Chỉ đạo ..."). Not a body the issuer only requests ("6. Đề nghị Ủy ban MTTQ
 * tỉnh": it coordinates, it is not directed).
 */
function itemOwners(doc: TaskDocument, actors: SectionActors, items: ReadonlyMap<string, ItemSubject>): Set<Actor> {
  const out = new Set<Actor>();
  for (const list of [...actors.heading.values(), ...[...items.values()].map((i) => i.actors)]) {
    for (const a of list) if (!requested(doc, a.parse.from)) out.add(a);
  }
  return out;
}

/** An item's opening subject, and whether the item ends in a colon announcing its points. */
interface ItemSubject {
  actors: Actor[];
  announces: boolean;
}

/**
 * The subject an item's opening paragraph names in its first words ("(1) Bộ Y tế chỉ đạo ..."): the item's
 * later paragraphs and bullets continue it. Not a closing formula, nor bodies only told of the document.
 */
function itemSubject(doc: TaskDocument, u: Unit, evs: readonly ClauseEvent[]): Actor[] | null {
  if (!u.section || !opensSection(doc, u.section, u)) return null;
  const first = evs[0];
  if (!first || !first.explicit || first.silent || first.intro || first.fixedRole || first.actors.length === 0) return null;
  // "Sở X chỉ đạo Chi cục Y thực hiện các nội dung sau:": the list it announces is Y's, not X's.
  if (endsInColon(doc, u) && (evs.some((e) => e !== first && (e.directed || e.assigned)) || directsOthers(doc, first.predAt, u.to))) return null;
  const start = skipLabel(doc, u.from, u.to);
  return first.at === start || frontedBefore(doc, start, first.at) ? first.actors : null;
}

/**
 * "5. Để nâng cao hiệu lực ..., các Sở, ngành, UBND cấp xã ... triển khai thực hiện những nội dung sau:": a fronted
 * purpose or basis ending in a comma right before the subject, within the item's first sentence.
 */
function frontedBefore(doc: TaskDocument, start: number, at: number): boolean {
  const t = doc.tokens;
  if (at <= start || t[at - 1]?.raw !== ',' || !frontedAt(t, start)) return false;
  for (let k = start; k < at; k++) if (endsSentence(doc, k) || t[k]!.raw === ';') return false;
  return true;
}

/**
 * A fronted opener at `i` ("Để", "Căn cứ", "Trên cơ sở"), read on the folded words so a mark OCR lost or changed
 * ("Dể", "Đế") still reads; a folded "de" that is "Đề" (written with its grave accent, or a noun after it: "Đề
 * nghị", "Đề án") opens no purpose. "Để" written as such is the purpose whatever follows ("Để thi hành", "Để cập
 * nhật": "thi" and "cập" are among the nouns only a damaged spelling is told by).
 */
function frontedAt(t: readonly Token[], i: number): boolean {
  const p = FRONTED.find((x) => exactWordsAt(t, i, x.words));
  if (!p) return false;
  if (p.words.length !== 1 || p.words[0] !== 'de') return true;
  const raw = t[i]!.raw.normalize('NFC').toLowerCase();
  return raw === PURPOSE_DE || (!/ề/.test(raw) && !DE_NOUNS.has(t[i + 1]?.f ?? ''));
}

/** The fronted purpose's "Để" as written, lower case (FRONTED's display of the folded "de"). */
const PURPOSE_DE = FRONTED.find((x) => x.words.length === 1 && x.words[0] === 'de')?.display.normalize('NFC').toLowerCase() ?? '';

/**
 * The unit opens its section: it starts it, or only the section's bare label stands before it ("**Điều 32.**" on its
 * own line, then "Ủy ban kiểm tra các cấp có nhiệm vụ:", as charters and regulations are exported).
 */
function opensSection(doc: TaskDocument, s: Section, u: Unit): boolean {
  if (u.start === s.start) return true;
  if (s.heading && /\p{L}/u.test(s.heading)) return false;
  const bare = (x: string): string => fold(x).toLowerCase().replace(/[^a-z0-9]/g, '');
  return bare(doc.text.slice(s.start, u.start)) === bare(s.label);
}

const DIRECTING = [DIRECT_TRIGGER, ...ASSIGN_TRIGGERS];

/** "chỉ đạo" or an assignment trigger ("giao", "yêu cầu") as written in [from, to): the speaker hands duties on. */
function directsOthers(doc: TaskDocument, from: number, to: number): boolean {
  const t = doc.tokens;
  for (let k = from; k < to; k++) {
    const f = t[k]!.f;
    for (const p of DIRECTING) if (p.words[0] === f && exactWordsAt(t, k, p.words)) return true;
  }
  return false;
}

/**
 * A body a heading names ("2. Sở Nội vụ", "4. Sở Khoa học và Công nghệ") is charged with the duties listed under
 * it: LEAD of its section even when each item only tells it to coordinate or support, unless every duty is a
 * "phối hợp" with partners named (onlyCoordinatesWithPartners; the held-out README's decision, the lead's Q2 of
 * 2026-12-07 in the gold-real README). Not a body the issuer only requests ("6. Đề nghị Ủy
 * ban MTTQ ...": it coordinates and supervises, it is not directed), and only bodies the items gave a role, so a
 * heading without duties under it assigns nothing.
 */
function headingLeads(doc: TaskDocument, actors: SectionActors, findings: readonly RoleFinding[]): RoleFinding[] {
  const out: RoleFinding[] = [];
  // Each actor's findings, in order, gathered once (a long plan has thousands of findings and many headings).
  const byActor = new Map<RoleFinding['actor'], RoleFinding[]>();
  for (const f of findings) {
    const own = byActor.get(f.actor);
    if (own) own.push(f);
    else byActor.set(f.actor, [f]);
  }
  const partners = dutiesWithPartners(findings);
  for (const named of actors.heading.values()) {
    for (const a of named) {
      if (requested(doc, a.parse.from)) continue;
      const own = byActor.get(a) ?? [];
      if (own.length === 0 || own.some((f) => f.role === 'LEAD') || onlyCoordinatesWithPartners(own, partners)) continue;
      out.push({ ...own[0]!, role: 'LEAD' });
    }
  }
  return out;
}

/**
 * "2. Sở Nội vụ / Phối hợp Sở Y tế thẩm định, lập thủ tục ...", "4. Các tổ chức, cá nhân liên quan / Phối hợp với các
 * cơ quan có thẩm quyền ...": every duty under the heading is a "phối hợp" that names its partners, so the body only
 * coordinates (gold conventions: a whole duty "phối hợp (với) Y ..." is COORDINATE only). A "phối hợp, hỗ trợ, chia
 * sẻ kinh nghiệm ..." without partners is a duty of its own as well, and keeps the heading's LEAD.
 */
function onlyCoordinatesWithPartners(own: readonly RoleFinding[], partners: ReadonlyMap<Unit, ReadonlySet<number>>): boolean {
  return own.every((f) => f.role === 'COORDINATE' && !!partners.get(f.unit)?.has(f.dutyFrom));
}

/**
 * The duties (unit, start of the duty) that name partners: COORDINATE findings of bodies written inside the duty
 * ("phối hợp (với) Y"), not its subjects written before it ("Văn phòng UBND tỉnh và Sở Tài chính phối hợp thực hiện").
 */
function dutiesWithPartners(findings: readonly RoleFinding[]): Map<Unit, Set<number>> {
  const out = new Map<Unit, Set<number>>();
  for (const f of findings) {
    if (f.role !== 'COORDINATE' || f.actor.parse.from < f.dutyFrom) continue;
    const perUnit = out.get(f.unit) ?? new Set<number>();
    perUnit.add(f.dutyFrom);
    out.set(f.unit, perUnit);
  }
  return out;
}

/** "Đề nghị" (also OCR-damaged: "Pé nghi") right before the bodies a heading names. */
function requested(doc: TaskDocument, from: number): boolean {
  for (let j = Math.max(0, from - 3); j < from; j++) {
    const m = longestMatch(doc.tokens, j, ASSIGN_TRIGGERS, true);
    if (m && j + m.n === from && m.p.words.join(' ') === 'de nghi') return true;
  }
  return false;
}
