/**
 * Every Cypher statement under cypher/queries compiles against the real server with its parameters bound:
 * EXPLAIN plans a statement without running it, so a statement no other test happens to reach (a rare branch,
 * a write path) still fails here on a syntax error, an unknown function or a deprecated form. Each parameter
 * gets a value of the kind the product passes (scripts/lib/cypherSamples.ts); a statement with a parameter not
 * listed there fails the test, so a new statement gets a value there too.
 *
 * Which index each statement reads is an audit for a real graph (`npx tsx scripts/indexUse.ts`), not a test
 * here: the test server's plans follow the statistics of whatever other test files are writing at the time.
 */
import neo4j, { type Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cypher, cypherNames } from '../../src/graph/cypherRegistry';
import { connect } from '../../src/graph/driver';
import { migrate } from '../../src/graph/migrations';
import { SAMPLE_BOUND_VARIANTS, sampleParametersOf } from '../../scripts/lib/cypherSamples';
import { testNeo4jSettings } from '../support/neo4j';
import { listIndexes, planIndexes, type IndexRow } from '../../scripts/lib/planIndexes';

let driver: Driver;
let indexes: IndexRow[];
beforeAll(async () => {
  const settings = testNeo4jSettings();
  const graph = await connect(settings);
  try {
    await migrate(graph);
  } finally {
    await graph.close();
  }
  driver = neo4j.driver(settings.uri, neo4j.auth.basic(settings.user, settings.password));
  const session = driver.session({ database: settings.database });
  try {
    indexes = await listIndexes(session);
  } finally {
    await session.close();
  }
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
      const statement = cypher('lineage.walk', { maxDepth, upstream: true });
      expect(statement).not.toContain('{{');
      expect(statement.match(/CALL \(frontier, seen, steps\)/g)).toHaveLength(maxDepth);
      const levels = [...statement.matchAll(/r\.relation, (\d+)\]/g)].map((m) => Number(m[1]));
      expect(levels).toEqual(Array.from({ length: maxDepth }, (_, i) => i + 1));
    }
  });

  it('picks the text of a switch, refusing a switch not given as a boolean', () => {
    const up = cypher('lineage.walk', { maxDepth: 1, upstream: true });
    const down = cypher('lineage.walk', { maxDepth: 1, upstream: false });
    expect(up).toContain('(near)-[r:CITES]->(far:Document)');
    expect(up).not.toContain('<-[r:CITES]-');
    expect(down).toContain('(near)<-[r:CITES]-(far:Document)');
    expect(down).not.toContain('-[r:CITES]->');
    expect(up).not.toContain('{{');
    expect(down).not.toContain('{{');
    expect(() => cypher('lineage.walk', { maxDepth: 1 })).toThrow(/boolean switch upstream/);
    expect(() => cypher('lineage.walk', { maxDepth: 1, upstream: 1 })).toThrow(/boolean switch upstream/);
  });

  it.each(names)('plans %s with its parameters, with no deprecation warning', async (name) => {
    // Each text the statement can take (its switches both ways), once.
    const statements = [...new Set(SAMPLE_BOUND_VARIANTS.map((bounds) => cypher(name, bounds)))];
    const session = driver.session({ database: testNeo4jSettings().database });
    try {
      for (const statement of statements) {
        const { parameters, missing } = sampleParametersOf(statement);
        expect(missing, `add sample values for these parameters of ${name} (scripts/lib/cypherSamples.ts)`).toEqual([]);
        const planned = await planIndexes(session, statement, parameters, indexes);
        const deprecations = planned.notifications.filter((n) => /Deprecat/i.test(`${n.code} ${n.category}`));
        expect(deprecations.map((n) => `${n.code}: ${n.description}`)).toEqual([]);
      }
    } finally {
      await session.close();
    }
  });

});
