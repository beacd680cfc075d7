/**
 * Every Cypher statement under cypher/queries compiles against the real server with its parameters bound:
 * EXPLAIN plans a statement without running it, so a statement no other test happens to reach (a rare branch,
 * a write path) still fails here on a syntax error, an unknown function or a deprecated form. Each parameter
 * gets a value of the kind the product passes; a statement with a parameter not listed below fails the test,
 * so a new statement gets a value here too.
 */
import neo4j, { type Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cypher, cypherNames } from '../../src/graph/cypherRegistry';
import { testNeo4jSettings } from '../support/neo4j';

const SAMPLE_PARAMETERS: Record<string, unknown> = {
  keys: ['2898/QĐ-UBND@Quảng Ninh'],
  key: '2898/QĐ-UBND@Quảng Ninh',
  documentKey: '2898/QĐ-UBND@Quảng Ninh',
  documentKeys: ['76/NQ-CP'],
  fromKey: '2898/QĐ-UBND@Quảng Ninh',
  toKey: '76/NQ-CP',
  taskKey: '2898/QĐ-UBND@Quảng Ninh#task0',
  bodyKey: 'so noi vu@Quảng Ninh',
  bodyKeys: ['so noi vu@Quảng Ninh'],
  relations: ['BASIS', 'IMPLEMENTS'],
  skip: 0,
  end: 20,
  maxPaths: 50,
  maxCitations: 50,
  role: 'LEAD',
  status: 'DONE',
  note: 'Đã hoàn thành',
  name: 'Sở Nội vụ',
  nameFolded: 'so noi vu',
  jurisdictionFolded: 'quang ninh',
  issuerFolded: 'ubnd tinh',
  symbolsFolded: ['2898/qd-ubnd'],
  kind: 'QUYET_DINH',
  ingested: true,
  group: false,
  dueBefore: '2030-12-31',
  dueAfter: '2025-01-01',
  dateFrom: '2020-01-01',
  dateTo: '2025-12-31',
  descending: false,
  orderField: 'DATE',
  words: ['kinh', 'phi'],
  labels: ['Document', 'Task'],
  query: 'kinh* AND phi*',
  version: 1,
  checksum: 'sha256:0',
  indicatorNames: { PAR_INDEX: 'Chỉ số cải cách hành chính' },
  // Rows written in batches: one representative row each is not needed to plan, an empty batch is.
  rows: [],
  docs: [],
  sections: [],
  tasks: [],
  versions: [],
  bodies: [],
  citations: [],
  assignments: [],
  targets: [],
  effects: [],
  jurisdiction: 'Quảng Ninh',
  jurisdictionsFolded: ['quang ninh'],
  asOf: '2025-07-01',
  inForceOn: '2025-07-01',
  today: '2025-12-01',
  from: '2898/QĐ-UBND@Quảng Ninh',
  to: 'tinh uy@Quảng Ninh',
  prefixes: ['2898/'],
  limit: neo4j.int(20),
  withAssignments: true,
  withEvidence: true,
  withDetails: true,
  withDocument: true,
  bodyQuery: 'so* AND noi* AND vu*',
  indexLimit: neo4j.int(101),
  depths: [neo4j.int(21), neo4j.int(210), null],
  countCap: neo4j.int(100),
  dueBy: '2025-12-31',
  at: '2025-11-01T00:00:00Z',
  by: 'editor:0123456789ab',
  reason: 'Gia hạn theo đề nghị',
  cell: 'OVERDUE',
  dueMonth: '2025-12',
  completedAt: '2025-11-01',
};

/** Bounds for `{{NAME}}` placeholders (validated integers in the product). */
const SAMPLE_BOUNDS = { maxDepth: 3, downstreamDepth: 2 };

let driver: Driver;
beforeAll(() => {
  const settings = testNeo4jSettings();
  driver = neo4j.driver(settings.uri, neo4j.auth.basic(settings.user, settings.password));
});
afterAll(async () => {
  await driver?.close();
});

describe('the Cypher registry', () => {
  const names = cypherNames();

  it('finds the statements on disk', () => {
    expect(names.length).toBeGreaterThan(40);
    expect(names).toContain('document.byKeys');
  });

  it('writes an each block out once per level up to its bound, each with its level number', () => {
    for (const maxDepth of [1, 4]) {
      const statement = cypher('lineage.upstream', { maxDepth });
      expect(statement).not.toContain('{{');
      expect(statement.match(/CALL \(frontier, seen, steps\)/g)).toHaveLength(maxDepth);
      const levels = [...statement.matchAll(/r\.relation, (\d+)\]/g)].map((m) => Number(m[1]));
      expect(levels).toEqual(Array.from({ length: maxDepth }, (_, i) => i + 1));
    }
  });

  it.each(names)('plans %s with its parameters, with no deprecation warning', async (name) => {
    const statement = cypher(name, SAMPLE_BOUNDS);
    const wanted = [...new Set([...statement.matchAll(/\$(\w+)/g)].map((m) => m[1]!))];
    const missing = wanted.filter((p) => !(p in SAMPLE_PARAMETERS));
    expect(missing, `add sample values for these parameters of ${name}`).toEqual([]);
    const parameters = Object.fromEntries(wanted.map((p) => [p, SAMPLE_PARAMETERS[p]]));
    const session = driver.session({ database: testNeo4jSettings().database });
    try {
      const result = await session.run(`EXPLAIN ${statement}`, parameters);
      expect(result.summary.plan).not.toBe(false);
      const deprecations = result.summary.notifications.filter((n) => /Deprecat/i.test(`${n.code} ${n.category}`));
      expect(deprecations.map((n) => `${n.code}: ${n.description}`)).toEqual([]);
    } finally {
      await session.close();
    }
  });
});
