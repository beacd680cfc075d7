/**
 * A document: number, date, issuer, kind, title; its citation diagram over several levels (depth control);
 * the tasks it assigns; and the claims about its date or issuer that disagree.
 */
import { useEffect, useMemo } from 'react';
import {
  ExplorerDiagramDocument,
  ExplorerDocumentPageDocument,
  type ExplorerDiagramQuery,
  type ExplorerDocumentPageQuery,
} from '../generated/operations';
import { useOperation } from '../api/useOperation';
import { Empty, Resolved } from '../components/States';
import { TaskTable } from '../components/TaskTable';
import { CitationDiagram } from '../diagram/CitationDiagram';
import { buildDiagram } from '../diagram/model';
import { formatDate, jurisdictionLabel, kindLabel } from '../labels';
import { bodyPath, documentPath, Link, navigate } from '../router';

export const DEPTHS = [1, 2, 3, 4, 5, 6] as const;
const DEFAULT_DEPTH = 3;

type DocumentData = NonNullable<ExplorerDocumentPageQuery['document']>;

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

function Diagram({ id, depth }: { id: string; depth: number }) {
  const { state, reload } = useOperation(ExplorerDiagramDocument, { documentId: id, maxDepth: depth });
  return (
    <Resolved state={state} what="lược đồ" retry={reload}>
      {(data) => <DiagramOf id={id} data={data} />}
    </Resolved>
  );
}

function DiagramOf({ id, data }: { id: string; data: ExplorerDiagramQuery }) {
  const model = useMemo(() => {
    const rootId = data.upstream.nodes[0]?.document.id ?? id;
    return buildDiagram(rootId, data.upstream, data.downstream);
  }, [data, id]);
  if (model.nodes.length <= 1) return <Empty>Văn bản này không trích dẫn và không được văn bản nào trích dẫn.</Empty>;
  return <CitationDiagram model={model} />;
}

function Conflicts({ doc, data }: { doc: DocumentData; data: ExplorerDocumentPageQuery }) {
  const mine = data.conflicts.nodes.filter((conflict) => conflict.document.id === doc.id);
  if (mine.length === 0) return <Empty>Không có thông tin mâu thuẫn về ngày hoặc cơ quan ban hành.</Empty>;
  return (
    <ul className="dg-conflicts">
      {mine.map((conflict, i) => (
        <li key={i}>
          <strong>{conflict.field === 'DATE' ? 'Ngày ban hành' : 'Cơ quan ban hành'}</strong> được nêu khác nhau
          {conflict.likelyDistinctDocuments ? ' (có lẽ là hai văn bản trùng số ở hai nhiệm kỳ/năm khác nhau)' : ''}:
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

export function DocumentPage({ id, params }: { id: string; params: URLSearchParams }) {
  const { state, reload } = useOperation(ExplorerDocumentPageDocument, { id });
  const requested = Number(params.get('cap') ?? DEFAULT_DEPTH);
  const depth = (DEPTHS as readonly number[]).includes(requested) ? requested : DEFAULT_DEPTH;
  const doc = state.status === 'done' ? state.data.document : null;
  useEffect(() => {
    if (doc) document.title = `${doc.symbol ?? 'Văn bản'} · directive-graph`;
  }, [doc]);
  const setDepth = (value: number) => {
    navigate(`${documentPath(id)}${value === DEFAULT_DEPTH ? '' : `?cap=${value}`}`, { replace: true });
  };
  return (
    <main id="dg-main" className="dg-page">
      <Resolved state={state} what="văn bản" retry={reload}>
        {(data) =>
          !data.document ? (
            <Empty>Không có văn bản này (mã {id}). Có thể văn bản đã bị xóa; hãy tìm lại.</Empty>
          ) : (
            <>
              <p className="dg-kicker">{kindLabel(data.document.kind)}</p>
              <h1>
                {data.document.symbol ?? 'Văn bản không số'}
                {data.document.title ? <span className="dg-title"> {data.document.title}</span> : null}
              </h1>
              <Facts doc={data.document} />
              <section aria-labelledby="dg-diagram-heading">
                <div className="dg-section-head">
                  <h2 id="dg-diagram-heading">Lược đồ trích dẫn</h2>
                  <label>
                    Số cấp mỗi phía{' '}
                    <select value={depth} onChange={(event) => setDepth(Number(event.target.value))} aria-label="Số cấp của lược đồ">
                      {DEPTHS.map((d) => (
                        <option key={d} value={d}>
                          {d}
                        </option>
                      ))}
                    </select>
                  </label>
                </div>
                <p className="dg-muted">Phía trên: văn bản làm căn cứ (đến văn bản trung ương). Phía dưới: văn bản triển khai. Bấm vào một văn bản để mở.</p>
                <Diagram id={data.document.id} depth={depth} />
              </section>
              <section aria-labelledby="dg-tasks-heading">
                <h2 id="dg-tasks-heading">Nhiệm vụ được giao ({data.document.tasks.totalCount})</h2>
                {data.document.tasks.nodes.length === 0 ? (
                  <Empty>Văn bản này không giao nhiệm vụ nào (hoặc chưa có toàn văn).</Empty>
                ) : (
                  <TaskTable rows={data.document.tasks.nodes} caption={`Nhiệm vụ của ${data.document.symbol ?? 'văn bản'}`} />
                )}
                {data.document.tasks.totalCount > data.document.tasks.nodes.length ? (
                  <p className="dg-muted">Hiển thị {data.document.tasks.nodes.length} nhiệm vụ đầu.</p>
                ) : null}
              </section>
              <section aria-labelledby="dg-conflicts-heading">
                <h2 id="dg-conflicts-heading">Thông tin mâu thuẫn</h2>
                <Conflicts doc={data.document} data={data} />
              </section>
            </>
          )
        }
      </Resolved>
    </main>
  );
}
