/**
 * Ingestion worker: the product's ingest path (`ingestFiles`: read, decode, extract, write in batches of
 * BENCH_INGEST_BATCH documents per transaction — default the product's DEFAULT_BATCH_SIZE — each batch falling
 * back to one transaction per document on failure) over files [from, to) of a generated corpus, into the
 * database NEO4J_URI names.
 * Its own process, so its peak RSS is the cost of ingesting.
 * Args: CORPUS_DIR FROM TO
 */
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { loadSettings } from '../../src/config';
import { connect } from '../../src/graph/driver';
import { DEFAULT_BATCH_SIZE, ingestFiles } from '../../src/ingest/ingestFiles';
import { INGESTION_POOL_OPTIONS, ingestionPoolSize, PreparationPool } from '../../src/ingest/preparationPool';
import { emit, runWorker } from '../lib/children';

runWorker(async () => {
  const [dir, fromArg, toArg] = process.argv.slice(2);
  if (!dir || fromArg === undefined || toArg === undefined) throw new Error('usage: ingest.ts CORPUS_DIR FROM TO');
  const settings = loadSettings();
  if (!settings.neo4j.uri) throw new Error('NEO4J_URI is not set for the ingest worker');
  const graph = await connect({ ...settings.neo4j, uri: settings.neo4j.uri });
  const names = (await readdir(dir)).filter((f) => /^\d{6}\.txt$/.test(f)).sort();
  const files = names.slice(Number(fromArg), Number(toArg)).map((f) => path.join(dir, f));
  emit('ready', { files: files.length });
  const started = performance.now();
  const batchSize = Number(process.env.BENCH_INGEST_BATCH ?? DEFAULT_BATCH_SIZE);
  // BENCH_INGEST_POOL=N sets the most worker threads (default one per core, as `npm run ingest`); 0 extracts on the
  // ingesting thread (the path before extraction moved to worker threads).
  const threads = Number(process.env.BENCH_INGEST_POOL ?? ingestionPoolSize());
  const pool = threads > 0 ? new PreparationPool(threads, INGESTION_POOL_OPTIONS) : undefined;
  const reports = await ingestFiles(graph, files, { maxBytes: settings.maxDocumentBytes, batchSize, pool });
  await pool?.close();
  const seconds = (performance.now() - started) / 1000;
  await graph.close();
  const by = (s: string) => reports.filter((r) => r.status === s).length;
  emit('result', {
    docs: reports.length,
    batchSize,
    pool: pool ? pool.size : 0,
    // Workers the pool ran in the end (it starts with one and widens when the writer waited for extraction).
    workersRan: pool ? pool.workersAllowed : 0,
    seconds,
    created: by('created'),
    updated: by('updated'),
    unchanged: by('unchanged'),
    rejected: by('rejected'),
    failed: by('failed'),
    nodes: reports.reduce((n, r) => n + r.nodes, 0),
    relationships: reports.reduce((n, r) => n + r.relationships, 0),
    errors: reports.filter((r) => r.error).slice(0, 3).map((r) => `${r.file}: ${r.error!.code}: ${r.error!.message}`),
    // resourceUsage().maxRSS is in kilobytes: the process's peak resident set.
    peakRssMb: process.resourceUsage().maxRSS / 1024,
  });
});
