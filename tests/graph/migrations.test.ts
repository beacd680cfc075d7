import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect, type GraphClient } from '../../src/graph/driver';
import { appliedVersions, isMigrated, loadMigrations, migrate, splitStatements } from '../../src/graph/migrations';
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

  it('are idempotent: a second run applies nothing and leaves the schema unchanged', async () => {
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
});
