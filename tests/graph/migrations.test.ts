import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect, type GraphClient } from '../../src/graph/driver';
import { appliedVersions, isMigrated, loadMigrations, migrate, runMigrationStatement, splitStatements } from '../../src/graph/migrations';
import { testNeo4jSettings } from '../support/neo4j';

let graph: GraphClient;
beforeAll(async () => {
  graph = await connect(testNeo4jSettings());
});
afterAll(async () => {
  await graph.close();
});

describe('migrations', () => {
  it('splits a file into statements and drops comment lines', () => {
    expect(splitStatements('// why\nCREATE INDEX a IF NOT EXISTS FOR (n:X) ON (n.a);\nCREATE INDEX b IF NOT EXISTS FOR (n:X) ON (n.b);\n')).toEqual([
      'CREATE INDEX a IF NOT EXISTS FOR (n:X) ON (n.a)',
      'CREATE INDEX b IF NOT EXISTS FOR (n:X) ON (n.b)',
    ]);
  });

  // The first run applies every migration to the fresh test server, one schema transaction per statement (0011's
  // eight drops among them): 26-40 s under a loaded machine's 20-30, past the 30 s default.
  it('are idempotent: a second run applies nothing and leaves the schema unchanged', { timeout: 120_000 }, async () => {
    await migrate(graph);
    const schemaBefore = await graph.read(`SHOW INDEXES YIELD name, type, labelsOrTypes, properties RETURN * ORDER BY name`);
    const second = await migrate(graph);
    expect(second.applied).toEqual([]);
    expect(second.alreadyApplied).toEqual((await loadMigrations()).map((m) => m.version));
    expect(await graph.read(`SHOW INDEXES YIELD name, type, labelsOrTypes, properties RETURN * ORDER BY name`)).toEqual(schemaBefore);
    expect(await isMigrated(graph)).toBe(true);
    expect([...(await appliedVersions(graph)).keys()].length).toBe((await loadMigrations()).length);
  });

  it('create the full-text index that finds unaccented Vietnamese stop-word-like terms', async () => {
    const [row] = await graph.read<{ analyzer: string }>(
      `SHOW FULLTEXT INDEXES YIELD name, options WHERE name = 'search_folded' RETURN options.indexConfig['fulltext.analyzer'] AS analyzer`,
    );
    expect(row?.analyzer).toBe('standard-no-stop-words');
  });

  it('backfill assignment order keys (0010) in bounded transactions, resuming from what is left', async () => {
    await migrate(graph);
    // Stored as assignments were before migration 0010: no body key, document key or ordinal on the edge.
    const keys = [0, 1, 2, 3, 4].map((i) => `MIGRATION-0010-TEST@Hà Nội#task${i}`);
    const wipe = () => graph.write('MATCH (n) WHERE n.key IN $keys OR n.key = $body DETACH DELETE n', { keys, body: 'migration-0010-test-body' });
    await wipe();
    await graph.write(
      `CREATE (b:Body {key: 'migration-0010-test-body', name: 'Sở Thử nghiệm'})
       WITH b UNWIND range(0, size($keys) - 1) AS i
       CREATE (:Task {key: $keys[i], documentKey: 'MIGRATION-0010-TEST@Hà Nội', ordinal: i})-[:ASSIGNED_TO {role: 'LEAD'}]->(b)`,
      { keys },
    );
    // One of them was filled by an earlier, interrupted run: it stays as it is.
    await graph.write(`MATCH (:Task {key: $key})-[a:ASSIGNED_TO]->(b:Body) SET a.bodyKey = b.key, a.taskDocumentKey = 'MIGRATION-0010-TEST@Hà Nội', a.taskOrdinal = 0`, { key: keys[0] });
    const migration = (await loadMigrations()).find((m) => m.version === 10)!;
    const backfill = migration.statements.find((s) => s.includes('$batchSize'))!;
    // Two tasks per transaction over every task of the graph (other test files write theirs meanwhile), then
    // one transaction that finds none left: at least three for these five tasks, and one more.
    expect(await runMigrationStatement(graph, backfill, { batchSize: 2 })).toBeGreaterThanOrEqual(4);
    const edges = await graph.read<{ task: string; bodyKey: string; documentKey: string; ordinal: number }>(
      `MATCH (t:Task)-[a:ASSIGNED_TO]->(:Body) WHERE t.key IN $keys
       RETURN t.key AS task, a.bodyKey AS bodyKey, a.taskDocumentKey AS documentKey, a.taskOrdinal AS ordinal ORDER BY t.key`,
      { keys },
    );
    expect(edges).toEqual(keys.map((task, i) => ({ task, bodyKey: 'migration-0010-test-body', documentKey: 'MIGRATION-0010-TEST@Hà Nội', ordinal: i })));
    await wipe();
  });

  it('backfill task trackers (0005) in bounded transactions: last days from periods, done days from status changes', async () => {
    await migrate(graph);
    const keys = ['year', 'quarter', 'month', 'due', 'kept', 'done'].map((k) => `MIGRATION-0005-TEST#${k}`);
    const wipe = () => graph.write('MATCH (t:Task) WHERE t.key IN $keys DETACH DELETE t', { keys });
    await wipe();
    // Stored as tasks were before migration 0005: no dueBy, no completedAt.
    await graph.write(
      `CREATE (:Task {key: $keys[0], period: '2025'}), (:Task {key: $keys[1], period: '2025-Q1'}),
              (:Task {key: $keys[2], period: '2024-02'}), (:Task {key: $keys[3], dueDate: '2025-06-30', deadlineExtendedTo: '2025-09-30'}),
              (:Task {key: $keys[4], period: '2025', dueBy: '2025-03-31'}),
              (:Task {key: $keys[5], status: 'DONE', statusUpdatedAt: '2025-04-02T08:00:00Z'})`,
      { keys },
    );
    const migration = (await loadMigrations()).find((m) => m.version === 5)!;
    const backfills = migration.statements.filter((s) => s.includes('$batchSize'));
    expect(backfills).toHaveLength(2);
    // Two tasks per transaction over every task of the graph: at least three for these six, and one more.
    for (const statement of backfills) expect(await runMigrationStatement(graph, statement, { batchSize: 2 })).toBeGreaterThanOrEqual(4);
    const rows = await graph.read<{ key: string; dueBy: string | null; completedAt: string | null }>(
      'MATCH (t:Task) WHERE t.key IN $keys RETURN t.key AS key, t.dueBy AS dueBy, t.completedAt AS completedAt',
      { keys },
    );
    const byKey = Object.fromEntries(rows.map((r) => [r.key.split('#')[1], [r.dueBy, r.completedAt]]));
    expect(byKey).toEqual({
      year: ['2025-12-31', null],
      quarter: ['2025-03-31', null],
      month: ['2024-02-29', null],
      due: ['2025-09-30', null],
      kept: ['2025-03-31', null],
      done: [null, '2025-04-02'],
    });
    await wipe();
  });

  it('refuse a backfill statement that does not say where it stopped', async () => {
    await expect(runMigrationStatement(graph, 'UNWIND range(1, $batchSize) AS i RETURN count(i) AS rows', { batchSize: 2 })).rejects.toThrow(/must return `next`/);
  });
});
