/**
 * Tasks and assignments: who is told to do what, where in the document.
 *
 * A document's duties are its numbered items, bullets and paragraphs outside the preamble, the recipients
 * block ("Nơi nhận") and assessment parts ("Tình hình", "Kết quả"). Each unit is read clause by clause:
 * - a clause opening with bodies and a predicate ("Sở Nội vụ chủ trì ...", "Các cơ quan, đơn vị, địa phương
 *   chủ động ...", also after a fronted "Để ...," or "Căn cứ ...,") makes those bodies the actors of what
 *   follows; the issuer speaking of itself ("HĐND tỉnh thống nhất với ...") is nobody's duty;
 * - "Giao X ..." (LEAD whatever the verb), "Yêu cầu / Đề nghị X ..." and "... chỉ đạo X <verb>" make X actors;
 *   the one who assigns is not;
 * - "X:" or "Giao X:" closing a unit hands X the items that follow; a plan table's labelled columns
 *   ("Cơ quan chủ trì: X; cơ quan phối hợp: Y") give their role directly;
 * - a clause without its own subject belongs to the actors of its unit's first sentence, else to the
 *   section's actor: a heading that names a body ("3.1. Sở Nội vụ", "6. Đề nghị Ủy ban MTTQ tỉnh").
 * Roles: the first predicate of an actor decides LEAD (any duty) unless it is "phối hợp" (COORDINATE) or
 * "giám sát / kiểm tra / theo dõi" (SUPERVISE); a later "phối hợp" adds COORDINATE (not after "chủ trì,"),
 * and "phối hợp với Y" makes Y COORDINATE; a later supervising verb adds SUPERVISE.
 * Assignments are cited at the numbered level ("IV.1", "Điều 1.3"): "(1)" and "a)" items fold into it; a
 * closing sentence ("... triển khai thực hiện Kế hoạch này./.") is cited at its top-level part.
 */
import { foldKeepLength } from './folding';
import {
  findBodyMentions,
  isCac,
  parseBodyListAt,
  resolveBody,
  UNKNOWN_JURISDICTION,
  type BodyListParse,
  type BodyParse,
} from './bodies';
import { parseDeadline } from './deadlines';
import { headingEnd } from './sections';
import { findTargets, indicatorCodes } from './targets';
import type { Assignment, AssignmentRole, Body, DocumentReference, Jurisdiction, Section, Task } from './types';
import { longestMatch, matchPhraseDetail, tokenFuzzy, phrases, PREDICATE_STARTS, tokenize, type Phrase, type Token } from './vocabulary';

export interface TaskContext {
  /** Jurisdiction of the document being read: bodies named without a province belong to it. */
  jurisdiction: Jurisdiction | null;
  /** References already extracted, so a task can say which documents it carries out. */
  references: readonly DocumentReference[];
}

export interface TaskExtraction {
  tasks: Task[];
  assignments: Assignment[];
  bodies: Body[];
}

/** Tasks, their responsible bodies (resolved to canonical bodies) and assignments. `text` is NFC. Never throws. */
export function extractTasks(text: string, sections: readonly Section[], ctx: TaskContext): TaskExtraction {
  try {
    return new TaskReader(String(text ?? ''), sections ?? [], ctx ?? { jurisdiction: null, references: [] }).read();
  } catch {
    return { tasks: [], assignments: [], bodies: [] };
  }
}

// ---------------------------------------------------------------------------------------------------------
// Vocabulary of clauses

/** Words before the verb that do not decide the role ("chủ động phối hợp" is still "phối hợp"). */
const ADVERBS = phrases([
  'chủ động',
  'tích cực',
  'kịp thời',
  'khẩn trương',
  'thường xuyên',
  'quan tâm',
  'tiếp tục',
  'cần',
  'phải',
  'tập trung',
  'tăng cường',
  'nghiêm túc',
  'quyết liệt',
  'đồng thời',
  'cùng',
  'sẽ',
  'có hiệu quả',
  'định kỳ',
]);
/** "theo chức năng, nhiệm vụ được phân công", "căn cứ chức năng, nhiệm vụ": a scope, not a verb. */
const SCOPE_OPENERS = phrases(['theo chức năng', 'căn cứ chức năng', 'trong phạm vi', 'theo lĩnh vực', 'theo thẩm quyền']);
/** Words inside such a scope that look like verbs: "được phân công", "được giao phụ trách". */
const SCOPE_WORDS = phrases(['phân công', 'giao', 'được', 'phụ trách', 'quy định']);
const COORDINATE_VERB = phrases(['phối hợp'])[0]!;
const SUPERVISE_VERBS = phrases(['giám sát', 'kiểm tra', 'theo dõi']);
const LEAD_VERB = phrases(['chủ trì'])[0]!;
const LIGHT_VERBS = phrases(['thực hiện', 'tiến hành', 'tổ chức']);
/** "Giao X ...", "Yêu cầu X ...", "Đề nghị X ...": X is assigned, the speaker is not. */
const ASSIGN_TRIGGERS = phrases(['giao cho', 'giao', 'yêu cầu', 'đề nghị']);
const DIRECT_TRIGGER = phrases(['chỉ đạo'])[0]!;
/** The issuing body speaking about itself ("Hội đồng nhân dân tỉnh thống nhất với ..."). */
const DECLARATIVES = phrases(['thống nhất với', 'nhất trí với', 'quyết nghị', 'thông qua', 'ghi nhận', 'đánh giá cao', 'biểu dương', 'hoan nghênh', 'ban hành kèm theo']);
/** Clause openers that front an adverbial before the subject: "Để ..., các cấp cần ...". */
const CAN_CU = phrases(['căn cứ'])[0]!;
const FRONTED = phrases(['căn cứ', 'để', 'đối với', 'trên cơ sở', 'theo', 'trong', 'riêng', 'ngoài ra', 'bên cạnh đó', 'nhằm', 'với', 'sau khi', 'khi']);
/** After a comma inside a sentence, a subject is only believed before one of these. */
const STRONG_PREDICATES = phrases(['cần', 'phải', 'chịu trách nhiệm', 'có trách nhiệm', 'chủ trì', 'khẩn trương', 'yêu cầu']);
/** "Cơ quan chủ trì:", "Đơn vị phối hợp thực hiện:": labelled responsibility columns of a plan's table. */
const ROLE_LABELS: readonly [Phrase, AssignmentRole][] = [
  ...phrases(['cơ quan chủ trì', 'đơn vị chủ trì', 'cơ quan thực hiện', 'đơn vị thực hiện', 'cơ quan chịu trách nhiệm', 'đơn vị chịu trách nhiệm', 'chủ trì thực hiện', 'chủ trì']).map((p) => [p, 'LEAD'] as [Phrase, AssignmentRole]),
  ...phrases(['cơ quan phối hợp', 'đơn vị phối hợp', 'phối hợp thực hiện', 'phối hợp']).map((p) => [p, 'COORDINATE'] as [Phrase, AssignmentRole]),
  ...phrases(['cơ quan giám sát', 'đơn vị giám sát', 'cơ quan theo dõi', 'cơ quan kiểm tra']).map((p) => [p, 'SUPERVISE'] as [Phrase, AssignmentRole]),
];

/** "6. Đề nghị Ủy ban MTTQ tỉnh", "Trách nhiệm của ...": words before the bodies a heading names. */
const TITLE_TRIGGERS = phrases(['đề nghị', 'giao', 'đối với', 'trách nhiệm của', 'nhiệm vụ của']);
/** "Cơ quan Thường trực", "công tác": an apposition's nouns, not its predicate. */
const APPOSITION_WORDS = phrases(['thường trực', 'công tác']);

/** Headings of parts that assess the past rather than set duties. */
const ASSESSMENT_HEADING = /^(tinh hinh|ket qua|danh gia|nguyen nhan|han che|boi canh|thuc trang|mot so ket qua)/;
/** Headings of parts whose sub-headings name the bodies responsible. */
const RESPONSIBILITY_HEADING = /(to chuc thuc hien|trach nhiem|phan cong|nhiem vu cua)/;

interface Actor {
  parse: BodyParse;
  /** Raw name to resolve (a bare part may have been completed with its owner). */
  name: string;
}

interface Event {
  /** Token index where the event's own predicate starts. */
  predAt: number;
  /** Token index of the first token of the event (subject or trigger). */
  at: number;
  actors: Actor[];
  /** Actors are LEAD through "Giao X" regardless of their first verb. */
  forcedLead: boolean;
  /** The speaker assigns and takes no role (actors empty) — still ends the previous segment. */
  silent: boolean;
  /** The unit's first sentence: its actors carry to later subjectless sentences. */
  explicit: boolean;
  /** "Sở Tài chính:", "Giao UBND các huyện:" closing the unit: the items that follow are theirs. */
  intro?: boolean;
  /** "Cơ quan chủ trì: X; cơ quan phối hợp: Y": the label gives the role; the list is all the segment has. */
  fixedRole?: AssignmentRole;
}

interface Unit {
  start: number;
  end: number;
  from: number;
  to: number;
  section: Section | null;
  title: boolean;
}

interface Emitted {
  actor: Actor;
  role: AssignmentRole;
  section: string;
  evidenceAt: number;
  dutyFrom: number;
  dutyTo: number;
  unit: Unit;
}

class TaskReader {
  private readonly tokens: Token[];
  private readonly folded: string;
  private readonly children = new Map<string, Section[]>();
  private readonly byPath = new Map<string, Section>();
  private readonly jurisdiction: Jurisdiction;
  private readonly bodies = new Map<string, Body>();
  private readonly emitted: Emitted[] = [];
  private readonly sectionActors = new Map<string, Actor[]>();
  /** Bodies introduced by "Giao Sở Tài chính:" / "Sở Tài chính:" for the items that follow in a section. */
  private readonly introActors = new Map<string, Actor[]>();

  constructor(
    private readonly text: string,
    private readonly sections: readonly Section[],
    private readonly ctx: TaskContext,
  ) {
    this.tokens = tokenize(text);
    this.folded = foldKeepLength(text);
    this.jurisdiction = ctx.jurisdiction ?? UNKNOWN_JURISDICTION;
    for (const s of sections) {
      this.byPath.set(s.path, s);
      const key = s.parentPath ?? '';
      const list = this.children.get(key) ?? [];
      list.push(s);
      this.children.set(key, list);
    }
  }

  read(): TaskExtraction {
    const units = this.units();
    // Section actors from headings that name bodies.
    for (const u of units) if (u.title && u.section) this.titleActors(u);
    const events = new Map<Unit, Event[]>();
    for (const u of units) if (!u.title) events.set(u, this.events(u));
    this.preferItemSubjects(units, events);

    const tasks: Task[] = [];
    const taskOf = new Map<Unit, number>();
    for (const u of units) {
      if (u.title || this.isAssessment(u.section)) continue;
      const taskText = this.text.slice(u.start, u.end).replace(/\s+/g, ' ').trim();
      if (countSpaces(taskText) < 2) continue;
      const ordinal = tasks.length;
      taskOf.set(u, ordinal);
      const targets = findTargets(this.text.slice(u.start, u.end)).map((t) => ({
        raw: t.raw,
        value: t.value,
        unit: t.unit,
        comparator: t.comparator,
        indicator: t.indicator,
      }));
      tasks.push({
        ordinal,
        start: u.start,
        end: u.end,
        sectionPath: u.section?.path ?? '',
        text: taskText.length > 2000 ? `${taskText.slice(0, 1997)}...` : taskText,
        deadline: parseDeadline(this.text.slice(u.start, u.end)),
        targets,
        indicators: indicatorCodes(this.text.slice(u.start, u.end)),
        carriesOut: this.carriedOut(u),
      });
    }
    for (const u of units) {
      if (u.title || this.isAssessment(u.section)) continue;
      const evs = events.get(u) ?? [];
      this.assign(u, evs);
      const intro = evs.find((e) => e.intro && e.actors.length > 0);
      if (intro && u.section) this.introActors.set(u.section.path, intro.actors);
    }
    for (const m of findBodyMentions(this.text, this.tokens)) this.noteBody(m.raw, m);
    return { tasks, assignments: this.assignments(taskOf), bodies: [...this.bodies.values()] };
  }

  // -------------------------------------------------------------------------------------------------------
  // Units

  private units(): Unit[] {
    const excluded = this.recipientSpans();
    const units: Unit[] = [];
    const add = (start: number, end: number, section: Section | null, title: boolean) => {
      for (const [s, e] of splitByExcluded(start, end, excluded)) {
        const span = trimSpan(this.text, s, e);
        if (!span) continue;
        const from = this.tokenAt(span[0]);
        const to = this.tokenAt(span[1]);
        if (to <= from) continue;
        units.push({ start: span[0], end: span[1], from, to, section, title });
      }
    };
    if (this.sections.length === 0) {
      for (const [s, e] of this.paragraphs(this.bodyStart(), this.text.length)) add(s, e, null, false);
      return units;
    }
    for (const s of this.sections) {
      const kids = this.children.get(s.path) ?? [];
      const ownEnd = kids.length > 0 ? kids[0]!.start : s.end;
      const hEnd = Math.min(headingEnd(this.text, s.start, ownEnd), ownEnd);
      const title = this.isTitle(s, hEnd, ownEnd);
      let contentStart = s.start;
      if (title) {
        add(s.start, hEnd, s, true);
        contentStart = hEnd;
      }
      for (const [a, b] of this.paragraphs(contentStart, ownEnd)) add(a, b, s, false);
    }
    return units.sort((a, b) => a.start - b.start);
  }

  /** Where the body begins when there is no section: after the header ("V/v ...", "Kính gửi: ...", "Căn cứ ..."). */
  private bodyStart(): number {
    let at = 0;
    for (const m of this.folded.matchAll(/(^|\n)\s*[~-]?\s*(can c\S{1,3}|xet|theo de nghi|v\/v)\b[^\n]*/g)) at = m.index + m[0].length;
    for (const [, end] of this.recipientSpans()) if (end < this.text.length * 0.5) at = Math.max(at, end);
    return at;
  }

  /** "Nơi nhận: ..." up to the next section (or the end); "Kính gửi: - A; - B" up to the end of its list. */
  private recipientSpans(): [number, number][] {
    const spans: [number, number][] = [];
    for (const m of this.folded.matchAll(/(^|\n)[ \t]*(n[o0-9&@]i nh\S{0,3}n|kinh gui)\s*[:.]/g)) {
      const start = m.index + m[1]!.length;
      if (m[2]!.startsWith('kinh')) {
        // The addressees: the rest of the line and the bulleted lines right after it.
        let end = this.text.indexOf('\n', start);
        if (end < 0) end = this.text.length;
        for (;;) {
          const next = this.text.indexOf('\n', end + 1);
          const line = this.text.slice(end + 1, next < 0 ? this.text.length : next);
          if (!/^\s*[-+•–]/.test(line) || next < 0) break;
          end = next;
        }
        spans.push([start, end]);
        continue;
      }
      const next = this.sections.find((s) => s.start > start);
      spans.push([start, next ? next.start : this.text.length]);
    }
    return spans;
  }

  /**
   * A heading is a title (not a duty) when it does not end a sentence and the next line starts anew:
   * "1. Sở Nội vụ", "IV. TỔ CHỨC THỰC HIỆN". Items "(1)", "a)" are always duties.
   */
  private isTitle(s: Section, hEnd: number, ownEnd: number): boolean {
    if (s.label.startsWith('(') || /^[a-zđ]$/.test(s.label)) return false;
    const line = this.text.slice(s.start, hEnd).trim();
    if (/[.;:,]$/.test(line)) return false;
    const rest = this.text.slice(hEnd, ownEnd);
    // Followed by its children or a blank line: a title.
    if (!rest.trim() || /^[ \t]*\n[ \t]*\n/.test(rest)) return true;
    if (!/^\s*[\p{Lu}\d(\-+•“"]/u.test(rest)) return false;
    // A line that already says who does what ("8. Giao Ủy ban Kiểm tra Tỉnh ủy chủ trì, phối hợp với Ban
    // cán sự đảng" wrapped before "ƯBND tỉnh ...") starts a duty: it is not a title.
    const from = this.skipLabel(this.tokenAt(s.start), this.tokenAt(hEnd));
    const ev = this.clauseEvent(from, this.tokenAt(hEnd), true);
    return !(ev && !ev.silent && ev.predAt < this.tokenAt(hEnd));
  }

  /**
   * Paragraphs: a line break ends one when the line closes a sentence and the next starts in capitals,
   * a bullet or a number — OCR breaks lines inside sentences, clean text puts one paragraph per line.
   */
  private paragraphs(start: number, end: number): [number, number][] {
    const out: [number, number][] = [];
    let from = start;
    let i = this.text.indexOf('\n', start);
    while (i >= 0 && i < end) {
      const before = this.text.slice(from, i).trimEnd();
      const after = this.text.slice(i + 1, end);
      const next = /^\s*(\S)/.exec(after);
      const bullet = /^[ \t]*[-+•–](?=\s)/.test(after);
      const closes = /[.;:!?”"]$/.test(before) || /\.\/\.$/.test(before);
      if (before.trim() && next && (bullet || (closes && /[\p{Lu}\d(“"-]/u.test(next[1]!)))) {
        out.push([from, i]);
        from = i + 1;
      }
      i = this.text.indexOf('\n', i + 1);
    }
    if (from < end) out.push([from, end]);
    return out;
  }

  private isAssessment(s: Section | null): boolean {
    for (let cur = s; cur; cur = cur.parentPath ? (this.byPath.get(cur.parentPath) ?? null) : null) {
      const h = (cur.heading ?? '').toLowerCase();
      if (ASSESSMENT_HEADING.test(foldKeepLength(h).trim())) return true;
    }
    return false;
  }

  // -------------------------------------------------------------------------------------------------------
  // Actors named by headings

  private titleActors(u: Unit): void {
    const s = u.section!;
    let k = this.skipLabel(u.from, u.to);
    const trig = longestMatch(this.tokens, k, TITLE_TRIGGERS, true);
    if (trig) k += trig.n;
    const parsed = parseBodyListAt(this.tokens, k);
    if (!parsed) return;
    const items = parsed.items.filter((p) => p.to <= u.to);
    if (items.length === 0) return;
    const list = { items, to: Math.min(parsed.to, items[items.length - 1]!.to) };
    const lastWord = this.lastWordBefore(u.to);
    if (list.to > lastWord) {
      this.sectionActors.set(s.path, list.items.map((p) => ({ parse: p, name: p.raw })));
      return;
    }
    // "3. Các cơ quan chủ trì thực hiện các nội dung cải cách hành chính" under "Tổ chức thực hiện":
    // the whole heading names the body.
    if (this.underResponsibility(s) && list.items.length === 1 && !this.hasListPunctuation(list.to, u.to)) {
      const first = list.items[0]!;
      const raw = this.text.slice(first.start, this.tokens[lastWord]!.end).replace(/\s+/g, ' ').trim();
      const parse: BodyParse = { ...first, end: this.tokens[lastWord]!.end, to: lastWord + 1, raw };
      this.sectionActors.set(s.path, [{ parse, name: raw }]);
    }
  }

  private underResponsibility(s: Section): boolean {
    for (let cur = s.parentPath ? this.byPath.get(s.parentPath) : undefined; cur; cur = cur.parentPath ? this.byPath.get(cur.parentPath) : undefined) {
      if (RESPONSIBILITY_HEADING.test(foldKeepLength(cur.heading ?? '').toLowerCase())) return true;
    }
    return false;
  }

  private hasListPunctuation(from: number, to: number): boolean {
    for (let i = from; i < to; i++) if (this.tokens[i]!.raw === ';') return true;
    return false;
  }

  /** The actors of a section: its own heading's, else its nearest ancestor's. */
  private actorsOf(s: Section | null): Actor[] {
    for (let cur = s; cur; cur = cur.parentPath ? (this.byPath.get(cur.parentPath) ?? null) : null) {
      const a = this.sectionActors.get(cur.path) ?? this.introActors.get(cur.path);
      if (a) return a;
    }
    return [];
  }

  /**
   * When an item restates its heading's bodies as its subject ("1. Thủ trưởng các sở ...; Chủ tịch UBND
   * xã ..." then "(1) ... Thủ trưởng các sở, ban, ngành; cơ quan trung ương ...; Chủ tịch UBND các xã ..."),
   * the item's fuller list is the section's actor list.
   */
  private preferItemSubjects(units: Unit[], events: Map<Unit, Event[]>): void {
    // Units by their section's path, so each section finds its own and its descendants' units without a
    // scan of all units (documents with many titled sections would be quadratic).
    const byPath = new Map<string, number[]>();
    units.forEach((u, i) => {
      if (!u.section) return;
      const list = byPath.get(u.section.path);
      if (list) list.push(i);
      else byPath.set(u.section.path, [i]);
    });
    const paths = [...byPath.keys()].sort();
    for (const [path, actors] of [...this.sectionActors]) {
      const keys = new Set(actors.map((a) => this.resolve(a.name).key));
      // The section itself, then "IV.1(2)" and "IV.1.a"-style descendants: paths with that prefix are
      // contiguous in sorted order.
      const found: number[] = [...(byPath.get(path) ?? [])];
      for (const prefix of [`${path}(`, `${path}.`]) {
        for (let k = lowerBound(paths, prefix); k < paths.length && paths[k]!.startsWith(prefix); k++) found.push(...byPath.get(paths[k]!)!);
      }
      found.sort((a, b) => a - b);
      for (const i of found) {
        const u = units[i]!;
        const ev = (events.get(u) ?? []).find((e) => e.explicit && e.actors.some((a) => keys.has(this.resolve(a.name).key)));
        if (ev) {
          this.sectionActors.set(path, ev.actors);
          break;
        }
      }
    }
  }

  // -------------------------------------------------------------------------------------------------------
  // Clause events

  private currentActors: Actor[] = [];

  private events(u: Unit): Event[] {
    this.currentActors = this.actorsOf(u.section);
    const events: Event[] = [];
    const t = this.tokens;
    let sentenceNo = 0;
    let clauseStart = true;
    for (let i = this.skipLabel(u.from, u.to); i < u.to; i++) {
      const tok = t[i]!;
      if (!tok.word) {
        if (this.endsSentence(i)) {
          sentenceNo++;
          clauseStart = true;
        } else if (tok.raw === ';' || tok.raw === ':') clauseStart = true;
        else if (tok.raw === ',' && !clauseStart) {
          const ev = this.commaSubject(i + 1, u.to, sentenceNo === 0);
          if (ev) {
            events.push(ev);
            i = ev.predAt - 1;
          }
        }
        continue;
      }
      if (clauseStart) {
        clauseStart = false;
        const start = this.skipJunk(i, u.to);
        const ev = this.clauseEvent(start, u.to, sentenceNo === 0) ?? this.frontedSubject(start, u.to, sentenceNo === 0);
        if (ev) {
          events.push(ev);
          i = Math.max(i, ev.predAt - 1);
          const directed = ev.silent ? null : this.directedEvent(ev, u.to);
          if (directed) {
            events.push(directed);
            i = directed.predAt - 1;
          }
        }
        continue;
      }
      // "đồng thời" opens a clause that may name its own subject.
      if (tokenFuzzy(tok, 'dong') && tokenFuzzy(t[i + 1], 'thoi')) {
        const ev = this.clauseEvent(i + 2 + (t[i + 2]?.raw === ',' ? 1 : 0), u.to, sentenceNo === 0);
        if (ev) {
          events.push(ev);
          i = ev.predAt - 1;
        }
      }
    }
    return events;
  }

  /** A clause starting at `i`: a subject with its predicate, or an assignment trigger with its objects. */
  private clauseEvent(i: number, end: number, first: boolean): Event | null {
    const t = this.tokens;
    if (i >= end) return null;
    const labelled = this.labelEvent(i, end, first);
    if (labelled) return labelled;
    // "Giao X ...", "Đề nghị X ...", "Yêu cầu X ...".
    const trig = longestMatch(t, i, ASSIGN_TRIGGERS, true);
    if (trig) {
      const objects = this.objectsAt(i + trig.n, end);
      if (objects) {
        return { at: i, predAt: objects.to, actors: actorsOf(objects), forcedLead: isGiao(trig.p), silent: false, explicit: first, intro: this.lastWordBefore(end) < objects.to };
      }
    }
    // "Cấp ủy, tổ chức đảng các cấp tổ chức ...": a capitalized group opening the clause needs no "các".
    const list = parseBodyListAt(t, i) ?? this.bareGroupAt(i);
    if (!list || list.to > end) return null;
    let k = this.skipApposition(list.to, end);
    if (k >= end) return null;
    // The speaker assigns: "Ủy ban nhân dân tỉnh yêu cầu Thủ trưởng các sở ...".
    const assign = longestMatch(t, k, ASSIGN_TRIGGERS, true);
    if (assign) {
      const objects = this.objectsAt(k + assign.n, end);
      if (objects) {
        return { at: i, predAt: objects.to, actors: actorsOf(objects), forcedLead: isGiao(assign.p), silent: false, explicit: first, intro: this.lastWordBefore(end) < objects.to };
      }
      if (t[k + assign.n]?.raw === ':' || k + assign.n >= end) {
        return { at: i, predAt: k + assign.n, actors: [], forcedLead: false, silent: true, explicit: first };
      }
    }
    if (longestMatch(t, k, DECLARATIVES)) return { at: i, predAt: k, actors: [], forcedLead: false, silent: true, explicit: first };
    // "Sở Nội vụ: chủ trì ..." and "Sở Nội vụ:" introducing its items.
    if (t[k]?.raw === ':') {
      if (this.lastWordBefore(end) < k) return { at: i, predAt: k + 1, actors: actorsOf(list), forcedLead: false, silent: false, explicit: first, intro: true };
      if (this.predicateAt(k + 1, end)) k += 1;
    }
    if (!this.predicateAt(k, end)) return null;
    const actors = this.withSectionSpelling(list, i, end);
    return { at: i, predAt: this.pendingPredAt ?? k, actors, forcedLead: false, silent: false, explicit: first };
  }

  /**
   * "Ủy ban nhân dân tỉnh khẩn trương chỉ đạo các sở, ngành ... rà soát": the directed bodies act too.
   * Returns the event for the directed bodies, starting at them.
   */
  private directedEvent(ev: Event, end: number): Event | null {
    const t = this.tokens;
    let k = ev.predAt;
    for (let guard = 0; guard < 4 && k < end; guard++) {
      const adv = longestMatch(t, k, ADVERBS, true);
      if (!adv) break;
      k += adv.n;
    }
    if (!startsWith(t, k, DIRECT_TRIGGER)) return null;
    const objects = this.objectsAt(k + 2, end);
    if (!objects) return null;
    const after = this.skipApposition(objects.to, end);
    const intro = this.lastWordBefore(end) < objects.to;
    if (!intro && !this.predicateAt(after, end)) return null;
    return { at: k + 2, predAt: objects.to, actors: actorsOf(objects), forcedLead: false, silent: false, explicit: ev.explicit, intro };
  }

  /**
   * A subject that begins like its section's actor is that actor, written out in full:
   * "3.2. Các cơ quan chủ trì thực hiện các nội dung CCHC" then "Các cơ quan chủ trì thực hiện các nội
   * dung CCHC chịu trách nhiệm ..." — the parser alone would stop at the verb "chủ trì".
   */
  private withSectionSpelling(list: BodyListParse, i: number, end: number): Actor[] {
    const t = this.tokens;
    for (const a of this.currentActors) {
      const words = a.name.split(/\s+/).length;
      if (words <= list.items[0]!.to - list.items[0]!.from + 1) continue;
      const actorToks = tokenize(a.name).filter((x) => x.word);
      let k = i;
      let matched = 0;
      // OCR damages the heading and the text differently: tolerate one unreadable word in six.
      let misses = Math.floor(actorToks.length / 6);
      for (const w of actorToks) {
        while (k < end && !t[k]!.word) k++;
        if (k >= end) break;
        if (t[k]!.f === w.f || tokenFuzzy(t[k], w.f) || tokenFuzzy(w, t[k]!.f) || (isCac(t[k]) && isCac(w))) matched++;
        else if (misses-- > 0 && t[k]!.f[0] === w.f[0]) matched++;
        else break;
        k++;
      }
      if (matched === actorToks.length && this.predicateAt(k, end)) {
        const raw = this.text.slice(t[i]!.start, t[k - 1]!.end).replace(/\s+/g, ' ').trim();
        const parse: BodyParse = { ...list.items[0]!, to: k, end: t[k - 1]!.end, raw };
        this.pendingPredAt = k;
        return [{ parse, name: raw }];
      }
    }
    this.pendingPredAt = null;
    return actorsOf(list);
  }

  private pendingPredAt: number | null = null;

  /** "Cơ quan chủ trì: Sở Nội vụ", "cơ quan phối hợp: Công an tỉnh, Văn phòng UBND tỉnh". */
  private labelEvent(i: number, end: number, first: boolean): Event | null {
    const t = this.tokens;
    for (const [p, role] of ROLE_LABELS) {
      const n = matchPhraseExactish(t, i, p);
      if (!n || t[i + n]?.raw !== ':') continue;
      const parsed = parseBodyListAt(t, i + n + 1, { bareGeneric: true });
      if (!parsed || parsed.to > end) return null;
      // The column ends at ";": "Cơ quan chủ trì: Sở Nội vụ; cơ quan phối hợp: ...".
      let stop = i + n + 1;
      while (stop < parsed.to && t[stop]!.raw !== ';') stop++;
      const items = parsed.items.filter((p) => p.to <= stop);
      if (items.length === 0) return null;
      const list = { items, to: items[items.length - 1]!.to };
      return { at: i, predAt: list.to, actors: actorsOf(list), forcedLead: false, silent: false, explicit: false, fixedRole: role };
    }
    return null;
  }

  /** A capitalized list of kinds of bodies opening a clause ("Cấp ủy, tổ chức đảng các cấp"), not a verb. */
  private bareGroupAt(i: number): BodyListParse | null {
    const t = this.tokens;
    if (!t[i]?.cap || longestMatch(t, i, PREDICATE_STARTS, true)) return null;
    const list = parseBodyListAt(t, i, { bareGeneric: true });
    return list && list.items[0]!.raw.includes(',') ? list : null;
  }

  /** After a comma inside a sentence: "..., thành phố Hạ Long yêu cầu hoàn thành ...". */
  private commaSubject(i: number, end: number, first: boolean): Event | null {
    const t = this.tokens;
    if (!t[i]?.word) return null;
    // "..., yêu cầu các cơ quan, đơn vị nghiêm túc triển khai thực hiện./."
    const trig = longestMatch(t, i, ASSIGN_TRIGGERS, true);
    if (trig) {
      const objects = this.objectsAt(i + trig.n, end);
      const after = objects ? this.skipApposition(objects.to, end) : end;
      if (objects && this.predicateAt(after, end)) {
        return { at: i, predAt: objects.to, actors: actorsOf(objects), forcedLead: isGiao(trig.p), silent: false, explicit: first };
      }
    }
    const list = parseBodyListAt(t, i);
    if (!list || list.to >= end) return null;
    if (!longestMatch(t, list.to, STRONG_PREDICATES, true)) return null;
    const ev = this.clauseEvent(i, end, first);
    return ev && !ev.silent ? ev : null;
  }

  /** "Để đạt mục tiêu ..., các cấp, các ngành trong tỉnh cần ...": try the subject after each comma. */
  private frontedSubject(i: number, end: number, first: boolean): Event | null {
    const t = this.tokens;
    if (!exactMatch(t, i, FRONTED) && !startsWith(t, i, CAN_CU)) return null;
    for (let k = i + 1, n = 0; k < end && n < 80; k++, n++) {
      const tok = t[k]!;
      if (this.endsSentence(k) || tok.raw === ';') return null;
      if (tok.raw !== ',') continue;
      const ev = this.clauseEvent(k + 1, end, first);
      if (ev && !ev.silent) return ev;
    }
    return null;
  }

  /** Objects of an assignment trigger, followed by their predicate, ':' or the clause end. */
  private objectsAt(i: number, end: number): BodyListParse | null {
    const t = this.tokens;
    const list = parseBodyListAt(t, i);
    if (!list || list.to > end) return null;
    const k = this.skipApposition(list.to, end);
    if (k >= end || t[k]!.raw === ':' || this.endsSentence(k) || this.predicateAt(k, end)) return list;
    return null;
  }

  private predicateAt(k: number, end: number): boolean {
    if (k >= end) return false;
    const t = this.tokens[k]!;
    if (!t.word) return false;
    return longestMatch(this.tokens, k, PREDICATE_STARTS, true) !== null || longestMatch(this.tokens, k, SCOPE_OPENERS, true) !== null;
  }

  /** "Sở Nội vụ - Cơ quan Thường trực ... chịu trách nhiệm": skip the apposition to the predicate. */
  private skipApposition(k: number, end: number): number {
    const t = this.tokens;
    if (t[k]?.raw === '(') {
      for (let j = k + 1; j < end && j < k + 30; j++) if (t[j]!.raw === ')') return j + 1;
    }
    if ((t[k]?.raw === '-' || t[k]?.raw === '–') && t[k + 1]?.word) {
      for (let j = k + 1; j < end && j < k + 25; j++) {
        if (this.endsSentence(j) || t[j]!.raw === ';') break;
        if (j > k + 2 && this.predicateAt(j, end) && !longestMatch(t, j, APPOSITION_WORDS, true)) return j;
      }
    }
    return k;
  }

  private skipLabel(from: number, to: number): number {
    const t = this.tokens;
    let k = from;
    // "Điều 3.", "IV.", "3.1.", "(2)", "4)", "a)", "-".
    const first = t[k];
    if (!first) return k;
    if (first.word && /^(dieu|pieu|dieu)$/.test(first.f.replace(/^dj/, 'd')) && /^\d+$/.test(t[k + 1]?.raw ?? '')) {
      k += 2;
      if (t[k]?.raw === '.' || t[k]?.raw === ':') k++;
      return k;
    }
    if (first.raw === '(' && /^\d+$/.test(t[k + 1]?.raw ?? '') && t[k + 2]?.raw === ')') return k + 3;
    let j = k;
    while (j < to && j < k + 6 && (/^(\d{1,2}|[IVXLl1]+|[a-zđ])$/.test(t[j]!.raw) || t[j]!.raw === '.')) {
      if (t[j]!.raw === '.' && t[j + 1] && t[j + 1]!.start - t[j]!.end > 0) {
        j++;
        break;
      }
      j++;
    }
    if (j > k && (t[j - 1]!.raw === '.' || t[j]?.raw === ')' || t[j]?.raw === '-' || t[j]?.raw === '–')) {
      if (t[j]?.raw === ')' || t[j]?.raw === '-' || t[j]?.raw === '–') j++;
      return j;
    }
    return this.skipJunk(k, to);
  }

  private skipJunk(k: number, to: number): number {
    const t = this.tokens;
    while (k < to && !t[k]!.word && /^[-+•–—~*“"'‘’(]$/.test(t[k]!.raw)) k++;
    return k;
  }

  private endsSentence(i: number): boolean {
    const t = this.tokens;
    const tok = t[i];
    if (!tok || tok.word) return false;
    if (tok.raw !== '.' && tok.raw !== '!' && tok.raw !== '?') return false;
    const next = t[i + 1];
    const prev = t[i - 1];
    if (!next) return true;
    // "10.000", "TP.HCM", "./.": not a sentence end.
    if (prev && next.start === tok.end && /\d$/.test(prev.raw) && /^\d/.test(next.raw)) return false;
    if (next.raw === '/') return true;
    if (next.word && !next.cap && !/^\d/.test(next.raw) && next.start === tok.end) return false;
    return true;
  }

  private lastWordBefore(to: number): number {
    let k = to - 1;
    while (k > 0 && !this.tokens[k]!.word) k--;
    return k;
  }

  // -------------------------------------------------------------------------------------------------------
  // Roles

  private assign(u: Unit, events: Event[]): void {
    const section = this.assignmentSection(u);
    if (section === null) return;
    const start = this.skipLabel(u.from, u.to);
    // A closing formula ("... triển khai thực hiện Kế hoạch này./.") speaks for the document, not for the
    // body its last section is about.
    const sectionActors = this.isClosing(u) ? [] : this.actorsOf(u.section);
    // Segments: [start, first event) belongs to the section's actors, each event's predicate to its actors.
    const segs: { from: number; to: number; actors: Actor[]; forcedLead: boolean; head: boolean; fixedRole?: AssignmentRole }[] = [];
    let cursor = start;
    let carried: Actor[] | null = null;
    const firstSentenceEnd = this.sentenceEnd(start, u.to);
    for (const ev of events) {
      if (ev.at > cursor) segs.push({ from: cursor, to: ev.at, actors: carried ?? sectionActors, forcedLead: false, head: cursor === start });
      segs.push({ from: ev.predAt, to: u.to, actors: ev.actors, forcedLead: ev.forcedLead, head: true, fixedRole: ev.fixedRole });
      if (ev.at < firstSentenceEnd && !ev.silent && !ev.fixedRole) carried = ev.actors;
      cursor = u.to;
      // The next event cuts this segment; a sentence end passes the floor back to the carried actors.
      const next = events[events.indexOf(ev) + 1];
      const sentEnd = this.sentenceEnd(ev.predAt, u.to);
      const cut = Math.min(next ? next.at : u.to, ev.at < firstSentenceEnd ? u.to : sentEnd);
      segs[segs.length - 1]!.to = cut;
      cursor = cut;
    }
    if (cursor < u.to) segs.push({ from: cursor, to: u.to, actors: carried ?? sectionActors, forcedLead: false, head: cursor === start });

    for (const seg of segs) {
      if (seg.fixedRole) {
        for (const a of seg.actors) this.emit(a, seg.fixedRole, section, u, seg.from, seg.to);
        continue;
      }
      if (seg.actors.length === 0 || seg.to <= seg.from) continue;
      const roles = new Set<AssignmentRole>();
      if (seg.forcedLead) roles.add('LEAD');
      if (seg.head) {
        const head = this.headRole(seg.from, seg.to);
        if (head) roles.add(head);
      }
      const scan = this.scanRoles(seg.from, seg.to);
      for (const r of scan.roles) roles.add(r);
      for (const a of seg.actors) {
        for (const role of roles) this.emit(a, role, section, u, seg.from, seg.to);
      }
      for (const c of scan.partners) this.emit(c, 'COORDINATE', section, u, seg.from, seg.to);
    }
  }

  private sentenceEnd(from: number, to: number): number {
    for (let k = from; k < to; k++) if (this.endsSentence(k)) return k + 1;
    return to;
  }

  /** The role the first verb gives: LEAD unless the actor first coordinates or supervises. */
  private headRole(from: number, to: number): AssignmentRole | null {
    const t = this.tokens;
    let k = from;
    for (let guard = 0; guard < 12 && k < to; guard++) {
      if (!t[k]!.word) {
        if (t[k]!.raw === ',' || t[k]!.raw === '-' || t[k]!.raw === ':') {
          k++;
          continue;
        }
        break;
      }
      if (startsWith(t, k, COORDINATE_VERB) || longestMatch(t, k, SUPERVISE_VERBS, true)) break;
      const adv = longestMatch(t, k, ADVERBS, true);
      if (adv) {
        k += adv.n;
        continue;
      }
      if (longestMatch(t, k, SCOPE_OPENERS, true)) {
        // Skip "theo chức năng, nhiệm vụ được phân công" up to the verb.
        let j = k + 2;
        while (j < to && j < k + 14 && !this.endsSentence(j) && t[j]!.raw !== ';') {
          if (t[j]!.word && this.isRoleVerb(j) && !longestMatch(t, j, SCOPE_WORDS, true)) break;
          j++;
        }
        k = j;
        continue;
      }
      break;
    }
    if (k >= to) return 'LEAD';
    // "thực hiện việc giám sát", "tổ chức kiểm tra": the light verb hands the role to the verb after it.
    const light = longestMatch(t, k, LIGHT_VERBS, true);
    if (light) {
      let j = k + light.n;
      if (t[j]?.word && t[j]!.f === 'viec') j++;
      if (longestMatch(t, j, SUPERVISE_VERBS, true)) return 'SUPERVISE';
      if (startsWith(t, j, COORDINATE_VERB)) return 'COORDINATE';
    }
    if (startsWith(t, k, COORDINATE_VERB)) return 'COORDINATE';
    if (longestMatch(t, k, SUPERVISE_VERBS, true)) return 'SUPERVISE';
    return 'LEAD';
  }

  private isRoleVerb(j: number): boolean {
    return longestMatch(this.tokens, j, PREDICATE_STARTS, true) !== null && !longestMatch(this.tokens, j, ADVERBS, true);
  }

  /** Roles added later in the predicate, and the partners of "phối hợp với". */
  private scanRoles(from: number, to: number): { roles: AssignmentRole[]; partners: Actor[] } {
    const t = this.tokens;
    const roles = new Set<AssignmentRole>();
    const partners: Actor[] = [];
    let purpose = false;
    let nounList = false;
    for (let k = from; k < to; k++) {
      const tok = t[k]!;
      if (!tok.word) {
        if (tok.raw === ';' || this.endsSentence(k)) purpose = false;
        continue;
      }
      if ((tok.f === 'de' || tok.f === 'nham') && k > from) purpose = true;
      if (tokenFuzzy(tok, 'dong') && tokenFuzzy(t[k + 1], 'thoi')) purpose = false;
      if (startsWith(t, k, COORDINATE_VERB)) {
        const prev = t[k - 1]?.f ?? '';
        const next = t[k + 1 + 1]?.f ?? '';
        // "hiệu quả phối hợp giữa ...", "quy chế phối hợp": a noun, not a duty.
        if (/^(qua|su|che|viec|tac|nhiem|giua)$/.test(prev) || tokenFuzzy(t[k + 1 + 1], 'giua')) {
          k += 1;
          continue;
        }
        if (!purpose && !this.afterLead(k, from)) roles.add('COORDINATE');
        let j = k + 2;
        if (t[j]?.word && /^(chat|thuong)$/.test(t[j]!.f)) j += 2;
        // "với", as OCR writes it: vdi, v6i, vé1, véi.
        if (t[j]?.word && /^v[a-z0-9&@$]{1,3}$/.test(t[j]!.f) && !/^(va|ve|vao|vi|vung|vu|viec)$/.test(t[j]!.f)) {
          const list = parseBodyListAt(t, j + 1, { bareGeneric: true });
          if (list && list.to <= to) {
            partners.push(...actorsOf(list));
            k = list.to - 1;
            continue;
          }
        }
        k += 1;
        continue;
      }
      const sup = longestMatch(t, k, SUPERVISE_VERBS, true);
      if (sup) {
        const prev = t[k - 1]?.f ?? '';
        // "tự kiểm tra", "chịu sự giám sát", "sau thanh tra, kiểm tra", "công tác kiểm tra, giám sát":
        // a noun or someone else's supervision, and so is the rest of its list.
        if (/^(tu|su|chiu|luan|sau|cua|tac)$/.test(prev)) nounList = true;
        else if (!(nounList && (prev === ',' || prev === 'va'))) nounList = false;
        if (!purpose && !nounList) roles.add('SUPERVISE');
        k += sup.n - 1;
        continue;
      }
      nounList = false;
    }
    return { roles: [...roles], partners };
  }

  /** "chủ trì, phối hợp với ...": the lead is not also a coordinator. */
  private afterLead(k: number, from: number): boolean {
    const t = this.tokens;
    for (let j = k - 1; j >= from && j >= k - 3; j--) {
      if (startsWith(t, j, LEAD_VERB)) return true;
    }
    return false;
  }

  /** The numbered section an assignment is cited at: "(1)" and "a)" items fold into their parent. */
  private assignmentSection(u: Unit): string | null {
    let s = u.section;
    if (!s) return this.sections.length === 0 ? '' : null;
    while (s && (s.label.startsWith('(') || /^[a-zđ]$/.test(s.label)) && s.parentPath) s = this.byPath.get(s.parentPath) ?? s;
    // The closing sentence of a part ("... chịu trách nhiệm triển khai thực hiện Kế hoạch này./.") speaks
    // for the whole part, even when it follows the part's last item.
    if (this.isClosing(u) && s.parentPath && u.start > s.start) {
      let root: Section = s;
      while (root.parentPath) root = this.byPath.get(root.parentPath) ?? root;
      if (root !== s) return root.path;
    }
    return s.path;
  }

  private isClosing(u: Unit): boolean {
    return /\.\s*\/\s*\.?\s*$/.test(this.text.slice(u.start, u.end));
  }

  // -------------------------------------------------------------------------------------------------------
  // Output

  private resolveCache = new Map<string, ReturnType<typeof resolveBody>>();
  private resolve(name: string) {
    let r = this.resolveCache.get(name);
    if (!r) {
      r = resolveBody(name, this.jurisdiction);
      this.resolveCache.set(name, r);
    }
    return r;
  }

  private emit(actor: Actor, role: AssignmentRole, section: string, unit: Unit, dutyFrom: number, dutyTo: number): void {
    this.emitted.push({ actor, role, section, evidenceAt: actor.parse.start, dutyFrom, dutyTo, unit });
  }

  /** Mention starts already listed per body key (a body named hundreds of times stays linear). */
  private readonly mentionStarts = new Map<string, Set<number>>();

  private noteBody(name: string, p: BodyParse): Body | null {
    const r = this.resolve(name);
    if (!r.key || r.key.startsWith('@')) return null;
    let b = this.bodies.get(r.key);
    if (!b) {
      b = { key: r.key, name: r.name, jurisdiction: r.jurisdiction, aliases: [], group: r.group, mentions: [] };
      this.bodies.set(r.key, b);
    } else if (r.name.length > b.name.length && r.name.length <= 120) {
      // The fullest spelling names the node best ("Ủy ban nhân dân tỉnh" over "UBND").
      b.name = r.name;
    }
    const alias = p.raw.replace(/\s+/g, ' ').trim();
    if (!b.aliases.includes(alias) && b.aliases.length < 30) b.aliases.push(alias);
    let starts = this.mentionStarts.get(b.key);
    if (!starts) {
      starts = new Set();
      this.mentionStarts.set(b.key, starts);
    }
    if (!starts.has(p.start)) {
      starts.add(p.start);
      b.mentions.push({ start: p.start, end: p.end });
    }
    return b;
  }

  private assignments(taskOf: Map<Unit, number>): Assignment[] {
    const out: Assignment[] = [];
    const seen = new Set<string>();
    for (const e of this.emitted) {
      const body = this.noteBody(e.actor.name, e.actor.parse);
      if (!body) continue;
      const id = `${body.key}|${e.role}|${e.section}`;
      if (seen.has(id)) continue;
      seen.add(id);
      const dStart = this.tokens[e.dutyFrom]?.start ?? e.unit.start;
      const evEnd = Math.min(Math.max(e.unit.end, e.actor.parse.end), Math.max(e.actor.parse.end, dStart + 120));
      const evidence = this.text.slice(e.evidenceAt, evEnd).replace(/\s+/g, ' ').trim();
      const dEnd = e.dutyTo > 0 && this.tokens[e.dutyTo - 1] ? this.tokens[e.dutyTo - 1]!.end : e.unit.end;
      let duty = this.text.slice(dStart, Math.max(dStart, dEnd)).replace(/\s+/g, ' ').trim();
      if (duty.length > 200) duty = `${duty.slice(0, 197).trimEnd()}...`;
      out.push({
        start: e.evidenceAt,
        end: evEnd,
        bodyKey: body.key,
        body: this.resolve(e.actor.name).written,
        jurisdiction: body.jurisdiction,
        role: e.role,
        section: e.section,
        duty,
        evidence,
        taskOrdinal: taskOf.get(e.unit) ?? null,
      });
    }
    return out;
  }

  /** Citation mention starts in text order with the index of their reference. */
  private mentionIndex: { start: number; ref: number }[] | null = null;

  /** Keys of the references mentioned inside the unit, in the references' order. */
  private carriedOut(u: Unit): string[] {
    const refs = this.ctx.references ?? [];
    if (!this.mentionIndex) {
      const index: { start: number; ref: number }[] = [];
      refs.forEach((r, ref) => {
        for (const m of r.mentions ?? []) index.push({ start: m.start, ref });
      });
      this.mentionIndex = index.sort((a, b) => a.start - b.start);
    }
    const index = this.mentionIndex;
    let lo = 0;
    let hi = index.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (index[mid]!.start < u.start) lo = mid + 1;
      else hi = mid;
    }
    const hit = new Set<number>();
    for (let k = lo; k < index.length && index[k]!.start < u.end; k++) hit.add(index[k]!.ref);
    const keys: string[] = [];
    for (const ref of [...hit].sort((a, b) => a - b)) {
      const key = refs[ref]!.key;
      if (!keys.includes(key)) keys.push(key);
    }
    return keys;
  }


  private tokenAt(offset: number): number {
    let lo = 0;
    let hi = this.tokens.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.tokens[mid]!.start < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

/** "Giao X ..." assigns X the lead (SCHEMA: LEAD for "giao"); "đề nghị"/"yêu cầu" leave the role to X's verb. */
function matchPhraseExactish(tokens: readonly Token[], i: number, p: Phrase): number {
  return matchPhraseDetail(tokens, i, p, true).n;
}

/** One phrase at `i` (short one-word phrases exactly): what `longestMatch` says of a one-phrase list. */
function startsWith(tokens: readonly Token[], i: number, p: Phrase): boolean {
  return matchPhraseDetail(tokens, i, p, true).n > 0;
}

/** `s.split(' ').length - 1`, without the array: a task has at least three words. */
function countSpaces(s: string): number {
  let n = 0;
  for (let i = s.indexOf(' '); i >= 0; i = s.indexOf(' ', i + 1)) n++;
  return n;
}

function isGiao(p: Phrase): boolean {
  return p.words[0] === 'giao';
}

/** Exact (folded) phrase match: for function words, where OCR tolerance would confuse "trên" and "trong". */
function exactMatch(tokens: readonly Token[], i: number, list: readonly Phrase[]): boolean {
  return list.some((p) => p.words.every((w, k) => tokens[i + k]?.f === w));
}

function actorsOf(list: BodyListParse): Actor[] {
  return list.items.map((p) => ({ parse: p, name: p.raw }));
}

/** First index of a sorted array whose element is >= `key`. */
function lowerBound(sorted: readonly string[], key: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function splitByExcluded(start: number, end: number, excluded: readonly [number, number][]): [number, number][] {
  let parts: [number, number][] = [[start, end]];
  for (const [xs, xe] of excluded) {
    const next: [number, number][] = [];
    for (const [s, e] of parts) {
      if (xe <= s || xs >= e) next.push([s, e]);
      else {
        if (xs > s) next.push([s, xs]);
        if (xe < e) next.push([xe, e]);
      }
    }
    parts = next;
  }
  return parts;
}

function trimSpan(text: string, s: number, e: number): [number, number] | null {
  while (s < e && /\s/.test(text[s]!)) s++;
  while (e > s && /\s/.test(text[e - 1]!)) e--;
  return e > s ? [s, e] : null;
}

