import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect, type GraphClient } from '../../src/graph/driver';
import { migrate } from '../../src/graph/migrations';
import { documentsByKeys, listDocuments, type DocumentFilter } from '../../src/graph/documentQueries';
import { conflicts, outgoingCitations, unresolvedReferences } from '../../src/graph/citationQueries';
import { dueBy, findTasks, tasksOfBodies, type TaskFilter } from '../../src/graph/taskQueries';
import { luceneQuery, search, searchWords } from '../../src/graph/searchQueries';
import { foldForSearch } from '../../src/text/fold';
import { testNeo4jSettings } from '../support/neo4j';
import { buildWorld, removeWorld, type World } from './world.fixtures';

let graph: GraphClient;
let world: World;

beforeAll(async () => {
  graph = await connect(testNeo4jSettings());
  await migrate(graph);
  world = await buildWorld(graph);
});
afterAll(async () => {
  if (world) await removeWorld(graph, world);
  await graph?.close();
});

const anyTask: TaskFilter = {
  role: null, dueBefore: null, dueAfter: null, documentKey: null, includeDownstream: false, words: [], status: null, cell: null, dueMonth: null, asOf: '2025-01-01',
};
const everyDocument: DocumentFilter = { kind: null, issuerFolded: null, jurisdictionFolded: null, dateFrom: null, dateTo: null, ingested: null };

describe('batched lookups', () => {
  it('answer in the order of the keys asked for, with a gap for a key that matches nothing', async () => {
    const { keys } = world;
    const before = graph.queryCount;
    const docs = await documentsByKeys(graph, [keys.report, `missing@${world.province}`, keys.decision]);
    expect(graph.queryCount - before).toBe(1);
    expect(docs.map((d) => d?.key ?? null)).toEqual([keys.report, null, keys.decision]);
  });

  it('page each key\'s list separately, with each list\'s own total', async () => {
    const { keys } = world;
    const pages = await outgoingCitations(graph, [keys.report, keys.decision], null, { skip: 1, limit: 1 });
    expect(pages.map((p) => p.total)).toEqual([2, 3]);
    // In the order the text first mentions them: the decision mentions the resolution second.
    expect(pages[1]!.items.map((i) => i.other.key)).toEqual([keys.resolution]);
    expect(pages[1]!.items[0]!.citation).toMatchObject({ fromKey: keys.decision, toKey: keys.resolution, relation: 'BASIS', claimedDate: '2021-07-15' });
  });
});

describe('document list', () => {
  it('filters by folded jurisdiction and issuer, sorts and counts', async () => {
    const page = await listDocuments(
      graph,
      { ...everyDocument, jurisdictionFolded: foldForSearch(world.province), ingested: true },
      { field: 'DATE', descending: true },
      { skip: 0, limit: 2 },
    );
    expect(page.total).toBe(3);
    expect(page.items.map((d) => d.key)).toEqual([world.keys.report, world.keys.decision]);
    const byIssuer = await listDocuments(
      graph,
      { ...everyDocument, issuerFolded: foldForSearch(`hdnd ${world.province}`) },
      { field: 'SYMBOL', descending: false },
      { skip: 0, limit: 10 },
    );
    expect(byIssuer.items.map((d) => d.key)).toEqual([world.keys.council]);
  });

  it('keeps documents without the sort value last in both directions', async () => {
    const filter = { ...everyDocument, jurisdictionFolded: foldForSearch(world.province) };
    for (const descending of [true, false]) {
      const page = await listDocuments(graph, filter, { field: 'TITLE', descending }, { skip: 0, limit: 10 });
      const titles = page.items.map((d) => d.title);
      expect(titles.slice(-2)).toEqual([null, null]); // 05-NQ/TU and 124/NQ-HĐND are only cited, without a title
    }
  });
});

describe('tasks', () => {
  it('of a body, by role', async () => {
    const [lead] = await tasksOfBodies(graph, [world.bodies.home], { ...anyTask, role: 'LEAD' }, { skip: 0, limit: 10 });
    expect(lead!.items.map((t) => t.key)).toEqual([`${world.keys.plan}#task0`, `${world.keys.decision}#task0`].sort());
    const [coordinate] = await tasksOfBodies(graph, [world.bodies.home], { ...anyTask, role: 'COORDINATE' }, { skip: 0, limit: 10 });
    expect(coordinate!.items.map((t) => t.key)).toEqual([`${world.keys.decision}#task1`]);
  });

  it('due in a range, counting a period as due on its last day', async () => {
    const page = await findTasks(graph, world.bodies.home, { ...anyTask, dueBefore: '2024-12-31' }, { skip: 0, limit: 10 });
    expect(page.items.map((t) => t.key)).toEqual([`${world.keys.decision}#task1`]); // "trong năm 2024"
    const later = await findTasks(graph, world.bodies.home, { ...anyTask, dueAfter: '2025-01-01', dueBefore: '2025-12-31' }, { skip: 0, limit: 10 });
    expect(later.items.map((t) => t.key)).toEqual([`${world.keys.decision}#task0`]);
  });

  it('of a document, or of it and everything downstream of it', async () => {
    const own = await findTasks(graph, null, { ...anyTask, documentKey: world.keys.plan }, { skip: 0, limit: 10 });
    expect(own.items.map((t) => t.key)).toEqual([`${world.keys.plan}#task0`]);
    const downstream = await findTasks(graph, null, { ...anyTask, documentKey: world.keys.plan, includeDownstream: true }, { skip: 0, limit: 10 });
    // The decision amends the plan, so its three tasks are downstream.
    expect(downstream.total).toBe(4);
    const fromNational = await findTasks(graph, world.bodies.finance, { ...anyTask, documentKey: world.keys.resolution, includeDownstream: true }, { skip: 0, limit: 10 });
    expect(fromNational.items.map((t) => t.key)).toEqual([`${world.keys.decision}#task0`, `${world.keys.decision}#task2`]);
  });

  it('whose text holds every word, diacritics optional', async () => {
    const page = await findTasks(graph, null, { ...anyTask, documentKey: world.keys.decision, words: searchWords('kinh phi') }, { skip: 0, limit: 10 });
    expect(page.items.map((t) => t.text)).toEqual(['Chủ trì bố trí kinh phí thực hiện Kế hoạch']);
  });

  it('end a period on its last day', () => {
    expect(dueBy({ dueDate: null, period: '2024' })).toBe('2024-12-31');
    expect(dueBy({ dueDate: null, period: '2024-Q1' })).toBe('2024-03-31');
    expect(dueBy({ dueDate: null, period: '2024-02' })).toBe('2024-02-29');
    expect(dueBy({ dueDate: null, period: 'ANNUAL' })).toBeNull();
    expect(dueBy({ dueDate: '2025-12-20', period: '2025' })).toBe('2025-12-20');
  });
});

describe('search', () => {
  it('finds text with diacritics from a query without them', async () => {
    const page = await search(graph, searchWords('kiem tra cong tac cai cach'), { skip: 0, limit: 1000 });
    expect(page.items.some((h) => h.label === 'Task' && h.record.key === `${world.keys.decision}#task1`)).toBe(true);
    expect(page.items.every((h) => h.label !== 'Task' || foldForSearch(h.record.text).includes('kiem tra'))).toBe(true);
  });

  it('asks for every word, and ranks the exact phrase first', () => {
    expect(luceneQuery(['cai', 'cach'])).toBe('"cai cach"^4 OR (cai AND cach)');
    expect(luceneQuery(['pci'])).toBe('pci');
  });

  it('finds bodies and documents too', async () => {
    const page = await search(graph, searchWords('Sở Tài chính'), { skip: 0, limit: 1000 });
    expect(page.items.some((h) => h.label === 'Body' && h.record.key === world.bodies.finance)).toBe(true);
    const docs = await search(graph, searchWords('sua doi bo sung cap nhat ke hoach cai cach hanh chinh'), { skip: 0, limit: 1000 });
    expect(docs.items.some((h) => h.label === 'Document' && h.record.key === world.keys.decision)).toBe(true);
  });

  it('strips query syntax, so user text cannot break the Lucene query', () => {
    expect(searchWords('"QĐ-UBND" AND (*)~ 2898/qđ')).toEqual(['qd', 'ubnd', 'and', '2898', 'qd']);
  });
});

describe('conflicts and unresolved references', () => {
  it('report a date two citing documents disagree on, with each claim and its claimant', async () => {
    const page = await conflicts(graph, { skip: 0, limit: 100 });
    const mine = page.items.filter((c) => c.document.key.endsWith(world.province));
    expect(mine.map((c) => [c.document.key, c.field])).toEqual([[world.keys.council, 'DATE']]);
    expect(mine[0]!.claims.map((c) => [c.value, c.claimant.key])).toEqual([
      ['2022-11-04', world.keys.report],
      ['2022-12-04', world.keys.plan],
    ]);
  });

  it('rank cited-only documents by how many documents cite them', async () => {
    // Other test files share the database (the API reference examples add the real documents): look far enough down.
    const page = await unresolvedReferences(graph, { skip: 0, limit: 5000 });
    const mine = page.items.filter((u) => u.document.key.endsWith(world.province) || u.document.key === world.keys.resolution);
    expect(mine.map((u) => [u.document.key, u.citedByCount])).toEqual([
      [world.keys.party, 2],
      [world.keys.council, 2],
      [world.keys.resolution, 2],
    ].sort((a, b) => (String(a[0]) < String(b[0]) ? -1 : 1)));
    expect(mine[0]!.citedBy.map((d) => d.key)).toEqual([world.keys.plan, world.keys.decision].sort());
  });
});
