import { describe, expect, it } from 'vitest';
import { dropSecondaryIndexes, restoreIndexes } from '../../bench/lib/bulk';
import type { GraphClient } from '../../src/graph/driver';

/** A graph client that records the statements it runs and fails those `fails` picks; SHOW INDEXES answers `indexes`. */
function fakeGraph(indexes: { name: string; createStatement: string }[], fails: (statement: string) => boolean) {
  const ran: string[] = [];
  const graph = {
    settings: { database: 'neo4j' },
    read: async () => indexes,
    driver: {
      session: () => ({
        run: async (statement: string) => {
          ran.push(statement);
          if (fails(statement)) throw new Error(`refused: ${statement}`);
        },
        close: async () => undefined,
      }),
    },
  } as unknown as GraphClient;
  return { graph, ran };
}

const INDEXES = [
  { name: 'a', createStatement: 'CREATE RANGE INDEX `a` FOR (n:A) ON (n.x)' },
  { name: 'b', createStatement: 'CREATE RANGE INDEX `b` FOR (n:B) ON (n.x)' },
  { name: 'c', createStatement: 'CREATE RANGE INDEX `c` FOR (n:C) ON (n.x)' },
];

describe('the bulk path never leaves the server without the indexes it dropped', () => {
  it('recreates the indexes already dropped when dropping a later one fails', async () => {
    const { graph, ran } = fakeGraph(INDEXES, (s) => s.startsWith('DROP INDEX `b`'));
    await expect(dropSecondaryIndexes(graph)).rejects.toThrow(/refused: DROP INDEX `b`/);
    expect(ran).toContain(INDEXES[0]!.createStatement);
    expect(ran.some((s) => s.startsWith('DROP INDEX `c`'))).toBe(false);
  });

  it('tries every index when recreating one fails, and then names what is missing', async () => {
    const { graph, ran } = fakeGraph(INDEXES, (s) => s === INDEXES[0]!.createStatement);
    await expect(restoreIndexes(graph, INDEXES)).rejects.toThrow(/BULK_INDEX_RESTORE_FAILED.*FOR \(n:A\)/);
    expect(ran).toEqual([...INDEXES.map((i) => i.createStatement), 'CALL db.awaitIndexes(7200)']);
  });
});
