import { describe, expect, it } from 'vitest';
import { connect } from '../../src/graph/driver';
import { DirectiveGraphError } from '../../src/errors';
import { testNeo4jSettings } from '../support/neo4j';
import { freePort } from '../support/ports';
import { runEntry } from '../support/runNode';
import { FAILS_FAST_MS, FAILS_FAST_TEST_MS, msSince } from '../support/bounds';

describe('connecting to Neo4j', () => {
  it('reports an unreachable server as DATABASE_UNAVAILABLE, naming the address and what to do', async () => {
    const port = await freePort();
    const started = Date.now();
    const budgetMs = 10_000;
    const error = await connect({ uri: `bolt://127.0.0.1:${port}`, user: 'neo4j', password: 'x' }, budgetMs).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DirectiveGraphError);
    expect((error as DirectiveGraphError).code).toBe('DATABASE_UNAVAILABLE');
    expect((error as Error).message).toContain(`127.0.0.1:${port}`);
    expect((error as Error).message).toMatch(/db:start|NEO4J_URI/);
    // It gives up within its budget instead of waiting on the driver's own, much longer, timeouts.
    expect(msSince(started)).toBeLessThan(budgetMs + FAILS_FAST_MS);
  }, FAILS_FAST_TEST_MS);

  it('reports a wrong password as DATABASE_AUTH_FAILED, naming the settings to check', async () => {
    const settings = testNeo4jSettings();
    const error = await connect({ ...settings, password: 'definitely-wrong' }).catch((e: unknown) => e);
    expect((error as DirectiveGraphError).code).toBe('DATABASE_AUTH_FAILED');
    expect((error as Error).message).toContain('NEO4J_PASSWORD');
  });

  it('reports a malformed NEO4J_URI with the forms that work', async () => {
    const error = await connect({ uri: 'http//nonsense', user: 'neo4j', password: 'x' }).catch((e: unknown) => e);
    expect((error as DirectiveGraphError).code).toBe('DATABASE_UNAVAILABLE');
    expect((error as Error).message).toMatch(/bolt:\/\//);
  });
});

describe('the server entry point (npm start) when the database is wrong', () => {
  it('exits non-zero by itself, soon, with one clear line when NEO4J_URI is unreachable', async () => {
    const port = await freePort();
    const result = await runEntry('src/server.ts', [], { NEO4J_URI: `bolt://127.0.0.1:${port}`, NEO4J_PASSWORD: 'x', PORT: '0' }, FAILS_FAST_MS + 30_000);
    expect(result.code).not.toBe(0);
    expect(result.ms).toBeLessThan(FAILS_FAST_MS);
    expect(result.stderr).toMatch(/^error DATABASE_UNAVAILABLE: Cannot reach Neo4j at bolt:\/\/127\.0\.0\.1:\d+/m);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  }, FAILS_FAST_TEST_MS);

  it('exits non-zero with an actionable line when the password is wrong', async () => {
    const settings = testNeo4jSettings();
    const result = await runEntry('src/server.ts', [], { NEO4J_URI: settings.uri, NEO4J_USER: settings.user, NEO4J_PASSWORD: 'definitely-wrong', PORT: '0' }, 45000);
    expect(result.code).not.toBe(0);
    expect(result.stderr).toMatch(/error DATABASE_AUTH_FAILED: .*NEO4J_USER and NEO4J_PASSWORD/);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });
});
