/**
 * What a provincial task tracker counts: every task falls in one of four cells as of a day. DONE splits
 * into on time and late against the task's last day (`dueBy`, extensions included); a task not done is
 * OVERDUE once that day has passed, else IN_PROGRESS (also when it has no deadline). A task completed after
 * the `asOf` day was not done yet on that day. body.dashboard and the cell filters of task.find /
 * task.ofBodies compute the same cells in Cypher; tests hold the two together.
 */
import type { TaskRecord } from './records';

export const TRACKER_CELLS = ['DONE_ON_TIME', 'DONE_LATE', 'IN_PROGRESS', 'OVERDUE'] as const;
export type TrackerCell = (typeof TRACKER_CELLS)[number];

/** Dashboard bucket of tasks without a last day (no deadline, or a recurring one). */
export const NO_DUE_MONTH = 'none';

export function trackerCell(task: Pick<TaskRecord, 'status' | 'completedAt' | 'dueBy'>, asOf: string): TrackerCell {
  const completed = task.completedAt ?? '';
  if (task.status === 'DONE' && completed <= asOf) {
    return task.dueBy === null || completed <= task.dueBy ? 'DONE_ON_TIME' : 'DONE_LATE';
  }
  return task.dueBy !== null && task.dueBy < asOf ? 'OVERDUE' : 'IN_PROGRESS';
}

/** "YYYY-MM" of the last day, or NO_DUE_MONTH. */
export function dueMonth(task: Pick<TaskRecord, 'dueBy'>): string {
  return task.dueBy ? task.dueBy.slice(0, 7) : NO_DUE_MONTH;
}

/** Properties of a task that record progress rather than what its text says: they move to the matching task of a new version. */
export function isProgressProperty(name: string): boolean {
  return name.startsWith('status') || name.startsWith('history') || name === 'completedAt' || name === 'deadlineExtendedTo';
}

/**
 * The last day a task may be done by its text: its due day, or the end of the period it names ("2025" ->
 * 2025-12-31, "2025-Q3" -> 2025-09-30, "2025-06" -> 2025-06-30). Null for recurring ("ANNUAL") or no
 * deadline. Ingestion stores it as the task's `dueBy`, which a deadline extension then moves.
 */
export function dueByFromText(task: Pick<TaskRecord, 'dueDate' | 'period'>): string | null {
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
