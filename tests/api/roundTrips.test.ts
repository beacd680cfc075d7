/**
 * The DataLoaders make a nested query cost one Cypher statement per level, whatever the page sizes, and a
 * task page brings along the assignments the query reads: documents -> citations -> cited document -> its
 * tasks -> their bodies, for 5 and for 50 documents.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestExtraction } from '../../src/graph/documentStore';
import { isolatedProvince } from '../support/extraction.fixtures';
import { assign, body, extraction, ref, task, uniqueNationalNumber } from '../graph/world.fixtures';
import { toGlobalId } from '../../src/api/globalId';
import { ok } from './executor.fixtures';
import { useExecutor } from '../support/fixtures';

const DOCUMENTS = 50;
const province = isolatedProvince();
const national = `${uniqueNationalNumber()}/NQ-CP`;

const fx = useExecutor();

const home = body('Sở Nội vụ', province);

beforeAll(async () => {
  const finance = body('Sở Tài chính', province);
  // Decision i cites the national resolution and decision i-1, and assigns two tasks to two bodies.
  for (let i = 1; i <= DOCUMENTS; i++) {
    const references = [ref({ key: national, symbol: national, kind: 'NGHI_QUYET', jurisdiction: 'national', relation: 'BASIS', issuer: 'Chính phủ' })];
    if (i > 1) {
      references.push(ref({ key: `${i - 1}/QĐ-UBND@${province}`, symbol: `${i - 1}/QĐ-UBND`, kind: 'QUYET_DINH', jurisdiction: province, relation: 'AMENDS' }, [{ offset: 80 }]));
    }
    const e = extraction({
      key: `${i}/QĐ-UBND@${province}`,
      symbol: `${i}/QĐ-UBND`,
      kind: 'QUYET_DINH',
      province,
      date: `2025-01-${String((i % 28) + 1).padStart(2, '0')}`,
      issuer: `UBND ${province}`,
      title: `Về việc triển khai nhiệm vụ số ${i}`,
      references,
      bodies: [home, finance],
      tasks: [task(0, 'Điều 2', `Chủ trì nhiệm vụ ${i}`), task(1, 'Điều 2', `Phối hợp nhiệm vụ ${i}`)],
      assignments: [
        assign(home, 'LEAD', 'Điều 2', 0, 'Chủ trì'),
        assign(finance, 'COORDINATE', 'Điều 2', 0, 'Phối hợp'),
        assign(finance, 'LEAD', 'Điều 2', 1, 'Chủ trì'),
        assign(home, 'COORDINATE', 'Điều 2', 1, 'Phối hợp'),
      ],
    });
    await ingestExtraction(fx.graph, e, e.file);
  }
}, 180_000);

afterAll(async () => {
  await fx.graph?.write(`MATCH (n) WHERE n.jurisdiction = $province OR n.documentKey ENDS WITH $suffix OR n.key = $national DETACH DELETE n`, {
    province,
    suffix: `@${province}`,
    national,
  });
});

const NESTED = `query($jurisdiction: String!, $first: Int!) {
  documents(filter: { jurisdiction: $jurisdiction, ingested: true }, orderBy: { field: SYMBOL, direction: ASC }, first: $first) {
    totalCount
    nodes { symbol
      citations(first: 10) { nodes { relation
        to { symbol
          tasks(first: 10) { nodes { text assignments { role body { name } } } } } } } } } }`;

async function roundTrips(first: number): Promise<{ queries: number; data: any }> {
  const before = fx.graph.queryCount;
  const data = ok(await fx.api.run(NESTED, { jurisdiction: province, first }));
  return { queries: fx.graph.queryCount - before, data };
}

describe('a nested query (documents -> citations -> cited document -> tasks -> bodies)', () => {
  it('costs the same few Cypher round trips for 5 documents and for 50', async () => {
    const five = await roundTrips(5);
    const fifty = await roundTrips(50);
    console.log(`Cypher round trips: ${five.queries} for 5 documents, ${fifty.queries} for 50 documents`);
    // documents, citations, tasks of the cited documents with their assignments and bodies (asked for, so
    // they come in the tasks' statement).
    expect(five.queries).toBe(3);
    expect(fifty.queries).toBe(five.queries);

    const docs = fifty.data.documents.nodes;
    expect(docs).toHaveLength(DOCUMENTS);
    const cited = docs.flatMap((d: any) => d.citations.nodes.map((c: any) => c.to));
    const ingestedCited = cited.filter((c: any) => c.tasks.nodes.length > 0);
    // Decisions 2..50 each cite the previous decision, whose two tasks and four assignments come back.
    expect(ingestedCited).toHaveLength(DOCUMENTS - 1);
    expect(ingestedCited.every((c: any) => c.tasks.nodes.flatMap((t: any) => t.assignments).length === 4)).toBe(true);
    expect(five.data.documents.nodes.map((d: any) => d.symbol)).toEqual(docs.slice(0, 5).map((d: any) => d.symbol));
  });
});

const TASK_FIELDS = `key text document { key title } assignments { role body { name } }`;

describe("a body's tasks with their documents and who else carries them", () => {
  it('cost one Cypher statement (the page brings the body and what the query reads of the tasks), and answer as the task list does', async () => {
    const bodyId = toGlobalId('Body', home.key);
    const before = fx.graph.queryCount;
    const ofBody = ok<any>(await fx.api.run(`query($id: ID!) { body(id: $id) { name tasks(first: 30) { totalCount nodes { ...T } } } } fragment T on Task { ${TASK_FIELDS} }`, { id: bodyId }));
    expect(fx.graph.queryCount - before).toBe(1);
    expect(ofBody.body.name).toBe(home.name);
    // The same list through the task filter, whose documents and assignments come from their own loaders.
    const listed = ok<any>(await fx.api.run(`query($id: ID!) { tasks(filter: { bodyId: $id }, first: 30) { totalCount nodes { ${TASK_FIELDS} } } }`, { id: bodyId }));
    expect(ofBody.body.tasks.totalCount).toBe(2 * DOCUMENTS);
    expect(ofBody.body.tasks).toEqual(listed.tasks);
    expect(ofBody.body.tasks.nodes[0].assignments.map((a: any) => a.role)).toEqual(['LEAD', 'COORDINATE']);
  });

  it('answer null for a body that does not exist, its tasks asked or not', async () => {
    const missing = toGlobalId('Body', `${home.key} (none)`);
    const withTasks = ok<any>(await fx.api.run(`query($id: ID!) { body(id: $id) { name tasks(first: 5) { totalCount } } }`, { id: missing }));
    const alone = ok<any>(await fx.api.run(`query($id: ID!) { body(id: $id) { name } }`, { id: missing }));
    expect(withTasks.body).toBeNull();
    expect(alone.body).toBeNull();
  });
});
