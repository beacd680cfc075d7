/** The explorer's frame: header with the search box, skip link, and the page the URL names. */
import { useEffect, useRef } from 'react';
import { SearchBox } from './components/SearchBox';
import { Empty } from './components/States';
import { BodyPage } from './pages/BodyPage';
import { DocumentPage } from './pages/DocumentPage';
import { SearchPage } from './pages/SearchPage';
import { TaskPage } from './pages/TaskPage';
import { Link, useRoute, type Route } from './router';

function Page({ route }: { route: Route }) {
  switch (route.page) {
    case 'search':
      return <SearchPage query={route.query} />;
    case 'document':
      return <DocumentPage key={route.id} id={route.id} params={route.params} />;
    case 'task':
      return <TaskPage key={route.id} id={route.id} />;
    case 'body':
      return <BodyPage key={route.id} id={route.id} params={route.params} />;
    case 'notFound':
      return (
        <main id="dg-main" className="dg-page">
          <h1>Không có trang này</h1>
          <Empty>
            Đường dẫn {route.path} không dẫn tới trang nào. <Link href="/">Về trang tìm kiếm</Link>.
          </Empty>
        </main>
      );
  }
}

export function App() {
  const route = useRoute();
  const first = useRef(true);
  // After an in-app navigation, focus moves to the new page's heading so keyboard and screen-reader users land there.
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const heading = document.querySelector<HTMLElement>('#dg-main h1');
    heading?.setAttribute('tabindex', '-1');
    heading?.focus({ preventScroll: true });
  }, [route]);
  return (
    <>
      <a className="dg-skip" href="#dg-main">
        Bỏ qua, tới nội dung
      </a>
      <header className="dg-header">
        <Link href="/" className="dg-brand">
          Văn bản chỉ đạo
        </Link>
        {route.page === 'search' ? null : <SearchBox />}
        <a href="/graphql" className="dg-api-link">
          API (GraphQL)
        </a>
      </header>
      <Page route={route} />
    </>
  );
}
