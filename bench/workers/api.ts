/**
 * API worker: the product's HTTP server (src/api/httpServer.ts with the type-graphql schema and per-request
 * loaders) on a free loopback port, against the database NEO4J_URI names. Runs until stdin closes.
 * BENCH_API_REPLICAS=N (N > 1) runs N API processes behind one port (node:cluster shares the listening
 * socket): stateless replicas answering the same queries, each with its own driver and pool.
 */
import 'reflect-metadata';
import cluster from 'node:cluster';
import { loadSettings } from '../../src/config';
import { connect } from '../../src/graph/driver';
import { buildApiSchema } from '../../src/api/schema';
import { createLoaders } from '../../src/api/loaders';
import { startHttpServer } from '../../src/api/httpServer';
import { emit, parentGone, runWorker } from '../lib/children';

const replicas = Math.max(1, Number(process.env.BENCH_API_REPLICAS ?? 1));

async function serve(port: number): Promise<{ url: string; stop: () => Promise<void> }> {
  const settings = loadSettings();
  if (!settings.neo4j.uri) throw new Error('NEO4J_URI is not set for the API worker');
  const graph = await connect({ ...settings.neo4j, uri: settings.neo4j.uri });
  const schema = await buildApiSchema();
  const running = await startHttpServer({ schema, graph, settings, createLoaders, port, host: '127.0.0.1' });
  return {
    url: running.url,
    stop: async () => {
      await running.close().catch(() => undefined);
      running.server.close();
      await graph.close();
    },
  };
}

if (replicas > 1 && cluster.isWorker) {
  // A replica: listens on the port the primary named (the cluster hands connections out between replicas).
  const server = await serve(Number(process.env.BENCH_API_PORT));
  process.send?.({ ready: server.url });
  process.on('disconnect', () => void server.stop().then(() => process.exit(0)));
} else {
  runWorker(async () => {
    if (replicas <= 1) {
      const server = await serve(0);
      emit('ready', { url: server.url, pid: process.pid });
      await parentGone();
      await server.stop();
      process.exit(0);
    }
    const { freePort } = await import('../../tests/support/ports');
    const port = await freePort();
    const urls = await Promise.all(
      Array.from({ length: replicas }, () => {
        const worker = cluster.fork({ ...process.env, BENCH_API_PORT: String(port) });
        return new Promise<string>((resolve, reject) => {
          worker.once('message', (m: { ready?: string }) => (m.ready ? resolve(m.ready) : reject(new Error('replica failed'))));
          worker.once('exit', (code) => reject(new Error(`API replica exited with ${code}`)));
        });
      }),
    );
    emit('ready', { url: urls[0], pid: process.pid, replicas });
    await parentGone();
    for (const w of Object.values(cluster.workers ?? {})) w?.disconnect();
    process.exit(0);
  });
}
