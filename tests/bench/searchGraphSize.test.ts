/**
 * What bench/searchGraph.ts reports once loaded (bench/cypher/searchGraph.size.cypher): documents, tasks and bodies
 * counted apart, so a label the load wrote nothing of counts 0 instead of taking the whole answer with it (a chain of
 * MATCH ... WITH count(...) gives no row when one label has no node).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBenchDatabase, wipe, type BenchDatabase } from '../../bench/lib/benchNeo4j';
import { batchRows, writeBatch } from '../../bench/lib/bulk';
import { pickCypher } from '../../bench/lib/workloads';
import { manifestAsExtraction } from '../../bench/generator/asExtraction';
import { planCorpus } from '../../bench/generator/plan';
import { renderDocument } from '../../bench/generator/render';
import { buildIngestRows } from '../../src/graph/documentRows';

// A server of its own, as the bulk path's tests: the load drops nothing here, but it empties the graph.
let db: BenchDatabase;

beforeAll(async () => {
  db = await openBenchDatabase({ heapMb: 512, pagecacheMb: 64, log: () => undefined });
  await wipe(db.graph);
}, 300_000);
afterAll(async () => {
  await db?.stop();
});

describe("the search-only graph's size", () => {
  it('counts the documents and bodies written when no task was', async () => {
    const plan = planCorpus({ docs: 12, seed: 'search-graph-size-test' });
    const rows = plan.files.map((i) => {
      const doc = plan.docs[i]!;
      return buildIngestRows(manifestAsExtraction(renderDocument(plan, doc).manifest), doc.file);
    });
    const batch = batchRows(rows);
    expect(batch.tasks.length).toBeGreaterThan(0);
    // The documents and their bodies only: the tasks' statement is left out.
    await writeBatch(db.graph, batch, '', undefined, ['documents', 'bodies']);
    const size = await db.graph.read<{ documents: number; tasks: number; bodies: number }>(pickCypher('searchGraph.size'));
    expect(size).toEqual([{ documents: new Set(batch.docs.map((d) => d.key)).size, tasks: 0, bodies: new Set(batch.bodies.map((b) => b.key)).size }]);
  }, 120_000);
});
