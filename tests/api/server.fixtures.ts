/**
 * The real API over HTTP for tests: the real schema, loaders and HTTP server on a free port, talking to the
 * test Neo4j. Also a typed GraphQL-over-HTTP client (plain `fetch`) for the generated documents.
 */
import 'reflect-metadata';
import { print } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { loadSettings, type Settings } from '../../src/config';
import { connect, type GraphClient } from '../../src/graph/driver';
import { migrate } from '../../src/graph/migrations';
import { buildApiSchema } from '../../src/api/schema';
import { createLoaders } from '../../src/api/loaders';
import { startHttpServer, type RunningServer } from '../../src/api/httpServer';
import { testNeo4jSettings } from '../support/neo4j';

export interface TestApi {
  /** http://127.0.0.1:PORT/graphql */
  url: string;
  /** http://127.0.0.1:PORT */
  origin: string;
  graph: GraphClient;
  settings: Settings;
  running: RunningServer;
  close(): Promise<void>;
}

export async function startTestApi(
  options: { editorKeys?: string[]; readerKeys?: string[]; development?: boolean; uri?: string } = {},
): Promise<TestApi> {
  const graph = await connect({ ...testNeo4jSettings(), ...(options.uri ? { uri: options.uri } : {}) });
  await migrate(graph);
  const base = loadSettings();
  const settings: Settings = {
    ...base,
    server: {
      ...base.server,
      editorKeys: options.editorKeys ?? [],
      readerKeys: options.readerKeys ?? [],
      development: options.development ?? false,
    },
  };
  const running = await startHttpServer({ schema: await buildApiSchema(), graph, settings, createLoaders, port: 0, host: '127.0.0.1' });
  return {
    url: running.url,
    origin: new URL(running.url).origin,
    graph,
    settings,
    running,
    async close() {
      await running.close();
      await graph.close();
    },
  };
}

export interface GraphQLResponse<TData> {
  status: number;
  contentType: string | null;
  data?: TData | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
}

/** POSTs a generated typed document over real HTTP and returns the typed answer with the status code. */
export async function request<TData, TVariables extends Record<string, unknown>>(
  url: string,
  document: TypedDocumentNode<TData, TVariables>,
  ...[variables, headers]: TVariables extends Record<string, never> ? [TVariables?, Record<string, string>?] : [TVariables, Record<string, string>?]
): Promise<GraphQLResponse<TData>> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json', ...headers },
    body: JSON.stringify({ query: print(document), variables: variables ?? {} }),
  });
  const body = (await response.json()) as Omit<GraphQLResponse<TData>, 'status' | 'contentType'>;
  return { status: response.status, contentType: response.headers.get('content-type'), ...body };
}
