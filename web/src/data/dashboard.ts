/**
 * A body's task dashboard: its tasks, each in one tracker cell, counted in total, by source directive and by
 * deadline month, with the filter that gives the list behind each number.
 */
import { useEffect, useState, useCallback } from 'react';
import { ExplorerBodyPageDocument, type AssignmentRole, type ExplorerBodyPageQuery, type TaskStatus } from '../generated/operations';
import { ApiError, runOperation } from '../api/client';
import type { OperationState } from '../api/useOperation';
import { TRACKER_CELLS, type TrackerCell } from '../labels';

export type CellCounts = Record<TrackerCell, number>;

type BodyData = NonNullable<ExplorerBodyPageQuery['body']>;

export interface DashboardTask {
  id: string;
  text: string;
  sectionPath: string | null;
  dueBy: string | null;
  status: TaskStatus;
  overdue: boolean;
  cell: TrackerCell;
  roles: AssignmentRole[];
  document: { id: string; symbol: string | null; title: string | null };
}

export interface DashboardFilter {
  cell: TrackerCell | null;
  documentId: string | null;
  /** YYYY-MM of the last day, or 'none' for tasks without a deadline. */
  month: string | null;
}

export interface Dashboard {
  body: Pick<BodyData, 'id' | 'name' | 'jurisdiction' | 'aliases'>;
  issued: BodyData['issued'];
  total: number;
  cells: CellCounts;
  bySource: { document: DashboardTask['document']; counts: CellCounts }[];
  byMonth: { month: string; counts: CellCounts }[];
  tasks: DashboardTask[];
  matches(task: DashboardTask, filter: DashboardFilter): boolean;
}

const emptyCounts = (): CellCounts => Object.fromEntries(TRACKER_CELLS.map((cell) => [cell, 0])) as CellCounts;

const monthOf = (task: DashboardTask) => (task.dueBy ? task.dueBy.slice(0, 7) : 'none');

/** Vietnam's calendar day of an ISO date-time. */
const vietnamDay = (iso: string) => new Date(new Date(iso).getTime() + 7 * 3600_000).toISOString().slice(0, 10);

/** Where a task stands: done by its last day or after it, not done and within it, not done and past it. */
export function trackerCellOf(task: { status: TaskStatus; overdue: boolean; dueBy: string | null; statusUpdatedAt: string | null }): TrackerCell {
  if (task.status === 'DONE') {
    if (!task.dueBy || !task.statusUpdatedAt) return 'DONE_ON_TIME';
    return vietnamDay(task.statusUpdatedAt) <= task.dueBy ? 'DONE_ON_TIME' : 'DONE_LATE';
  }
  return task.overdue ? 'OVERDUE' : 'IN_PROGRESS';
}

export function buildDashboard(body: BodyData, nodes: BodyData['tasks']['nodes']): Dashboard {
  const tasks: DashboardTask[] = nodes.map((node) => ({
    id: node.id,
    text: node.text,
    sectionPath: node.sectionPath,
    dueBy: node.dueBy,
    status: node.status,
    overdue: node.overdue,
    cell: trackerCellOf(node),
    roles: [...new Set(node.assignments.filter((a) => a.body.id === body.id).map((a) => a.role))],
    document: node.document,
  }));
  const cells = emptyCounts();
  const bySource = new Map<string, { document: DashboardTask['document']; counts: CellCounts }>();
  const byMonth = new Map<string, CellCounts>();
  for (const task of tasks) {
    cells[task.cell] += 1;
    const source = bySource.get(task.document.id) ?? { document: task.document, counts: emptyCounts() };
    source.counts[task.cell] += 1;
    bySource.set(task.document.id, source);
    const month = byMonth.get(monthOf(task)) ?? emptyCounts();
    month[task.cell] += 1;
    byMonth.set(monthOf(task), month);
  }
  return {
    body: { id: body.id, name: body.name, jurisdiction: body.jurisdiction, aliases: body.aliases },
    issued: body.issued,
    total: tasks.length,
    cells,
    bySource: [...bySource.values()],
    byMonth: [...byMonth.entries()]
      .sort((a, b) => (a[0] === 'none' ? 1 : b[0] === 'none' ? -1 : a[0].localeCompare(b[0])))
      .map(([month, counts]) => ({ month, counts })),
    tasks,
    matches: (task, filter) =>
      (!filter.cell || task.cell === filter.cell) &&
      (!filter.documentId || task.document.id === filter.documentId) &&
      (!filter.month || monthOf(task) === filter.month),
  };
}

/** Reads the body and every page of its tasks. */
async function loadDashboard(id: string, signal: AbortSignal): Promise<Dashboard | null> {
  let after: string | null = null;
  let body: BodyData | null = null;
  const nodes: BodyData['tasks']['nodes'] = [];
  do {
    const data: ExplorerBodyPageQuery = await runOperation(ExplorerBodyPageDocument, { id, first: 100, after }, { signal });
    if (!data.body) return null;
    body ??= data.body;
    nodes.push(...data.body.tasks.nodes);
    after = data.body.tasks.pageInfo.hasNextPage ? (data.body.tasks.pageInfo.endCursor ?? null) : null;
  } while (after);
  return buildDashboard(body, nodes);
}

export function useDashboard(id: string): { state: OperationState<Dashboard | null>; reload: () => void } {
  const [state, setState] = useState<OperationState<Dashboard | null>>({ status: 'loading' });
  const [round, setRound] = useState(0);
  useEffect(() => {
    const controller = new AbortController();
    setState({ status: 'loading' });
    loadDashboard(id, controller.signal).then(
      (data) => setState({ status: 'done', data }),
      (error: unknown) => {
        if (!controller.signal.aborted) setState({ status: 'error', error: error instanceof ApiError ? error : new ApiError('CLIENT', String(error)) });
      },
    );
    return () => controller.abort();
  }, [id, round]);
  return { state, reload: useCallback(() => setRound((n) => n + 1), []) };
}
