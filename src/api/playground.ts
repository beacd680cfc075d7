/**
 * The offline playground: GraphiQL 3 and React 18 UMD builds bundled from npm and served by us, never from a
 * CDN, so it works on a machine with no internet. The page opens with the example operations of
 * `schema/operations/` as tabs (the same documents docs/api.md and the HTTP tests use), lists every example in
 * an "Examples" side panel, and explains how to send the editor key that mutations need.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { ServerResponse } from 'node:http';
import type { ResolvedExample } from './playgroundExamples';

const require = createRequire(import.meta.url);

/** A file inside an installed package. Through package.json because `exports` hides the UMD folders. */
const packageFile = (pkg: string, file: string) => () => path.join(path.dirname(require.resolve(`${pkg}/package.json`)), file);

const ASSETS: Record<string, { file: () => string; type: string }> = {
  '/playground/react.js': { file: packageFile('react', 'umd/react.production.min.js'), type: 'text/javascript' },
  '/playground/react-dom.js': { file: packageFile('react-dom', 'umd/react-dom.production.min.js'), type: 'text/javascript' },
  '/playground/graphiql.js': { file: packageFile('graphiql', 'graphiql.min.js'), type: 'text/javascript' },
  '/playground/graphiql.css': { file: packageFile('graphiql', 'graphiql.min.css'), type: 'text/css' },
};

/** JSON that is safe inside a <script> element: no `</script>`, no HTML comment openers. */
function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

/**
 * The page. `examples` are already resolved (ids looked up), so the first click on the run button answers
 * from the data. The storage namespace hashes the examples: when they change, stale saved tabs don't hide them.
 */
export function playgroundHtml(examples: readonly ResolvedExample[] = []): string {
  const namespace = `directive-graph:${createHash('sha256').update(JSON.stringify(examples)).digest('hex').slice(0, 12)}`;
  return `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>directive-graph · GraphQL playground</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/playground/graphiql.css">
<style>
  html, body { height: 100%; margin: 0; font-family: system-ui, sans-serif; }
  body { display: flex; flex-direction: column; }
  #dg-header { flex: none; display: flex; flex-wrap: wrap; gap: 4px 16px; align-items: baseline; padding: 6px 14px;
    background: #0b3d5c; color: #fff; font-size: 13px; line-height: 1.4; }
  #dg-header strong { font-size: 15px; }
  #dg-header code { background: rgba(255,255,255,.15); padding: 0 4px; border-radius: 3px; }
  #graphiql { flex: 1; min-height: 0; }
  .dg-examples { display: flex; flex-direction: column; gap: 10px; }
  .dg-example { text-align: left; border: 1px solid hsla(var(--color-neutral), var(--alpha-background-heavy)); border-radius: 6px;
    padding: 8px 10px; background: transparent; color: inherit; cursor: pointer; font: inherit; }
  .dg-example:hover { background: hsla(var(--color-primary), var(--alpha-background-light)); }
  .dg-example-title { font-weight: 600; display: block; }
  .dg-example-description { font-size: 12px; opacity: .8; display: block; margin-top: 2px; }
  .dg-example-note { font-size: 12px; color: hsl(var(--color-warning)); display: block; margin-top: 2px; }
  .dg-key { display: flex; gap: 6px; margin-top: 4px; }
  .dg-key input { flex: 1; min-width: 0; font: inherit; padding: 4px 6px; }
  .dg-key button { font: inherit; cursor: pointer; }
</style>
</head>
<body>
<header id="dg-header">
  <strong>directive-graph</strong>
  <span>Pick an example (left panel or tabs), then ▶ Run. Reads are open; mutations need an editor key:
  <code>{"Authorization": "Bearer &lt;key&gt;"}</code> in the <em>Headers</em> tab (keys: API_EDITOR_KEYS), or paste it in the Examples panel.</span>
</header>
<div id="graphiql">Loading the playground…</div>
<script id="dg-examples" type="application/json">${scriptJson(examples)}</script>
<script id="dg-namespace" type="application/json">${scriptJson(namespace)}</script>
<script src="/playground/react.js"></script>
<script src="/playground/react-dom.js"></script>
<script src="/playground/graphiql.js"></script>
<script src="/playground/app.js"></script>
</body>
</html>`;
}

/**
 * The page's own script, plain ES2020 on the UMD globals (React, ReactDOM, GraphiQL) so it needs no build step.
 */
export const PLAYGROUND_APP_JS = `'use strict';
(function () {
  const h = React.createElement;
  const examples = JSON.parse(document.getElementById('dg-examples').textContent);
  const namespace = JSON.parse(document.getElementById('dg-namespace').textContent);
  const pretty = (value) => (value && Object.keys(value).length ? JSON.stringify(value, null, 2) : '');
  const tabOf = (example) => ({ query: example.query, variables: pretty(example.variables), headers: pretty(example.headers) });

  function ExamplesPanel() {
    const editor = GraphiQL.React.useEditorContext({ nonNull: true });
    const [key, setKey] = React.useState('');
    const open = (example) => {
      const index = editor.tabs.findIndex((tab) => tab.query === example.query);
      if (index >= 0) return editor.changeTab(index);
      editor.addTab();
      // addTab fills the editors with its defaults on the next render; ours go in after it.
      setTimeout(() => {
        const tab = tabOf(example);
        if (editor.queryEditor) editor.queryEditor.setValue(tab.query);
        if (editor.variableEditor) editor.variableEditor.setValue(tab.variables);
        if (editor.headerEditor) editor.headerEditor.setValue(tab.headers);
      }, 0);
    };
    const useKey = () => {
      if (!editor.headerEditor || !key.trim()) return;
      let headers = {};
      try { headers = JSON.parse(editor.headerEditor.getValue() || '{}'); } catch (e) { headers = {}; }
      headers.Authorization = 'Bearer ' + key.trim();
      editor.headerEditor.setValue(JSON.stringify(headers, null, 2));
    };
    return h('div', { className: 'dg-examples' },
      h('div', { className: 'graphiql-doc-explorer-title' }, 'Examples'),
      h('p', null, 'Each opens as a tab; ▶ runs it. They are the operations in schema/operations/, also used by the API reference and the tests.'),
      examples.map((example) =>
        h('button', { key: example.operation, type: 'button', className: 'dg-example', 'data-operation': example.operation, onClick: () => open(example) },
          h('span', { className: 'dg-example-title' }, example.title),
          h('span', { className: 'dg-example-description' }, example.description),
          example.note ? h('span', { className: 'dg-example-note' }, example.note) : null,
        )),
      h('div', null,
        h('strong', null, 'Editor key'),
        h('p', { style: { margin: '2px 0' } }, 'Mutations need it. It goes into the Headers tab of the current tab only and is not stored.'),
        h('form', { className: 'dg-key', onSubmit: (event) => { event.preventDefault(); useKey(); } },
          h('input', { type: 'password', placeholder: 'API key', autoComplete: 'off', value: key, onChange: (event) => setKey(event.target.value), 'aria-label': 'Editor key' }),
          h('button', { type: 'submit' }, 'Use in headers'),
        ),
      ),
    );
  }

  // GraphiQL 3.8 fills the first tab's query at start but not its variables and headers (they come from
  // props or storage only); re-selecting the active tab once loads the whole tab into the editors.
  function LoadFirstTab() {
    const editor = GraphiQL.React.useEditorContext({ nonNull: true });
    const loaded = React.useRef(false);
    React.useEffect(() => {
      if (loaded.current || !editor.queryEditor || !editor.variableEditor || !editor.headerEditor) return;
      loaded.current = true;
      editor.changeTab(editor.activeTabIndex);
    }, [editor.queryEditor, editor.variableEditor, editor.headerEditor]);
    return null;
  }

  const examplesPlugin = {
    title: 'Examples',
    icon: () => h('svg', { viewBox: '0 0 24 24', width: 20, height: 20, fill: 'none', stroke: 'currentColor', strokeWidth: 1.5 },
      h('path', { d: 'M4 5h16M4 10h16M4 15h10M4 20h7' })),
    content: ExamplesPanel,
  };

  const fetcher = GraphiQL.createFetcher({ url: '/graphql' });
  const tabbed = examples.filter((example) => example.tab);
  ReactDOM.createRoot(document.getElementById('graphiql')).render(
    h(GraphiQL, {
      fetcher,
      defaultTabs: tabbed.length ? tabbed.map(tabOf) : undefined,
      plugins: [examplesPlugin],
      visiblePlugin: examplesPlugin,
      defaultEditorToolsVisibility: true,
      shouldPersistHeaders: false,
      storage: GraphiQL.createLocalStorage({ namespace }),
    },
      h(GraphiQL.Logo, null, 'directive-graph'),
      h(GraphiQL.Footer, null, h(LoadFirstTab)),
    ),
  );
})();
`;

export interface PlaygroundOptions {
  /** The examples with their variables resolved against the current data (see playgroundExamples.ts). */
  examples?: () => Promise<readonly ResolvedExample[]>;
}

export async function servePlayground(pathname: string, res: ServerResponse, options: PlaygroundOptions = {}): Promise<void> {
  if (pathname === '/playground/' || pathname === '/playground/index.html') {
    const html = playgroundHtml(options.examples ? await options.examples() : []);
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-cache' });
    res.end(html);
    return;
  }
  if (pathname === '/playground/app.js') {
    res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'no-cache' });
    res.end(PLAYGROUND_APP_JS);
    return;
  }
  const asset = ASSETS[pathname];
  if (!asset) {
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
    res.end(`Not found: ${pathname}. The playground is at /graphql.`);
    return;
  }
  const body = await readFile(asset.file());
  res.writeHead(200, { 'content-type': `${asset.type}; charset=utf-8`, 'cache-control': 'public, max-age=3600' });
  res.end(body);
}
