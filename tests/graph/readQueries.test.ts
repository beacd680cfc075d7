import { describe, expect, it } from 'vitest';
import { documentsByKeys, listDocuments, type DocumentFilter } from '../../src/graph/documentQueries';
import { conflicts, outgoingCitations, unresolvedReferences } from '../../src/graph/citationQueries';
import { dueBy, findTasks, tasksByKeys, tasksOfBodies, tasksOfDocuments, type TaskFilter } from '../../src/graph/taskQueries';
import { search, SEARCH_COUNT_CAP, searchWords, type SearchLabel } from '../../src/graph/searchQueries';
import { foldForSearch } from '../../src/text/fold';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../../src/config';
import { BODY_FIELDS, DOCUMENT_FIELDS, TASK_FIELDS, TASK_HISTORY_FIELDS, toBody, toDocument, toTask } from '../../src/graph/records';
import { useWorld } from '../support/fixtures';

const fx = useWorld();

const anyTask: TaskFilter = {
  role: null, dueBefore: null, dueAfter: null, documentKey: null, includeDownstream: false, words: [], status: null, cell: null, dueMonth: null, asOf: '2025-01-01', inForceOn: null,
};
/** Just the pages of tasksOfBodies. */
async function tasksOfBodyPages(...args: Parameters<typeof tasksOfBodies>) {
  return (await tasksOfBodies(...args)).pages;
}
const everyDocument: DocumentFilter = { kind: null, issuerFolded: null, jurisdictionsFolded: null, dateFrom: null, dateTo: null, ingested: null, asOf: null };

describe('batched lookups', () => {
  it('answer in the order of the keys asked for, with a gap for a key that matches nothing', async () => {
    const { keys } = fx.world;
    const before = fx.graph.queryCount;
    const docs = await documentsByKeys(fx.graph, [keys.report, `missing@${fx.world.province}`, keys.decision]);
    expect(fx.graph.queryCount - before).toBe(1);
    expect(docs.map((d) => d?.key ?? null)).toEqual([keys.report, null, keys.decision]);
  });

  it('page each key\'s list separately, with each list\'s own total', async () => {
    const { keys } = fx.world;
    const pages = await outgoingCitations(fx.graph, [keys.report, keys.decision], null, { skip: 1, limit: 1 });
    expect(pages.map((p) => p.total)).toEqual([2, 3]);
    // In the order the text first mentions them: the decision mentions the resolution second.
    expect(pages[1]!.items.map((i) => i.other.key)).toEqual([keys.resolution]);
    expect(pages[1]!.items[0]!.citation).toMatchObject({ fromKey: keys.decision, toKey: keys.resolution, relation: 'BASIS', claimedDate: '2021-07-15' });
  });
});

describe('records sent as lists of values', () => {
  const fragmentFields = (name: string) =>
    [...readFileSync(path.join(PROJECT_ROOT, 'cypher', 'fragments', `${name}.cypher`), 'utf8').replace(/^\/\/.*$/gm, '').matchAll(/NODE\.(\w+)/g)]
      .map((m) => m[1]!)
      .filter((field, i, all) => all.indexOf(field) === i);

  it('list the fields in the order the records read them', () => {
    expect(fragmentFields('documentFields')).toEqual([...DOCUMENT_FIELDS]);
    expect(fragmentFields('bodyFields')).toEqual([...BODY_FIELDS]);
    // The task's last value is its history: null when historyKinds is, else the history lists.
    expect(fragmentFields('taskFields')).toEqual([...TASK_FIELDS.slice(0, -1), ...TASK_HISTORY_FIELDS]);
  });

  it('read the same as from the nodes\' properties', async () => {
    const { keys } = fx.world;
    const docKeys = [keys.report, keys.decision, keys.resolution];
    const listed = await documentsByKeys(fx.graph, docKeys);
    const fromMaps = await fx.graph.read<{ d: Record<string, unknown> }>(
      'UNWIND $keys AS key MATCH (d:Document {key: key}) RETURN d {.*, ingestedAt: toString(d.ingestedAt)} AS d',
      { keys: docKeys },
    );
    expect(listed).toEqual(fromMaps.map((r) => toDocument(r.d)));

    const tasks = (await tasksOfDocuments(fx.graph, [keys.decision], { skip: 0, limit: 50 }, { assignments: true }));
    const taskKeys = tasks.pages[0]!.items.map((t) => t.key);
    expect(taskKeys.length).toBeGreaterThan(0);
    const taskMaps = await fx.graph.read<{ t: Record<string, unknown> }>('UNWIND $keys AS key MATCH (t:Task {key: key}) RETURN properties(t) AS t', { keys: taskKeys });
    expect(tasks.pages[0]!.items).toEqual(taskMaps.map((r) => toTask(r.t)));

    const bodies = [...tasks.assignments.values()].flat().map((a) => a.body);
    expect(bodies.length).toBeGreaterThan(0);
    const bodyMaps = await fx.graph.read<{ b: Record<string, unknown> }>('UNWIND $keys AS key MATCH (b:Body {key: key}) RETURN properties(b) AS b', { keys: bodies.map((b) => b.key) });
    expect(bodies).toEqual(bodyMaps.map((r) => toBody(r.b)));
  });
});

describe('document list', () => {
  it('filters by folded jurisdiction and issuer, sorts and counts', async () => {
    const page = await listDocuments(
      fx.graph,
      { ...everyDocument, jurisdictionsFolded: [foldForSearch(fx.world.province)], ingested: true },
      { field: 'DATE', descending: true },
      { skip: 0, limit: 2 },
    );
    expect(page.total).toBe(3);
    expect(page.items.map((d) => d.key)).toEqual([fx.world.keys.report, fx.world.keys.decision]);
    const byIssuer = await listDocuments(
      fx.graph,
      { ...everyDocument, issuerFolded: foldForSearch(`hdnd ${fx.world.province}`) },
      { field: 'SYMBOL', descending: false },
      { skip: 0, limit: 10 },
    );
    expect(byIssuer.items.map((d) => d.key)).toEqual([fx.world.keys.council]);
  });

  it('keeps documents without the sort value last in both directions', async () => {
    const filter = { ...everyDocument, jurisdictionsFolded: [foldForSearch(fx.world.province)] };
    for (const descending of [true, false]) {
      const page = await listDocuments(fx.graph, filter, { field: 'TITLE', descending }, { skip: 0, limit: 10 });
      const titles = page.items.map((d) => d.title);
      expect(titles.slice(-2)).toEqual([null, null]); // 05-NQ/TU and 124/NQ-HĐND are only cited, without a title
    }
  });
});

describe('tasks', () => {
  it('of a body, by role', async () => {
    const [lead] = await tasksOfBodyPages(fx.graph, [fx.world.bodies.home], { ...anyTask, role: 'LEAD' }, { skip: 0, limit: 10 });
    expect(lead!.items.map((t) => t.key)).toEqual([`${fx.world.keys.plan}#task0`, `${fx.world.keys.decision}#task0`].sort());
    const [coordinate] = await tasksOfBodyPages(fx.graph, [fx.world.bodies.home], { ...anyTask, role: 'COORDINATE' }, { skip: 0, limit: 10 });
    expect(coordinate!.items.map((t) => t.key)).toEqual([`${fx.world.keys.decision}#task1`]);
  });

  it('of a body holding a task in two roles: the task once, counted once, with both roles, whether a filter narrows them or not', async () => {
    const body = fx.world.bodies.home;
    const twoRoles = `${fx.world.keys.decision}#task1`; // COORDINATE and SUPERVISE
    const along = { assignments: true, document: false };
    // No filter (the count walks the assignments without it), a filter on the task, a role: the count's two passes.
    for (const [filter, expected] of [
      [anyTask, [`${fx.world.keys.plan}#task0`, `${fx.world.keys.decision}#task0`, twoRoles].sort()],
      [{ ...anyTask, dueBefore: '2026-01-01' }, [`${fx.world.keys.decision}#task0`, twoRoles]],
      [{ ...anyTask, role: 'SUPERVISE' }, [twoRoles]],
    ] as const) {
      const { pages, assignments } = await tasksOfBodies(fx.graph, [body], filter, { skip: 0, limit: 10 }, along);
      expect(pages[0]!.items.map((t) => t.key)).toEqual(expected);
      expect(pages[0]!.total).toBe(expected.length);
      expect(assignments.get(twoRoles)!.filter((a) => a.body.key === body).map((a) => a.role)).toEqual(['COORDINATE', 'SUPERVISE']);
    }
  });

  it('of a body, a page at a time in document and reading order: the list task.find gives for the body', async () => {
    const body = fx.world.bodies.home;
    const whole = await findTasks(fx.graph, body, anyTask, { skip: 0, limit: 100 });
    expect(whole.total).toBeGreaterThan(2);
    const paged: string[] = [];
    for (let skip = 0; skip < whole.total; skip += 2) {
      const [page] = await tasksOfBodyPages(fx.graph, [body], anyTask, { skip, limit: 2 });
      expect(page!.total).toBe(whole.total);
      paged.push(...page!.items.map((t) => t.key));
    }
    expect(paged).toEqual(whole.items.map((t) => t.key));
    const [past] = await tasksOfBodyPages(fx.graph, [body], anyTask, { skip: whole.total, limit: 2 });
    expect(past).toEqual({ total: whole.total, items: [] });
    // Whole records, as the task lookup gives them: the API keeps them for later fields.
    const [first] = await tasksOfBodyPages(fx.graph, [body], anyTask, { skip: 0, limit: 100 });
    expect(first!.items).toEqual(await tasksByKeys(fx.graph, whole.items.map((t) => t.key)));
  });

  it('due in a range, counting a period as due on its last day', async () => {
    const page = await findTasks(fx.graph, fx.world.bodies.home, { ...anyTask, dueBefore: '2024-12-31' }, { skip: 0, limit: 10 });
    expect(page.items.map((t) => t.key)).toEqual([`${fx.world.keys.decision}#task1`]); // "trong năm 2024"
    const later = await findTasks(fx.graph, fx.world.bodies.home, { ...anyTask, dueAfter: '2025-01-01', dueBefore: '2025-12-31' }, { skip: 0, limit: 10 });
    expect(later.items.map((t) => t.key)).toEqual([`${fx.world.keys.decision}#task0`]);
  });

  it('of a document, or of it and everything downstream of it', async () => {
    const own = await findTasks(fx.graph, null, { ...anyTask, documentKey: fx.world.keys.plan }, { skip: 0, limit: 10 });
    expect(own.items.map((t) => t.key)).toEqual([`${fx.world.keys.plan}#task0`]);
    const downstream = await findTasks(fx.graph, null, { ...anyTask, documentKey: fx.world.keys.plan, includeDownstream: true }, { skip: 0, limit: 10 });
    // The decision amends the plan, so its three tasks are downstream.
    expect(downstream.total).toBe(4);
    const fromNational = await findTasks(fx.graph, fx.world.bodies.finance, { ...anyTask, documentKey: fx.world.keys.resolution, includeDownstream: true }, { skip: 0, limit: 10 });
    expect(fromNational.items.map((t) => t.key)).toEqual([`${fx.world.keys.decision}#task0`, `${fx.world.keys.decision}#task2`]);
  });

  it('whose text holds every word, diacritics optional', async () => {
    const page = await findTasks(fx.graph, null, { ...anyTask, documentKey: fx.world.keys.decision, words: searchWords('kinh phi') }, { skip: 0, limit: 10 });
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
    const page = await search(fx.graph, searchWords('kiem tra cong tac cai cach'), { skip: 0, limit: 1000 });
    expect(page.items.some((h) => h.label === 'Task' && h.record.key === `${fx.world.keys.decision}#task1`)).toBe(true);
    expect(page.items.every((h) => h.label !== 'Task' || foldForSearch(h.record.text).includes('kiem tra'))).toBe(true);
  });

  it('gives each hit the record a lookup by key gives (documents, tasks and the tasks\' documents)', async () => {
    const page = await search(fx.graph, searchWords('cai cach'), { skip: 0, limit: 100 });
    const documents = page.items.flatMap((h) => (h.label === 'Document' ? [h.record] : h.label === 'Task' && h.document ? [h.document] : []));
    const tasks = page.items.flatMap((h) => (h.label === 'Task' ? [h.record] : []));
    expect(documents.length).toBeGreaterThan(0);
    expect(tasks.length).toBeGreaterThan(0);
    expect(documents).toEqual(await documentsByKeys(fx.graph, documents.map((d) => d.key)));
    expect(tasks).toEqual(await tasksByKeys(fx.graph, tasks.map((t) => t.key)));
  });

  it('brings each task hit\'s document in the same statement', async () => {
    const before = fx.graph.queryCount;
    const page = await search(fx.graph, searchWords('kiem tra cong tac cai cach'), { skip: 0, limit: 10 });
    expect(fx.graph.queryCount - before).toBe(1);
    const tasks = page.items.flatMap((h) => (h.label === 'Task' ? [h] : []));
    expect(tasks.length).toBeGreaterThan(0);
    for (const hit of tasks) expect(hit.document?.key).toBe(hit.record.documentKey);
  });

  it('finds bodies and documents too', async () => {
    const page = await search(fx.graph, searchWords('Sở Tài chính'), { skip: 0, limit: 1000 });
    expect(page.items.some((h) => h.label === 'Body' && h.record.key === fx.world.bodies.finance)).toBe(true);
    const docs = await search(fx.graph, searchWords('sua doi bo sung cap nhat ke hoach cai cach hanh chinh'), { skip: 0, limit: 1000 });
    expect(docs.items.some((h) => h.label === 'Document' && h.record.key === fx.world.keys.decision)).toBe(true);
  });

  it('reads a ranking page by page exactly as one long page holds it, with and without a kind filter, within and past the count cap', async () => {
    const words = searchWords('cai cach hanh chinh');
    // A count cap of 1 sends the pages past the first 2 hits to the ranked stream: the seam must not show.
    for (const [labels, countCap] of [[null, SEARCH_COUNT_CAP], [['Task'], SEARCH_COUNT_CAP], [null, 1], [['Task'], 1]] as [SearchLabel[] | null, number][]) {
      const whole = await search(fx.graph, words, { skip: 0, limit: 100 }, labels);
      expect(whole.items.length).toBeGreaterThan(2);
      const pages = [];
      for (let skip = 0; skip < whole.items.length; skip += 2) pages.push(...(await search(fx.graph, words, { skip, limit: 2 }, labels, countCap)).items);
      const ids = (items: typeof whole.items) => items.map((h) => `${h.label}:${h.record.key}:${h.score}`);
      expect(ids(pages)).toEqual(ids(whole.items));
      const scores = whole.items.map((h) => h.score);
      expect([...scores].sort((a, b) => b - a)).toEqual(scores);
      // Equal scores come in key order, whichever of them the index kept in its top hits.
      const misordered = whole.items.filter((h, i) => i > 0 && whole.items[i - 1]!.score === h.score && whole.items[i - 1]!.record.key > h.record.key);
      expect(misordered).toEqual([]);
      if (labels) expect(whole.items.every((h) => labels.includes(h.label))).toBe(true);
    }
  });

  it('stops counting at the cap and says the total is a lower bound', async () => {
    const words = searchWords('cai cach hanh chinh');
    const exact = await search(fx.graph, words, { skip: 0, limit: 2 });
    expect(exact.totalIsLowerBound).toBe(false);
    expect(exact.total).toBeGreaterThan(3);
    const capped = await search(fx.graph, words, { skip: 0, limit: 2 }, null, 3);
    expect(capped).toMatchObject({ total: 3, totalIsLowerBound: true });
    expect(capped.items).toEqual(exact.items);
    const filtered = await search(fx.graph, words, { skip: 0, limit: 2 }, ['Task'], 1);
    expect(filtered.totalIsLowerBound).toBe((await search(fx.graph, words, { skip: 0, limit: 2 }, ['Task'])).total > 1);
  });

  it('strips query syntax, so user text cannot break the Lucene query', () => {
    expect(searchWords('"QĐ-UBND" AND (*)~ 2898/qđ')).toEqual(['qd', 'ubnd', 'and', '2898', 'qd']);
  });
});

describe('conflicts and unresolved references', () => {
  it('report a date two citing documents disagree on, with each claim and its claimant', async () => {
    const page = await conflicts(fx.graph, { skip: 0, limit: 100 });
    const mine = page.items.filter((c) => c.document.key.endsWith(fx.world.province));
    expect(mine.map((c) => [c.document.key, c.field])).toEqual([[fx.world.keys.council, 'DATE']]);
    expect(mine[0]!.claims.map((c) => [c.value, c.claimant.key])).toEqual([
      ['2022-11-04', fx.world.keys.report],
      ['2022-12-04', fx.world.keys.plan],
    ]);
  });

  it('rank cited-only documents by how many documents cite them', async () => {
    // Other test files share the database (the API reference examples add the real documents): look far enough down.
    const page = await unresolvedReferences(fx.graph, { skip: 0, limit: 5000 });
    const mine = page.items.filter((u) => u.document.key.endsWith(fx.world.province) || u.document.key === fx.world.keys.resolution);
    expect(mine.map((u) => [u.document.key, u.citedByCount])).toEqual([
      [fx.world.keys.party, 2],
      [fx.world.keys.council, 2],
      [fx.world.keys.resolution, 2],
    ].sort((a, b) => (String(a[0]) < String(b[0]) ? -1 : 1)));
    expect(mine[0]!.citedBy.map((d) => d.key)).toEqual([fx.world.keys.plan, fx.world.keys.decision].sort());
  });
});
