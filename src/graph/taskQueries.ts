/**
 * Read and status queries about tasks for the API: batched lookups per task or per document, the
 * filtered task list (also per body), and the status update.
 */
import { cypher } from './cypherRegistry';
import type { GraphClient } from './driver';
import {
  groupedInKeyOrder,
  inKeyOrder,
  pageOf,
  pagesInKeyOrder,
  sliceParams,
  toBody,
  toDocument,
  toTask,
  type AssignmentRecord,
  type DocumentRecord,
  type GraphReader,
  type IndicatorRecord,
  type Page,
  type Slice,
  type TargetRecord,
  type TaskRecord,
  type TaskStatus,
} from './records';

type Row = Record<string, unknown>;

/** How far "downstream of a document" reaches: documents citing it through at most this many steps. */
export const DOWNSTREAM_DEPTH = 10;

export async function tasksByKeys(graph: GraphReader, keys: readonly string[]): Promise<(TaskRecord | null)[]> {
  const rows = await graph.read(cypher('task.byKeys'), { keys });
  return inKeyOrder(keys, rows, (r) => String(r.key), (r) => toTask(r.task as Row), () => null);
}

export async function tasksOfDocuments(graph: GraphReader, keys: readonly string[], slice: Slice): Promise<Page<TaskRecord>[]> {
  const rows = await graph.read(cypher('task.ofDocuments'), { keys, ...sliceParams(slice) });
  return pagesInKeyOrder(keys, rows, toTask);
}

export async function assignmentsOf(graph: GraphReader, keys: readonly string[]): Promise<AssignmentRecord[][]> {
  const rows = await graph.read(cypher('task.assignments'), { keys });
  return groupedInKeyOrder(keys, rows, (r) => String(r.key), (r) => ({
    taskKey: String(r.key),
    role: String(r.role),
    evidence: typeof r.evidence === 'string' ? r.evidence : null,
    section: typeof r.section === 'string' ? r.section : null,
    body: toBody(r.body as Row),
  }));
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
  /** ISO day: only tasks of documents issued by then and in force on it; null = any. */
  asOf: string | null;
}

function filterParams(filter: TaskFilter) {
  const { includeDownstream, ...rest } = filter;
  return {
    params: rest,
    bounds: { downstreamDepth: includeDownstream && filter.documentKey !== null ? DOWNSTREAM_DEPTH : 0 },
  };
}

/** Tasks matching the filter, optionally only those assigned to `bodyKey`. */
export async function findTasks(graph: GraphReader, bodyKey: string | null, filter: TaskFilter, slice: Slice): Promise<Page<TaskRecord>> {
  const { params, bounds } = filterParams(filter);
  const [row] = await graph.read(cypher('task.find', bounds), { ...params, bodyKey, ...sliceParams(slice) });
  return pageOf(row, toTask);
}

/** For each body, a page of the tasks assigned to it that match the filter. */
export async function tasksOfBodies(graph: GraphReader, keys: readonly string[], filter: TaskFilter, slice: Slice): Promise<Page<TaskRecord>[]> {
  const { params, bounds } = filterParams(filter);
  const rows = await graph.read(cypher('task.ofBodies', bounds), { ...params, keys, ...sliceParams(slice) });
  return pagesInKeyOrder(keys, rows, toTask);
}

/** Sets a task's status (and note); null when there is no such task. */
export async function setTaskStatus(graph: GraphClient, key: string, status: TaskStatus, note: string | null): Promise<TaskRecord | null> {
  const [row] = await graph.write(cypher('task.setStatus'), { key, status, note });
  return row ? toTask(row.task as Row) : null;
}

/**
 * The last day a task may be done: its due day, or the end of the period it names ("2025" -> 2025-12-31,
 * "2025-Q3" -> 2025-09-30, "2025-06" -> 2025-06-30). Null for recurring ("ANNUAL") or no deadline.
 * task.find / task.ofBodies compute the same in Cypher for their deadline filters.
 */
export function dueBy(task: Pick<TaskRecord, 'dueDate' | 'period'>): string | null {
  if (task.dueDate) return task.dueDate;
  const p = task.period ?? '';
  let m = /^(\d{4})$/.exec(p);
  if (m) return `${m[1]}-12-31`;
  m = /^(\d{4})-Q([1-4])$/.exec(p);
  if (m) return lastDayOfMonth(Number(m[1]), Number(m[2]) * 3);
  m = /^(\d{4})-(\d{2})$/.exec(p);
  if (m) return lastDayOfMonth(Number(m[1]), Number(m[2]));
  return null;
}

function lastDayOfMonth(year: number, month: number): string {
  const day = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Today in Vietnam, where every deadline in the corpus is set. */
export function todayInVietnam(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/** Not DONE and its last day has passed. */
export function isOverdue(task: Pick<TaskRecord, 'dueDate' | 'period' | 'status'>, today = todayInVietnam()): boolean {
  const last = dueBy(task);
  return task.status !== 'DONE' && last !== null && last < today;
}
