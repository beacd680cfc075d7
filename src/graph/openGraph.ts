/**
 * Connects to the configured Neo4j: the user's server when NEO4J_URI is set, otherwise the local one
 * (started on demand). Applies migrations, so every caller sees the schema it expects.
 */
import { driverTimeoutsFor, type Settings } from '../config';
import { connect, type GraphClient } from './driver';
import { ensureLocalNeo4j } from './localNeo4j';
import { migrate } from './migrations';

export async function openGraph(settings: Settings, options: { migrate?: boolean } = {}): Promise<GraphClient> {
  const uri = settings.neo4j.uri ?? (await ensureLocalNeo4j(settings));
  const graph = await connect({ ...settings.neo4j, uri }, undefined, driverTimeoutsFor(settings.server.requestTimeoutMs));
  try {
    if (options.migrate !== false) await migrate(graph);
  } catch (error) {
    await graph.close();
    throw error;
  }
  return graph;
}
