/**
 * Connects to the configured Neo4j: the user's server when NEO4J_URI is set, otherwise the local one
 * (started on demand). Applies migrations, so every caller sees the schema it expects.
 */
import { driverTimeoutsFor, type DriverTimeouts, type Settings } from '../config';
import { connect, type GraphClient } from './driver';
import { ensureLocalNeo4j } from './localNeo4j';
import { migrate } from './migrations';

/** `timeouts`: for callers that are not API requests (the ingest CLI); by default they follow the request budget. */
export async function openGraph(settings: Settings, options: { migrate?: boolean; timeouts?: DriverTimeouts } = {}): Promise<GraphClient> {
  const uri = settings.neo4j.uri ?? (await ensureLocalNeo4j(settings));
  const graph = await connect({ ...settings.neo4j, uri }, undefined, options.timeouts ?? driverTimeoutsFor(settings.server.requestTimeoutMs));
  try {
    if (options.migrate !== false) await migrate(graph);
  } catch (error) {
    await graph.close();
    throw error;
  }
  return graph;
}
