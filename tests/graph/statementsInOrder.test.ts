import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect, type GraphClient } from '../../src/graph/driver';
import { testNeo4jSettings } from '../support/neo4j';

// Statements sent back to back (CountingTransaction.runInOrder, as a batch's row statements are written): the
// server must run them in the order given, each seeing the writes before it, and a failure must undo them all.
let graph: GraphClient;
const tag = `runInOrder-${process.pid}-${Date.now()}`;

beforeAll(async () => {
  // Patient connections: the machine running the tests may be loaded.
  graph = await connect(testNeo4jSettings(), 60_000, { connectionTimeoutMs: 10_000, connectionAcquisitionTimeoutMs: 30_000, maxTransactionRetryTimeMs: 10_000 });
});

afterAll(async () => {
  if (!graph) return;
  await graph.write('MATCH (n:RunInOrderProbe) WHERE n.tag STARTS WITH $tag DETACH DELETE n', { tag });
  await graph.close();
});

describe('statements sent back to back in one transaction', () => {
  it('run in the order given, each reading what the ones before it wrote, answers in that order', async () => {
    const answers = await graph.writeTransaction((tx) =>
      tx.runInOrder([
        { cypher: 'CREATE (n:RunInOrderProbe {tag: $tag, step: 1}) RETURN n.step AS step', params: { tag } },
        { cypher: 'MATCH (n:RunInOrderProbe {tag: $tag}) WITH count(n) AS seen CREATE (m:RunInOrderProbe {tag: $tag, step: 2, seen: seen}) RETURN m.seen AS seen', params: { tag } },
        { cypher: 'MATCH (n:RunInOrderProbe {tag: $tag}) RETURN count(n) AS nodes', params: { tag } },
      ]),
    );
    expect(answers).toEqual([[{ step: 1 }], [{ seen: 1 }], [{ nodes: 2 }]]);
  });

  it('throws the first failure and leaves nothing of the transaction, the statements after it included', async () => {
    const failed = `${tag}-failed`;
    const error = await graph
      .writeTransaction((tx) =>
        tx.runInOrder([
          { cypher: 'CREATE (:RunInOrderProbe {tag: $tag})', params: { tag: failed } },
          // Integer literals: a parameter 0 would come as a float, and 1 / 0.0 is Infinity, not an error.
          { cypher: 'RETURN 1 / 0 AS x', params: {} },
          { cypher: 'CREATE (:RunInOrderProbe {tag: $tag})', params: { tag: failed } },
        ]),
      )
      .catch((e: unknown) => e);
    expect((error as Error).message).toMatch(/by zero/i);
    const [left] = await graph.read<{ nodes: number }>('MATCH (n:RunInOrderProbe {tag: $tag}) RETURN count(n) AS nodes', { tag: failed });
    expect(left!.nodes).toBe(0);
  });
});
