/**
 * API worker: the product's HTTP server (src/api/httpServer.ts with the type-graphql schema and per-request
 * loaders) on a free loopback port, against the database NEO4J_URI names. Runs until stdin closes.
 */
import 'reflect-metadata';
import { loadSettings } from '../../src/config';
import { connect } from '../../src/graph/driver';
import { buildApiSchema } from '../../src/api/schema';
import { createLoaders } from '../../src/api/loaders';
import { startHttpServer } from '../../src/api/httpServer';
import { emit, parentGone, runWorker } from '../lib/children';

runWorker(async () => {
  const settings = loadSettings();
  if (!settings.neo4j.uri) throw new Error('NEO4J_URI is not set for the API worker');
  const graph = await connect({ ...settings.neo4j, uri: settings.neo4j.uri });
  const schema = await buildApiSchema();
  const running = await startHttpServer({ schema, graph, settings, createLoaders, port: 0, host: '127.0.0.1' });
  emit('ready', { url: running.url, pid: process.pid });
  await parentGone();
  await running.close().catch(() => undefined);
  running.server.close();
  await graph.close();
  process.exit(0);
});
