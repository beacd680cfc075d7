/**
 * Every Cypher statement under cypher/queries compiles against the real server with its parameters bound:
 * EXPLAIN plans a statement without running it, so a statement no other test happens to reach (a rare branch,
 * a write path) still fails here on a syntax error, an unknown function or a deprecated form. Each parameter
 * gets a value of the kind the product passes (tests/support/cypherSamples.ts); a statement with a parameter not
 * listed there fails the test, so a new statement gets a value there too.
 */
import neo4j, { type Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cypher, cypherNames } from '../../src/graph/cypherRegistry';
import { SAMPLE_BOUNDS, sampleParametersOf } from '../support/cypherSamples';
import { testNeo4jSettings } from '../support/neo4j';

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

  it.each(names)('plans %s with its parameters, with no deprecation warning', async (name) => {
    const statement = cypher(name, SAMPLE_BOUNDS);
    const { parameters, missing } = sampleParametersOf(statement);
    expect(missing, `add sample values for these parameters of ${name} (tests/support/cypherSamples.ts)`).toEqual([]);
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
