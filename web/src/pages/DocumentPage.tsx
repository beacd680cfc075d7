/**
 * A document: number, date, issuer, kind, title; its citation diagram over several levels both ways (depth
 * control in the URL, ?cap=N); the tasks it assigns; and the claims about its date or issuer that disagree.
 * The document, its tasks and its diagram come in one request (ExplorerDocument).
 */
import { RestoredText } from '../components/RestoredText';
import { useEffect, useMemo, useState } from 'react';
import {
  ExplorerDocumentConflictsDocument,
  ExplorerDocumentDocument,
  type ExplorerDocumentConflictsQuery,
  type ExplorerDocumentQuery,
} from '../generated/operations';
import { useOperation } from '../api/useOperation';
import { Empty, Resolved } from '../components/States';
import { TaskTable } from '../components/TaskTable';
import { CitationDiagram } from '../diagram/CitationDiagram';
import { buildDiagram, MAX_DIAGRAM_NODES } from '../diagram/model';
import { formatDate, jurisdictionLabel, kindLabel } from '../labels';
import { bodyPath, documentPath, Link, navigate } from '../router';

export const DEPTHS = [1, 2, 3, 4, 5, 6] as const;
const DEFAULT_DEPTH = 3;

type DocumentData = NonNullable<ExplorerDocumentQuery['document']>;

function Facts({ doc }: { doc: DocumentData }) {
  return (
    <dl className="dg-facts">
      <dt>Số hiệu</dt>
      <dd data-field="symbol">{doc.symbol ?? 'Không số'}</dd>
      <dt>Loại</dt>
      <dd>{kindLabel(doc.kind)}</dd>
      <dt>Ngày ban hành</dt>
      <dd>{formatDate(doc.date)}</dd>
      <dt>Cơ quan ban hành</dt>
      <dd>{doc.issuedBy ? <Link href={bodyPath(doc.issuedBy.id)}>{doc.issuedBy.name}</Link> : (doc.issuer ?? '—')}</dd>
      <dt>Phạm vi</dt>
      <dd>{jurisdictionLabel(doc.jurisdiction) || '—'}</dd>
      {!doc.ingested ? (
        <>
          <dt>Toàn văn</dt>
          <dd>Chưa có: văn bản chỉ biết qua trích dẫn của văn bản khác.</dd>
        </>
      ) : null}
    </dl>
  );
}

function Diagram({ doc, lineage }: { doc: DocumentData; lineage: ExplorerDocumentQuery['lineage'] }) {
  const model = useMemo(() => buildDiagram(doc.id, lineage), [doc.id, lineage]);
  if (model.nodes.length <= 1) return <Empty>Văn bản này không trích dẫn và không được văn bản nào trích dẫn.</Empty>;
  return <CitationDiagram model={model} />;
}

function Conflicts({ doc }: { doc: DocumentData }) {
  const { state, reload } = useOperation(ExplorerDocumentConflictsDocument, { first: 100 });
  return (
    <Resolved state={state} what="thông tin mâu thuẫn" retry={reload}>
      {(data) => <ConflictList doc={doc} conflicts={data.conflicts.nodes} />}
    </Resolved>
  );
}

function ConflictList({ doc, conflicts }: { doc: DocumentData; conflicts: ExplorerDocumentConflictsQuery['conflicts']['nodes'] }) {
  const mine = conflicts.filter((conflict) => conflict.document.id === doc.id);
  if (mine.length === 0) return <Empty>Không có thông tin mâu thuẫn về ngày hoặc cơ quan ban hành.</Empty>;
  return (
    <ul className="dg-conflicts">
      {mine.map((conflict, i) => (
        <li key={i}>
          <strong>{conflict.field === 'DATE' ? 'Ngày ban hành' : 'Cơ quan ban hành'}</strong> được nêu khác nhau
          {conflict.likelyDistinctDocuments ? ' (có lẽ là hai văn bản trùng số ở hai năm/nhiệm kỳ khác nhau)' : ''}:
          <ul>
            {conflict.claims.map((claim, j) => (
              <li key={j}>
                <strong>{conflict.field === 'DATE' ? formatDate(claim.value) : claim.value}</strong> theo{' '}
                {claim.fromOwnText ? 'chính văn bản' : <Link href={documentPath(claim.citingDocument.id)}>{claim.citingDocument.symbol ?? 'văn bản trích dẫn'}</Link>}
                {claim.snippet ? <q className="dg-quote">{claim.snippet}</q> : null}
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ul>
  );
}

const TASKS_SHOWN = 15;

function Tasks({ doc }: { doc: DocumentData }) {
  const [all, setAll] = useState(false);
  const rows = all ? doc.tasks.nodes : doc.tasks.nodes.slice(0, TASKS_SHOWN);
  if (rows.length === 0) return <Empty>Văn bản này không giao nhiệm vụ nào (hoặc chưa có toàn văn).</Empty>;
  return (
    <>
      <TaskTable rows={rows} caption={`Nhiệm vụ của ${doc.symbol ?? 'văn bản'}`} />
      {rows.length < doc.tasks.nodes.length ? (
        <button type="button" onClick={() => setAll(true)}>
          Xem tất cả {doc.tasks.nodes.length} nhiệm vụ
        </button>
      ) : null}
      {doc.tasks.totalCount > doc.tasks.nodes.length ? (
        <p className="dg-muted">
          Hiển thị {doc.tasks.nodes.length} trong {doc.tasks.totalCount} nhiệm vụ.
        </p>
      ) : null}
    </>
  );
}

function DepthControl({ id, depth }: { id: string; depth: number }) {
  return (
    <label>
      Số cấp mỗi phía{' '}
      <select
        value={depth}
        onChange={(event) => {
          const value = Number(event.target.value);
          navigate(`${documentPath(id)}${value === DEFAULT_DEPTH ? '' : `?cap=${value}`}`, { replace: true });
        }}
      >
        {DEPTHS.map((d) => (
          <option key={d} value={d}>
            {d}
          </option>
        ))}
      </select>
    </label>
  );
}

export function DocumentPage({ id, params }: { id: string; params: URLSearchParams }) {
  const requested = Number(params.get('cap') ?? DEFAULT_DEPTH);
  const depth = (DEPTHS as readonly number[]).includes(requested) ? requested : DEFAULT_DEPTH;
  const { state, reload } = useOperation(ExplorerDocumentDocument, { id, maxDepth: depth, maxNodes: MAX_DIAGRAM_NODES, tasksFirst: 100 });
  const doc = state.status === 'done' ? state.data.document : null;
  useEffect(() => {
    if (doc) document.title = `${doc.symbol ?? 'Văn bản'} · directive-graph`;
  }, [doc]);
  const notFound = <>Không có văn bản này (mã {id}). Có thể văn bản đã bị xóa; hãy tìm lại.</>;
  return (
    <main id="dg-main" className="dg-page">
      <Resolved state={state} what="văn bản và lược đồ" retry={reload} notFound={notFound}>
        {(data) =>
          !data.document ? (
            <Empty>{notFound}</Empty>
          ) : (
            <>
              <p className="dg-kicker">{kindLabel(data.document.kind)}</p>
              <h1>
                {data.document.symbol ?? 'Văn bản không số'}
                {data.document.title ? (
                  <span className="dg-title">
                    {' '}
                    <RestoredText original={data.document.title} restored={data.document.titleRestored} share={data.document.titleRestoredShare} />
                  </span>
                ) : null}
              </h1>
              <Facts doc={data.document} />
              <section aria-labelledby="dg-diagram-heading">
                <div className="dg-section-head">
                  <h2 id="dg-diagram-heading">Lược đồ trích dẫn</h2>
                  <DepthControl id={id} depth={depth} />
                </div>
                <p className="dg-muted">Phía trên: văn bản làm căn cứ (đến văn bản trung ương). Phía dưới: văn bản triển khai. Bấm vào một văn bản để mở.</p>
                <Diagram doc={data.document} lineage={data.lineage} />
              </section>
              <section aria-labelledby="dg-tasks-heading">
                <h2 id="dg-tasks-heading">Nhiệm vụ được giao ({data.document.tasks.totalCount})</h2>
                <Tasks doc={data.document} />
              </section>
              <section aria-labelledby="dg-conflicts-heading">
                <h2 id="dg-conflicts-heading">Thông tin mâu thuẫn</h2>
                <Conflicts doc={data.document} />
              </section>
            </>
          )
        }
      </Resolved>
    </main>
  );
}
