/** Search: one box for documents, tasks and bodies (the API's `explore`); each hit a link to its page. */
import { useEffect } from 'react';
import { ExplorerSearchDocument, type ExplorerSearchQuery } from '../generated/operations';
import { useOperation } from '../api/useOperation';
import { Empty, Resolved } from '../components/States';
import { SearchBox } from '../components/SearchBox';
import { cellLabel, formatDate, jurisdictionLabel, kindLabel } from '../labels';
import { bodyPath, documentPath, Link, taskPath } from '../router';

function Results({ found }: { found: ExplorerSearchQuery['explore'] }) {
  const { documents, tasks, bodies } = found;
  if (documents.length + tasks.length + bodies.length === 0) {
    return <Empty>Không tìm thấy gì. Thử ít từ hơn, hoặc gõ số hiệu (vd. “2898 qd ubnd”).</Empty>;
  }
  return (
    <div className="dg-results">
      {found.jurisdiction ? <p className="dg-muted">Trong phạm vi: {jurisdictionLabel(found.jurisdiction)}</p> : null}
      {documents.length > 0 ? (
        <section aria-labelledby="dg-hits-documents">
          <h2 id="dg-hits-documents">Văn bản ({documents.length})</h2>
          <ul className="dg-hit-list">
            {documents.map((doc) => (
              <li key={doc.id} data-kind="document">
                <Link href={documentPath(doc.id)}>{doc.symbol ?? `${kindLabel(doc.kind)} không số`}</Link>
                <span className="dg-muted">
                  {' '}
                  · {kindLabel(doc.kind)} · {formatDate(doc.date)} {doc.jurisdiction ? `· ${jurisdictionLabel(doc.jurisdiction)}` : ''}
                  {doc.ingested ? '' : ' · chỉ biết qua trích dẫn'}
                </span>
                <div>{doc.title}</div>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {bodies.length > 0 ? (
        <section aria-labelledby="dg-hits-bodies">
          <h2 id="dg-hits-bodies">Cơ quan ({bodies.length})</h2>
          <ul className="dg-hit-list">
            {bodies.map((body) => (
              <li key={body.id} data-kind="body">
                <Link href={bodyPath(body.id)}>{body.name}</Link>
                <span className="dg-muted"> · {jurisdictionLabel(body.jurisdiction)}</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {tasks.length > 0 ? (
        <section aria-labelledby="dg-hits-tasks">
          <h2 id="dg-hits-tasks">Nhiệm vụ ({tasks.length})</h2>
          <ul className="dg-hit-list">
            {tasks.map((task) => (
              <li key={task.id} data-kind="task">
                <Link href={taskPath(task.id)}>{task.text.length > 160 ? `${task.text.slice(0, 160)}…` : task.text}</Link>
                <span className="dg-muted">
                  {' '}
                  · {task.document.symbol ?? ''} · hạn {formatDate(task.dueBy)} · {cellLabel(task.trackerCell)}
                </span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}

export function SearchPage({ query }: { query: string }) {
  useEffect(() => {
    document.title = query ? `Tìm “${query}” · directive-graph` : 'Tra cứu văn bản chỉ đạo · directive-graph';
  }, [query]);
  const { state, reload } = useOperation(ExplorerSearchDocument, query.trim() ? { query: query.trim(), first: 20 } : null);
  return (
    <main id="dg-main" className="dg-page">
      <h1>Tra cứu văn bản chỉ đạo</h1>
      <p className="dg-muted">
        Tìm văn bản, nhiệm vụ, cơ quan trong một ô. Không cần gõ dấu; số hiệu gõ tự do (“2898 qd ubnd”, “05 nq tu quang ninh”, “so noi vu quang ninh”).
      </p>
      <SearchBox initial={query} autoFocus={!query} />
      {query.trim() ? (
        <Resolved state={state} what="kết quả" retry={reload}>
          {(data) => <Results found={data.explore} />}
        </Resolved>
      ) : null}
    </main>
  );
}
