/**
 * Refusals: each is a GraphQL error with `extensions.code` and a message that says what to change, and no
 * stack trace outside development mode.
 */
import neo4j from 'neo4j-driver';
import { getIntrospectionQuery } from 'graphql';
import { describe, expect, it } from 'vitest';
import { GraphClient } from '../../src/graph/driver';
import { DeadlineReader } from '../../src/api/loaders';
import { MAX_COMPLEXITY, MAX_QUERY_DEPTH } from '../../src/api/protection';
import { MAX_DATABASE_ALIASES } from '../../src/api/operationLimits';
import { MAX_QUERY_TOKENS } from '../../src/api/apolloOptions';
import { freePort } from '../support/ports';
import { startExecutor, type Executor } from './executor.fixtures';
import { FAILS_FAST_MS, FAILS_FAST_TEST_MS, msSince } from '../support/bounds';
import { useExecutor } from '../support/fixtures';

const fx = useExecutor();

function refusal(result: Awaited<ReturnType<Executor['run']>>): { code: string; message: string } {
  expect(result.errors, 'expected a refusal').toHaveLength(1);
  const [error] = result.errors!;
  return { code: error!.extensions?.code, message: error!.message };
}

describe('page and walk sizes', () => {
  it('refuses first above 100, pointing at paging with after', async () => {
    const { code, message } = refusal(await fx.api.run(`{ documents(first: 101) { totalCount } }`));
    expect(code).toBe('BAD_USER_INPUT');
    expect(message).toMatch(/at most 100.*endCursor/);
  });

  it('refuses a negative first and a cursor it did not issue', async () => {
    expect(refusal(await fx.api.run(`{ bodies(first: -1) { totalCount } }`)).code).toBe('BAD_USER_INPUT');
    expect(refusal(await fx.api.run(`{ bodies(after: "bm9wZQ") { totalCount } }`)).code).toBe('BAD_USER_INPUT');
  });

  it('refuses maxDepth above 10 on every walk', async () => {
    for (const query of [
      `{ lineage(documentId: "76/NQ-CP", maxDepth: 11) { truncated } }`,
      `{ citationPath(fromId: "a", toId: "b", maxDepth: 11) { length } }`,
      `{ mandate(taskId: "a#task0", maxDepth: 0) { truncated } }`,
    ]) {
      const { code, message } = refusal(await fx.api.run(query));
      expect(code).toBe('BAD_USER_INPUT');
      expect(message).toContain('from 1 to 10');
    }
  });
});

describe('query shape', () => {
  it(`refuses a query nested deeper than ${MAX_QUERY_DEPTH} levels`, async () => {
    let selection = 'key';
    for (let i = 0; i < 5; i++) selection = `citations { nodes { to { ${selection} } } }`;
    const result = await fx.api.run(`{ documents { nodes { ${selection} } } }`);
    const { code, message } = refusal(result);
    expect(code).toBe('QUERY_TOO_COMPLEX');
    expect(message).toContain('levels deep');
    expect(result.status).toBe(400);
  });

  it('refuses a query whose pages multiply beyond the cost limit, before touching the database', async () => {
    const before = fx.graph.queryCount;
    const result = await fx.api.run(
      `{ documents(first: 100) { nodes { citedBy(first: 100) { nodes { from { citations(first: 100) { nodes { relation } } } } } } } }`,
    );
    const { code, message } = refusal(result);
    expect(code).toBe('QUERY_TOO_COMPLEX');
    expect(message).toContain(`at most ${MAX_COMPLEXITY}`);
    expect(fx.graph.queryCount).toBe(before);
  });

  it('counts fragments toward depth, but not introspection, so GraphiQL still loads the schema', async () => {
    const introspection = await fx.api.run(getIntrospectionQuery());
    expect(introspection.errors).toBeUndefined();
    let selection = 'key';
    for (let i = 0; i < 5; i++) selection = `citations { nodes { to { ${selection} } } }`;
    const viaFragment = await fx.api.run(`query { documents { nodes { ...Deep } } } fragment Deep on Document { ${selection} }`);
    expect(refusal(viaFragment).code).toBe('QUERY_TOO_COMPLEX');
  });
});

describe('hostile shapes', () => {
  /** `fragment F0 on Query { ...F1 ...F1 }` ... : 2^levels spreads from a document of a few hundred bytes. */
  function fragmentFanOut(levels: number, leaf: string): string {
    const fragments = Array.from({ length: levels }, (_, i) => `fragment F${i} on Query { ...F${i + 1} ...F${i + 1} }`);
    return `query { ...F0 } ${fragments.join(' ')} fragment F${levels} on Query { ${leaf} }`;
  }

  it('refuses a fragment fan-out by its cost, each fragment measured once', async () => {
    const before = fx.graph.queryCount;
    const query = fragmentFanOut(22, 'health { database }');
    expect(query.length).toBeLessThan(1200);
    const result = await fx.api.run(query);
    const { code, message } = refusal(result);
    expect(code).toBe('QUERY_TOO_COMPLEX');
    expect(message).toContain('database lookups');
    expect(result.status).toBe(400);
    expect(fx.graph.queryCount).toBe(before);
  });

  it('refuses a fragment fan-out by its depth when each level nests', async () => {
    const fragments = Array.from({ length: 20 }, (_, i) => `fragment D${i} on Document { citations(first: 1) { nodes { to { ...D${i + 1} ...D${i + 1} } } } }`);
    const query = `{ documents(first: 1) { nodes { ...D0 } } } ${fragments.join(' ')} fragment D20 on Document { key }`;
    const { code, message } = refusal(await fx.api.run(query));
    expect(code).toBe('QUERY_TOO_COMPLEX');
    expect(message).toContain('levels deep');
  });

  it('refuses a 10,000-alias bomb while parsing it, by its number of tokens', async () => {
    const before = fx.graph.queryCount;
    const aliases = Array.from({ length: 10_000 }, (_, i) => `a${i}: lineage(documentId: "76/NQ-CP", maxDepth: 10) { __typename }`);
    const result = await fx.api.run(`{ ${aliases.join(' ')} }`);
    const { code, message } = refusal(result);
    expect(code).toBe('QUERY_TOO_COMPLEX');
    expect(message).toContain(`more than ${MAX_QUERY_TOKENS} tokens`);
    expect(fx.graph.queryCount).toBe(before);
  });

  it('charges a database field a lookup whatever it selects, so aliases of __typename are refused by cost', async () => {
    const before = fx.graph.queryCount;
    // Spread over fragments so no selection holds more than the alias cap: only the cost can refuse it.
    const fragments = Array.from({ length: 30 }, (_, f) => {
      const aliases = Array.from({ length: MAX_DATABASE_ALIASES }, (_, i) => `a${f}_${i}: lineage(documentId: "76/NQ-CP", maxDepth: 10) { __typename }`);
      return `fragment L${f} on Query { ${aliases.join(' ')} }`;
    });
    const query = `{ ${fragments.map((_, f) => `...L${f}`).join(' ')} } ${fragments.join(' ')}`;
    const { code, message } = refusal(await fx.api.run(query));
    expect(code).toBe('QUERY_TOO_COMPLEX');
    expect(message).toContain('database lookups');
    expect(fx.graph.queryCount).toBe(before);
  });

  it('caps aliases of one database field in a selection, even when the total cost is small', async () => {
    const aliases = Array.from({ length: MAX_DATABASE_ALIASES + 1 }, (_, i) => `d${i}: document(id: "${i}/QĐ-TTg") { key }`);
    const { code, message } = refusal(await fx.api.run(`{ ${aliases.join(' ')} }`));
    expect(code).toBe('QUERY_TOO_COMPLEX');
    expect(message).toContain(`more than ${MAX_DATABASE_ALIASES} aliases`);
    const allowed = await fx.api.run(`{ ${aliases.slice(0, MAX_DATABASE_ALIASES).join(' ')} }`);
    expect(allowed.errors).toBeUndefined();
  });

  it('checks only the operation the request runs', async () => {
    const aliases = Array.from({ length: MAX_DATABASE_ALIASES * 30 }, (_, i) => `x${i}: health { database }`);
    const document = `query Small { health { database } } query Big { ${aliases.join(' ')} }`;
    const apollo = await fx.api.run(document, {}, { operationName: 'Small' });
    expect(apollo.errors).toBeUndefined();
  });
});

describe('keys and roles', () => {
  it('requires a key for reads when reader keys are configured', async () => {
    const guarded = await startExecutor(fx.graph, { readerKeys: ['reader-key'] });
    try {
      const anonymous = await guarded.run(`{ documents(first: 1) { totalCount } }`);
      const { code, message } = refusal(anonymous);
      expect(code).toBe('UNAUTHENTICATED');
      expect(message).toContain('API_READER_KEYS');
      expect(anonymous.status).toBe(401);
      const reader = await guarded.run(`{ documents(first: 1) { totalCount } }`, {}, { role: 'reader' });
      expect(reader.errors).toBeUndefined();
    } finally {
      await guarded.stop();
    }
  });

  it('lets anyone read when no reader key is configured', async () => {
    expect((await fx.api.run(`{ documents(first: 1) { totalCount } }`)).errors).toBeUndefined();
  });
});

describe('time budget and database outages', () => {
  it('refuses to start a query once the request\'s time is up', async () => {
    const { code, message } = refusal(await fx.api.run(`{ documents(first: 1) { totalCount } }`, {}, { deadline: Date.now() - 1 }));
    expect(code).toBe('TIMEOUT');
    expect(message).toContain('REQUEST_TIMEOUT_MS');
  });

  it('has the database abort a query that outlives the budget', async () => {
    const reader = new DeadlineReader(fx.graph, () => Date.now() + 100);
    const started = Date.now();
    // Counting a billion rows takes far longer than 100 ms: a rejection means the server stopped it.
    await expect(reader.read('UNWIND range(1, 1000000000) AS x RETURN count(x) AS n')).rejects.toMatchObject({ code: 'TIMEOUT' });
    expect(msSince(started)).toBeLessThan(FAILS_FAST_MS);
  }, FAILS_FAST_TEST_MS);

  it('says DATABASE_UNAVAILABLE with the server it tried when Neo4j is down', async () => {
    const uri = `bolt://127.0.0.1:${await freePort()}`;
    const driver = neo4j.driver(uri, neo4j.auth.basic('neo4j', 'x'), { maxTransactionRetryTime: 0, connectionTimeout: 1000 });
    const down = new GraphClient(driver, { uri, user: 'neo4j', password: 'x' });
    const offline = await startExecutor(down);
    try {
      const { code, message } = refusal(await offline.run(`{ documents(first: 1) { totalCount } }`));
      expect(code).toBe('DATABASE_UNAVAILABLE');
      expect(message).toContain(uri);
    } finally {
      await offline.stop();
      await down.close();
    }
  });
});

describe('error details', () => {
  it('carry no stack trace outside development mode, and one in development mode', async () => {
    const production = await fx.api.run(`{ documents(first: 500) { totalCount } }`);
    expect(JSON.stringify(production.errors)).not.toContain('stacktrace');
    const dev = await startExecutor(fx.graph, { development: true });
    try {
      const development = await dev.run(`{ documents(first: 500) { totalCount } }`);
      expect(development.errors?.[0]?.extensions?.stacktrace).toBeDefined();
    } finally {
      await dev.stop();
    }
  });

  it('hide internal failures behind a generic message', async () => {
    const broken = new GraphClient(fx.graph.driver, fx.graph.settings);
    broken.read = async () => {
      throw new Error('secret detail: bolt frame 0x42');
    };
    const internal = await startExecutor(broken);
    const logged = console.error;
    console.error = () => undefined;
    try {
      const { code, message } = refusal(await internal.run(`{ documents(first: 1) { totalCount } }`));
      expect(code).toBe('INTERNAL_SERVER_ERROR');
      expect(message).not.toContain('secret');
    } finally {
      console.error = logged;
      await internal.stop();
    }
  });
});
