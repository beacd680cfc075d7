/**
 * The Neo4j every integration test talks to: the throwaway server tests/globalSetup.ts started, or the one
 * NEO4J_URI names. Tests isolate their data (their own keys or labels) because they share it.
 */
import { inject } from 'vitest';

export interface TestNeo4jSettings {
  uri: string;
  user: string;
  password: string;
  database: string | undefined;
  /** True when global setup started the server for this run (so tests may assume a fresh, local one). */
  throwaway: boolean;
}

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: TestNeo4jSettings;
  }
}

/** Connection settings for the test server. Only callable inside a test file (it uses vitest's `inject`). */
export function testNeo4jSettings(): TestNeo4jSettings {
  const provided = inject('neo4j');
  if (!provided) {
    throw new Error('No test Neo4j was provided: run tests through vitest with tests/globalSetup.ts (npm test).');
  }
  return { ...provided };
}
