/**
 * The HTTP front door, on node:http with no framework: `/graphql` (Apollo Server through its
 * `executeHTTPGraphQLRequest` integration API), the offline playground on `GET /graphql` from a browser, the
 * explorer for policy staff on `/` and its paths (web/), the web build's files under `/assets/`, and
 * `/health` + `/ready` for orchestrators.
 */
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer, HeaderMap, type HTTPGraphQLRequest } from '@apollo/server';
import type { GraphQLSchema } from 'graphql';
import type { Settings } from '../config';
import type { GraphClient } from '../graph/driver';
import { isMigrated } from '../graph/migrations';
import { keyLabel, roleFor } from './auth';
import type { ApiContext } from './context';
import type { ApiLoaders } from './loaders';
import { apolloPlugins, formatError, PARSE_OPTIONS } from './apolloOptions';
import { servePlayground } from './playground';
import { resolveExamples, type RunOperation } from './playgroundExamples';
import { serveAsset, serveExplorer } from './webAssets';

export interface RunningServer {
  url: string;
  port: number;
  server: http.Server;
  apollo: ApolloServer<ApiContext>;
  close(): Promise<void>;
}

const MIN_BODY_BYTES = 4 * 1024 * 1024;

/** Room for the largest document `ingestDocument` accepts as a base64 file (4/3 of its bytes) and the query. */
function maxBodyBytes(settings: Settings): number {
  const doc = settings.maxDocumentBytes > 0 && Number.isFinite(settings.maxDocumentBytes) ? settings.maxDocumentBytes : 0;
  return Math.max(MIN_BODY_BYTES, Math.ceil((doc * 4) / 3) + 64 * 1024);
}
/** `/ready` answers 503 when the database has not answered within this long. */
const READY_CHECK_MS = 1000;

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

class BodyTooLarge extends Error {
  readonly status = 413;
  constructor(limit: number) {
    super(`The request body is larger than ${Math.round((limit / (1024 * 1024)) * 10) / 10} MiB. Send less per request (split an ingest into several documents).`);
  }
}

async function readBody(req: IncomingMessage, limit: number): Promise<string> {
  // A declared length over the limit is refused before reading anything.
  if (Number(req.headers['content-length'] ?? 0) > limit) throw new BodyTooLarge(limit);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) throw new BodyTooLarge(limit);
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** How long the rest of a refused body is drained before the socket is cut. */
const LINGER_MS = 2000;

/**
 * Answers 413 with `Connection: close` and closes the connection: the socket, mid-body, cannot carry another
 * request (a client reusing it used to get a reset seconds later). The rest of the body is drained for a
 * moment rather than cut at once, so the client reads the answer instead of a reset.
 */
function refuseBody(req: IncomingMessage, res: ServerResponse, error: BodyTooLarge): void {
  const text = JSON.stringify({ errors: [{ message: error.message, extensions: { code: 'BAD_REQUEST' } }] });
  res.writeHead(413, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text), connection: 'close' });
  req.resume();
  res.end(text);
  const socket = req.socket;
  const cut = setTimeout(() => socket.destroy(), LINGER_MS);
  cut.unref();
  socket.once('close', () => clearTimeout(cut));
}

const isRead = (req: IncomingMessage) => req.method === 'GET' || req.method === 'HEAD';

function wantsHtml(req: IncomingMessage): boolean {
  const accept = req.headers.accept ?? '';
  return req.method === 'GET' && accept.includes('text/html') && !new URL(req.url ?? '/', 'http://x').searchParams.has('query');
}

export async function startHttpServer(options: {
  schema: GraphQLSchema;
  graph: GraphClient;
  settings: Settings;
  /** Creates the request's loaders (src/api/loaders.ts). */
  createLoaders: (graph: GraphClient, deadline: number) => ApiLoaders;
  port?: number;
  host?: string;
}): Promise<RunningServer> {
  const { schema, graph, settings } = options;
  const server = http.createServer();
  const apollo = new ApolloServer<ApiContext>({
    schema,
    plugins: apolloPlugins(server, settings),
    formatError: formatError(settings.server.development),
    includeStacktraceInErrorResponses: settings.server.development,
    parseOptions: PARSE_OPTIONS,
    introspection: true,
  });
  await apollo.start();

  const contextFor = (role: ApiContext['role'], actor?: string): ApiContext => {
    const deadline = Date.now() + settings.server.requestTimeoutMs;
    // Mutations write through ctx.graph: bound it by the request's budget too.
    const bounded = graph.until(deadline);
    return { graph: bounded, role, actor, loaders: options.createLoaders(bounded, deadline), deadline };
  };
  // The playground's example ids are looked up through the API as an anonymous caller, so a server that
  // requires reader keys shows no data to a visitor without one.
  const runExampleLookup: RunOperation = async (query, variables) => {
    const response = await apollo.executeOperation({ query, variables }, { contextValue: contextFor('anonymous') });
    return response.body.kind === 'single' ? response.body.singleResult : {};
  };
  const playgroundOptions = { examples: () => resolveExamples(runExampleLookup) };

  server.on('request', (req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (error instanceof BodyTooLarge && !res.headersSent) return refuseBody(req, res, error);
      const status = (error as { status?: number }).status ?? 500;
      if (!res.headersSent) sendJson(res, status, { errors: [{ message: (error as Error).message }] });
      else res.end();
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname === '/health') return sendJson(res, 200, { status: 'ok', uptimeSeconds: Math.round(process.uptime()) });
    if (url.pathname === '/ready') {
      try {
        const migrated = await isMigrated(graph.until(Date.now() + READY_CHECK_MS));
        return sendJson(res, migrated ? 200 : 503, { status: migrated ? 'ready' : 'migrations pending', neo4j: 'reachable', migrated });
      } catch (error) {
        return sendJson(res, 503, { status: 'unavailable', neo4j: 'unreachable', message: (error as Error).message });
      }
    }
    if (url.pathname.startsWith('/assets/') && isRead(req)) return serveAsset(url.pathname, res);
    if (url.pathname === '/playground/' && isRead(req)) return servePlayground(res, playgroundOptions);
    if (url.pathname !== '/graphql') {
      // Every other page a browser asks for is the explorer's (it shows its own "no such page").
      if (wantsHtml(req)) return serveExplorer(res);
      return sendJson(res, 404, { error: `No route ${url.pathname}. The API is at /graphql, the explorer at /.` });
    }
    if (wantsHtml(req)) return servePlayground(res, playgroundOptions);

    const role = roleFor(req.headers.authorization, settings.server);
    if (role === 'invalid') {
      return sendJson(res, 401, {
        errors: [{ message: 'The API key in the Authorization header is not valid. Send "Authorization: Bearer <key>" with a configured key.', extensions: { code: 'UNAUTHENTICATED' } }],
      });
    }
    const headers = new HeaderMap();
    for (const [name, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
    }
    const raw = req.method === 'POST' ? await readBody(req, maxBodyBytes(settings)) : '';
    let body: unknown = raw;
    if (req.method === 'POST' && (headers.get('content-type') ?? '').includes('json')) {
      try {
        body = raw === '' ? undefined : JSON.parse(raw);
      } catch {
        return sendJson(res, 400, { errors: [{ message: 'The request body is not valid JSON.', extensions: { code: 'BAD_REQUEST' } }] });
      }
    }
    const httpGraphQLRequest: HTTPGraphQLRequest = { method: req.method ?? 'GET', headers, search: url.search, body };
    const response = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest,
      context: async () => contextFor(role, role === 'editor' ? keyLabel(req.headers.authorization) : undefined),
    });
    for (const [name, value] of response.headers) res.setHeader(name, value);
    res.statusCode = response.status ?? 200;
    if (response.body.kind === 'complete') {
      res.end(response.body.string);
      return;
    }
    for await (const chunk of response.body.asyncIterator) res.write(chunk);
    res.end();
  }

  const port = options.port ?? settings.server.port;
  const host = options.host ?? settings.server.host;
  await new Promise<void>((resolve, reject) => {
    const onError = (error: NodeJS.ErrnoException) => {
      reject(
        error.code === 'EADDRINUSE'
          ? Object.assign(new Error(`Port ${port} on ${host} is already in use. Stop the other program or set PORT to a free port.`), { code: 'PORT_IN_USE' })
          : error,
      );
    };
    server.once('error', onError);
    server.listen(port, host, () => {
      server.off('error', onError);
      resolve();
    });
  });
  const actualPort = (server.address() as AddressInfo).port;
  return {
    url: `http://${host === '0.0.0.0' ? 'localhost' : host}:${actualPort}/graphql`,
    port: actualPort,
    server,
    apollo,
    close: () => apollo.stop(),
  };
}
