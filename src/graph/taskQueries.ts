/**
 * Read and status queries about tasks for the API: batched lookups per task or per document, the
 * filtered task list (also per body), and the status update.
 */
import { DirectiveGraphError, ErrorCode } from '../errors';
import { cypher } from './cypherRegistry';
import type { GraphClient } from './driver';
import {
  groupedInKeyOrder,
  inKeyOrder,
  integer,
  pageOf,
  pagesInKeyOrder,
  sliceParams,
  toBody,
  toDocument,
  toTask,
  type AssignmentRecord,
  type BodyRecord,
  type DocumentRecord,
  type GraphReader,
  type IndicatorRecord,
  type Page,
  type Slice,
  type TargetRecord,
  type TaskRecord,
  type TaskStatus,
} from './records';
import { dueByFromText, type TrackerCell } from './taskTracker';

type Row = Record<string, unknown>;

/** How far "downstream of a document" reaches: documents citing it through at most this many steps. */
export const DOWNSTREAM_DEPTH = 10;

export async function tasksByKeys(graph: GraphReader, keys: readonly string[]): Promise<(TaskRecord | null)[]> {
  const rows = await graph.read(cypher('task.byKeys'), { keys });
  return inKeyOrder(keys, rows, (r) => String(r.key), (r) => toTask(r.task as Row), () => null);
}

/** For each document, a page of its tasks in reading order, with their assignments when `along` asks. */
export async function tasksOfDocuments(graph: GraphReader, keys: readonly string[], slice: Slice, along: Pick<TaskPageAlong, 'assignments'> = NOTHING_ALONG): Promise<TaskPages> {
  const rows = await graph.read(cypher('task.ofDocuments'), { keys, ...sliceParams(slice), withAssignments: along.assignments });
  return pagedTasks(keys, rows);
}

/**
 * Rows `{key, total, items: [{task, assignments?, document?}], bodies?}` -> pages in key order, and what came
 * along. A page's assignments name their bodies by key; the row's `bodies` holds each of them once.
 */
function pagedTasks(keys: readonly string[], rows: Row[]): TaskPages {
  const assignments = new Map<string, AssignmentRecord[]>();
  const documents: DocumentRecord[] = [];
  const bodies = new Map<string, BodyRecord>();
  // Each page lists its bodies, and the pages of one statement share most of them (a nested page: 200 pages, a
  // few dozen bodies): one record per body, read from its last listing as before.
  for (let r = rows.length - 1; r >= 0; r--) {
    const listed = rows[r]!.bodies;
    if (!Array.isArray(listed)) continue;
    for (let b = listed.length - 1; b >= 0; b--) {
      const fields = listed[b] as unknown[];
      const key = String(fields[0]);
      if (!bodies.has(key)) bodies.set(key, toBody(fields));
    }
  }
  const pages = pagesInKeyOrder(keys, rows, (item) => {
    const task = toTask(item.task as Row);
    if (Array.isArray(item.assignments)) {
      assignments.set(task.key, (item.assignments as Row[]).map((a) => toAssignment(task.key, a, pageBody(bodies, a.body))));
    }
    if (item.document) documents.push(toDocument(item.document as Row));
    return task;
  });
  return { pages, assignments, documents };
}

function pageBody(bodies: Map<string, BodyRecord>, key: unknown): BodyRecord {
  const body = bodies.get(String(key));
  // The statement lists every body its page's assignments name: a miss is a statement that lost one.
  if (!body) throw new DirectiveGraphError(ErrorCode.INTERNAL, `A task page names body ${String(key)} without bringing it.`);
  return body;
}

export async function assignmentsOf(graph: GraphReader, keys: readonly string[]): Promise<AssignmentRecord[][]> {
  const rows = await graph.read(cypher('task.assignments'), { keys });
  return groupedInKeyOrder(keys, rows, (r) => String(r.key), (r) => toAssignment(String(r.key), r));
}

/** An assignment row (task.assignments, or one a task page or a mandate brings along) of the task `taskKey`. */
export function toAssignment(taskKey: string, r: Row, body: BodyRecord = toBody(r.body as Row)): AssignmentRecord {
  return {
    taskKey,
    role: String(r.role),
    evidence: typeof r.evidence === 'string' ? r.evidence : null,
    section: typeof r.section === 'string' ? r.section : null,
    official: typeof r.official === 'string' ? r.official : null,
    body,
  };
}

export async function targetsOf(graph: GraphReader, keys: readonly string[]): Promise<TargetRecord[][]> {
  const rows = await graph.read(cypher('task.targets'), { keys });
  return groupedInKeyOrder(keys, rows, (r) => String(r.key), (r) => {
    const t = r.target as Row;
    const i = r.indicator as Row | null;
    return {
      raw: String(t.raw ?? ''),
      value: typeof t.value === 'number' ? t.value : null,
      unit: typeof t.unit === 'string' ? t.unit : null,
      comparator: typeof t.comparator === 'string' ? t.comparator : null,
      indicator: i ? { code: String(i.code), name: typeof i.name === 'string' ? i.name : null } : null,
    };
  });
}

export async function indicatorsOf(graph: GraphReader, keys: readonly string[]): Promise<IndicatorRecord[][]> {
  const rows = await graph.read(cypher('task.indicators'), { keys });
  return groupedInKeyOrder(keys, rows, (r) => String(r.key), (r) => {
    const i = r.indicator as Row;
    return { code: String(i.code), name: typeof i.name === 'string' ? i.name : null };
  });
}

export async function carriedOutBy(graph: GraphReader, keys: readonly string[]): Promise<DocumentRecord[][]> {
  const rows = await graph.read(cypher('task.carriesOut'), { keys });
  return groupedInKeyOrder(keys, rows, (r) => String(r.key), (r) => toDocument(r.doc as Row));
}

export interface TaskFilter {
  role: string | null;
  /** ISO days; a task's due day (or the end of its period) must fall in the range. */
  dueBefore: string | null;
  dueAfter: string | null;
  /** Only tasks of this document ... */
  documentKey: string | null;
  /** ... and of every document citing it (transitively). */
  includeDownstream: boolean;
  /** Folded words the task text must all contain. */
  words: string[];
  status: TaskStatus | null;
  /** Only tasks in this tracker cell as of `asOf` (src/graph/taskTracker.ts). */
  cell: TrackerCell | null;
  /** Only tasks whose last day falls in this month ("YYYY-MM"), or NO_DUE_MONTH for tasks without one. */
  dueMonth: string | null;
  /** The day cells are computed for (YYYY-MM-DD). */
  asOf: string;
  /** ISO day: only tasks of documents issued by then and in force on it; null = any. */
  inForceOn: string | null;
}

function filterParams(filter: TaskFilter) {
  const { includeDownstream, ...rest } = filter;
  return {
    params: rest,
    bounds: { downstreamDepth: includeDownstream && filter.documentKey !== null ? DOWNSTREAM_DEPTH : 0 },
  };
}

/**
 * Whether some parameter of the filter narrows the tasks: one not null, or words to find (`asOf` only dates the
 * tracker cell `cell` asks for; `includeDownstream` only widens `documentKey`). Read off the parameters the
 * statements are given, so a field added to the filter narrows here too: task.ofBodies counts a body's tasks
 * without evaluating the filter on each of them when none narrows (bench/HISTORY.md, q25).
 */
export function narrowsTasks(filter: TaskFilter): boolean {
  return paramsNarrow(filterParams(filter).params);
}

/** `narrowsTasks` on parameters `filterParams` already made. */
function paramsNarrow(params: Record<string, unknown>): boolean {
  return Object.entries(params).some(([name, value]) => name !== 'asOf' && value !== null && !(Array.isArray(value) && value.length === 0));
}

/** Tasks matching the filter, optionally only those assigned to `bodyKey`. */
export async function findTasks(graph: GraphReader, bodyKey: string | null, filter: TaskFilter, slice: Slice): Promise<Page<TaskRecord>> {
  const { params, bounds } = filterParams(filter);
  const [row] = await graph.read(cypher('task.find', bounds), { ...params, bodyKey, ...sliceParams(slice) });
  return pageOf(row, toTask);
}

/** What a task page may bring along for its tasks in the same statement. */
export interface TaskPageAlong {
  assignments: boolean;
  document: boolean;
}

export const NOTHING_ALONG: TaskPageAlong = { assignments: false, document: false };

export interface TaskPages {
  pages: Page<TaskRecord>[];
  /** Each paged task's assignments (lead first), when asked to bring them along. */
  assignments: Map<string, AssignmentRecord[]>;
  /** The paged tasks' documents, when asked to bring them along. */
  documents: DocumentRecord[];
}

/** The pages of task.ofBodies, and the bodies themselves (those that exist), which its rows bring too. */
export interface BodyTaskPages extends TaskPages {
  owners: BodyRecord[];
}

/** For each body, a page of the tasks assigned to it that match the filter, with what `along` asks for. */
export async function tasksOfBodies(graph: GraphReader, keys: readonly string[], filter: TaskFilter, slice: Slice, along: TaskPageAlong = NOTHING_ALONG): Promise<BodyTaskPages> {
  const { params, bounds } = filterParams(filter);
  const rows = await graph.read(cypher('task.ofBodies', bounds), {
    ...params,
    unnarrowed: !paramsNarrow(params),
    keys,
    skip: integer(slice.skip),
    limit: integer(slice.limit),
    withAssignments: along.assignments,
    withDocument: along.document,
  });
  const owners = rows.flatMap((row) => (Array.isArray(row.owner) ? [toBody(row.owner)] : []));
  return { ...pagedTasks(keys, rows), owners };
}

export interface StatusChange {
  status: TaskStatus;
  note: string | null;
  /** The day it was done, for DONE (default: today, or the day already recorded when it was DONE before). */
  completedAt: string | null;
  /** Who: an editor's label, never a key. */
  by: string;
  now?: Date;
}

/**
 * Sets a task's status (and note) and appends the change to its history; DONE records the day it was done,
 * any other status clears it. Null when there is no such task.
 */
export async function setTaskStatus(graph: GraphClient, key: string, change: StatusChange): Promise<TaskRecord | null> {
  const now = change.now ?? new Date();
  const [row] = await graph.write(cypher('task.setStatus'), {
    key,
    status: change.status,
    note: change.note,
    completedAt: change.completedAt,
    today: todayInVietnam(now),
    at: now.toISOString(),
    by: change.by,
  });
  return row ? toTask(row.task as Row) : null;
}

export interface DeadlineExtension {
  dueBy: string;
  reason: string;
  by: string;
  now?: Date;
}

/** Moves a task's last day and appends the extension, with its reason, to its history. Null when there is no such task. */
export async function extendTaskDeadline(graph: GraphClient, key: string, extension: DeadlineExtension): Promise<TaskRecord | null> {
  const now = extension.now ?? new Date();
  const [row] = await graph.write(cypher('task.extendDeadline'), {
    key,
    dueBy: extension.dueBy,
    reason: extension.reason,
    at: now.toISOString(),
    by: extension.by,
  });
  return row ? toTask(row.task as Row) : null;
}

// Made once: building a formatter costs far more than formatting (it was in every task list request's profile).
const VIETNAM_DAY = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh', year: 'numeric', month: '2-digit', day: '2-digit' });

/**
 * The day of the last minute formatted. Formatting still cost about 0.1 ms under load, once per task of a list
 * that selects `overdue`. The day turns on a whole minute wherever the zone's offset is whole minutes (every
 * zone's today, Vietnam's for over a century), so every moment of one minute falls on the same day.
 */
let dayOfMinute = { minute: Number.NaN, day: '' };

/** Today in Vietnam, where every deadline in the corpus is set. */
export function todayInVietnam(now = new Date()): string {
  const minute = Math.floor(now.getTime() / 60_000);
  if (minute !== dayOfMinute.minute) dayOfMinute = { minute, day: VIETNAM_DAY.format(now) };
  return dayOfMinute.day;
}

/** The task's last day: the stored one (extensions included), else what its text says. */
export function dueBy(task: Pick<TaskRecord, 'dueDate' | 'period'> & { dueBy?: string | null }): string | null {
  return task.dueBy ?? dueByFromText(task);
}

/** Not DONE and its last day has passed. */
export function isOverdue(task: Pick<TaskRecord, 'dueDate' | 'period' | 'status'> & { dueBy?: string | null }, today = todayInVietnam()): boolean {
  const last = dueBy(task);
  return task.status !== 'DONE' && last !== null && last < today;
}
