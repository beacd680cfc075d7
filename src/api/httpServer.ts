/**
 * The HTTP front door, on node:http with no framework: `/graphql` (Apollo Server through its
 * `executeHTTPGraphQLRequest` integration API), the offline playground on `GET /graphql` from a browser, the
 * explorer for policy staff on `/` and its paths (web/), the web build's files under `/assets/`, and
 * `/health` + `/ready` for orchestrators.
 */
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer, HeaderMap, type HTTPGraphQLRequest } from '@apollo/server';
import { ApolloServerErrorCode } from '@apollo/server/errors';
import type { GraphQLSchema } from 'graphql';
import type { Settings } from '../config';
import type { GraphClient } from '../graph/driver';
import { isMigrated } from '../graph/migrations';
import { keyLabel, roleFor } from './auth';
import type { ApiContext } from './context';
import type { ApiLoaders } from './loaders';
import { apolloPlugins, formatError, PARSE_OPTIONS } from './apolloOptions';
import { AnswerBytes } from './answerBytes';
import { leafListsGateway } from './leafLists';
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

/** With an editor key: room for the largest document `ingestDocument` accepts as a base64 file (4/3 of its bytes) and the query. */
export function maxBodyBytes(settings: Settings): number {
  const doc = settings.maxDocumentBytes > 0 && Number.isFinite(settings.maxDocumentBytes) ? settings.maxDocumentBytes : 0;
  return Math.max(MIN_BODY_BYTES, Math.ceil((doc * 4) / 3) + 64 * 1024);
}

/**
 * Without an editor key a request can only read: its body is a query (at most 5,000 tokens) and variables
 * (ids, names, search terms, each capped by src/api/argumentLengths.ts), never a document. Reading, decoding
 * and parsing a 4 MiB body holds the event loop for about 15 ms (the text, JSON.parse, the garbage): a few
 * anonymous clients sending them back to back kept /health waiting for a quarter of a second. So a body over
 * this is refused from its declared length, before any of it is read.
 */
export const READ_BODY_BYTES = 256 * 1024;
/**
 * Causal consistency across API replicas: a mutation's answer carries this header (Neo4j bookmarks); a client
 * that sends it back, to whichever replica, reads data at least as new as its write.
 */
export const BOOKMARKS_HEADER = 'neo4j-bookmarks';
const MAX_BOOKMARKS = 16;

function bookmarksOf(header: string | string[] | undefined): string[] {
  const text = Array.isArray(header) ? header.join(',') : (header ?? '');
  return text
    .split(',')
    .map((b) => b.trim())
    .filter((b) => b.length > 0 && b.length <= 512)
    .slice(0, MAX_BOOKMARKS);
}

/** `/ready` answers 503 when the database has not answered within this long. */
const READY_CHECK_MS = 1000;

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

const sizeLabel = (bytes: number) => (bytes >= 1024 * 1024 ? `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MiB` : `${Math.round(bytes / 1024)} KiB`);

class BodyTooLarge extends Error {
  readonly status = 413;
  constructor(
    readonly limit: number,
    /** The most any request may send (with an editor key), named in the message. */
    readonly largestLimit: number,
  ) {
    super(
      limit < largestLimit
        ? `The request body is larger than ${sizeLabel(limit)}, the limit without an editor key (reads never need more: ` +
            `pass ids and search terms, not documents). ingestDocument needs an editor key, which allows ${sizeLabel(largestLimit)}.`
        : `The request body is larger than ${sizeLabel(limit)}. Send less per request (split an ingest into several documents).`,
    );
  }
}

/**
 * The body as text, at most `limit` bytes. Over the limit it rejects with BodyTooLarge at once and leaves the
 * rest of the stream to `refuseBody`: the stream is not destroyed (that would reset the connection before the
 * client reads the answer).
 */
function readBody(req: IncomingMessage, limit: number, largestLimit: number): Promise<string> {
  // A declared length over the limit is refused before reading anything.
  if (Number(req.headers['content-length'] ?? 0) > limit) return Promise.reject(new BodyTooLarge(limit, largestLimit));
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const stop = () => {
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('close', onClose);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        stop();
        reject(new BodyTooLarge(limit, largestLimit));
      } else chunks.push(chunk);
    };
    const onEnd = () => {
      stop();
      resolve(Buffer.concat(chunks).toString('utf8'));
    };
    const onClose = () => {
      stop();
      reject(Object.assign(new Error('The client closed the connection before the request body ended.'), { status: 400 }));
    };
    req.on('data', onData);
    req.once('end', onEnd);
    req.once('close', onClose);
  });
}

/** How long a refused request's connection stays open for the client to read the 413 and close it. */
const REFUSED_CONNECTION_MS = 5_000;

/**
 * Answers 413 with `Connection: close` and ends the server's side of the connection (FIN) at once, without
 * reading the rest of the body: a client still sending reads the answer and closes. The socket is not closed
 * while the client may still be sending (closing a socket with unread data makes the kernel send a reset,
 * which clients saw instead of the answer): it is destroyed when the client closes it, or after
 * REFUSED_CONNECTION_MS. Nothing of the refused body is read: draining it made 64 KiB buffers of garbage, and
 * a few clients sending 4 MB bodies back to back set off a full garbage collection every half second.
 */
function refuseBody(req: IncomingMessage, res: ServerResponse, error: BodyTooLarge): void {
  const text = JSON.stringify({ errors: [{ message: error.message, extensions: { code: ApolloServerErrorCode.BAD_REQUEST } }] });
  res.writeHead(413, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text), connection: 'close' });
  // The whole answer goes out now, and the server's side of the connection ends with it (FIN): the client reads
  // the 413 and closes. The rest of the body is never read: reading it would only make garbage.
  res.write(text);
  const socket = req.socket;
  const cut = () => socket.destroy();
  const timer = setTimeout(cut, REFUSED_CONNECTION_MS);
  timer.unref();
  socket.once('close', () => clearTimeout(timer));
  req.pause();
  socket.end();
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
  // Answers are encoded in pieces (answerBytes.ts): Apollo passes a ticket on, `handle` takes the bytes. Batched
  // requests (allowBatchedHttpRequests, off) would join tickets into one string: enabling them needs `take` to read it.
  const answers = new AnswerBytes();
  const apollo = new ApolloServer<ApiContext>({
    stringifyResult: answers.stringify,
    // The schema as clients see it; operations run on a copy in which long lists of ids are one leaf (leafLists.ts).
    gateway: leafListsGateway(schema),
    plugins: apolloPlugins(server, settings),
    formatError: formatError(settings.server.development),
    includeStacktraceInErrorResponses: settings.server.development,
    parseOptions: PARSE_OPTIONS,
    introspection: true,
    // src/server.ts owns SIGINT/SIGTERM (it closes the API, then the driver): Apollo's own handlers beside it made a
    // SIGTERM after a request take about 50 s to end the process.
    stopOnTerminationSignals: false,
  });
  await apollo.start();

  const contextFor = (role: ApiContext['role'], bookmarks: readonly string[] = [], actor?: string): ApiContext => {
    const deadline = Date.now() + settings.server.requestTimeoutMs;
    // Mutations write through ctx.graph: bound it by the request's budget too. Reads wait for the bookmarks
    // the client brought (its own writes, possibly made through another replica).
    const bounded = graph.until(deadline).after(bookmarks);
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
    const largestLimit = maxBodyBytes(settings);
    const raw = req.method === 'POST' ? await readBody(req, role === 'editor' ? largestLimit : READ_BODY_BYTES, largestLimit) : '';
    let body: unknown = raw;
    if (req.method === 'POST' && (headers.get('content-type') ?? '').includes('json')) {
      try {
        body = raw === '' ? undefined : JSON.parse(raw);
      } catch {
        return sendJson(res, 400, { errors: [{ message: 'The request body is not valid JSON.', extensions: { code: ApolloServerErrorCode.BAD_REQUEST } }] });
      }
    }
    const httpGraphQLRequest: HTTPGraphQLRequest = { method: req.method ?? 'GET', headers, search: url.search, body };
    let context: ApiContext | null = null;
    const response = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest,
      context: async () =>
        (context = contextFor(role, bookmarksOf(req.headers[BOOKMARKS_HEADER]), role === 'editor' ? keyLabel(req.headers.authorization) : undefined)),
    });
    // Taken before anything here can throw: the bytes are held until taken (answerBytes.ts).
    const answer = response.body.kind === 'complete' ? answers.take(response.body.string) : null;
    for (const [name, value] of response.headers) res.setHeader(name, value);
    // A write answers with its bookmark: sent back on the next request, to any replica, it reads that write.
    const written = (context as ApiContext | null)?.graph.writtenBookmarks ?? [];
    if (written.length) res.setHeader(BOOKMARKS_HEADER, written.join(', '));
    res.statusCode = response.status ?? 200;
    if (response.body.kind === 'complete') {
      // Bytes, not a string: given the string, Node measures its UTF-8 length for Content-Length and then encodes
      // it again as it writes. The header and the bytes sent are the same.
      res.end(answer);
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
