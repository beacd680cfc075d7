/**
 * The GraphQL playground's page script: GraphiQL bundled from npm by the web build (never from a CDN), with
 * the example operations of `schema/operations/` as tabs and an "Examples" side panel that also explains how
 * to send the editor key mutations need. The server embeds the examples (resolved against the current data)
 * and a storage namespace in the page as JSON; their shape is `PlaygroundPageData` below.
 */
import { StrictMode, useEffect, useRef, useState, type FormEvent } from 'react';
import { createRoot } from 'react-dom/client';
import { GraphiQL } from 'graphiql';
import { useEditorContext, type GraphiQLPlugin } from '@graphiql/react';
import { createGraphiQLFetcher, createLocalStorage } from '@graphiql/toolkit';
import 'graphiql/graphiql.css';
import './playground.css';

/** One example as the server embeds it (src/api/playgroundExamples.ts, ResolvedExample). */
export interface PlaygroundExample {
  operation: string;
  title: string;
  description: string;
  tab: boolean;
  query: string;
  variables: Record<string, unknown>;
  headers?: Record<string, string>;
  note?: string;
}

interface Tab {
  query: string;
  variables: string;
  headers: string;
}

function readJson<T>(id: string, fallback: T): T {
  const text = document.getElementById(id)?.textContent;
  return text ? (JSON.parse(text) as T) : fallback;
}

const pretty = (value: Record<string, unknown> | undefined): string =>
  value && Object.keys(value).length > 0 ? JSON.stringify(value, null, 2) : '';

const tabOf = (example: PlaygroundExample): Tab => ({
  query: example.query,
  variables: pretty(example.variables),
  headers: pretty(example.headers),
});

function ExamplesPanel({ examples }: { examples: readonly PlaygroundExample[] }) {
  const editor = useEditorContext({ nonNull: true });
  const [key, setKey] = useState('');
  const open = (example: PlaygroundExample) => {
    const index = editor.tabs.findIndex((tab) => tab.query === example.query);
    if (index >= 0) return editor.changeTab(index);
    editor.addTab();
    // addTab fills the editors with its defaults on the next render; ours go in after it.
    setTimeout(() => {
      const tab = tabOf(example);
      editor.queryEditor?.setValue(tab.query);
      editor.variableEditor?.setValue(tab.variables);
      editor.headerEditor?.setValue(tab.headers);
    }, 0);
  };
  const useKey = (event: FormEvent) => {
    event.preventDefault();
    if (!editor.headerEditor || !key.trim()) return;
    let headers: Record<string, string> = {};
    try {
      headers = JSON.parse(editor.headerEditor.getValue() || '{}') as Record<string, string>;
    } catch {
      // The headers pane holds text that is not JSON: it is replaced by the key alone.
      headers = {};
    }
    headers.Authorization = `Bearer ${key.trim()}`;
    editor.headerEditor.setValue(JSON.stringify(headers, null, 2));
  };
  return (
    <div className="dg-examples">
      <div className="graphiql-doc-explorer-title">Examples</div>
      <p>Each opens as a tab; ▶ runs it. They are the operations in schema/operations/, also used by the API reference and the tests.</p>
      {examples.map((example) => (
        <button key={example.operation} type="button" className="dg-example" data-operation={example.operation} onClick={() => open(example)}>
          <span className="dg-example-title">{example.title}</span>
          <span className="dg-example-description">{example.description}</span>
          {example.note ? <span className="dg-example-note">{example.note}</span> : null}
        </button>
      ))}
      <div>
        <strong>Editor key</strong>
        <p style={{ margin: '2px 0' }}>Mutations need it. It goes into the Headers tab of the current tab only and is not stored.</p>
        <form className="dg-key" onSubmit={useKey}>
          <input type="password" placeholder="API key" autoComplete="off" value={key} onChange={(event) => setKey(event.target.value)} aria-label="Editor key" />
          <button type="submit">Use in headers</button>
        </form>
      </div>
    </div>
  );
}

/**
 * GraphiQL 3.8 fills the first tab's query at start but not its variables and headers (they come from props
 * or storage only); re-selecting the active tab once loads the whole tab into the editors.
 */
function LoadFirstTab() {
  const editor = useEditorContext({ nonNull: true });
  const loaded = useRef(false);
  useEffect(() => {
    if (loaded.current || !editor.queryEditor || !editor.variableEditor || !editor.headerEditor) return;
    loaded.current = true;
    editor.changeTab(editor.activeTabIndex);
  }, [editor.queryEditor, editor.variableEditor, editor.headerEditor]);
  return null;
}

function ExamplesIcon() {
  return (
    <svg viewBox="0 0 24 24" width={20} height={20} fill="none" stroke="currentColor" strokeWidth={1.5}>
      <path d="M4 5h16M4 10h16M4 15h10M4 20h7" />
    </svg>
  );
}

const examples = readJson<PlaygroundExample[]>('dg-examples', []);
const namespace = readJson<string>('dg-namespace', 'directive-graph');
const examplesPlugin: GraphiQLPlugin = {
  title: 'Examples',
  icon: ExamplesIcon,
  content: () => <ExamplesPanel examples={examples} />,
};
const tabbed = examples.filter((example) => example.tab);
const host = document.getElementById('graphiql');
if (!host) throw new Error('The playground page has no #graphiql element.');

createRoot(host).render(
  <StrictMode>
    <GraphiQL
      fetcher={createGraphiQLFetcher({ url: '/graphql' })}
      defaultTabs={tabbed.length > 0 ? tabbed.map(tabOf) : undefined}
      plugins={[examplesPlugin]}
      visiblePlugin={examplesPlugin}
      defaultEditorToolsVisibility
      shouldPersistHeaders={false}
      storage={createLocalStorage({ namespace })}
    >
      <GraphiQL.Logo>directive-graph</GraphiQL.Logo>
      <GraphiQL.Footer>
        <LoadFirstTab />
      </GraphiQL.Footer>
    </GraphiQL>
  </StrictMode>,
);
