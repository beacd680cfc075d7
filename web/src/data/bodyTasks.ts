/**
 * The tasks behind a dashboard number (ExplorerBodyTasks): a body's tasks filtered by tracker cell, source
 * document, deadline month and role, read page by page, as of the dashboard's day so the list matches its count.
 */
import { useCallback, useEffect, useState } from 'react';
import { ExplorerBodyTasksDocument, type AssignmentRole, type ExplorerBodyTasksQuery, type TrackerCell } from '../generated/operations';
import { ApiError, runOperation } from '../api/client';

export type BodyTask = NonNullable<ExplorerBodyTasksQuery['body']>['tasks']['nodes'][number];

export interface TaskFilter {
  cell: TrackerCell | null;
  documentId: string | null;
  /** YYYY-MM of the last day, or "none" for tasks without a deadline. */
  dueMonth: string | null;
  role: AssignmentRole | null;
}

const PAGE = 50;

async function readPage(bodyId: string, filter: TaskFilter, asOf: string, first: number, after: string | null, signal?: AbortSignal) {
  const data = await runOperation(ExplorerBodyTasksDocument, { id: bodyId, ...filter, asOf, first, after }, { signal });
  if (!data.body) throw new ApiError('NOT_FOUND', 'Cơ quan này không còn trong dữ liệu.');
  return data.body.tasks;
}

/** Every task the filter gives (for the CSV export), 100 a request. */
export async function readAllTasks(bodyId: string, filter: TaskFilter, asOf: string): Promise<BodyTask[]> {
  const tasks: BodyTask[] = [];
  let after: string | null = null;
  do {
    const page = await readPage(bodyId, filter, asOf, 100, after);
    tasks.push(...page.nodes);
    after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
  } while (after);
  return tasks;
}

export type TaskListState =
  | { status: 'loading' }
  | { status: 'error'; error: ApiError }
  | { status: 'done'; tasks: BodyTask[]; totalCount: number; more: boolean; loadingMore: boolean };

export function useBodyTasks(bodyId: string, filter: TaskFilter, asOf: string): { state: TaskListState; loadMore: () => void } {
  const [state, setState] = useState<TaskListState>({ status: 'loading' });
  const [cursor, setCursor] = useState<string | null>(null);
  const key = JSON.stringify([bodyId, filter, asOf]);
  useEffect(() => {
    const controller = new AbortController();
    setState({ status: 'loading' });
    readPage(bodyId, filter, asOf, PAGE, null, controller.signal).then(
      (page) => {
        setCursor(page.pageInfo.endCursor);
        setState({ status: 'done', tasks: page.nodes, totalCount: page.totalCount, more: page.pageInfo.hasNextPage, loadingMore: false });
      },
      (error: unknown) => {
        if (!controller.signal.aborted) setState({ status: 'error', error: error instanceof ApiError ? error : new ApiError('CLIENT', String(error)) });
      },
    );
    return () => controller.abort();
    // The key holds every input; the objects themselves change identity on each render.
  }, [key]);
  const loadMore = useCallback(() => {
    if (state.status !== 'done' || !state.more || state.loadingMore) return;
    setState({ ...state, loadingMore: true });
    readPage(bodyId, filter, asOf, PAGE, cursor).then(
      (page) => {
        setCursor(page.pageInfo.endCursor);
        setState({ status: 'done', tasks: [...state.tasks, ...page.nodes], totalCount: page.totalCount, more: page.pageInfo.hasNextPage, loadingMore: false });
      },
      (error: unknown) => setState({ status: 'error', error: error instanceof ApiError ? error : new ApiError('CLIENT', String(error)) }),
    );
  }, [state, bodyId, filter, asOf, cursor]);
  return { state, loadMore };
}
