import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect, type GraphClient } from '../../src/graph/driver';
import { fillDocumentFilterFolds } from '../../src/graph/documentFilterFolds';
import { listDocuments } from '../../src/graph/documentQueries';
import { migrate } from '../../src/graph/migrations';
import { testNeo4jSettings } from '../support/neo4j';

// Keys of this file's own documents: other test files share the database.
const KEYS = ['9101/QĐ-UBND@Thừa Thiên Huế', '9102/QĐ-UBND@Thừa Thiên Huế'];

let graph: GraphClient;
beforeAll(async () => {
  graph = await connect(testNeo4jSettings());
  await migrate(graph);
  await graph.write('MATCH (d:Document) WHERE d.key IN $keys DETACH DELETE d', { keys: KEYS });
  // Stored as documents were before migration 0008: display values only, no folded copies.
  await graph.write(
    `UNWIND $rows AS row CREATE (:Document {key: row.key, kind: 'QUYET_DINH', jurisdiction: 'Thừa Thiên Huế', issuer: 'UBND tỉnh Thừa Thiên Huế', date: row.date, ingested: true})`,
    { rows: [{ key: KEYS[0], date: '2024-05-01' }, { key: KEYS[1], date: '2024-05-02' }] },
  );
});
afterAll(async () => {
  await graph.write('MATCH (d:Document) WHERE d.key IN $keys DETACH DELETE d', { keys: KEYS });
  await graph.close();
});

const page = (filter: { jurisdictionsFolded?: string[]; issuerFolded?: string }) =>
  listDocuments(
    graph,
    { kind: null, issuerFolded: filter.issuerFolded ?? null, jurisdictionsFolded: filter.jurisdictionsFolded ?? null, dateFrom: null, dateTo: null, ingested: null, asOf: null },
    { field: 'DATE', descending: true },
    { skip: 0, limit: 50 },
  );

describe('folded province and issuer of documents stored before migration 0008', () => {
  it('are filled by its data step, after which the province and issuer filters find them', async () => {
    expect((await page({ jurisdictionsFolded: ['thua thien hue'] })).items.map((d) => d.key)).not.toContain(KEYS[0]);
    expect(await fillDocumentFilterFolds(graph)).toBeGreaterThanOrEqual(2);
    const rows = await graph.read<{ j: string; i: string }>('MATCH (d:Document) WHERE d.key IN $keys RETURN d.jurisdictionFolded AS j, d.issuerFolded AS i', { keys: KEYS });
    expect(rows).toEqual([
      { j: 'thua thien hue', i: 'ubnd tinh thua thien hue' },
      { j: 'thua thien hue', i: 'ubnd tinh thua thien hue' },
    ]);
    expect((await page({ jurisdictionsFolded: ['thua thien hue'] })).items.map((d) => d.key).filter((k) => KEYS.includes(k))).toEqual([KEYS[1], KEYS[0]]);
    expect((await page({ issuerFolded: 'tinh thua thien' })).items.map((d) => d.key).filter((k) => KEYS.includes(k))).toEqual([KEYS[1], KEYS[0]]);
  });
});
