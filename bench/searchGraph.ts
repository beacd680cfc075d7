/**
 * A search-only graph: what the full-text index `search_folded` covers, at the bench's scale, without the rest.
 * The bench's bulk path takes over an hour for 100k documents on a loaded machine; search reads only documents'
 * titles, tasks' texts and bodies' names (and, for a task hit, its document), so this loads those nodes with the
 * same properties the bulk path writes (the bench's generator and `buildIngestRows`, plan source, seed and plan
 * size as the bench's `--bulk N`), through the bulk statements for documents, bodies, citations (cited
 * documents carry claimed titles) and tasks, with no sections, assignments or targets. The schema is the
 * migrations' (run first), its secondary indexes dropped for the load and recreated after it as the bulk path does.
 *
 *   npx tsx bench/searchGraph.ts --uri bolt://127.0.0.1:PORT --docs 100000 [--seed bench-1] [--batch 2000] [--real-first 1000]
 *
 * `--real-first N`: the first N documents are read and extracted as the real ingestion path does (the bench's
 * `--sizes` part, 1000 in the commands of bench/HISTORY.md), the rest come from the plan as the bulk path's do.
 *
 * Into an empty database only (it refuses one holding nodes). Measure on it with
 * `npm run bench -- --only queries --queries search --sizes 1000 --bulk N --reuse-graph` (bench/README.md).
 */
import { driverTimeoutsFor } from '../src/config';
import { buildIngestRows, type IngestRows } from '../src/graph/documentRows';
import { connect } from '../src/graph/driver';
import { migrate } from '../src/graph/migrations';
import { prepareDocument } from '../src/ingest/prepareDocument';
import { manifestAsExtraction } from './generator/asExtraction';
import { planCorpus } from './generator/plan';
import { renderDocument } from './generator/render';
import { batchRows, dropSecondaryIndexes, restoreIndexes, SEARCH_STATEMENTS, writeBatch } from './lib/bulk';
import { pickCypher } from './lib/workloads';

function option(argv: string[], name: string, fallback?: string): string {
  const i = argv.indexOf(name);
  const value = i >= 0 ? argv[i + 1] : fallback;
  if (value === undefined) throw Object.assign(new Error(`${name} is required (see the usage in bench/searchGraph.ts)`), { code: 'BAD_USER_INPUT' });
  return value;
}

async function main(argv: string[]): Promise<void> {
  const uri = option(argv, '--uri');
  const docs = Number(option(argv, '--docs'));
  const seed = option(argv, '--seed', 'bench-1');
  const batch = Number(option(argv, '--batch', '2000'));
  const realFirst = Number(option(argv, '--real-first', '1000'));
  // A loader, not an API request: the longest waits the driver allows (a loaded machine answers slowly).
  const settings = { uri, user: process.env.BENCH_NEO4J_USER ?? 'neo4j', password: process.env.BENCH_NEO4J_PASSWORD ?? 'directive-graph' };
  const graph = await connect(settings, 120_000, driverTimeoutsFor(3_600_000));
  try {
    const [row] = await graph.read<{ nodes: number }>(pickCypher('graph.size'));
    if ((row?.nodes ?? 0) > 0) throw Object.assign(new Error(`${uri} holds ${row!.nodes} nodes: the search graph loads into an empty database only`), { code: 'BENCH_DATABASE_NOT_EMPTY' });
    await migrate(graph);
    const plan = planCorpus({ docs, seed });
    const dropped = await dropSecondaryIndexes(graph);
    const started = performance.now();
    try {
      let pending: IngestRows[] = [];
      for (let i = 0; i < plan.files.length; i++) {
        const doc = plan.docs[plan.files[i]!]!;
        const { text, manifest } = renderDocument(plan, doc);
        if (i < realFirst) {
          // As the bench's `--sizes` part, which goes through the real ingestion path: read, extracted, restored.
          const prepared = await prepareDocument(Buffer.from(text), doc.file!, Number.MAX_SAFE_INTEGER);
          // A document the real path refuses is left out, as there, and said.
          if (prepared.ok) pending.push(buildIngestRows(prepared.extraction, doc.file, prepared.source));
          else console.log(`skipped ${doc.file}: ${prepared.code} ${prepared.message}`);
        } else pending.push(buildIngestRows(manifestAsExtraction(manifest), doc.file));
        if (pending.length >= batch || i === plan.files.length - 1) {
          await writeBatch(graph, batchRows(pending), '', undefined, SEARCH_STATEMENTS);
          pending = [];
          console.log(`${i + 1}/${plan.files.length} documents, ${((performance.now() - started) / 1000).toFixed(0)} s`);
        }
      }
    } finally {
      // Recreates the dropped indexes and waits until every index (the full-text one too) is online.
      await restoreIndexes(graph, dropped);
    }
    const [size] = await graph.read<Record<string, number>>(pickCypher('searchGraph.size'));
    console.log(`loaded in ${((performance.now() - started) / 1000).toFixed(0)} s: ${JSON.stringify(size)}`);
  } finally {
    await graph.close();
  }
}

main(process.argv.slice(2)).catch((error) => {
  console.error(`${(error as { code?: string }).code ?? 'ERROR'}: ${(error as Error).message}`);
  process.exit(1);
});
