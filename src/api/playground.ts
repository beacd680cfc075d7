/**
 * The offline playground page at GET /graphql. Its script is the typed module web/playground/main.tsx (GraphiQL
 * bundled from npm by the web build, never from a CDN), so it works on a machine with no internet. The page
 * opens with the example operations of `schema/operations/` as tabs (the same documents docs/api.md and the
 * HTTP tests use), lists every example in an "Examples" side panel, and explains how to send the editor key
 * that mutations need. The examples travel in the page as JSON, resolved against the current data.
 */
import { createHash } from 'node:crypto';
import type { ServerResponse } from 'node:http';
import type { ResolvedExample } from './playgroundExamples';
import { entryFiles, type EntryFiles } from './webAssets';

/** The playground's entry in the web build (web/vite.config.ts). */
export const PLAYGROUND_ENTRY = 'playground/main.tsx';

/** JSON that is safe inside a <script> element: no `</script>`, no HTML comment openers. */
function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

const escapeAttribute = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * The page. `examples` are already resolved (ids looked up), so the first click on the run button answers
 * from the data. The storage namespace hashes the examples: when they change, stale saved tabs don't hide them.
 */
export function playgroundHtml(files: EntryFiles, examples: readonly ResolvedExample[] = []): string {
  const namespace = `directive-graph:${createHash('sha256').update(JSON.stringify(examples)).digest('hex').slice(0, 12)}`;
  const styles = files.styles.map((href) => `<link rel="stylesheet" href="${escapeAttribute(href)}">`).join('\n');
  return `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>directive-graph · GraphQL playground</title>
<link rel="icon" href="data:,">
${styles}
</head>
<body>
<header id="dg-header">
  <strong>directive-graph</strong>
  <span>Pick an example (left panel or tabs), then ▶ Run. Reads are open; mutations need an editor key:
  <code>{"Authorization": "Bearer &lt;key&gt;"}</code> in the <em>Headers</em> tab (keys: API_EDITOR_KEYS), or paste it in the Examples panel.</span>
  <a href="/">Explorer</a>
</header>
<div id="graphiql">Loading the playground…</div>
<script id="dg-examples" type="application/json">${scriptJson(examples)}</script>
<script id="dg-namespace" type="application/json">${scriptJson(namespace)}</script>
<script type="module" src="${escapeAttribute(files.script)}"></script>
</body>
</html>`;
}

export interface PlaygroundOptions {
  /** The examples with their variables resolved against the current data (see playgroundExamples.ts). */
  examples?: () => Promise<readonly ResolvedExample[]>;
}

export async function servePlayground(res: ServerResponse, options: PlaygroundOptions = {}): Promise<void> {
  const files = await entryFiles(PLAYGROUND_ENTRY);
  const html = playgroundHtml(files, options.examples ? await options.examples() : []);
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-cache' });
  res.end(html);
}
