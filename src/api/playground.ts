/**
 * The offline playground: GraphiQL and React bundled from npm and served by us, never from a CDN.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { ServerResponse } from 'node:http';

const require = createRequire(import.meta.url);

const ASSETS: Record<string, { file: () => string; type: string }> = {
  '/playground/react.js': { file: () => require.resolve('react/umd/react.production.min.js'), type: 'text/javascript' },
  '/playground/react-dom.js': { file: () => require.resolve('react-dom/umd/react-dom.production.min.js'), type: 'text/javascript' },
  '/playground/graphiql.js': { file: () => path.join(path.dirname(require.resolve('graphiql/package.json')), 'graphiql.min.js'), type: 'text/javascript' },
  '/playground/graphiql.css': { file: () => path.join(path.dirname(require.resolve('graphiql/package.json')), 'graphiql.min.css'), type: 'text/css' },
};

export function playgroundHtml(): string {
  return `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>directive-graph playground</title>
<link rel="stylesheet" href="/playground/graphiql.css">
<style>html,body,#graphiql{height:100%;margin:0}</style>
</head>
<body>
<div id="graphiql">Loading the playground…</div>
<script src="/playground/react.js"></script>
<script src="/playground/react-dom.js"></script>
<script src="/playground/graphiql.js"></script>
<script>
  const fetcher = GraphiQL.createFetcher({ url: '/graphql' });
  ReactDOM.createRoot(document.getElementById('graphiql')).render(
    React.createElement(GraphiQL, { fetcher, defaultEditorToolsVisibility: true }),
  );
</script>
</body>
</html>`;
}

export async function servePlayground(pathname: string, res: ServerResponse): Promise<void> {
  if (pathname === '/playground/' || pathname === '/playground/index.html') {
    const html = playgroundHtml();
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-cache' });
    res.end(html);
    return;
  }
  const asset = ASSETS[pathname];
  if (!asset) {
    res.writeHead(404, { 'content-type': 'text/plain' });
    res.end('Not found');
    return;
  }
  const body = await readFile(asset.file());
  res.writeHead(200, { 'content-type': `${asset.type}; charset=utf-8`, 'cache-control': 'public, max-age=3600' });
  res.end(body);
}
