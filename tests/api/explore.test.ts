/**
 * The explorer's search box over the sample corpus: symbols typed loosely, diacritics optional, a province
 * in the query, body abbreviations; and the diagram's lineage in one request (both ways, typed edges,
 * cited-only documents, a node cap that says it cut).
 */
import { print } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ExplorerBodyDocument, ExplorerDocumentDocument, ExplorerSearchDocument, ExplorerTaskDocument } from '../../src/api/generated/operations';
import { connect, type GraphClient } from '../../src/graph/driver';
import { migrate } from '../../src/graph/migrations';
import { toGlobalId } from '../../src/api/globalId';
import { testNeo4jSettings } from '../support/neo4j';
import { buildWorld, removeWorld, type World } from '../graph/world.fixtures';
import { ingestSampleCorpus } from './corpus.fixtures';
import { ok, startExecutor, type Executor } from './executor.fixtures';

let graph: GraphClient;
let api: Executor;
let world: World;
let cleanup: () => Promise<void> = async () => {};

beforeAll(async () => {
  graph = await connect(testNeo4jSettings());
  await migrate(graph);
  ({ cleanup } = await ingestSampleCorpus(graph));
  world = await buildWorld(graph);
  api = await startExecutor(graph);
}, 300_000);
afterAll(async () => {
  await api?.stop();
  if (world) await removeWorld(graph, world);
  await cleanup();
  await graph?.close();
});

const EXPLORE = `query($q: String!, $first: Int) { explore(query: $q, first: $first) {
  jurisdiction documents { key symbol } tasks { key document { key } } bodies { key name aliases } } }`;

describe('explore', () => {
  it('finds a document by its number and symbol typed loosely ("2898 qd ubnd")', async () => {
    for (const q of ['2898 qd ubnd', '2898/QĐ-UBND', 'QD-UBND 2898', '2898']) {
      const { explore } = ok(await api.run(EXPLORE, { q }));
      expect(explore.documents[0]?.key, q).toBe('2898/QĐ-UBND@Quảng Ninh');
    }
  });

  it('finds a local symbol in its province ("05 nq tu quang ninh")', async () => {
    const { explore } = ok(await api.run(EXPLORE, { q: '05 nq tu quang ninh' }));
    expect(explore.jurisdiction).toBe('Quảng Ninh');
    expect(explore.documents[0]?.key).toBe('05-NQ/TU@Quảng Ninh');
    expect(explore.documents.every((d: any) => d.key.endsWith('@Quảng Ninh'))).toBe(true);
  });

  it('finds bodies by name without diacritics, narrowed by a province, abbreviations written out', async () => {
    const { explore } = ok(await api.run(EXPLORE, { q: 'so noi vu quang ninh' }));
    expect(explore.bodies[0]).toMatchObject({ key: 'so noi vu@Quảng Ninh', name: 'Sở Nội vụ' });
    const ubnd = ok(await api.run(EXPLORE, { q: 'UBND Quảng Ninh' })).explore;
    expect(ubnd.bodies.map((b: any) => b.key)).toContain('uy ban nhan dan@Quảng Ninh');
  });

  it('finds tasks and documents by words of their text, diacritics optional', async () => {
    const { explore } = ok(await api.run(EXPLORE, { q: 'cai cach hanh chinh', first: 5 }));
    expect(explore.tasks.length).toBeGreaterThan(0);
    expect(explore.tasks.length).toBeLessThanOrEqual(5);
  });

  it('refuses an empty query', async () => {
    const result = await api.run(EXPLORE, { q: ' / ' });
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('lineage for the diagram', () => {
  const LINEAGE = `query($id: ID!, $direction: LineageDirection!, $maxNodes: Int) {
    lineage(documentId: $id, direction: $direction, maxDepth: 3, maxNodes: $maxNodes) {
      truncated nodes { depth direction citedOnly document { key } } edges { from to relation depth } } }`;
  const key = (id: string) => Buffer.from(id, 'base64url').toString('utf8').replace(/^Document:/, '');

  it('walks both ways in one request, with the relation of every edge and cited-only documents told apart', async () => {
    const { lineage } = ok(await api.run(LINEAGE, { id: toGlobalId('Document', world.keys.decision), direction: 'BOTH' }));
    const byKey = new Map(lineage.nodes.map((n: any) => [n.document.key, n]));
    expect(byKey.get(world.keys.decision)).toMatchObject({ depth: 0, direction: null, citedOnly: false });
    expect(byKey.get(world.keys.plan)).toMatchObject({ depth: 1, direction: 'UPSTREAM', citedOnly: false });
    expect(byKey.get(world.keys.party)).toMatchObject({ depth: 1, direction: 'UPSTREAM', citedOnly: true });
    expect(byKey.get(world.keys.report)).toMatchObject({ depth: 1, direction: 'DOWNSTREAM', citedOnly: false });
    const edges = lineage.edges.map((e: any) => [key(e.from), key(e.to), e.relation]);
    expect(edges).toContainEqual([world.keys.decision, world.keys.plan, 'AMENDS']);
    expect(edges).toContainEqual([world.keys.report, world.keys.decision, 'REFERENCES']);
    expect(lineage.truncated).toBe(false);
  });

  it('keeps at most maxNodes documents, the nearest, says it cut, and draws only edges between kept ones', async () => {
    const { lineage } = ok(await api.run(LINEAGE, { id: toGlobalId('Document', world.keys.decision), direction: 'BOTH', maxNodes: 3 }));
    expect(lineage.truncated).toBe(true);
    expect(lineage.nodes).toHaveLength(3);
    const kept = new Set(lineage.nodes.map((n: any) => n.document.key));
    for (const e of lineage.edges) {
      expect(kept.has(key(e.from)) && kept.has(key(e.to))).toBe(true);
    }
    const bad = await api.run(LINEAGE, { id: toGlobalId('Document', world.keys.decision), direction: 'UPSTREAM', maxNodes: 0 });
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('the explorer\'s typed operations', () => {
  it('each page is one request within the API\'s limits: search, document with its diagram, task with its mandate, body with its dashboard', async () => {
    const search = ok(await api.run(print(ExplorerSearchDocument), { query: '2898 qd ubnd' })) as any;
    const documentId = search.explore.documents[0].id;
    const page = ok(await api.run(print(ExplorerDocumentDocument), { id: documentId, maxDepth: 3 })) as any;
    expect(page.document.symbol).toBe('2898/QĐ-UBND');
    const reached = page.lineage.nodes.map((n: any) => n.document.key);
    expect(reached).toEqual(expect.arrayContaining(['76/NQ-CP', '05-NQ/TU@Quảng Ninh']));
    const taskId = page.document.tasks.nodes[0].id;
    const task = ok(await api.run(print(ExplorerTaskDocument), { id: taskId })) as any;
    expect(task.mandate.chain.length).toBeGreaterThan(0);
    expect(task.mandate.chain.every((step: any) => typeof step.evidence === 'string' && step.evidence.length > 0)).toBe(true);
    const body = ok(await api.run(print(ExplorerBodyDocument), { id: 'so noi vu@Quảng Ninh', asOf: '2025-12-31' })) as any;
    expect(body.body.dashboard.total.total).toBeGreaterThan(0);
  });
});
