/**
 * A task: the duty as written, who leads, coordinates and supervises it, its deadline, where it stands and the
 * history of its status and deadline; and why it must be done: the mandate chain from its own document up to
 * the national directives, each step quoting the sentence that cites the document above (ExplorerTask).
 */
import { RestoredText } from '../components/RestoredText';
import { useEffect } from 'react';
import { ExplorerTaskDocument, type ExplorerTaskQuery } from '../generated/operations';
import { useOperation } from '../api/useOperation';
import { Empty, Resolved } from '../components/States';
import { CellBadge } from '../components/TaskTable';
import { DeadlineForm, StatusForm } from '../components/EditorForms';
import { formatDate, jurisdictionLabel, kindLabel, relationLabel, roleLabel, statusLabel } from '../labels';
import { bodyPath, documentPath, Link } from '../router';

type TaskData = NonNullable<ExplorerTaskQuery['task']>;
type Mandate = ExplorerTaskQuery['mandate'];

function MandateChain({ mandate }: { mandate: Mandate }) {
  const national = new Set(mandate.national.map((doc) => doc.id));
  return (
    <>
      {mandate.chain.length === 0 ? <Empty>Văn bản giao nhiệm vụ này không nêu văn bản căn cứ hay văn bản cấp trên nào.</Empty> : null}
      <ol className="dg-chain">
        <li className="dg-chain-step dg-chain-own" data-depth={0}>
          <span className="dg-chain-depth">Văn bản giao nhiệm vụ</span>
          <Link href={documentPath(mandate.document.id)}>{mandate.document.symbol ?? 'Văn bản không số'}</Link>{' '}
          <span className="dg-muted">{formatDate(mandate.document.date)}</span>
          <div>{mandate.document.title}</div>
        </li>
        {mandate.chain.map((step, i) => (
          <li key={`${step.document.id}-${i}`} className="dg-chain-step" data-depth={step.depth} data-symbol={step.document.symbol ?? ''}>
            <span className="dg-chain-depth">
              Cấp {step.depth} · {relationLabel(step.relation)}
              {national.has(step.document.id) ? ' · văn bản trung ương' : ''}
            </span>
            <Link href={documentPath(step.document.id)}>{step.document.symbol ?? kindLabel(step.document.kind)}</Link>{' '}
            <span className="dg-muted">
              {kindLabel(step.document.kind)} · {formatDate(step.document.date)} · {jurisdictionLabel(step.document.jurisdiction)}
              {step.document.ingested ? '' : ' · chỉ biết qua trích dẫn'}
            </span>
            <div>{step.document.title}</div>
            <div className="dg-muted">
              được <Link href={documentPath(step.citedBy.id)}>{step.citedBy.symbol ?? 'văn bản'}</Link> viện dẫn
            </div>
            {step.evidence ? <blockquote className="dg-quote">{step.evidence}</blockquote> : null}
          </li>
        ))}
      </ol>
      {mandate.truncated ? <p className="dg-notice">Chuỗi dài hơn số cấp tối đa: phần trên bị cắt.</p> : null}
    </>
  );
}

function Roles({ task }: { task: TaskData }) {
  const roles = ['LEAD', 'COORDINATE', 'SUPERVISE'] as const;
  return (
    <dl className="dg-facts">
      {roles.map((role) => {
        const assignments = task.assignments.filter((a) => a.role === role);
        return (
          <div key={role} className="dg-fact-row">
            <dt>{roleLabel(role)}</dt>
            <dd data-role={role}>
              {assignments.length === 0
                ? '—'
                : assignments.map((a, i) => (
                    <span key={`${a.body.id}-${i}`}>
                      {i > 0 ? ', ' : ''}
                      <Link href={bodyPath(a.body.id)}>{a.body.name}</Link>
                    </span>
                  ))}
            </dd>
          </div>
        );
      })}
    </dl>
  );
}

function History({ task }: { task: TaskData }) {
  if (task.history.length === 0) return <Empty>Chưa có cập nhật nào.</Empty>;
  return (
    <div className="dg-table-wrap">
      <table className="dg-table" data-table="history">
        <thead>
          <tr>
            <th scope="col">Thời điểm</th>
            <th scope="col">Thay đổi</th>
            <th scope="col">Người cập nhật</th>
            <th scope="col">Ghi chú / lý do</th>
          </tr>
        </thead>
        <tbody>
          {[...task.history].reverse().map((event, i) => (
            <tr key={i}>
              <td>{new Date(event.at).toLocaleString('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh' })}</td>
              <td>
                {event.kind === 'DEADLINE'
                  ? `Gia hạn: ${formatDate(event.previousDueBy)} → ${formatDate(event.dueBy)}`
                  : `Tình trạng: ${statusLabel(event.status)}`}
              </td>
              <td>{event.by}</td>
              <td>{event.note ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function TaskPage({ id }: { id: string }) {
  const { state, reload } = useOperation(ExplorerTaskDocument, { id, maxDepth: 5 });
  useEffect(() => {
    if (state.status === 'done' && state.data.task) document.title = `Nhiệm vụ · ${state.data.mandate.document.symbol ?? ''} · directive-graph`;
  }, [state]);
  const notFound = <>Không có nhiệm vụ này (mã {id}). Văn bản giao có thể đã được thay bằng phiên bản mới; hãy tìm lại.</>;
  return (
    <main id="dg-main" className="dg-page">
      <Resolved state={state} what="nhiệm vụ" retry={reload} notFound={notFound}>
        {(data) =>
          !data.task ? (
            <Empty>{notFound}</Empty>
          ) : (
            <>
              <p className="dg-kicker">
                Nhiệm vụ {data.task.sectionPath ? `mục ${data.task.sectionPath} ` : ''}của{' '}
                <Link href={documentPath(data.mandate.document.id)}>{data.mandate.document.symbol ?? 'văn bản'}</Link>
              </p>
              <h1 className="dg-task-text">
                <RestoredText original={data.task.text} restored={data.task.textRestored} share={data.task.textRestoredShare} />
              </h1>
              <dl className="dg-facts">
                <dt>Thời hạn</dt>
                <dd data-field="dueBy">
                  {data.task.dueBy ? formatDate(data.task.dueBy) : '—'}
                  {data.task.deadlineRaw ? <span className="dg-muted"> (“{data.task.deadlineRaw}”)</span> : null}
                </dd>
                <dt>Tình trạng</dt>
                <dd data-field="status" data-status={data.task.status}>
                  {statusLabel(data.task.status)} · <CellBadge cell={data.task.trackerCell} />
                  {data.task.completedAt ? <span className="dg-muted"> · hoàn thành {formatDate(data.task.completedAt)}</span> : null}
                  {data.task.statusNote ? <span className="dg-muted"> · {data.task.statusNote}</span> : null}
                </dd>
              </dl>
              <section aria-labelledby="dg-roles-heading">
                <h2 id="dg-roles-heading">Cơ quan thực hiện</h2>
                <Roles task={data.task} />
              </section>
              <section aria-labelledby="dg-mandate-heading">
                <h2 id="dg-mandate-heading">Vì sao phải làm: chuỗi văn bản chỉ đạo</h2>
                <MandateChain mandate={data.mandate} />
              </section>
              <section aria-labelledby="dg-history-heading">
                <h2 id="dg-history-heading">Lịch sử cập nhật</h2>
                <History task={data.task} />
              </section>
              <section aria-labelledby="dg-progress-heading" className="dg-editor-forms">
                <h2 id="dg-progress-heading">Cập nhật tiến độ</h2>
                <StatusForm key={`status-${data.task.status}`} taskId={data.task.id} current={data.task.status} onSaved={reload} />
                <DeadlineForm key={`due-${data.task.dueBy ?? ''}`} taskId={data.task.id} dueBy={data.task.dueBy} onSaved={reload} />
              </section>
            </>
          )
        }
      </Resolved>
    </main>
  );
}
