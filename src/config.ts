/**
 * Every setting the product reads from the environment, in one place, with its default.
 * The README's configuration table mirrors this file.
 */
import path from 'node:path';

export interface Neo4jSettings {
  /** Set when the user brings a server; null means "start the local one". */
  uri: string | null;
  user: string;
  password: string;
  database: string | undefined;
}

export interface LocalNeo4jSettings {
  boltPort: number;
  dataDir: string;
  logFile: string;
}

export interface ServerSettings {
  port: number;
  host: string;
  /** API keys allowed to run mutations. */
  editorKeys: string[];
  /** When non-empty, reads also need a key (reader or editor). */
  readerKeys: string[];
  requestTimeoutMs: number;
  development: boolean;
}

export interface Settings {
  neo4j: Neo4jSettings;
  local: LocalNeo4jSettings;
  server: ServerSettings;
  maxDocumentBytes: number;
  corpusDir: string;
}

function intFrom(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) {
    throw new ConfigError(`${name} must be a non-negative whole number, got "${raw}".`);
  }
  return value;
}

function listFrom(env: NodeJS.ProcessEnv, name: string): string[] {
  return (env[name] ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}

/**
 * How long the Neo4j driver may wait, derived from the request budget so that a database that goes away is
 * reported well within one request (DATABASE_UNAVAILABLE within 2 s with the default 15 s budget), not after
 * the driver's defaults (30 s connect, 60 s pool wait, 30 s of retries).
 */
export interface DriverTimeouts {
  /** Opening the TCP connection (the driver's own timeout stops there; the Bolt handshake counts against the acquisition). */
  connectionTimeoutMs: number;
  /** Waiting for a free connection in the pool (all busy) or a new one, handshake included. */
  connectionAcquisitionTimeoutMs: number;
  /** Retrying a transaction that failed with a transient error (deadlock, leader switch); see src/graph/retryPolicy.ts. */
  maxTransactionRetryTimeMs: number;
}

export function driverTimeoutsFor(requestBudgetMs: number): DriverTimeouts {
  const clamp = (value: number, low: number, high: number) => Math.round(Math.min(Math.max(value, low), high));
  // A quick failure (a pooled connection that died), the retry's delay and one connection attempt that times
  // out (src/graph/driver.ts) must fit in the 2 s promised for a lost database, with margin.
  const connectionTimeoutMs = clamp(requestBudgetMs / 20, 250, 800);
  return {
    connectionTimeoutMs,
    // Also the bound on a connection whose server accepts it and never answers (connectionTimeoutMs covers
    // the TCP connect only), so it stays inside the 2 s too; a pool that stays busy that long is overloaded.
    connectionAcquisitionTimeoutMs: clamp(requestBudgetMs / 12, connectionTimeoutMs, 10_000),
    maxTransactionRetryTimeMs: clamp(requestBudgetMs / 3, 0, 10_000),
  };
}

export class ConfigError extends Error {
  readonly code = 'CONFIG_INVALID';
}

// One folder below the root, in src/ as in the server's bundle (dist/, scripts/buildServer.mjs).
export const PROJECT_ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');

export function loadSettings(env: NodeJS.ProcessEnv = process.env): Settings {
  const dataDir = path.resolve(PROJECT_ROOT, env.NEO4J_DATA_DIR ?? '.data/neo4j');
  return {
    neo4j: {
      uri: env.NEO4J_URI?.trim() || null,
      user: env.NEO4J_USER ?? 'neo4j',
      password: env.NEO4J_PASSWORD ?? 'directive-graph',
      database: env.NEO4J_DATABASE?.trim() || undefined,
    },
    local: {
      boltPort: intFrom(env, 'NEO4J_BOLT_PORT', 7687),
      dataDir,
      logFile: path.resolve(PROJECT_ROOT, env.NEO4J_LOG_FILE ?? path.join(dataDir, '..', 'neo4j.log')),
    },
    server: {
      port: intFrom(env, 'PORT', 4000),
      host: env.HOST ?? '127.0.0.1',
      editorKeys: listFrom(env, 'API_EDITOR_KEYS'),
      readerKeys: listFrom(env, 'API_READER_KEYS'),
      requestTimeoutMs: intFrom(env, 'REQUEST_TIMEOUT_MS', 15000),
      development: env.NODE_ENV === 'development',
    },
    maxDocumentBytes: intFrom(env, 'MAX_DOCUMENT_BYTES', 2 * 1024 * 1024),
    corpusDir: path.resolve(PROJECT_ROOT, env.CORPUS_DIR ?? 'data'),
  };
}
