/**
 * Per-request context: the graph connection, the caller's role, and a fresh set of DataLoaders (one per
 * request, so batching never leaks data between callers).
 */
import type { GraphClient } from '../graph/driver';
import type { ApiLoaders } from './loaders';

export type Role = 'anonymous' | 'reader' | 'editor';

export interface ApiContext {
  graph: GraphClient;
  role: Role;
  /** Who the caller is in a task's history: the editor key's label, never the key (src/api/auth.ts). */
  actor?: string;
  /** This request's DataLoaders (src/api/loaders.ts), bound to its deadline. */
  loaders: ApiLoaders;
  /** Aborts long work when the request's time budget runs out. */
  deadline: number;
}
