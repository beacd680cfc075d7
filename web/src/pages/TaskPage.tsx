/**
 * A task: the duty as written, who leads, coordinates and supervises it, its deadline and status, and why it
 * must be done: the mandate chain from its own document up to the national directives, each step quoting the
 * sentence that cites the document above.
 */
import { useEffect } from 'react';
import { ExplorerTaskPageDocument, type ExplorerTaskPageQuery } from '../generated/operations';
import { useOperation } from '../api/useOperation';
import { Empty, Resolved } from '../components/States';
import { StatusBadge } from '../components/TaskTable';
import { StatusForm } from '../components/StatusForm';
import { formatDate, jurisdictionLabel, kindLabel, relationLabel, roleLabel } from '../labels';
import { bodyPath, documentPath, Link } from '../router';

type TaskData = NonNullable<ExplorerTaskPageQuery['task']>;
type Step = ExplorerTaskPageQuery['mandate']['chain'][number];

/** The sentences of the citing document that name the document of this step. */
function evidenceOf(step: Step): { sectionPath: string | null; snippet: string }[] {
  return step.citedBy.citations.nodes.filter((citation) => citation.to.id === step.document.id).flatMap((citation) => citation.mentions);
}

function MandateChain({ task, mandate }: { task: TaskData; mandate: ExplorerTaskPageQuery['mandate'] }) {
  if (mandate.chain.length === 0) {
    return <Empty>Văn bản giao nhiệm vụ này không nêu văn bản căn cứ hay văn bản cấp trên nào.</Empty>;
  }
  const national = new Set(mandate.national.map((doc) => doc.id));
  return (
    <ol className="dg-chain">
      <li className="dg-chain-step" data-depth={0}>
        <span className="dg-chain-depth">Văn bản giao</span>
        <Link href={documentPath(task.document.id)}>{task.document.symbol ?? 'Văn bản không số'}</Link> {task.document.title}
      </li>
      {mandate.chain.map((step, i) => {
        const evidence = evidenceOf(step);
        return (
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
              do <Link href={documentPath(step.citedBy.id)}>{step.citedBy.symbol ?? 'văn bản'}</Link> viện dẫn
            </div>
            {evidence.slice(0, 2).map((mention, j) => (
              <blockquote key={j} className="dg-quote">
                {mention.sectionPath ? <span className="dg-muted">[{mention.sectionPath}] </span> : null}
                {mention.snippet}
              </blockquote>
            ))}
          </li>
        );
      })}
      {mandate.truncated ? <li className="dg-notice">Chuỗi dài hơn số cấp tối đa: phần trên bị cắt.</li> : null}
    </ol>
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
            <dd>
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

export function TaskPage({ id }: { id: string }) {
  const { state, reload } = useOperation(ExplorerTaskPageDocument, { id });
  useEffect(() => {
    if (state.status === 'done' && state.data.task) document.title = `Nhiệm vụ · ${state.data.task.document.symbol ?? ''} · directive-graph`;
  }, [state]);
  return (
    <main id="dg-main" className="dg-page">
      <Resolved state={state} what="nhiệm vụ" retry={reload}>
        {(data) =>
          !data.task ? (
            <Empty>Không có nhiệm vụ này (mã {id}). Văn bản giao có thể đã được thay bằng phiên bản mới; hãy tìm lại.</Empty>
          ) : (
            <>
              <p className="dg-kicker">
                Nhiệm vụ {data.task.sectionPath ? `mục ${data.task.sectionPath} ` : ''}của{' '}
                <Link href={documentPath(data.task.document.id)}>{data.task.document.symbol ?? 'văn bản'}</Link>
              </p>
              <h1 className="dg-task-text">{data.task.text}</h1>
              <dl className="dg-facts">
                <dt>Thời hạn</dt>
                <dd>
                  {data.task.dueBy ? formatDate(data.task.dueBy) : '—'}
                  {data.task.deadlineRaw ? <span className="dg-muted"> (“{data.task.deadlineRaw}”)</span> : null}
                </dd>
                <dt>Tình trạng</dt>
                <dd data-field="status">
                  <StatusBadge status={data.task.status} overdue={data.task.overdue} />
                  {data.task.statusUpdatedAt ? <span className="dg-muted"> · cập nhật {formatDate(data.task.statusUpdatedAt)}</span> : null}
                  {data.task.statusNote ? <span className="dg-muted"> · {data.task.statusNote}</span> : null}
                </dd>
              </dl>
              <section aria-labelledby="dg-roles-heading">
                <h2 id="dg-roles-heading">Cơ quan thực hiện</h2>
                <Roles task={data.task} />
              </section>
              <section aria-labelledby="dg-mandate-heading">
                <h2 id="dg-mandate-heading">Vì sao phải làm: chuỗi văn bản chỉ đạo</h2>
                <MandateChain task={data.task} mandate={data.mandate} />
              </section>
              <section aria-labelledby="dg-progress-heading">
                <h2 id="dg-progress-heading">Tiến độ</h2>
                <StatusForm taskId={data.task.id} current={data.task.status} onSaved={reload} />
              </section>
            </>
          )
        }
      </Resolved>
    </main>
  );
}
