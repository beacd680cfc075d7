/**
 * `npm start`: connect to Neo4j (starting the local server when NEO4J_URI is unset), apply migrations,
 * ingest the sample corpus when the graph holds no document yet, and serve the API and playground.
 */
import 'reflect-metadata';
import { loadSettings, type Settings } from './config';
import { buildApiSchema } from './api/schema';
import { createLoaders } from './api/loaders';
import { startHttpServer, type RunningServer } from './api/httpServer';
import type { GraphClient } from './graph/driver';
import { openGraph } from './graph/openGraph';
import { expandPaths, ingestFiles } from './ingest/ingestFiles';
import { runCli } from './cli/runCli';
import { cypher } from './graph/cypherRegistry';
import { reportWarning, WarningCode } from './warnings';

async function ingestCorpusIfEmpty(graph: GraphClient, settings: Settings): Promise<void> {
  const [row] = await graph.read<{ documents: number }>(cypher('document.countIngested'));
  if ((row?.documents ?? 0) > 0) {
    console.log(`Graph holds ${row!.documents} ingested documents; skipping the sample corpus.`);
    return;
  }
  const { files } = await expandPaths([settings.corpusDir]);
  console.log(`Empty graph: ingesting ${files.length} sample documents from ${settings.corpusDir} ...`);
  const reports = await ingestFiles(graph, files, {
    maxBytes: settings.maxDocumentBytes,
    onProgress: (done, total, r) => console.log(`  ${done}/${total} ${r.status} ${r.file}${r.error ? ` (${r.error.message})` : ''}`),
  });
  const bad = reports.filter((r) => r.error);
  if (bad.length) reportWarning(WarningCode.CORPUS_NOT_INGESTED, `${bad.length} sample documents could not be ingested: their lines above say why.`);
}

export async function main(): Promise<RunningServer> {
  const settings = loadSettings();
  console.log(settings.neo4j.uri ? `Using Neo4j at ${settings.neo4j.uri}` : 'NEO4J_URI is not set: using the local Neo4j server');
  const graph = await openGraph(settings);
  await ingestCorpusIfEmpty(graph, settings);
  const schema = await buildApiSchema();
  const running = await startHttpServer({ schema, graph, settings, createLoaders });
  console.log(`directive-graph API ready at ${running.url} (playground: open it in a browser)`);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: shutting down`);
    await running.close();
    await graph.close();
    if (!settings.neo4j.uri) console.log('The local Neo4j keeps running for the next start; `npm run db:stop` stops it.');
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
  return running;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await runCli(async () => {
    await main();
  });
}
