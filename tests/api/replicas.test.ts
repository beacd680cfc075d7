/**
 * Past one machine: API replicas hold no state, so any of them answers any request. Each replica here has its
 * own driver on the `neo4j://` routing scheme (reads by executeRead, writes by executeWrite, routed by the
 * server's routing table), and a client that carries the bookmark of its write to another replica reads
 * that write there.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BOOKMARKS_HEADER } from '../../src/api/httpServer';
import { toGlobalId } from '../../src/api/globalId';
import { connect, type GraphClient } from '../../src/graph/driver';
import { migrate } from '../../src/graph/migrations';
import { testNeo4jSettings } from '../support/neo4j';
import { buildWorld, removeWorld, type World } from '../graph/world.fixtures';
import { startTestApi, type TestApi } from './server.fixtures';

const EDITOR = 'replica-editor-key';
let graph: GraphClient;
let world: World;
let replicas: TestApi[] = [];

/** The test server's address on the routing scheme (bolt://host:port -> neo4j://host:port). */
function routingUri(): string {
  return testNeo4jSettings().uri.replace(/^bolt(\+s|\+ssc)?:/, 'neo4j$1:');
}

beforeAll(async () => {
  graph = await connect({ ...testNeo4jSettings(), uri: routingUri() });
  await migrate(graph);
  world = await buildWorld(graph);
  replicas = [await startTestApi({ editorKeys: [EDITOR], uri: routingUri() }), await startTestApi({ editorKeys: [EDITOR], uri: routingUri() })];
});
afterAll(async () => {
  for (const r of replicas) await r.close();
  if (world) await removeWorld(graph, world);
  await graph?.close();
});

async function post(api: TestApi, query: string, variables: Record<string, unknown>, headers: Record<string, string> = {}) {
  const res = await fetch(api.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${EDITOR}`, ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return { headers: res.headers, body: (await res.json()) as { data?: any; errors?: { message: string; extensions?: { code?: string } }[] } };
}

const SET = 'mutation($id: ID!, $note: String) { setTaskStatus(taskId: $id, status: IN_PROGRESS, note: $note) { status statusNote } }';
const READ = 'query($id: ID!) { node(id: $id) { ... on Task { status statusNote } } }';

describe('API replicas on the neo4j:// routing scheme', () => {
  it('connects through the routing scheme and reads and writes there', async () => {
    expect(graph.settings.uri.startsWith('neo4j')).toBe(true);
    const [row] = await graph.read<{ n: number }>('MATCH (d:Document {key: $key}) RETURN count(d) AS n', { key: world.keys.decision });
    expect(row?.n).toBe(1);
  });

  it('answers a write with a bookmark; sent to another replica, that replica reads the write', async () => {
    const id = toGlobalId('Task', `${world.keys.decision}#task0`);
    const note = `replica note ${Date.now()}`;
    const written = await post(replicas[0]!, SET, { id, note });
    expect(written.body.errors).toBeUndefined();
    const bookmarks = written.headers.get(BOOKMARKS_HEADER);
    expect(bookmarks).toBeTruthy();
    const read = await post(replicas[1]!, READ, { id }, { [BOOKMARKS_HEADER]: bookmarks! });
    expect(read.body.errors).toBeUndefined();
    expect(read.body.data.node).toEqual({ status: 'IN_PROGRESS', statusNote: note });
    // A read writes nothing, so it answers without a bookmark.
    expect(read.headers.get(BOOKMARKS_HEADER)).toBeNull();
  });

  it('refuses a bookmark the database never issued, with a code the client can act on', async () => {
    const read = await post(replicas[1]!, READ, { id: toGlobalId('Task', `${world.keys.decision}#task0`) }, { [BOOKMARKS_HEADER]: 'not-a-bookmark' });
    expect(read.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
