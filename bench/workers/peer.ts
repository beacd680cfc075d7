/**
 * Peer worker: the Neo4j GraphQL Library (@neo4j/graphql 7) serving the same graph through Apollo Server on a
 * free loopback port, with bench/peer/typeDefs.graphql. Runs until stdin closes.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { Neo4jGraphQL } from '@neo4j/graphql';
import neo4j from 'neo4j-driver';
import { BENCH_DIR, emit, parentGone, runWorker } from '../lib/children';

runWorker(async () => {
  const uri = process.env.NEO4J_URI;
  if (!uri) throw new Error('NEO4J_URI is not set for the peer worker');
  const driver = neo4j.driver(uri, neo4j.auth.basic(process.env.NEO4J_USER ?? 'neo4j', process.env.NEO4J_PASSWORD ?? ''), {
    maxConnectionPoolSize: 50,
    logging: { level: 'error', logger: () => undefined },
  });
  await driver.verifyConnectivity();
  const typeDefs = readFileSync(path.join(BENCH_DIR, 'peer', 'typeDefs.graphql'), 'utf8');
  const schema = await new Neo4jGraphQL({ typeDefs, driver }).getSchema();
  const server = new ApolloServer({ schema, introspection: true });
  const { url } = await startStandaloneServer(server, { listen: { port: 0, host: '127.0.0.1' } });
  emit('ready', { url, pid: process.pid });
  await parentGone();
  await server.stop().catch(() => undefined);
  await driver.close();
  process.exit(0);
});
