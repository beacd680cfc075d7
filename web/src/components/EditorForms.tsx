/**
 * What an editor records on a task: progress (setTaskStatus, with the day it was done) and a deadline
 * extension with its reason (extendTaskDeadline). The API accepts both only with an editor key; the key is
 * kept for this browser tab (sessionStorage) so an editor types it once, and is sent only to /graphql.
 */
import { useState, type FormEvent, type ReactNode } from 'react';
import { ExplorerExtendTaskDeadlineDocument, ExplorerSetTaskStatusDocument, type TaskStatus } from '../generated/operations';
import { ApiError, runOperation } from '../api/client';
import { statusLabel } from '../labels';

const KEY_STORAGE = 'directive-graph:editor-key';
const STATUSES: TaskStatus[] = ['NOT_STARTED', 'IN_PROGRESS', 'DONE'];

/** Today in Vietnam (UTC+7), YYYY-MM-DD: the day a task is recorded done unless the editor says otherwise. */
export const vietnamToday = () => new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10);

type SaveState = { kind: 'idle' | 'saving' | 'saved' } | { kind: 'error'; error: ApiError };

/** No key typed: nothing is sent (the API would refuse it), the form says what is missing. */
const NO_KEY = new ApiError('NO_EDITOR_KEY', 'Chưa nhập khóa biên tập. Chỉ người được cấp khóa biên tập (API_EDITOR_KEYS) mới cập nhật được nhiệm vụ.');

function useEditorKey(): [string, (key: string) => void, () => void] {
  const [key, setKey] = useState(() => sessionStorage.getItem(KEY_STORAGE) ?? '');
  return [key, setKey, () => sessionStorage.setItem(KEY_STORAGE, key.trim())];
}

function SaveMessage({ state }: { state: SaveState }) {
  let text = '';
  if (state.kind === 'saved') text = 'Đã lưu.';
  if (state.kind === 'error') {
    text =
      state.error.code === 'FORBIDDEN' || state.error.code === 'UNAUTHENTICATED' || state.error.code === 'NO_EDITOR_KEY'
        ? `Không lưu được: cần khóa biên tập hợp lệ. (${state.error.message})`
        : `Không lưu được (${state.error.code}): ${state.error.message}`;
  }
  return (
    <p role="status" className="dg-form-state">
      {text}
    </p>
  );
}

function EditorForm({ title, name, onSubmit, state, children }: { title: string; name: string; onSubmit: () => Promise<void>; state: SaveState; children: ReactNode }) {
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void onSubmit();
  };
  return (
    <form className="dg-editor-form" data-form={name} onSubmit={submit} aria-label={title}>
      <h3>{title}</h3>
      {children}
      <button type="submit" disabled={state.kind === 'saving'}>
        {state.kind === 'saving' ? 'Đang lưu…' : 'Lưu'}
      </button>
      <SaveMessage state={state} />
    </form>
  );
}

async function save(key: string, setState: (state: SaveState) => void, work: () => Promise<unknown>, after: () => void): Promise<void> {
  if (!key.trim()) {
    setState({ kind: 'error', error: NO_KEY });
    return;
  }
  setState({ kind: 'saving' });
  try {
    await work();
    setState({ kind: 'saved' });
    after();
  } catch (error) {
    setState({ kind: 'error', error: error instanceof ApiError ? error : new ApiError('CLIENT', String(error)) });
  }
}

function KeyField({ value, onChange }: { value: string; onChange: (key: string) => void }) {
  return (
    <label>
      Khóa biên tập <input name="editorKey" type="password" autoComplete="off" value={value} onChange={(event) => onChange(event.target.value)} />
    </label>
  );
}

export function StatusForm({ taskId, current, onSaved }: { taskId: string; current: TaskStatus; onSaved: () => void }) {
  const [status, setStatus] = useState<TaskStatus>(current);
  const [note, setNote] = useState('');
  const [completedAt, setCompletedAt] = useState(vietnamToday);
  const [key, setKey, keepKey] = useEditorKey();
  const [state, setState] = useState<SaveState>({ kind: 'idle' });
  const submit = () =>
    save(
      key,
      setState,
      () =>
        runOperation(
          ExplorerSetTaskStatusDocument,
          { taskId, status, note: note.trim() || null, completedAt: status === 'DONE' ? completedAt : null },
          { editorKey: key.trim() },
        ),
      () => {
        keepKey();
        setNote('');
        onSaved();
      },
    );
  return (
    <EditorForm title="Cập nhật tình trạng (cần khóa biên tập)" name="status" onSubmit={submit} state={state}>
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
      {status === 'DONE' ? (
        <label>
          Ngày hoàn thành <input name="completedAt" type="date" max={vietnamToday()} value={completedAt} onChange={(event) => setCompletedAt(event.target.value)} />
        </label>
      ) : null}
      <label>
        Ghi chú <input name="note" value={note} onChange={(event) => setNote(event.target.value)} placeholder="Kết quả, lý do…" />
      </label>
      <KeyField value={key} onChange={setKey} />
    </EditorForm>
  );
}

export function DeadlineForm({ taskId, dueBy, onSaved }: { taskId: string; dueBy: string | null; onSaved: () => void }) {
  const [day, setDay] = useState(dueBy ?? vietnamToday());
  const [reason, setReason] = useState('');
  const [key, setKey, keepKey] = useEditorKey();
  const [state, setState] = useState<SaveState>({ kind: 'idle' });
  const submit = () =>
    save(
      key,
      setState,
      () => runOperation(ExplorerExtendTaskDeadlineDocument, { taskId, dueBy: day, reason: reason.trim() }, { editorKey: key.trim() }),
      () => {
        keepKey();
        setReason('');
        onSaved();
      },
    );
  return (
    <EditorForm title="Gia hạn (cần khóa biên tập)" name="deadline" onSubmit={submit} state={state}>
      <label>
        Hạn mới <input name="dueBy" type="date" required value={day} onChange={(event) => setDay(event.target.value)} />
      </label>
      <label>
        Lý do <input name="reason" required value={reason} onChange={(event) => setReason(event.target.value)} placeholder="Văn bản, lý do gia hạn…" />
      </label>
      <KeyField value={key} onChange={setKey} />
    </EditorForm>
  );
}
