/** A table of tasks: text (link to the task page), lead and coordinating bodies, deadline, status. */
import type { AssignmentRole, TaskStatus } from '../generated/operations';
import { formatDate, roleLabel, statusLabel } from '../labels';
import { bodyPath, Link, taskPath } from '../router';

export interface TaskRow {
  id: string;
  sectionPath?: string | null;
  text: string;
  deadlineRaw?: string | null;
  dueBy: string | null;
  status: TaskStatus;
  overdue: boolean;
  assignments?: { role: AssignmentRole; body: { id: string; name: string } }[];
  document?: { id: string; symbol: string | null; title?: string | null } | null;
}

export function StatusBadge({ status, overdue }: { status: TaskStatus; overdue: boolean }) {
  return (
    <span className={`dg-status dg-status-${status}${overdue ? ' dg-status-overdue' : ''}`}>
      {statusLabel(status)}
      {overdue ? ' · quá hạn' : ''}
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
      <table className="dg-table">
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
                <Link href={taskPath(row.id)}>{row.text.length > 220 ? `${row.text.slice(0, 220)}…` : row.text}</Link>
              </td>
              {showDocument ? <td>{row.document?.symbol ?? '—'}</td> : null}
              {showBodies ? (
                <td>
                  <Bodies row={row} role="LEAD" />
                </td>
              ) : null}
              {showBodies ? (
                <td>
                  <Bodies row={row} role="COORDINATE" />
                </td>
              ) : null}
              <td>{row.dueBy ? formatDate(row.dueBy) : (row.deadlineRaw ?? '—')}</td>
              <td>
                <StatusBadge status={row.status} overdue={row.overdue} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
