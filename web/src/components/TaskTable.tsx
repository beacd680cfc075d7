/** A table of tasks: text (link to the task page), lead and coordinating bodies, deadline, tracker cell. */
import type { AssignmentRole, TaskStatus, TrackerCell } from '../generated/operations';
import { cellLabel, formatDate, roleLabel } from '../labels';
import { bodyPath, Link, taskPath } from '../router';

export interface TaskRow {
  id: string;
  sectionPath?: string | null;
  text: string;
  /** The text with lost diacritics restored (damaged scans); shown when present. */
  textRestored?: string | null;
  deadlineRaw?: string | null;
  dueBy: string | null;
  status: TaskStatus;
  trackerCell: TrackerCell;
  assignments?: { role: AssignmentRole; body: { id: string; name: string } }[];
  document?: { id: string; symbol: string | null; title?: string | null } | null;
}

const shorten = (text: string) => (text.length > 220 ? `${text.slice(0, 220)}…` : text);

/** Where a task stands, as the tracker counts it (done on time, done late, in progress, overdue). */
export function CellBadge({ cell }: { cell: TrackerCell }) {
  return (
    <span className={`dg-status dg-status-${cell}`} data-cell={cell}>
      {cellLabel(cell)}
    </span>
  );
}

function Bodies({ row, role }: { row: TaskRow; role: AssignmentRole }) {
  const bodies = (row.assignments ?? []).filter((a) => a.role === role);
  if (bodies.length === 0) return <span className="dg-muted">—</span>;
  return (
    <>
      {bodies.map((a, i) => (
        <span key={`${a.body.id}-${i}`}>
          {i > 0 ? ', ' : ''}
          <Link href={bodyPath(a.body.id)}>{a.body.name}</Link>
        </span>
      ))}
    </>
  );
}

export function TaskTable({ rows, showDocument = false, caption }: { rows: TaskRow[]; showDocument?: boolean; caption: string }) {
  const showBodies = rows.some((row) => row.assignments !== undefined);
  return (
    <div className="dg-table-wrap">
      <table className="dg-table dg-stack">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Nhiệm vụ</th>
            {showDocument ? <th scope="col">Văn bản giao</th> : null}
            {showBodies ? <th scope="col">{roleLabel('LEAD')}</th> : null}
            {showBodies ? <th scope="col">{roleLabel('COORDINATE')}</th> : null}
            <th scope="col">Thời hạn</th>
            <th scope="col">Tình trạng</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} data-task-id={row.id}>
              <td>
                {row.sectionPath ? <span className="dg-muted">{row.sectionPath}. </span> : null}
                <Link href={taskPath(row.id)}>{shorten(row.textRestored ?? row.text)}</Link>
              </td>
              {showDocument ? <td data-label="Văn bản giao">{row.document?.symbol ?? '—'}</td> : null}
              {showBodies ? (
                <td data-label={roleLabel('LEAD')}>
                  <Bodies row={row} role="LEAD" />
                </td>
              ) : null}
              {showBodies ? (
                <td data-label={roleLabel('COORDINATE')}>
                  <Bodies row={row} role="COORDINATE" />
                </td>
              ) : null}
              <td data-label="Thời hạn">{row.dueBy ? formatDate(row.dueBy) : (row.deadlineRaw ?? '—')}</td>
              <td data-label="Tình trạng">
                <CellBadge cell={row.trackerCell} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
