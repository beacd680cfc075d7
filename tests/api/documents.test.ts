import { describe, expect, it } from 'vitest';
import { fromGlobalId, toGlobalId } from '../../src/api/globalId';
import { ok } from './executor.fixtures';
import { useExecutor, useWorld } from '../support/fixtures';

const fx = useExecutor(useWorld());

describe('documentBySymbol', () => {
  const QUERY = `query($symbol: String!, $jurisdiction: String) {
    documentBySymbol(symbol: $symbol, jurisdiction: $jurisdiction) { id key symbol kind date issuer ingested }
  }`;

  it.each(['2898/QĐ-UBND', '2898/QD-UBND', '2898/qd-ubnd', ' 2898 / QĐ - UBND ', '2898/0D-UBND'])('finds 2898/QĐ-UBND written as "%s"', async (symbol) => {
    const data = ok(await fx.api.run(QUERY, { symbol, jurisdiction: fx.world.province }));
    expect(data.documentBySymbol).toMatchObject({ key: fx.world.keys.decision, symbol: '2898/QĐ-UBND', kind: 'QUYET_DINH', ingested: true });
  });

  it('matches the jurisdiction without diacritics or case, and a national symbol without one', async () => {
    const folded = fx.world.province.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toUpperCase();
    expect(ok(await fx.api.run(QUERY, { symbol: '124/NQ-HDND', jurisdiction: folded })).documentBySymbol).toMatchObject({
      key: fx.world.keys.council,
      ingested: false,
    });
    expect(ok(await fx.api.run(QUERY, { symbol: fx.world.keys.resolution.replace('/', ' / ') })).documentBySymbol).toMatchObject({
      key: fx.world.keys.resolution,
      issuer: 'Chính phủ',
    });
  });

  it('answers null for a symbol in another province, and refuses an empty symbol', async () => {
    expect(ok(await fx.api.run(QUERY, { symbol: '2898/QĐ-UBND', jurisdiction: 'Tỉnh Không Có' })).documentBySymbol).toBeNull();
    const refused = await fx.api.run(QUERY, { symbol: '  ' });
    expect(refused.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('a document and its relations', () => {
  it('lists citations with every mention, the cited document, and who cites it', async () => {
    const data = ok(
      await fx.api.run(
        `query($id: ID!) { document(id: $id) {
          key issuedBy { name }
          citations(first: 10) { totalCount nodes { relation claimedDate confidence from { key } to { key ingested }
            mentions { offset sectionPath snippet relation claimedDate } } }
          implements: citations(relations: [IMPLEMENTS]) { totalCount nodes { to { key } } }
          citedBy { totalCount nodes { from { key } relation } }
          sections { path label heading level ordinal }
        } }`,
        { id: toGlobalId('Document', fx.world.keys.decision) },
      ),
    );
    const doc = data.document;
    expect(doc.issuedBy).toEqual({ name: `Ủy ban nhân dân ${fx.world.province}` });
    expect(doc.citations.totalCount).toBe(3);
    expect(doc.citations.nodes.map((c: any) => [c.relation, c.to.key])).toEqual([
      ['AMENDS', fx.world.keys.plan],
      ['BASIS', fx.world.keys.resolution],
      ['IMPLEMENTS', fx.world.keys.party],
    ]);
    expect(doc.citations.nodes[2].mentions).toEqual([
      { offset: 90, sectionPath: null, snippet: 'Căn cứ Nghị quyết số 05-NQ/TU', relation: 'IMPLEMENTS', claimedDate: '2021-04-09' },
      { offset: 1500, sectionPath: 'IV.1', snippet: 'thực hiện Nghị quyết số 05-NQ/TU', relation: 'IMPLEMENTS', claimedDate: '2021-04-09' },
    ]);
    expect(doc.citations.nodes.every((c: any) => c.from.key === fx.world.keys.decision)).toBe(true);
    expect(doc.implements).toEqual({ totalCount: 1, nodes: [{ to: { key: fx.world.keys.party } }] });
    expect(doc.citedBy).toEqual({ totalCount: 1, nodes: [{ from: { key: fx.world.keys.report }, relation: 'REFERENCES' }] });
    expect(doc.sections.map((s: any) => s.path)).toEqual(['IV', 'IV.1', 'IV.2']);
  });

  it('lists its tasks with deadlines, assignments, targets and what they carry out', async () => {
    const data = ok(
      await fx.api.run(
        `query($id: ID!) { document(id: $id) { tasks(first: 2) {
          totalCount pageInfo { hasNextPage endCursor }
          nodes { text sectionPath deadlineRaw dueDate period dueBy status
            assignments { role evidence body { name } task { sectionPath } }
            targets { raw value unit comparator indicator { code } } indicators { code } carriesOut { key } document { key } } } } }`,
        { id: fx.world.keys.decision },
      ),
    );
    const tasks = data.document.tasks;
    expect(tasks.totalCount).toBe(3);
    expect(tasks.pageInfo.hasNextPage).toBe(true);
    const [first, second] = tasks.nodes;
    expect(first.assignments.map((a: any) => `${a.role} ${a.body.name}`)).toEqual(['LEAD Sở Nội vụ', 'COORDINATE Sở Tài chính']);
    expect(first).toMatchObject({
      dueDate: '2025-12-20',
      dueBy: '2025-12-20',
      status: 'NOT_STARTED',
      targets: [{ raw: 'đạt 100%', value: 100, unit: '%', comparator: '=', indicator: { code: 'PAR_INDEX' } }],
      indicators: [{ code: 'PAR_INDEX' }],
      carriesOut: [{ key: fx.world.keys.resolution }],
      document: { key: fx.world.keys.decision },
    });
    expect(second).toMatchObject({ period: '2024', dueBy: '2024-12-31', dueDate: null });
  });

  it('pages with after = endCursor until hasNextPage is false', async () => {
    const QUERY = `query($id: ID!, $after: String) { document(id: $id) { tasks(first: 2, after: $after) {
      pageInfo { hasNextPage hasPreviousPage endCursor startCursor } edges { cursor node { key } } } } }`;
    const page1 = ok(await fx.api.run(QUERY, { id: fx.world.keys.decision })).document.tasks;
    const page2 = ok(await fx.api.run(QUERY, { id: fx.world.keys.decision, after: page1.pageInfo.endCursor })).document.tasks;
    expect(page2.edges.map((e: any) => e.node.key)).toEqual([`${fx.world.keys.decision}#task2`]);
    expect(page2.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true, startCursor: page2.edges[0].cursor });
  });
});

describe('documents(filter, orderBy)', () => {
  const QUERY = `query($filter: DocumentFilter, $orderBy: DocumentOrder, $first: Int) {
    documents(filter: $filter, orderBy: $orderBy, first: $first) { totalCount nodes { key } } }`;

  it('filters by kind, jurisdiction, date range and ingested, newest first by default', async () => {
    const ingested = ok(await fx.api.run(QUERY, { filter: { jurisdiction: fx.world.province, ingested: true } })).documents;
    expect(ingested.nodes.map((d: any) => d.key)).toEqual([fx.world.keys.report, fx.world.keys.decision, fx.world.keys.plan]);
    const citedOnly = ok(await fx.api.run(QUERY, { filter: { jurisdiction: fx.world.province, ingested: false, kind: 'NGHI_QUYET' } })).documents;
    expect(citedOnly.totalCount).toBe(2);
    const inRange = ok(await fx.api.run(QUERY, { filter: { jurisdiction: fx.world.province, dateFrom: '2025-01-01', dateTo: '2025-08-01' }, orderBy: { field: 'SYMBOL', direction: 'ASC' } })).documents;
    expect(inRange.nodes.map((d: any) => d.key)).toEqual([fx.world.keys.plan, fx.world.keys.decision]);
  });

  it('refuses a date that is not YYYY-MM-DD', async () => {
    const result = await fx.api.run(QUERY, { filter: { dateFrom: '23/07/2025' } });
    expect(result.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    expect(result.errors?.[0]?.message).toContain('YYYY-MM-DD');
  });
});

describe('node(id)', () => {
  it('fetches documents, tasks and bodies again by their global ids', async () => {
    const ids = ok(
      await fx.api.run(`query($id: ID!) { document(id: $id) { id tasks(first: 1) { nodes { id assignments { body { id } } } } } }`, {
        id: fx.world.keys.decision,
      }),
    ).document;
    const task = ids.tasks.nodes[0];
    for (const [id, type] of [
      [ids.id, 'Document'],
      [task.id, 'Task'],
      [task.assignments[0].body.id, 'Body'],
    ]) {
      const data = ok(await fx.api.run(`query($id: ID!) { node(id: $id) { __typename id } }`, { id }));
      expect(data.node).toEqual({ __typename: type, id });
      expect(fromGlobalId(id)?.type).toBe(type);
    }
  });

  it('refuses an id of the wrong type where a document is expected', async () => {
    const result = await fx.api.run(`query($id: ID!) { document(id: $id) { key } }`, { id: toGlobalId('Task', `${fx.world.keys.decision}#task0`) });
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.message).toContain('id of a Task');
  });
});

describe('search', () => {
  it('finds documents, tasks and bodies from text without diacritics', async () => {
    const data = ok(
      await fx.api.run(`query($text: String!) { search(text: $text, first: 100) { totalCount nodes { score node {
        __typename ... on Document { key } ... on Task { key } ... on Body { key } } } } }`, { text: 'bo tri kinh phi thuc hien ke hoach' }),
    );
    expect(data.search.nodes.map((h: any) => h.node.key)).toContain(`${fx.world.keys.decision}#task2`);
    const scores = data.search.nodes.map((h: any) => h.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
  });

  it('pages the same without totalCount (read then only one hit past the page)', async () => {
    const page = (counted: boolean, after: string | null) =>
      fx.api.run(
        `query($after: String) { search(text: "cai cach hanh chinh", first: 2, after: $after) { ${counted ? 'totalCount' : ''}
          pageInfo { hasNextPage endCursor } nodes { score node { ... on Document { key } ... on Task { key } ... on Body { key } } } } }`,
        { after },
      );
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      type SearchPage = { nodes: unknown[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
      const withCount: SearchPage = ok(await page(true, after)).search;
      const without: SearchPage = ok(await page(false, after)).search;
      expect(without.nodes).toEqual(withCount.nodes);
      expect(without.pageInfo).toEqual(withCount.pageInfo);
      pages += 1;
      if (!withCount.pageInfo.hasNextPage) break;
      after = withCount.pageInfo.endCursor;
    }
    expect(pages).toBeGreaterThan(1);
  });

  it('refuses text without a word', async () => {
    const result = await fx.api.run(`{ search(text: "?? --") { totalCount } }`);
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
