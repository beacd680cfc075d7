/**
 * What the API's read queries return: plain records built from Cypher rows, and the small helpers every
 * query module shares (key order for batches, one page with its total). Graph-level names only: the API
 * layer decides how these become GraphQL types.
 */
import neo4j, { type Integer } from 'neo4j-driver';
import type { Params } from './driver';
import { bodyDisplayName } from '../extract/bodyDisplayName';

/** Anything that runs a read query: a GraphClient, or the API's deadline-aware wrapper around one. */
export interface GraphReader {
  read<R extends Record<string, unknown> = Record<string, unknown>>(cypher: string, params?: Params): Promise<R[]>;
}

export interface DocumentRecord {
  key: string;
  kind: string | null;
  symbol: string | null;
  jurisdiction: string | null;
  date: string | null;
  title: string | null;
  /** The title with damaged diacritics and OCR confusions restored; the title itself when nothing was. */
  titleRestored: string | null;
  /** Share of the title's words restoration changed (0 when none). */
  titleRestoredShare: number;
  issuer: string | null;
  ingested: boolean;
  ingestedAt: string | null;
  sourceFile: string | null;
  /** Format of the original file ("text", "markdown", "html", "docx", "pdf", "image"). */
  sourceFormat: string | null;
  /** sha256 (hex) of the original file's bytes. */
  sourceHash: string | null;
  signer: string | null;
  place: string | null;
  notes: string | null;
  warnings: string[];
  /** The document's own date of effect (ISO), as its text states it; null when it states none. */
  effectiveFrom: string | null;
  effectiveUntil: string | null;
}

export interface BodyRecord {
  key: string;
  name: string;
  jurisdiction: string | null;
  aliases: string[];
  group: boolean;
}

export type TaskStatus = 'NOT_STARTED' | 'IN_PROGRESS' | 'DONE';

export interface TaskRecord {
  key: string;
  documentKey: string;
  ordinal: number;
  sectionPath: string | null;
  text: string;
  /** The text with damaged diacritics and OCR confusions restored; the text itself when nothing was. */
  textRestored: string;
  /** Share of the text's words restoration changed (0 when none). */
  textRestoredShare: number;
  deadlineRaw: string | null;
  dueDate: string | null;
  period: string | null;
  status: TaskStatus;
  statusNote: string | null;
  statusUpdatedAt: string | null;
  /** The last day: an extension, else the due day or the end of the period (stored as `dueBy`). */
  dueBy: string | null;
  /** The day it was done (YYYY-MM-DD), while DONE. */
  completedAt: string | null;
  /** Every status change and deadline extension, oldest first. */
  history: TaskEventRecord[];
}

export type TaskEventKind = 'STATUS' | 'DEADLINE';

/** One recorded change of a task: kept as parallel lists on the task (`historyKinds`, `historyAt`, ...). */
export interface TaskEventRecord {
  kind: TaskEventKind;
  /** ISO date-time. */
  at: string;
  /** Who: the editor key's label (a hash of the key), never the key. */
  by: string;
  /** The status after the change. */
  status: TaskStatus;
  /** The last day after the change. */
  dueBy: string | null;
  /** The last day before a deadline extension. */
  previousDueBy: string | null;
  /** The note of a status change, the reason of an extension. */
  note: string | null;
}

export interface SectionRecord {
  key: string;
  path: string;
  label: string | null;
  heading: string | null;
  level: number | null;
  ordinal: number | null;
}

export interface MentionRecord {
  offset: number;
  end: number | null;
  sectionPath: string | null;
  snippet: string;
  relation: string;
  claimedDate: string | null;
}

export interface CitationRecord {
  fromKey: string;
  toKey: string;
  relation: string;
  claimedDate: string | null;
  claimedIssuer: string | null;
  claimedTitle: string | null;
  confidence: number;
  evidence: string | null;
  mentions: MentionRecord[];
}

export interface AssignmentRecord {
  taskKey: string;
  role: string;
  evidence: string | null;
  section: string | null;
  /** The head's title the text named the body through ("Giám đốc"), or null. */
  official: string | null;
  body: BodyRecord;
}

export interface IndicatorRecord {
  code: string;
  name: string | null;
}

export interface TargetRecord {
  raw: string;
  value: number | null;
  unit: string | null;
  comparator: string | null;
  indicator: IndicatorRecord | null;
}

/** One page of a longer list, with the length of the whole list. */
export interface Page<T> {
  total: number;
  items: T[];
}

/** Which slice of a list to return: rows `skip .. skip + limit - 1`. */
export interface Slice {
  skip: number;
  limit: number;
}

type Row = Record<string, unknown>;

const str = (v: unknown): string | null => (typeof v === 'string' ? v : v === null || v === undefined ? null : String(v));
const num = (v: unknown): number | null => (typeof v === 'number' ? v : null);

/**
 * The order of a document's values in cypher/fragments/documentFields.cypher (statements return a document as a
 * list of values: the driver decodes a map's keys for every document).
 */
export const DOCUMENT_FIELDS = [
  'key', 'kind', 'symbol', 'jurisdiction', 'date', 'title', 'titleRestored', 'titleRestoredShare', 'issuer', 'ingested',
  'ingestedAt', 'sourceFile', 'sourceFormat', 'sourceHash', 'signer', 'place', 'notes', 'warnings', 'effectiveFrom', 'effectiveUntil',
] as const;

/** A document from its documentFields list, or from a map of its properties (`properties(d)`, a node). */
export function toDocument(row: Row | readonly unknown[]): DocumentRecord {
  const [key, kind, symbol, jurisdiction, date, title, titleRestored, titleRestoredShare, issuer, ingested, ingestedAt, sourceFile, sourceFormat, sourceHash, signer, place, notes, warnings, effectiveFrom, effectiveUntil] =
    Array.isArray(row) ? row : DOCUMENT_FIELDS.map((f) => (row as Row)[f]);
  return {
    key: String(key),
    kind: str(kind),
    symbol: str(symbol),
    jurisdiction: str(jurisdiction),
    date: str(date),
    title: str(title),
    titleRestored: str(titleRestored) ?? str(title),
    titleRestoredShare: num(titleRestoredShare) ?? 0,
    issuer: str(issuer),
    ingested: ingested === true,
    ingestedAt: str(ingestedAt),
    sourceFile: str(sourceFile),
    sourceFormat: str(sourceFormat),
    sourceHash: str(sourceHash),
    signer: str(signer),
    place: str(place),
    notes: str(notes),
    warnings: Array.isArray(warnings) ? warnings.map(String) : [],
    effectiveFrom: str(effectiveFrom),
    effectiveUntil: str(effectiveUntil),
  };
}

/** The order of a body's values in cypher/fragments/bodyFields.cypher. */
export const BODY_FIELDS = ['key', 'name', 'jurisdiction', 'aliases', 'group'] as const;

/**
 * A Body from its bodyFields list or a map of its properties; its name is the display name chosen from every
 * spelling seen (bodyDisplayName), not the first one.
 */
export function toBody(row: Row | readonly unknown[]): BodyRecord {
  const [key, name, jurisdiction, aliases, group] = Array.isArray(row) ? row : BODY_FIELDS.map((f) => (row as Row)[f]);
  const body = {
    key: String(key),
    name: String(name ?? key),
    jurisdiction: str(jurisdiction),
    aliases: Array.isArray(aliases) ? aliases.map(String) : [],
    group: group === true,
  };
  return { ...body, name: bodyDisplayName(body) };
}

function toStatus(value: unknown): TaskStatus {
  return value === 'IN_PROGRESS' || value === 'DONE' ? value : 'NOT_STARTED';
}

/** The order of a task's values in cypher/fragments/taskFields.cypher; the last one is the history (see below). */
export const TASK_FIELDS = [
  'key', 'documentKey', 'ordinal', 'sectionPath', 'text', 'textRestored', 'textRestoredShare', 'deadlineRaw', 'dueDate', 'period', 'status',
  'statusNote', 'statusUpdatedAt', 'dueBy', 'completedAt', 'history',
] as const;
/** The parallel lists a task's history is kept in, in the order taskFields gives them. */
export const TASK_HISTORY_FIELDS = ['historyKinds', 'historyAt', 'historyBy', 'historyStatuses', 'historyDueBy', 'historyPreviousDueBy', 'historyNotes'] as const;

/** The history lists of a task (TASK_HISTORY_FIELDS' order) -> events, oldest first ('' stands for null: lists hold no nulls). */
function toHistory(lists: readonly unknown[]): TaskEventRecord[] {
  // Most tasks have none: no seven empty lists per task of a page.
  if (!Array.isArray(lists[0]) || lists[0].length === 0) return [];
  const list = (i: number): unknown[] => (Array.isArray(lists[i]) ? (lists[i] as unknown[]) : []);
  const [kinds, at, by, statuses, dueBys, previous, notes] = [0, 1, 2, 3, 4, 5, 6].map(list) as unknown[][];
  return kinds!.map((kind, i) => ({
    kind: kind === 'DEADLINE' ? 'DEADLINE' : 'STATUS',
    at: String(at![i] ?? ''),
    by: String(by![i] ?? ''),
    status: toStatus(statuses![i]),
    dueBy: str(dueBys![i]) || null,
    previousDueBy: str(previous![i]) || null,
    note: str(notes![i]) || null,
  }));
}

/**
 * A task from its taskFields list (the history as one entry, null when it has none), or from a map of its
 * properties (the history as its seven lists).
 */
export function toTask(row: Row | readonly unknown[]): TaskRecord {
  const list = Array.isArray(row);
  const [key, documentKey, ordinal, sectionPath, text, textRestored, textRestoredShare, deadlineRaw, dueDate, period, status, statusNote, statusUpdatedAt, dueBy, completedAt, history] =
    list ? row : TASK_FIELDS.map((f) => (row as Row)[f]);
  const historyLists = list ? (Array.isArray(history) ? history : []) : TASK_HISTORY_FIELDS.map((f) => (row as Row)[f]);
  return {
    key: String(key),
    documentKey: String(documentKey),
    ordinal: num(ordinal) ?? 0,
    sectionPath: str(sectionPath),
    text: String(text ?? ''),
    textRestored: str(textRestored) ?? String(text ?? ''),
    textRestoredShare: num(textRestoredShare) ?? 0,
    deadlineRaw: str(deadlineRaw),
    dueDate: str(dueDate),
    period: str(period),
    status: toStatus(status),
    statusNote: str(statusNote),
    statusUpdatedAt: str(statusUpdatedAt),
    dueBy: str(dueBy),
    completedAt: str(completedAt),
    history: toHistory(historyLists),
  };
}

export function toSection(row: Row): SectionRecord {
  return {
    key: String(row.key),
    path: String(row.path),
    label: str(row.label),
    heading: str(row.heading),
    level: num(row.level),
    ordinal: num(row.ordinal),
  };
}

/** A CITES edge's properties -> a citation; mentions are stored as parallel lists (Neo4j has no list of maps). */
export function toCitation(fromKey: string, toKey: string, edge: Row): CitationRecord {
  const list = (name: string): unknown[] => (Array.isArray(edge[name]) ? (edge[name] as unknown[]) : []);
  const offsets = list('mentionOffsets');
  const ends = list('mentionEnds');
  const sections = list('mentionSections');
  const snippets = list('mentionSnippets');
  const relations = list('mentionRelations');
  const dates = list('mentionDates');
  const relation = String(edge.relation ?? 'REFERENCES');
  return {
    fromKey,
    toKey,
    relation,
    claimedDate: str(edge.claimedDate),
    claimedIssuer: str(edge.claimedIssuer),
    claimedTitle: str(edge.claimedTitle),
    confidence: num(edge.confidence) ?? 0,
    evidence: str(edge.evidence),
    mentions: offsets.map((offset, i) => ({
      offset: num(offset) ?? 0,
      end: num(ends[i]),
      // Ingestion writes '' for "no section" / "no date": lists cannot hold nulls.
      sectionPath: str(sections[i]) || null,
      snippet: String(snippets[i] ?? ''),
      relation: String(relations[i] ?? relation),
      claimedDate: str(dates[i]) || null,
    })),
  };
}

/**
 * Puts batch results back in the order of the keys asked for (DataLoader's contract): one entry per key,
 * `empty()` for a key the query returned nothing for.
 */
export function inKeyOrder<T>(keys: readonly string[], rows: Row[], keyOf: (row: Row) => string, value: (row: Row) => T, empty: () => T): T[] {
  const byKey = new Map<string, T>();
  for (const row of rows) byKey.set(keyOf(row), value(row));
  return keys.map((k) => (byKey.has(k) ? byKey.get(k)! : empty()));
}

/** Groups rows by key, keeping the query's order inside each group, one (possibly empty) list per key. */
export function groupedInKeyOrder<T>(keys: readonly string[], rows: Row[], keyOf: (row: Row) => string, value: (row: Row) => T): T[][] {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const k = keyOf(row);
    let list = groups.get(k);
    if (!list) groups.set(k, (list = []));
    list.push(value(row));
  }
  return keys.map((k) => groups.get(k) ?? []);
}

/** A whole-number parameter: JS numbers reach Cypher as floats, which LIMIT and list slices refuse. */
export function integer(value: number): Integer {
  return neo4j.int(value);
}

/** Slice parameters for Cypher list slicing `matches[$skip..$end]`. */
export function sliceParams(slice: Slice): { skip: Integer; end: Integer } {
  return { skip: integer(slice.skip), end: integer(slice.skip + slice.limit) };
}

/** Rows of shape `{key, total, items}` (one per key, from a batched paged query) -> pages in key order. */
export function pagesInKeyOrder<T>(keys: readonly string[], rows: Row[], item: (row: Row) => T): Page<T>[] {
  return inKeyOrder(
    keys,
    rows,
    (r) => String(r.key),
    (r) => ({ total: num(r.total) ?? 0, items: (r.items as Row[]).map(item) }),
    () => ({ total: 0, items: [] }),
  );
}

/** The row of an unbatched paged query (`{total, items}`) -> a page. */
export function pageOf<T>(row: Row | undefined, item: (row: Row) => T): Page<T> {
  if (!row) return { total: 0, items: [] };
  return { total: num(row.total) ?? 0, items: (row.items as Row[]).map(item) };
}
