import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { afterAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT, loadSettings } from '../../src/config';
import { LocalNeo4jError, ensureLocalNeo4j, findJava, probePort, startLocalNeo4j, stopLocalNeo4j } from '../../src/graph/localNeo4j';
import { freePort, occupyPort } from '../support/ports';
import { runEntry, type RunResult } from '../support/runNode';
import { FAILS_FAST_MS, FAILS_FAST_TEST_MS } from '../support/bounds';

/** Runs `src/cli/db.ts` as `npm run db:*` would, with only the given NEO4J_* settings. */
function db(command: string, env: Record<string, string>): Promise<RunResult> {
  return runEntry('src/cli/db.ts', [command], env, 120000);
}

/** With NEO4J_URI set a machine may have no Java; only then is the server lifecycle test skipped. */
function javaAvailable(): boolean {
  try {
    findJava();
    return true;
  } catch {
    return false;
  }
}

const roots: string[] = [];
const started: Array<Record<string, string>> = [];
function localEnv(port: number): Record<string, string> {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'dg-db-cli-'));
  roots.push(root);
  return { NEO4J_BOLT_PORT: String(port), NEO4J_DATA_DIR: path.join(root, 'neo4j'), NEO4J_PASSWORD: 'cli-password-1' };
}

afterAll(async () => {
  // A failed assertion must not leave a server running.
  for (const env of started) await stopLocalNeo4j(loadSettings(env).local);
  for (const root of roots) fs.rmSync(root, { recursive: true, force: true });
});

describe('npm run db:*', () => {
  it('db:start without Java on PATH fails fast with one JAVA_MISSING line', async () => {
    const bin = fs.mkdtempSync(path.join(os.tmpdir(), 'dg-no-java-'));
    roots.push(bin);
    fs.symlinkSync(process.execPath, path.join(bin, 'node'));
    const env = { ...localEnv(await freePort()), PATH: bin, JAVA_HOME: '' };
    const result = await db('start', env);
    expect(result.code).toBe(1);
    expect(result.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^error JAVA_MISSING: Java 17 or newer is needed/)]);
    expect(result.stderr).toContain('apt-get install -y openjdk-17-jdk-headless');
    expect(result.ms).toBeLessThan(FAILS_FAST_MS);
  }, FAILS_FAST_TEST_MS);

  it('db:start on a port another program holds fails with PORT_IN_USE and no stack trace', async () => {
    const holder = await occupyPort();
    try {
      const result = await db('start', localEnv(holder.port));
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(new RegExp(`^error PORT_IN_USE: Port ${holder.port} .*NEO4J_BOLT_PORT`));
      expect(result.stderr).not.toMatch(/^\s+at /m);
      expect(result.ms).toBeLessThan(FAILS_FAST_MS);
    } finally {
      await holder.close();
    }
  }, FAILS_FAST_TEST_MS);

  it('an unknown command prints the usage and exits 1', async () => {
    const result = await db('frobnicate', localEnv(await freePort()));
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('usage: tsx src/cli/db.ts start|stop|status|build');
  });

  it.skipIf(!javaAvailable())('db:start, db:status and db:stop manage one detached server that others reuse', async () => {
    const env = localEnv(await freePort());
    const settings = loadSettings(env);
    const uri = `bolt://127.0.0.1:${env.NEO4J_BOLT_PORT}`;

    expect((await db('status', env)).stdout).toContain('Neo4j is not running');

    started.push(env);
    const start = await db('start', env);
    expect(start.stderr).toBe('');
    expect(start.code).toBe(0);
    expect(start.stdout).toContain(`Neo4j is ready at ${uri}`);
    const pid = Number(fs.readFileSync(`${settings.local.dataDir}.pid`, 'utf8').split('\n')[0]);
    expect(() => process.kill(pid, 0)).not.toThrow();

    const status = await db('status', env);
    expect(status.code).toBe(0);
    expect(status.stdout).toContain(`Neo4j is running at ${uri} (pid ${pid}`);

    // A second start, and the server's ensureLocalNeo4j, reuse the running server instead of fighting for the port.
    expect((await db('start', env)).stdout).toContain(`Neo4j is running at ${uri} (pid ${pid}`);
    await expect(ensureLocalNeo4j(settings)).resolves.toBe(uri);
    expect(fs.readFileSync(`${settings.local.dataDir}.pid`, 'utf8').split('\n')[0]).toBe(String(pid));

    // The password from NEO4J_PASSWORD is the one the server accepts.
    const driver = neo4j.driver(uri, neo4j.auth.basic('neo4j', 'cli-password-1'));
    try {
      const { records } = await driver.executeQuery('RETURN 41 + 1 AS answer');
      expect(records[0]?.get('answer').toNumber()).toBe(42);
    } finally {
      await driver.close();
    }

    // Another server on the same data folder is refused by Neo4j's store lock with a clear code.
    const other = await startLocalNeo4j({
      boltPort: await freePort(),
      dataDir: settings.local.dataDir,
      logFile: path.join(path.dirname(settings.local.dataDir), 'other.log'),
    }).then(
      async (handle) => {
        await handle.stop();
        return null;
      },
      (error: unknown) => error,
    );
    expect(other).toBeInstanceOf(LocalNeo4jError);
    expect(other).toMatchObject({ code: 'DATA_DIR_LOCKED', message: expect.stringContaining('npm run db:stop') });

    const stop = await db('stop', env);
    expect(stop.code).toBe(0);
    expect(stop.stdout).toContain(`Neo4j stopped (pid ${pid})`);
    // The process may linger as a zombie until its (re)parent reaps it, so check what matters: Bolt is gone.
    await expect(probePort(Number(env.NEO4J_BOLT_PORT))).resolves.toBe('closed');
    expect(fs.readFileSync(settings.local.logFile, 'utf8')).toContain('Neo4j stopped cleanly');
    expect(fs.existsSync(`${settings.local.dataDir}.pid`)).toBe(false);

    expect((await db('status', env)).stdout).toContain('Neo4j is not running');
    expect((await db('stop', env)).stdout).toContain('Neo4j is not running');
  }, 120_000);
});
