/**
 * Runs once per `vitest run`, in the main process. Without NEO4J_URI it starts a throwaway Neo4j (the project's
 * launcher, attached: it cannot outlive the run) on a free port with a temporary data folder, and removes both
 * afterwards. Tests get the connection through `testNeo4jSettings()`; the NEO4J_* variables are also set so
 * code under test that calls `loadSettings()` reaches the same server.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { startLocalNeo4j, type LocalNeo4jHandle } from '../src/graph/localNeo4j';
import type { TestNeo4jSettings } from './support/neo4j';
import { freePort } from './support/ports';

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const external = process.env.NEO4J_URI?.trim();
  if (external) {
    project.provide('neo4j', {
      uri: external,
      user: process.env.NEO4J_USER ?? 'neo4j',
      password: process.env.NEO4J_PASSWORD ?? 'directive-graph',
      database: process.env.NEO4J_DATABASE?.trim() || undefined,
      throwaway: false,
    } satisfies TestNeo4jSettings);
    return async () => undefined;
  }

  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'directive-graph-test-'));
  const password = 'test-password-1';
  const started = Date.now();
  let server: LocalNeo4jHandle;
  try {
    server = await startLocalNeo4j({
      boltPort: await freePort(),
      dataDir: path.join(root, 'neo4j'),
      logFile: path.join(root, 'neo4j.log'),
      password,
      // Tests prove wrong passwords fail; Neo4j's lock-out after 3 would then fail unrelated tests for 5 s.
      authLockout: false,
      // A loaded CI machine gets more patience than the 30 s of silence users get.
      timeoutMs: 60_000,
      maxWaitMs: 600_000,
      log: (line) => console.log(line),
    });
  } catch (error) {
    fs.rmSync(root, { recursive: true, force: true });
    throw error;
  }
  console.log(`Test Neo4j ready at ${server.uri} in ${((Date.now() - started) / 1000).toFixed(1)} s (data ${root}).`);

  const settings: TestNeo4jSettings = { uri: server.uri, user: 'neo4j', password, database: undefined, throwaway: true };
  project.provide('neo4j', settings);
  // Workers are forked after global setup and inherit these.
  process.env.NEO4J_URI = settings.uri;
  process.env.NEO4J_USER = settings.user;
  process.env.NEO4J_PASSWORD = settings.password;
  delete process.env.NEO4J_DATABASE;

  return async () => {
    await server.stop();
    fs.rmSync(root, { recursive: true, force: true });
  };
}
