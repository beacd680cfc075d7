import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Starts a throwaway Neo4j when NEO4J_URI is unset; tests reach it through tests/support/neo4j.ts.
    globalSetup: ['tests/globalSetup.ts'],
    // Child processes, not threads: tests spawn CLIs and Java, and a crashed worker must not take the run down.
    pool: 'forks',
    // Generous: a real server on a 2-core machine, and some tests start their own Neo4j.
    testTimeout: 30_000,
    hookTimeout: 120_000,
    teardownTimeout: 60_000,
  },
});
