/**
 * A body: the dashboard of the tasks it answers for, counted in the database (ExplorerBody) as provincial
 * trackers do in four cells (done on time, done late, in progress within the deadline, overdue), by source
 * directive and by deadline month; every number links to the list behind it (ExplorerBodyTasks; the filter
 * is in the URL, so it can be shared), which exports to CSV. Then what the body issued.
 */
import { useEffect, useState } from 'react';
import { ExplorerBodyDocument, type AssignmentRole, type ExplorerBodyQuery, type TrackerCell } from '../generated/operations';
import { useOperation } from '../api/useOperation';
import { ApiError } from '../api/client';
import { readAllTasks, useBodyTasks, type BodyTask, type TaskFilter } from '../data/bodyTasks';
import { downloadText, toCsv } from '../data/csv';
import { Empty, ErrorBox, Loading, Resolved } from '../components/States';
import { CellBadge } from '../components/TaskTable';
import { cellLabel, formatDate, jurisdictionLabel, roleLabel, statusLabel, TRACKER_CELLS } from '../labels';
import { bodyPath, documentPath, Link, navigate, taskPath } from '../router';

type Dashboard = NonNullable<ExplorerBodyQuery['body']>['dashboard'];
type Counts = Dashboard['total'];
type BodyData = NonNullable<ExplorerBodyQuery['body']>;

/** The field of TrackerCounts that counts each cell. */
const COUNT_OF: Record<TrackerCell, keyof Omit<Counts, 'total'>> = {
  DONE_ON_TIME: 'doneOnTime',
  DONE_LATE: 'doneLate',
  IN_PROGRESS: 'inProgress',
  OVERDUE: 'overdue',
};
const ROLES: AssignmentRole[] = ['LEAD', 'COORDINATE', 'SUPERVISE'];

function filterFrom(params: URLSearchParams): TaskFilter {
  const cell = params.get('o');
  const role = params.get('vaitro');
  return {
    cell: cell && (TRACKER_CELLS as string[]).includes(cell) ? (cell as TrackerCell) : null,
    documentId: params.get('vb'),
    dueMonth: params.get('thang'),
    role: role && (ROLES as string[]).includes(role) ? (role as AssignmentRole) : null,
  };
}

function hrefOf(bodyId: string, filter: TaskFilter, anchor = ''): string {
  const params: Record<string, string> = {};
  if (filter.cell) params.o = filter.cell;
  if (filter.documentId) params.vb = filter.documentId;
  if (filter.dueMonth) params.thang = filter.dueMonth;
  if (filter.role) params.vaitro = filter.role;
  return `${bodyPath(bodyId, params)}${anchor}`;
}

const monthLabel = (month: string) => (month === 'none' ? 'Không có thời hạn' : `${month.slice(5, 7)}/${month.slice(0, 4)}`);

function CountLink({ href, count, label }: { href: string; count: number; label: string }) {
  if (count === 0) return <span className="dg-muted">0</span>;
  return (
    <Link href={href} aria-label={`${label}: ${count} nhiệm vụ`} data-count={count}>
      {count}
    </Link>
  );
}

function CountCells({ bodyId, base, counts, label }: { bodyId: string; base: TaskFilter; counts: Counts; label: string }) {
  return (
    <>
      {TRACKER_CELLS.map((cell) => (
        <td key={cell} className="dg-num" data-cell={cell}>
          <CountLink href={hrefOf(bodyId, { ...base, cell }, '#dg-list')} count={counts[COUNT_OF[cell]]} label={`${label}, ${cellLabel(cell)}`} />
        </td>
      ))}
      <td className="dg-num" data-cell="total">
        <CountLink href={hrefOf(bodyId, { ...base, cell: null }, '#dg-list')} count={counts.total} label={`${label}, tổng`} />
      </td>
    </>
  );
}

function CellHeaders() {
  return (
    <>
      {TRACKER_CELLS.map((cell) => (
        <th key={cell} scope="col" className={`dg-cell-${cell}`}>
          {cellLabel(cell)}
        </th>
      ))}
      <th scope="col">Tổng</th>
    </>
  );
}

function DashboardView({ body, filter }: { body: BodyData; filter: TaskFilter }) {
  const { dashboard } = body;
  const base: TaskFilter = { cell: null, documentId: null, dueMonth: null, role: filter.role };
  return (
    <>
      <section aria-labelledby="dg-cells-heading">
        <div className="dg-section-head">
          <h2 id="dg-cells-heading">Theo dõi nhiệm vụ ({dashboard.total.total})</h2>
          <label>
            Vai trò{' '}
            <select value={filter.role ?? ''} onChange={(event) => navigate(hrefOf(body.id, { ...base, role: (event.target.value || null) as AssignmentRole | null }), { replace: true })}>
              <option value="">Mọi vai trò</option>
              {ROLES.map((role) => (
                <option key={role} value={role}>
                  {roleLabel(role)}
                </option>
              ))}
            </select>
          </label>
        </div>
        <p className="dg-muted">Tính đến ngày {formatDate(dashboard.asOf)}.</p>
        <ul className="dg-cells">
          {TRACKER_CELLS.map((cell) => (
            <li key={cell} className={`dg-cell-card dg-cell-${cell}`} data-cell={cell}>
              <Link href={hrefOf(body.id, { ...base, cell }, '#dg-list')} aria-label={`${cellLabel(cell)}: ${dashboard.total[COUNT_OF[cell]]} nhiệm vụ`}>
                <span className="dg-cell-count">{dashboard.total[COUNT_OF[cell]]}</span>
                <span className="dg-cell-label">{cellLabel(cell)}</span>
              </Link>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="dg-by-source-heading">
        <h2 id="dg-by-source-heading">Theo văn bản giao nhiệm vụ</h2>
        {dashboard.byDocument.length === 0 ? (
          <Empty>Không có nhiệm vụ nào.</Empty>
        ) : (
          <div className="dg-table-wrap">
            <table className="dg-table dg-counts" data-table="by-source">
              <thead>
                <tr>
                  <th scope="col">Văn bản</th>
                  <CellHeaders />
                </tr>
              </thead>
              <tbody>
                {dashboard.byDocument.map((row) => (
                  <tr key={row.document.id} data-document-id={row.document.id}>
                    <th scope="row">
                      <Link href={documentPath(row.document.id)}>{row.document.symbol ?? 'Văn bản không số'}</Link>
                      <div className="dg-muted dg-clip">{row.document.title}</div>
                    </th>
                    <CountCells bodyId={body.id} base={{ ...base, documentId: row.document.id }} counts={row.counts} label={row.document.symbol ?? 'văn bản'} />
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      <section aria-labelledby="dg-by-month-heading">
        <h2 id="dg-by-month-heading">Theo tháng đến hạn</h2>
        {dashboard.byDueMonth.length === 0 ? (
          <Empty>Không có nhiệm vụ nào.</Empty>
        ) : (
          <div className="dg-table-wrap">
            <table className="dg-table dg-counts" data-table="by-month">
              <thead>
                <tr>
                  <th scope="col">Tháng</th>
                  <CellHeaders />
                </tr>
              </thead>
              <tbody>
                {dashboard.byDueMonth.map((row) => (
                  <tr key={row.month} data-month={row.month}>
                    <th scope="row">{monthLabel(row.month)}</th>
                    <CountCells bodyId={body.id} base={{ ...base, dueMonth: row.month }} counts={row.counts} label={monthLabel(row.month)} />
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </>
  );
}

function describe(filter: TaskFilter, dashboard: Dashboard): string {
  const parts: string[] = [];
  if (filter.cell) parts.push(cellLabel(filter.cell));
  if (filter.documentId) parts.push(`giao bởi ${dashboard.byDocument.find((row) => row.document.id === filter.documentId)?.document.symbol ?? 'một văn bản'}`);
  if (filter.dueMonth) parts.push(`hạn ${monthLabel(filter.dueMonth)}`);
  if (filter.role) parts.push(`vai trò ${roleLabel(filter.role)}`);
  return parts.length ? parts.join(', ') : 'tất cả';
}

function csvOf(bodyId: string, tasks: BodyTask[]): string {
  return toCsv(
    ['Văn bản giao', 'Nhiệm vụ', 'Vai trò', 'Thời hạn', 'Tình trạng', 'Ngày hoàn thành', 'Ô theo dõi'],
    tasks.map((t) => [
      t.document.symbol ?? '',
      t.text,
      t.assignments
        .filter((a) => a.body.id === bodyId)
        .map((a) => roleLabel(a.role))
        .join('; '),
      t.dueBy ?? t.deadlineRaw ?? '',
      statusLabel(t.status),
      t.completedAt ?? '',
      cellLabel(t.trackerCell),
    ]),
  );
}

function TaskList({ body, filter }: { body: BodyData; filter: TaskFilter }) {
  const asOf = body.dashboard.asOf;
  const { state, loadMore } = useBodyTasks(body.id, filter, asOf);
  const [exporting, setExporting] = useState<{ busy: boolean; error: ApiError | null }>({ busy: false, error: null });
  const filtered = filter.cell || filter.documentId || filter.dueMonth;
  const exportCsv = async () => {
    setExporting({ busy: true, error: null });
    try {
      const tasks = await readAllTasks(body.id, filter, asOf);
      downloadText(`nhiem-vu-${body.key.replace(/[^\p{L}\p{N}]+/gu, '-')}-${asOf}.csv`, csvOf(body.id, tasks));
      setExporting({ busy: false, error: null });
    } catch (error) {
      setExporting({ busy: false, error: error instanceof ApiError ? error : new ApiError('CLIENT', String(error)) });
    }
  };
  return (
    <section aria-labelledby="dg-list-heading" id="dg-list">
      <div className="dg-section-head">
        <h2 id="dg-list-heading">
          Danh sách: {describe(filter, body.dashboard)}
          {state.status === 'done' ? ` (${state.totalCount})` : ''}
        </h2>
        <div className="dg-actions">
          {filtered ? <Link href={hrefOf(body.id, { cell: null, documentId: null, dueMonth: null, role: filter.role })}>Bỏ lọc</Link> : null}
          <button type="button" onClick={() => void exportCsv()} disabled={exporting.busy || state.status !== 'done' || state.totalCount === 0}>
            {exporting.busy ? 'Đang xuất…' : 'Xuất CSV'}
          </button>
        </div>
      </div>
      {exporting.error ? <ErrorBox error={exporting.error} /> : null}
      {state.status === 'loading' ? <Loading what="danh sách" /> : null}
      {state.status === 'error' ? <ErrorBox error={state.error} /> : null}
      {state.status === 'done' && state.tasks.length === 0 ? <Empty>Không có nhiệm vụ nào ở đây.</Empty> : null}
      {state.status === 'done' && state.tasks.length > 0 ? (
        <>
          <div className="dg-table-wrap">
            <table className="dg-table dg-stack" data-table="list">
              <thead>
                <tr>
                  <th scope="col">Nhiệm vụ</th>
                  <th scope="col">Văn bản giao</th>
                  <th scope="col">Vai trò</th>
                  <th scope="col">Thời hạn</th>
                  <th scope="col">Tình trạng</th>
                </tr>
              </thead>
              <tbody>
                {state.tasks.map((task) => (
                  <tr key={task.id} data-task-id={task.id} data-cell={task.trackerCell}>
                    <td>
                      <Link href={taskPath(task.id)}>{task.text.length > 200 ? `${task.text.slice(0, 200)}…` : task.text}</Link>
                    </td>
                    <td data-label="Văn bản giao">
                      <Link href={documentPath(task.document.id)}>{task.document.symbol ?? '—'}</Link>
                    </td>
                    <td data-label="Vai trò">
                      {[...new Set(task.assignments.filter((a) => a.body.id === body.id).map((a) => roleLabel(a.role)))].join(', ')}
                    </td>
                    <td data-label="Thời hạn">{task.dueBy ? formatDate(task.dueBy) : (task.deadlineRaw ?? '—')}</td>
                    <td data-label="Tình trạng">
                      <CellBadge cell={task.trackerCell} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {state.more ? (
            <button type="button" onClick={loadMore} disabled={state.loadingMore}>
              {state.loadingMore ? 'Đang tải…' : `Xem thêm (còn ${state.totalCount - state.tasks.length})`}
            </button>
          ) : null}
        </>
      ) : null}
    </section>
  );
}

export function BodyPage({ id, params }: { id: string; params: URLSearchParams }) {
  const filter = filterFrom(params);
  const { state, reload } = useOperation(ExplorerBodyDocument, { id, role: filter.role });
  useEffect(() => {
    if (state.status === 'done' && state.data.body) document.title = `${state.data.body.name} · directive-graph`;
  }, [state]);
  const notFound = <>Không có cơ quan này (mã {id}); hãy tìm lại.</>;
  return (
    <main id="dg-main" className="dg-page">
      <Resolved state={state} what="cơ quan" retry={reload} notFound={notFound}>
        {(data) =>
          !data.body ? (
            <Empty>{notFound}</Empty>
          ) : (
            <>
              <p className="dg-kicker">Cơ quan · {jurisdictionLabel(data.body.jurisdiction)}</p>
              <h1>{data.body.name}</h1>
              {data.body.aliases.length > 1 ? (
                <p className="dg-muted">Tên khác trong văn bản: {data.body.aliases.filter((a) => a !== data.body!.name).join('; ')}</p>
              ) : null}
              <DashboardView body={data.body} filter={filter} />
              <TaskList body={data.body} filter={filter} />
              <section aria-labelledby="dg-issued-heading">
                <h2 id="dg-issued-heading">Văn bản đã ban hành ({data.body.issued.totalCount})</h2>
                {data.body.issued.nodes.length === 0 ? (
                  <Empty>Chưa có văn bản nào do cơ quan này ban hành trong dữ liệu.</Empty>
                ) : (
                  <ul className="dg-hit-list">
                    {data.body.issued.nodes.map((doc) => (
                      <li key={doc.id}>
                        <Link href={documentPath(doc.id)}>{doc.symbol ?? 'Văn bản không số'}</Link>
                        <span className="dg-muted"> · {formatDate(doc.date)}</span> {doc.title}
                      </li>
                    ))}
                  </ul>
                )}
              </section>
            </>
          )
        }
      </Resolved>
    </main>
  );
}
