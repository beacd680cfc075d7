/**
 * A body: what it issued, and the dashboard of the tasks it answers for, counted as provincial trackers do in
 * four cells (done on time, done late, in progress within the deadline, overdue), by source directive and by
 * deadline month. Every number is a link to the list behind it (the filter is in the URL, so it can be
 * shared); the list exports to CSV.
 */
import { useEffect, useMemo } from 'react';
import { useDashboard, type Dashboard, type DashboardFilter, type DashboardTask, type CellCounts } from '../data/dashboard';
import { toCsv, downloadText } from '../data/csv';
import { Empty, Resolved } from '../components/States';
import { StatusBadge } from '../components/TaskTable';
import { cellLabel, formatDate, jurisdictionLabel, roleLabel, TRACKER_CELLS, type TrackerCell } from '../labels';
import { bodyPath, documentPath, Link, taskPath } from '../router';

function filterFromParams(params: URLSearchParams): DashboardFilter {
  const cell = params.get('o');
  return {
    cell: cell && (TRACKER_CELLS as string[]).includes(cell) ? (cell as TrackerCell) : null,
    documentId: params.get('vb'),
    month: params.get('thang'),
  };
}

function filterParams(filter: DashboardFilter): Record<string, string> {
  const params: Record<string, string> = {};
  if (filter.cell) params.o = filter.cell;
  if (filter.documentId) params.vb = filter.documentId;
  if (filter.month) params.thang = filter.month;
  return params;
}

const monthLabel = (month: string) => (month === 'none' ? 'Không có thời hạn' : `${month.slice(5, 7)}/${month.slice(0, 4)}`);

function CountLink({ bodyId, filter, count, label }: { bodyId: string; filter: DashboardFilter; count: number; label: string }) {
  if (count === 0) return <span className="dg-muted">0</span>;
  return (
    <Link href={`${bodyPath(bodyId, filterParams(filter))}#dg-list`} aria-label={`${label}: ${count} nhiệm vụ`} data-count={count}>
      {count}
    </Link>
  );
}

function CountsRow({ bodyId, base, counts, label }: { bodyId: string; base: DashboardFilter; counts: CellCounts; label: string }) {
  const total = TRACKER_CELLS.reduce((sum, cell) => sum + counts[cell], 0);
  return (
    <>
      {TRACKER_CELLS.map((cell) => (
        <td key={cell} className={`dg-num dg-cell-${cell}`}>
          <CountLink bodyId={bodyId} filter={{ ...base, cell }} count={counts[cell]} label={`${label}, ${cellLabel(cell)}`} />
        </td>
      ))}
      <td className="dg-num">
        <CountLink bodyId={bodyId} filter={base} count={total} label={`${label}, tổng`} />
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

function describe(filter: DashboardFilter, dashboard: Dashboard): string {
  const parts: string[] = [];
  if (filter.cell) parts.push(cellLabel(filter.cell));
  if (filter.documentId) parts.push(`giao bởi ${dashboard.bySource.find((s) => s.document.id === filter.documentId)?.document.symbol ?? 'một văn bản'}`);
  if (filter.month) parts.push(`hạn ${monthLabel(filter.month)}`);
  return parts.length ? parts.join(', ') : 'tất cả';
}

function exportCsv(bodyName: string, tasks: DashboardTask[]): void {
  const csv = toCsv(
    ['Văn bản giao', 'Mục', 'Nhiệm vụ', 'Vai trò', 'Thời hạn', 'Tình trạng', 'Ô theo dõi'],
    tasks.map((t) => [t.document.symbol ?? '', t.sectionPath ?? '', t.text, t.roles.map(roleLabel).join('; '), t.dueBy ?? '', t.status, cellLabel(t.cell)]),
  );
  downloadText(`nhiem-vu-${bodyName.replace(/\s+/g, '-')}.csv`, csv);
}

function DashboardView({ dashboard, filter }: { dashboard: Dashboard; filter: DashboardFilter }) {
  const { body } = dashboard;
  const listed = useMemo(() => dashboard.tasks.filter((t) => dashboard.matches(t, filter)), [dashboard, filter]);
  const noFilter: DashboardFilter = { cell: null, documentId: null, month: null };
  return (
    <>
      <section aria-labelledby="dg-cells-heading">
        <h2 id="dg-cells-heading">Theo dõi nhiệm vụ ({dashboard.total})</h2>
        <ul className="dg-cells">
          {TRACKER_CELLS.map((cell) => (
            <li key={cell} className={`dg-cell-card dg-cell-${cell}`} data-cell={cell}>
              <Link href={`${bodyPath(body.id, { o: cell })}#dg-list`} aria-label={`${cellLabel(cell)}: ${dashboard.cells[cell]} nhiệm vụ`}>
                <span className="dg-cell-count">{dashboard.cells[cell]}</span>
                <span className="dg-cell-label">{cellLabel(cell)}</span>
              </Link>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="dg-by-source-heading">
        <h2 id="dg-by-source-heading">Theo văn bản giao nhiệm vụ</h2>
        <div className="dg-table-wrap">
          <table className="dg-table dg-counts" data-table="by-source">
            <thead>
              <tr>
                <th scope="col">Văn bản</th>
                <CellHeaders />
              </tr>
            </thead>
            <tbody>
              {dashboard.bySource.map((row) => (
                <tr key={row.document.id}>
                  <th scope="row">
                    <Link href={documentPath(row.document.id)}>{row.document.symbol ?? 'Văn bản không số'}</Link>
                    <div className="dg-muted dg-clip">{row.document.title}</div>
                  </th>
                  <CountsRow bodyId={body.id} base={{ ...noFilter, documentId: row.document.id }} counts={row.counts} label={row.document.symbol ?? 'văn bản'} />
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
      <section aria-labelledby="dg-by-month-heading">
        <h2 id="dg-by-month-heading">Theo tháng đến hạn</h2>
        <div className="dg-table-wrap">
          <table className="dg-table dg-counts" data-table="by-month">
            <thead>
              <tr>
                <th scope="col">Tháng</th>
                <CellHeaders />
              </tr>
            </thead>
            <tbody>
              {dashboard.byMonth.map((row) => (
                <tr key={row.month}>
                  <th scope="row">{monthLabel(row.month)}</th>
                  <CountsRow bodyId={body.id} base={{ ...noFilter, month: row.month }} counts={row.counts} label={monthLabel(row.month)} />
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
      <section aria-labelledby="dg-list-heading" id="dg-list">
        <div className="dg-section-head">
          <h2 id="dg-list-heading">
            Danh sách: {describe(filter, dashboard)} ({listed.length})
          </h2>
          <div className="dg-actions">
            {filter.cell || filter.documentId || filter.month ? <Link href={bodyPath(body.id)}>Bỏ lọc</Link> : null}
            <button type="button" onClick={() => exportCsv(body.name, listed)} disabled={listed.length === 0}>
              Xuất CSV
            </button>
          </div>
        </div>
        {listed.length === 0 ? (
          <Empty>Không có nhiệm vụ nào ở đây.</Empty>
        ) : (
          <div className="dg-table-wrap">
            <table className="dg-table" data-table="list">
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
                {listed.map((task) => (
                  <tr key={task.id} data-task-id={task.id} data-cell={task.cell}>
                    <td>
                      <Link href={taskPath(task.id)}>{task.text.length > 200 ? `${task.text.slice(0, 200)}…` : task.text}</Link>
                    </td>
                    <td>
                      <Link href={documentPath(task.document.id)}>{task.document.symbol ?? '—'}</Link>
                    </td>
                    <td>{task.roles.map(roleLabel).join(', ')}</td>
                    <td>{formatDate(task.dueBy)}</td>
                    <td>
                      <StatusBadge status={task.status} overdue={task.overdue} />
                    </td>
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

export function BodyPage({ id, params }: { id: string; params: URLSearchParams }) {
  const { state, reload } = useDashboard(id);
  const filter = filterFromParams(params);
  useEffect(() => {
    if (state.status === 'done' && state.data) document.title = `${state.data.body.name} · directive-graph`;
  }, [state]);
  return (
    <main id="dg-main" className="dg-page">
      <Resolved state={state} what="cơ quan" retry={reload}>
        {(dashboard) =>
          !dashboard ? (
            <Empty>Không có cơ quan này (mã {id}); hãy tìm lại.</Empty>
          ) : (
            <>
              <p className="dg-kicker">Cơ quan {jurisdictionLabel(dashboard.body.jurisdiction)}</p>
              <h1>{dashboard.body.name}</h1>
              {dashboard.body.aliases.length > 1 ? (
                <p className="dg-muted">Tên khác trong văn bản: {dashboard.body.aliases.filter((a) => a !== dashboard.body.name).join('; ')}</p>
              ) : null}
              <DashboardView dashboard={dashboard} filter={filter} />
              <section aria-labelledby="dg-issued-heading">
                <h2 id="dg-issued-heading">Văn bản đã ban hành ({dashboard.issued.totalCount})</h2>
                {dashboard.issued.nodes.length === 0 ? (
                  <Empty>Chưa có văn bản nào do cơ quan này ban hành trong dữ liệu.</Empty>
                ) : (
                  <ul className="dg-hit-list">
                    {dashboard.issued.nodes.map((doc) => (
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
