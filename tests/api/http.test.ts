/**
 * The API through a real HTTP client (`fetch`) against the real server on a free port, sending the typed
 * documents generated from schema/operations/*.graphql. Data: one provincial decision in a made-up province,
 * so parallel tests never share nodes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DeleteDocumentDocument,
  DocumentBySymbolDocument,
  HealthDocument,
  LineageDocument,
  SetTaskStatusDocument,
  TasksDocument,
} from '../../src/api/generated/operations';
import { ingestExtraction } from '../../src/graph/documentStore';
import { decisionExtraction, isolatedProvince } from '../support/extraction.fixtures';
import { removeProvince } from '../support/graphSnapshot';
import { request, startTestApi, type GraphQLResponse, type TestApi } from './server.fixtures';

const EDITOR_KEY = 'editor-key-for-tests-0123456789';
const province = isolatedProvince();
const documentKey = `2898/QĐ-UBND@${province}`;
let api: TestApi;
let taskId: string;

beforeAll(async () => {
  api = await startTestApi({ editorKeys: [EDITOR_KEY] });
  await ingestExtraction(api.graph, decisionExtraction(province), 'http-test.txt');
  const tasks = await request(api.url, TasksDocument, { filter: { documentId: documentKey }, first: 5 });
  taskId = tasks.data!.tasks.nodes[0]!.id;
});
afterAll(async () => {
  if (api) {
    await removeProvince(api.graph, province);
    await api.close();
  }
});

const codes = (response: GraphQLResponse<unknown>) => (response.errors ?? []).map((e) => e.extensions?.code);

describe('reads over HTTP', () => {
  it('answers health with the database reachable and migrated', async () => {
    const response = await request(api.url, HealthDocument);
    expect(response.status).toBe(200);
    expect(response.contentType).toMatch(/^application\/(graphql-response\+)?json/);
    expect(response.errors).toBeUndefined();
    expect(response.data?.health).toEqual({ database: true, migrated: true, version: expect.any(String) });
  });

  it('finds a document by symbol written without Đ, in other case and spacing', async () => {
    for (const symbol of ['2898/QD-UBND', ' 2898 / qđ-ubnd ', '2898/QĐ-UBND']) {
      const response = await request(api.url, DocumentBySymbolDocument, { symbol, jurisdiction: province });
      expect(response.errors, symbol).toBeUndefined();
      expect(response.data?.documentBySymbol, symbol).toMatchObject({ key: documentKey, symbol: '2898/QĐ-UBND', ingested: true });
    }
  });

  it('returns the upstream lineage as nodes with depth, edges and paths', async () => {
    const response = await request(api.url, LineageDocument, { documentId: documentKey, direction: 'UPSTREAM', maxDepth: 3 });
    expect(response.errors).toBeUndefined();
    const lineage = response.data!.lineage;
    expect(lineage.root.key).toBe(documentKey);
    const depthOf = Object.fromEntries(lineage.nodes.map((n) => [n.document.key, n.depth]));
    expect(depthOf).toMatchObject({ [documentKey]: 0, '76/NQ-CP': 1, [`05-NQ/TU@${province}`]: 1 });
    const rootId = lineage.root.id;
    const idOf = Object.fromEntries(lineage.nodes.map((n) => [n.document.key, n.document.id]));
    expect(lineage.edges).toEqual(
      expect.arrayContaining([
        { from: rootId, to: idOf['76/NQ-CP'], relation: 'BASIS', depth: 1 },
        { from: rootId, to: idOf[`05-NQ/TU@${province}`], relation: 'BASIS', depth: 1 },
      ]),
    );
    expect(lineage.paths.every((p) => p[0] === rootId)).toBe(true);
  });
});

describe('mutations and API keys', () => {
  it('refuses a mutation without a key, with UNAUTHENTICATED or FORBIDDEN and nothing written', async () => {
    const response = await request(api.url, SetTaskStatusDocument, { taskId, status: 'DONE', note: 'no key' });
    expect(codes(response)[0]).toMatch(/^(UNAUTHENTICATED|FORBIDDEN)$/);
    expect(response.errors![0]!.message).toMatch(/key/i);
    expect(response.data?.setTaskStatus ?? null).toBeNull();
    const after = await request(api.url, TasksDocument, { filter: { documentId: documentKey }, first: 5 });
    expect(after.data!.tasks.nodes.find((t) => t.id === taskId)!.status).toBe('NOT_STARTED');
  });

  it('runs the mutation with the editor key', async () => {
    const headers = { authorization: `Bearer ${EDITOR_KEY}` };
    const response = await request(api.url, SetTaskStatusDocument, { taskId, status: 'IN_PROGRESS', note: 'Đang triển khai' }, headers);
    expect(response.errors).toBeUndefined();
    expect(response.data!.setTaskStatus).toMatchObject({ id: taskId, status: 'IN_PROGRESS', statusNote: 'Đang triển khai' });
    const reset = await request(api.url, SetTaskStatusDocument, { taskId, status: 'NOT_STARTED' }, headers);
    expect(reset.data!.setTaskStatus.status).toBe('NOT_STARTED');
  });

  it('answers 401 UNAUTHENTICATED to a key that is not configured, for reads too', async () => {
    const response = await request(api.url, HealthDocument, {}, { authorization: 'Bearer not-a-real-key' });
    expect(response.status).toBe(401);
    expect(codes(response)).toEqual(['UNAUTHENTICATED']);
    expect(response.errors![0]!.message).toMatch(/Authorization/);
  });

  it('answers NOT_FOUND when the editor deletes a document that does not exist', async () => {
    const response = await request(api.url, DeleteDocumentDocument, { id: `404/QĐ-UBND@${province}` }, { authorization: `Bearer ${EDITOR_KEY}` });
    const answer = response.data?.deleteDocument;
    // Either a NOT_FOUND error or an explicit "nothing deleted": never a silent success.
    if (answer) expect(answer.deleted).toBe(false);
    else expect(codes(response)).toEqual(['NOT_FOUND']);
  });
});

describe('errors', () => {
  it('refuses a walk deeper than the cap with BAD_USER_INPUT and a message naming the limit', async () => {
    const response = await request(api.url, LineageDocument, { documentId: documentKey, maxDepth: 50 });
    expect(codes(response)).toContain('BAD_USER_INPUT');
    expect(response.errors![0]!.message).toMatch(/maxDepth/);
  });

  it('refuses a page larger than the cap with BAD_USER_INPUT', async () => {
    const response = await request(api.url, TasksDocument, { filter: {}, first: 5000 });
    expect(codes(response)).toContain('BAD_USER_INPUT');
    expect(response.errors![0]!.message).toMatch(/first/);
  });

  it('says NOT_FOUND for a lineage of a document that does not exist', async () => {
    const response = await request(api.url, LineageDocument, { documentId: `1/QĐ-UBND@${province}` });
    expect(codes(response)).toEqual(['NOT_FOUND']);
  });

  it('never sends stack traces, whatever goes wrong', async () => {
    const bodies = [
      { query: '{ health { database ' }, // syntax error
      { query: '{ nope }' }, // validation error
      { query: 'query($d: Int!) { lineage(documentId: "x", maxDepth: $d) { truncated } }', variables: { d: 'deep' } }, // coercion
      { query: `{ lineage(documentId: "1/QĐ-UBND@${province}") { truncated } }` }, // resolver error
    ];
    for (const body of bodies) {
      const response = await fetch(api.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
      const text = await response.text();
      const json = JSON.parse(text) as { errors: { extensions: { code: string } }[] };
      expect(json.errors.length, body.query).toBeGreaterThan(0);
      expect(json.errors.every((e) => typeof e.extensions.code === 'string'), text).toBe(true);
      expect(text, body.query).not.toMatch(/stacktrace|\bat .+\.(ts|js):\d+/);
    }
  });
});

describe('/health and /ready', () => {
  it('answer JSON for orchestrators', async () => {
    const health = await fetch(`${api.origin}/health`);
    expect(health.status).toBe(200);
    expect(health.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await health.json()).toMatchObject({ status: 'ok' });

    const ready = await fetch(`${api.origin}/ready`);
    expect(ready.status).toBe(200);
    expect(ready.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await ready.json()).toMatchObject({ status: 'ready', migrated: true });
  });

  it('answers an unknown path with a JSON 404 that points to /graphql', async () => {
    const response = await fetch(`${api.origin}/nothing-here`);
    expect(response.status).toBe(404);
    expect(JSON.stringify(await response.json())).toMatch(/\/graphql/);
  });
});

describe('shutdown', () => {
  it('leaves SIGINT and SIGTERM to the server process, which closes Apollo itself (Apollo adds no handler of its own)', async () => {
    // With Apollo's own handlers beside src/server.ts's, a SIGTERM after one request took about 50 s to end the
    // process (both stopped the same server; Apollo re-sent the signal to itself). Apollo installs them only
    // outside NODE_ENV=test, as users run it.
    const before = { SIGINT: process.listenerCount('SIGINT'), SIGTERM: process.listenerCount('SIGTERM') };
    const nodeEnv = process.env.NODE_ENV;
    process.env.NODE_ENV = 'production';
    let production: TestApi | undefined;
    try {
      production = await startTestApi();
    } finally {
      process.env.NODE_ENV = nodeEnv;
    }
    try {
      expect({ SIGINT: process.listenerCount('SIGINT'), SIGTERM: process.listenerCount('SIGTERM') }).toEqual(before);
    } finally {
      await production.close();
    }
  });
});
