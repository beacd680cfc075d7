/**
 * Types shared by the stages of task extraction (see index.ts for the pipeline).
 */
import type { BodyParse } from '../bodies';
import type { AssignmentRole, DocumentKind, DocumentReference, Jurisdiction, Section } from '../types';
import type { Token } from '../vocabulary';

/** The document as the task stages read it: text, its tokens and its sections indexed. Read-only. */
export interface TaskDocument {
  /** The text the rules read: hard wraps joined, stray OCR marks dropped (extractDocument). */
  readonly text: string;
  /** The text as the document writes it, same offsets: what task texts, duties and evidence show. */
  readonly shown: string;
  /** `foldKeepLength(text)`: same offsets, no diacritics. */
  readonly folded: string;
  readonly tokens: readonly Token[];
  readonly sections: readonly Section[];
  readonly byPath: ReadonlyMap<string, Section>;
  /** Child sections by parent path (`''` for top-level sections). */
  readonly children: ReadonlyMap<string, readonly Section[]>;
  /** Bodies named without a province belong to this jurisdiction. */
  readonly jurisdiction: Jurisdiction;
  /** The issuing body as identity read it ("UBND tỉnh Bắc Ninh"), null when unknown. */
  readonly issuer: string | null;
  /** The document's kind ("NGHI_DINH", "THONG_TU", ...), null when unknown. */
  readonly kind: DocumentKind | null;
  /** The one province a national text's title names ("tỉnh Điện Biên"), which "Tỉnh" alone then means (addressedPlace.ts). */
  readonly addressedPlace: string | null;
  readonly references: readonly DocumentReference[];
  /** Each section's heading folded (`foldedHeading`), filled as asked: clause scans ask once per unit. */
  readonly headingFolds: Map<Section, string>;
  /** Whether each section asked about assesses the past or defines scope (`isAssessment`), with its parents here. */
  readonly assessing: Map<Section, boolean>;
  /** Whether each section asked about is headed as a delegation of powers, itself or a part above it (clauses.ts). */
  readonly delegating: Map<Section, boolean>;
  /** The last closing-article formula scan (closingArticle.ts): from token `from`, the first stop is `stop`. */
  readonly scanStop: { from: number; stop: number };
  /** Where the closing formula's words stand in the document (closingArticle.ts), found on the first scan. */
  readonly formulaStarts: { at: readonly number[] | null };
  /** Whether the document replies to a letter (privateParties.ts, `answersLetter`), null until first asked. */
  readonly letterReply: { answers: boolean | null };
}

/** A body a clause or heading names as responsible. */
export interface Actor {
  parse: BodyParse;
  /** Raw name to resolve (a bare part may have been completed with its owner). */
  name: string;
}

/** One task block: a paragraph, a list item, a heading that names bodies, or a table row. */
export interface Unit {
  start: number;
  end: number;
  /** Token range [from, to). */
  from: number;
  to: number;
  section: Section | null;
  /** A heading (not a duty): may name the bodies of its section. */
  title: boolean;
  /** Set for a row of a task table: the header's columns read as roles. */
  row?: TableRow;
  /** The first text under a title of its own section ("4. Các tổ chức, cá nhân liên quan" / "Phối hợp ..."). */
  underTitle?: boolean;
}

/** A row of a table whose header names responsibility columns ("Cơ quan chủ trì", "Cơ quan phối hợp"). */
export interface TableRow {
  /** Cells by role; each is a text span of the document. */
  cells: { role: AssignmentRole | 'DEADLINE' | 'TASK' | 'OTHER'; start: number; end: number }[];
}

/** A clause that names who acts: a subject with its predicate, or "Giao / Đề nghị X" with its objects. */
export interface ClauseEvent {
  /** Token index where the event's own predicate starts. */
  predAt: number;
  /** Token index of the first token of the event (subject or trigger). */
  at: number;
  actors: Actor[];
  /** Actors are LEAD through "Giao X" regardless of their first verb. */
  forcedLead: boolean;
  /** Someone else gives the actors their duty ("Giao / Yêu cầu / Đề nghị X", "chỉ đạo X"). */
  assigned?: boolean;
  /** "chỉ đạo X <verb>": X carries out what it is directed to do, LEAD whatever its verb (as annotators have it). */
  directed?: boolean;
  /** The speaker assigns and takes no role (actors empty) — still ends the previous segment. */
  silent: boolean;
  /** The unit's first sentence: its actors carry to later subjectless sentences. */
  explicit: boolean;
  /** "Sở Tài chính:", "Giao UBND các huyện:" closing the unit: the items that follow are theirs. */
  intro?: boolean;
  /** "Cơ quan chủ trì: X; cơ quan phối hợp: Y": the label gives the role; the list is all the segment has. */
  fixedRole?: AssignmentRole;
  /** "nếu có khó khăn, vướng mắc, X báo cáo ...": done only if a difficulty arises, a duty of no one (partners included). */
  conditional?: boolean;
  /** "..., khuyến khích doanh nghiệp phát triển ...": bodies encouraged past the unit's opening, a duty of no one (set with `conditional`) up to the clause's end. */
  encouraged?: boolean;
}

/** Bodies that sections hand to the units inside them. */
export interface SectionActors {
  /** Named by the section's heading ("2.8. Sở Tư pháp", "6. Đề nghị Ủy ban MTTQ tỉnh"). */
  readonly heading: Map<string, Actor[]>;
  /** Introduced by a unit ending in "Sở Tài chính:" / "Giao UBND các huyện:" for the items that follow. */
  readonly intro: Map<string, Actor[]>;
}

/** One (actor, role) found in a unit, before resolution to a canonical body. */
export interface RoleFinding {
  actor: Actor;
  role: AssignmentRole;
  section: string;
  /** Token range of the duty. */
  dutyFrom: number;
  dutyTo: number;
  unit: Unit;
}
