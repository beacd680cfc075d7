/**
 * The typed result of extraction: what `extractDocument(text)` returns and what the graph layer ingests.
 *
 * All offsets (`start`, `end`) are UTF-16 offsets into the NFC-normalized text (`normalizeText(raw)`),
 * end exclusive. Field names and enum values follow tests/fixtures/gold/SCHEMA.md so `--json` output can
 * be compared with hand annotations directly.
 */

export const DOCUMENT_KINDS = [
  'NGHI_QUYET',
  'QUYET_DINH',
  'CHI_THI',
  'KET_LUAN',
  'QUY_DINH',
  'KE_HOACH',
  'THONG_BAO',
  'CONG_VAN',
  'NGHI_DINH',
  'THONG_TU',
  'LUAT',
  'TO_TRINH',
  'BAO_CAO',
  'CONG_DIEN',
  'CHUONG_TRINH',
  'DE_AN',
  'OTHER',
] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

export const CITATION_RELATIONS = ['BASIS', 'PROPOSAL', 'AMENDS', 'IMPLEMENTS', 'REFERENCES'] as const;
export type CitationRelation = (typeof CITATION_RELATIONS)[number];

/**
 * What a document does to a document it cites, as its text states it (vbpl.vn's groups): the citation's
 * `relation` says why it is cited; an effect says what legally happens to the cited document.
 */
export const EFFECT_KINDS = ['REPLACES', 'REPEALS', 'AMENDS', 'SUPPLEMENTS', 'GUIDES', 'SUSPENDS', 'CORRECTS'] as const;
export type EffectKind = (typeof EFFECT_KINDS)[number];

export interface ReferenceEffect extends Span {
  kind: EffectKind;
  /** The part affected as written ("khoản 2 Điều 3", "Phụ lục I", "một số điều"); null when the whole. */
  part: string | null;
  whole: boolean;
  sectionPath: string | null;
  /** From the cue to the citation, as written. */
  evidence: string;
}

/** When the document itself takes and loses effect, as its final provisions state it. */
export interface DocumentEffectDates {
  /** ISO date; null when the text states none or ties it to another event. */
  effectiveFrom: string | null;
  /** How `effectiveFrom` was stated: a date, the day of signing, a period after signing, another event. */
  effectiveFromRule: 'STATED_DATE' | 'ON_SIGNING' | 'AFTER_PERIOD' | 'OTHER_EVENT' | null;
  effectiveUntil: string | null;
  /** The sentence that says so, as written; null when none. */
  evidence: string | null;
}

export const ASSIGNMENT_ROLES = ['LEAD', 'COORDINATE', 'SUPERVISE'] as const;
export type AssignmentRole = (typeof ASSIGNMENT_ROLES)[number];

/** `"national"` for central bodies and documents, otherwise the province name with diacritics ("Quảng Ninh"). */
export type Jurisdiction = string;
export const NATIONAL: Jurisdiction = 'national';

export interface Span {
  start: number;
  end: number;
}

/** The document being read (its own header). Unknown fields are null, never guessed. */
export interface DocumentIdentity {
  kind: DocumentKind | null;
  /** Standard form: `2898/QĐ-UBND`, `05-NQ/TU`, `60/2021/NĐ-CP`; null when the text carries none. */
  symbol: string | null;
  /** ISO `YYYY-MM-DD`. */
  date: string | null;
  place: string | null;
  /** Canonical issuer name ("UBND tỉnh Quảng Ninh"). */
  issuer: string | null;
  jurisdiction: Jurisdiction | null;
  /** "Về ..." as written (NFC), whitespace collapsed. */
  title: string | null;
  signer: string | null;
  /** Graph key: see `documentKey()` in extract/symbols.ts. */
  key: string;
  notes: string | null;
}

export interface Section extends Span {
  /** Dotted path of the document's own numbering: `IV.3.1`, `Điều 2.1`, `II.5(3)`. */
  path: string;
  /** The label as written, normalized: `IV`, `3.1`, `(3)`, `a`, `Điều 2`. */
  label: string;
  heading: string | null;
  level: number;
  parentPath: string | null;
  /** Position among siblings, from 0. */
  ordinal: number;
}

export interface ReferenceMention extends Span {
  sectionPath: string | null;
  /** Raw snippet as written (OCR noise kept). */
  snippet: string;
  relation: CitationRelation;
  /** What this mention claims; may disagree between mentions and between citing documents. */
  claimedDate: string | null;
  claimedIssuer: string | null;
}

/** One distinct referenced document per citing document. */
export interface DocumentReference {
  /** Graph key of the cited document (same scheme as `DocumentIdentity.key`). */
  key: string;
  kind: DocumentKind;
  symbol: string | null;
  date: string | null;
  issuer: string | null;
  jurisdiction: Jurisdiction;
  title: string | null;
  /** Strongest relation over the mentions: BASIS > PROPOSAL > AMENDS > IMPLEMENTS > REFERENCES. */
  relation: CitationRelation;
  /** First mention's snippet, for gold comparison. */
  evidence: string;
  mentions: ReferenceMention[];
  /** What this document does to the cited one (replaces, repeals, amends, ...), one entry per kind and part. */
  effects: ReferenceEffect[];
  /** 0..1: how sure the extractor is that this is a real, correctly parsed reference. */
  confidence: number;
  notes: string | null;
}

/** One canonical body within its jurisdiction. */
export interface Body {
  /** `canonical folded name@jurisdiction`; see extract/bodies/. */
  key: string;
  /** Canonical display name with diacritics ("Sở Nội vụ"). */
  name: string;
  jurisdiction: Jurisdiction;
  /** Every spelling seen, as written. */
  aliases: string[];
  /** True for collectives ("các sở, ban, ngành", "Chủ tịch UBND các xã"). */
  group: boolean;
  mentions: Span[];
}

export interface Assignment extends Span {
  bodyKey: string;
  /**
   * The body responsible, as resolved (canonical display name): a body named through its head's title
   * ("Giám đốc Sở Nội vụ", "Chủ tịch UBND các xã") is the body ("Sở Nội vụ", "UBND các xã").
   */
  body: string;
  /** The head's title the text named the body through ("Giám đốc", "Chủ tịch"), or null. */
  official?: string | null;
  jurisdiction: Jurisdiction;
  role: AssignmentRole;
  section: string;
  /** One-line summary of the duty (text of the task, shortened). */
  duty: string;
  /** Raw snippet as written. */
  evidence: string;
  /** Ordinal of the task this assignment belongs to (index into `tasks`), or null. */
  taskOrdinal: number | null;
}

export interface Target {
  raw: string;
  value: number | null;
  unit: string | null;
  /** `>=`, `<=`, `>`, `<`, `=` */
  comparator: string | null;
  /** Indicator code when the target measures one (PCI, PAR_INDEX, ...). */
  indicator: string | null;
}

export interface Deadline {
  raw: string;
  /** ISO date when the phrase names a day ("trước ngày 20/7/2025"). */
  dueDate: string | null;
  /** Coarser period when no single day is named: `2023`, `2022-Q3`, `2023-06`, `ANNUAL`. */
  period: string | null;
}

export interface Task extends Span {
  /** Index in `Extraction.tasks`, stable for the same text. */
  ordinal: number;
  sectionPath: string;
  text: string;
  deadline: Deadline | null;
  targets: Target[];
  /** Indicator codes named in the task: PCI, PAR_INDEX, SIPAS, PAPI, GRDP, ICT_INDEX. */
  indicators: string[];
  /** Keys of referenced documents this task carries out. */
  carriesOut: string[];
}

export type WarningCode =
  | 'NO_SYMBOL'
  | 'NO_DATE'
  | 'NO_ISSUER'
  | 'NOT_A_GOVERNMENT_DOCUMENT'
  | 'OCR_REPAIRED'
  | 'AMBIGUOUS';

export interface ExtractionWarning {
  code: WarningCode;
  message: string;
  start?: number;
  end?: number;
}

export interface Extraction {
  file: string | null;
  /** sha256 of the normalized text. */
  contentHash: string;
  document: DocumentIdentity;
  sections: Section[];
  references: DocumentReference[];
  /** The document's own dates of effect. */
  effect: DocumentEffectDates;
  bodies: Body[];
  tasks: Task[];
  assignments: Assignment[];
  warnings: ExtractionWarning[];
}
