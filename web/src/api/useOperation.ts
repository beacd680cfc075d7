/**
 * A React hook around runOperation: the state of one request (loading, error, data) that re-runs when its
 * variables change and drops answers that arrive after the page moved on.
 */
import { useCallback, useEffect, useState } from 'react';
import type { TypedDocumentString } from '../generated/operations';
import { ApiError, runOperation } from './client';

export type OperationState<TData> =
  | { status: 'loading' }
  | { status: 'error'; error: ApiError }
  | { status: 'done'; data: TData };

export function useOperation<TData, TVariables>(
  operation: TypedDocumentString<TData, TVariables>,
  variables: TVariables | null,
): { state: OperationState<TData>; reload: () => void } {
  const [state, setState] = useState<OperationState<TData>>({ status: 'loading' });
  const [round, setRound] = useState(0);
  const key = variables === null ? null : JSON.stringify(variables);
  useEffect(() => {
    if (key === null) return;
    const controller = new AbortController();
    setState({ status: 'loading' });
    runOperation(operation, JSON.parse(key) as TVariables, { signal: controller.signal }).then(
      (data) => setState({ status: 'done', data }),
      (error: unknown) => {
        if (controller.signal.aborted) return;
        setState({ status: 'error', error: error instanceof ApiError ? error : new ApiError('CLIENT', String(error)) });
      },
    );
    return () => controller.abort();
  }, [operation, key, round]);
  const reload = useCallback(() => setRound((n) => n + 1), []);
  return { state, reload };
}
