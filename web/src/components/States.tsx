/** The loading, error and empty states every page shows the same way. */
import type { ReactNode } from 'react';
import type { ApiError } from '../api/client';
import type { OperationState } from '../api/useOperation';

export function Loading({ what }: { what: string }) {
  return (
    <p className="dg-loading" role="status" aria-live="polite">
      Đang tải {what}…
    </p>
  );
}

export function ErrorBox({ error, retry }: { error: ApiError; retry?: () => void }) {
  return (
    <div className="dg-error" role="alert">
      <p>
        <strong>Không tải được dữ liệu</strong> ({error.code}): {error.message}
      </p>
      {retry ? (
        <button type="button" onClick={retry}>
          Thử lại
        </button>
      ) : null}
    </div>
  );
}

export function Empty({ children }: { children: ReactNode }) {
  return <p className="dg-empty">{children}</p>;
}

/**
 * Renders the state of a request: loading, error (with retry), or the page built from its data. An error
 * whose code is NOT_FOUND (an id that names nothing) shows `notFound` instead, as an empty state.
 */
export function Resolved<TData>({
  state,
  what,
  retry,
  notFound,
  children,
}: {
  state: OperationState<TData>;
  what: string;
  retry?: () => void;
  notFound?: ReactNode;
  children: (data: TData) => ReactNode;
}) {
  if (state.status === 'loading') return <Loading what={what} />;
  if (state.status === 'error' && state.error.code === 'NOT_FOUND' && notFound) return <Empty>{notFound}</Empty>;
  if (state.status === 'error') return <ErrorBox error={state.error} retry={retry} />;
  return <>{children(state.data)}</>;
}
