/**
 * Records progress on a task (setTaskStatus). The API allows it only with an editor key; the key is kept for
 * this browser tab (sessionStorage) so an editor types it once, and never leaves this machine but to /graphql.
 */
import { useState, type FormEvent } from 'react';
import { SetTaskStatusDocument, type TaskStatus } from '../generated/operations';
import { ApiError, runOperation } from '../api/client';
import { statusLabel } from '../labels';

const KEY_STORAGE = 'directive-graph:editor-key';
const STATUSES: TaskStatus[] = ['NOT_STARTED', 'IN_PROGRESS', 'DONE'];

export function StatusForm({ taskId, current, onSaved }: { taskId: string; current: TaskStatus; onSaved: () => void }) {
  const [status, setStatus] = useState<TaskStatus>(current);
  const [note, setNote] = useState('');
  const [key, setKey] = useState(() => sessionStorage.getItem(KEY_STORAGE) ?? '');
  const [state, setState] = useState<{ kind: 'idle' | 'saving' | 'saved' } | { kind: 'error'; error: ApiError }>({ kind: 'idle' });
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setState({ kind: 'saving' });
    try {
      await runOperation(SetTaskStatusDocument, { taskId, status, note: note.trim() || null }, { editorKey: key.trim() });
      sessionStorage.setItem(KEY_STORAGE, key.trim());
      setState({ kind: 'saved' });
      setNote('');
      onSaved();
    } catch (error) {
      setState({ kind: 'error', error: error instanceof ApiError ? error : new ApiError('CLIENT', String(error)) });
    }
  };
  return (
    <form className="dg-status-form" onSubmit={submit} aria-labelledby="dg-status-form-title">
      <h3 id="dg-status-form-title">Cập nhật tình trạng (cần khóa biên tập)</h3>
      <label>
        Tình trạng{' '}
        <select name="status" value={status} onChange={(event) => setStatus(event.target.value as TaskStatus)}>
          {STATUSES.map((s) => (
            <option key={s} value={s}>
              {statusLabel(s)}
            </option>
          ))}
        </select>
      </label>
      <label>
        Ghi chú <input name="note" value={note} onChange={(event) => setNote(event.target.value)} placeholder="Kết quả, lý do…" />
      </label>
      <label>
        Khóa biên tập <input name="editorKey" type="password" autoComplete="off" value={key} onChange={(event) => setKey(event.target.value)} />
      </label>
      <button type="submit" disabled={state.kind === 'saving'}>
        {state.kind === 'saving' ? 'Đang lưu…' : 'Lưu'}
      </button>
      <p role="status" className="dg-form-state">
        {state.kind === 'saved' ? 'Đã lưu.' : null}
        {state.kind === 'error'
          ? state.error.code === 'FORBIDDEN' || state.error.code === 'UNAUTHENTICATED'
            ? `Không lưu được: cần khóa biên tập hợp lệ (${state.error.message})`
            : `Không lưu được (${state.error.code}): ${state.error.message}`
          : null}
      </p>
    </form>
  );
}
