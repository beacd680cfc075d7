import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBenchDatabase, wipe, type BenchDatabase } from '../../bench/lib/benchNeo4j';
import { batchRows, writeBatch } from '../../bench/lib/bulk';
import type { Ctx } from '../../bench/lib/context';
import { manifestAsExtraction } from '../../bench/generator/asExtraction';
import { planCorpus } from '../../bench/generator/plan';
import { renderDocument } from '../../bench/generator/render';
import { bulkLoad } from '../../bench/sections/ingestion';
import { buildIngestRows } from '../../src/graph/documentRows';

// The bulk path drops every index but the uniqueness constraints' for its load, so it gets a server of its own
// (the shared test server's other files rely on those indexes while they run).
let db: BenchDatabase;
const DOCS = 90;
const plan = planCorpus({ docs: DOCS, seed: 'bulk-load-test' });

beforeAll(async () => {
  db = await openBenchDatabase({ heapMb: 512, pagecacheMb: 64, log: () => undefined });
}, 300_000);
afterAll(async () => {
  await db?.stop();
});

const SCHEMA = 'SHOW INDEXES YIELD name, type, entityType, labelsOrTypes, properties, indexProvider, options, owningConstraint, state RETURN * ORDER BY name';
const WRITE_TIMES = new Set(['ingestedAt']);

/** Every node and relationship with its properties (times of writing left out), as one digest. */
async function fingerprint(): Promise<{ nodes: number; relationships: number; digest: string }> {
  const stable = (props: Record<string, unknown>) => JSON.stringify(Object.keys(props).filter((k) => !WRITE_TIMES.has(k)).sort().map((k) => [k, String(props[k])]));
  const nodes = (await db.graph.read<{ l: string[]; p: Record<string, unknown> }>('MATCH (n) WHERE NOT n:Migration RETURN labels(n) AS l, properties(n) AS p')).map(
    (r) => `${[...r.l].sort().join(':')} ${stable(r.p)}`,
  );
  const rels = (
    await db.graph.read<{ t: string; a: string; b: string; p: Record<string, unknown> }>(
      'MATCH (a)-[r]->(b) RETURN type(r) AS t, coalesce(a.key, a.code) AS a, coalesce(b.key, b.code) AS b, properties(r) AS p',
    )
  ).map((r) => `${r.a} ${r.t} ${r.b} ${stable(r.p)}`);
  const digest = createHash('sha256').update([...nodes.sort(), ...rels.sort()].join('\n')).digest('hex');
  return { nodes: nodes.length, relationships: rels.length, digest };
}

describe('the bulk path', () => {
  it('writes the same graph as the batch statements with every index kept, and leaves the schema it found', async () => {
    const schemaBefore = await db.graph.read(SCHEMA);
    expect(schemaBefore.filter((i) => i.type === 'FULLTEXT').length).toBeGreaterThan(0);

    // Reference: the same documents' rows through the same statements, 30 per transaction, indexes in place.
    const rows = plan.files.map((file) => {
      const doc = plan.docs[file]!;
      return buildIngestRows(manifestAsExtraction(renderDocument(plan, doc).manifest), doc.file);
    });
    for (let i = 0; i < rows.length; i += 30) await writeBatch(db.graph, batchRows(rows.slice(i, i + 30)), '');
    const reference = await fingerprint();
    expect(reference.nodes).toBeGreaterThan(DOCS);
    await wipe(db.graph);

    process.env.BENCH_BULK_BATCH = '30';
    try {
      const ctx = { corpus: { plan }, db, args: { bulkSource: 'plan' }, log: () => undefined } as unknown as Ctx;
      const run = await bulkLoad(ctx, 0, DOCS);
      expect(run.docs).toBe(DOCS);
      // Every index but the token lookups and the constraints' own (which the MERGEs seek on).
      expect(run.droppedIndexes).toBe(schemaBefore.filter((i) => i.owningConstraint === null && i.type !== 'LOOKUP').length);
      expect(Object.keys(run.statementSeconds)).toEqual(expect.arrayContaining(['documents', 'citations', 'tasks', 'commit']));
    } finally {
      delete process.env.BENCH_BULK_BATCH;
    }
    expect(await fingerprint()).toEqual(reference);
    expect(await db.graph.read(SCHEMA)).toEqual(schemaBefore);
  }, 600_000);
});
