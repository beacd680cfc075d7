import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { afterAll, describe, expect, it } from 'vitest';
import {
  LAUNCHER_DIR,
  LocalNeo4jError,
  ensureNeo4jBuilt,
  findJava,
  launcherCommand,
  startLocalNeo4j,
} from '../../src/graph/localNeo4j';
import { testNeo4jSettings } from '../support/neo4j';
import { freePort, occupyPort } from '../support/ports';
import { FAILS_FAST_MS, FAILS_FAST_TEST_MS, msSince } from '../support/bounds';

const tempRoots: string[] = [];
function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dg-local-neo4j-'));
  tempRoots.push(dir);
  return dir;
}
afterAll(() => tempRoots.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

/** A PATH holding only symlinks to the named programs, to simulate a machine without the others. */
function pathWith(...programs: string[]): string {
  const bin = tempDir();
  for (const program of programs) {
    const found = spawnSync('sh', ['-c', `command -v ${program}`], { encoding: 'utf8' }).stdout.trim();
    if (!found) throw new Error(`${program} is not installed on this machine`);
    fs.symlinkSync(fs.realpathSync(found), path.join(bin, program));
  }
  return bin;
}

async function rejection(promise: Promise<unknown>): Promise<LocalNeo4jError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(LocalNeo4jError);
    return error as LocalNeo4jError;
  }
  throw new Error('expected a LocalNeo4jError, but the call succeeded');
}

/** With NEO4J_URI set a machine may have no Java; only then are the tests that run the launcher skipped. */
const javaMissing = (() => {
  try {
    findJava();
    return false;
  } catch {
    return true;
  }
})();

describe('local Neo4j failures name the cause and the fix', () => {
  it('refuses a port another program holds with PORT_IN_USE before starting Java', async () => {
    const holder = await occupyPort();
    const root = tempDir();
    try {
      const started = Date.now();
      const error = await rejection(
        startLocalNeo4j({ boltPort: holder.port, dataDir: path.join(root, 'neo4j'), logFile: path.join(root, 'neo4j.log') }),
      );
      expect(error.code).toBe('PORT_IN_USE');
      expect(error.message).toContain(`Port ${holder.port}`);
      expect(error.message).toContain('NEO4J_BOLT_PORT');
      // Before starting Java: nothing was created, and it did not wait for a start.
      expect(fs.existsSync(path.join(root, 'neo4j'))).toBe(false);
      expect(msSince(started)).toBeLessThan(FAILS_FAST_MS);
    } finally {
      await holder.close();
    }
  }, FAILS_FAST_TEST_MS);

  it.skipIf(javaMissing)('the launcher itself answers a taken port with one failure line and exit code 2', async () => {
    const holder = await occupyPort();
    const root = tempDir();
    try {
      const { command, args } = launcherCommand({
        java: findJava(),
        boltPort: holder.port,
        dataDir: path.join(root, 'neo4j'),
        logFile: path.join(root, 'neo4j.log'),
        detached: true,
      });
      const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
      let stdout = '';
      child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
      const exitCode = await new Promise<number | null>((resolve) => child.on('close', resolve));
      expect(exitCode).toBe(2);
      expect(stdout.trim().split('\n')).toEqual([
        expect.stringMatching(new RegExp(`^neo4j failed \\[PORT_IN_USE\\]: port ${holder.port} on 127\\.0\\.0\\.1 is already in use`)),
      ]);
    } finally {
      await holder.close();
    }
  });

  it('reports a data folder it cannot create as NEO4J_START_FAILED, naming the folder', async () => {
    const root = tempDir();
    const blocker = path.join(root, 'not-a-folder');
    fs.writeFileSync(blocker, '');
    const error = await rejection(
      startLocalNeo4j({ boltPort: 1, dataDir: path.join(blocker, 'neo4j'), logFile: path.join(root, 'neo4j.log') }),
    );
    expect(error.code).toBe('NEO4J_START_FAILED');
    expect(error.message).toContain(`Cannot create the folder ${path.join(blocker, 'neo4j')}`);
    expect(error.message).toContain('NEO4J_DATA_DIR');
  });

  it.skipIf(javaMissing)('gives up at the time limit with NEO4J_START_TIMEOUT and leaves no process behind', async () => {
    const root = tempDir();
    const dataDir = path.join(root, 'neo4j');
    const started = Date.now();
    const error = await rejection(
      startLocalNeo4j({ boltPort: await freePort(), dataDir, logFile: path.join(root, 'neo4j.log'), timeoutMs: 5000, maxWaitMs: 1000 }),
    );
    expect(error.code).toBe('NEO4J_START_TIMEOUT');
    expect(error.message).toMatch(/did not become ready within 1 s; it was stopped\..*Last lines of .*neo4j\.log/s);
    expect(msSince(started)).toBeLessThan(FAILS_FAST_MS);
    const survivors = fs
      .readdirSync('/proc')
      .filter((entry) => /^\d+$/.test(entry))
      .filter((pid) => {
        try {
          return fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(dataDir) && !/^\d+ \(.*\) Z/.test(fs.readFileSync(`/proc/${pid}/stat`, 'utf8'));
        } catch {
          return false;
        }
      });
    expect(survivors).toEqual([]);
  }, FAILS_FAST_TEST_MS);

  it('reports JAVA_MISSING at once when java is not on PATH', async () => {
    const env = { PATH: pathWith('node') };
    expect(() => findJava(env)).toThrow(expect.objectContaining({ code: 'JAVA_MISSING' }));
    const root = tempDir();
    const started = Date.now();
    const error = await rejection(
      startLocalNeo4j({ boltPort: 1, dataDir: path.join(root, 'neo4j'), logFile: path.join(root, 'neo4j.log'), env }),
    );
    expect(error.code).toBe('JAVA_MISSING');
    expect(error.message).toMatch(/Java 17.*not on PATH.*Install it.*NEO4J_URI/s);
    expect(msSince(started)).toBeLessThan(FAILS_FAST_MS);
  }, FAILS_FAST_TEST_MS);

  it.skipIf(javaMissing)('reports MAVEN_MISSING when the launcher must be built and mvn is not on PATH', async () => {
    const launcherDir = tempDir();
    fs.copyFileSync(path.join(LAUNCHER_DIR, 'pom.xml'), path.join(launcherDir, 'pom.xml'));
    const error = await rejection(ensureNeo4jBuilt({ launcherDir, env: { PATH: pathWith('java') } }));
    expect(error.code).toBe('MAVEN_MISSING');
    expect(error.message).toMatch(/Maven.*`mvn` is not on PATH.*apt-get install -y maven/s);
  });
});

describe('the test server', () => {
  const settings = testNeo4jSettings();

  it('answers a real Cypher round trip with the configured password', async () => {
    const driver = neo4j.driver(settings.uri, neo4j.auth.basic(settings.user, settings.password));
    try {
      const { records } = await driver.executeQuery('RETURN $text AS text', { text: 'cải cách hành chính' }, { database: settings.database });
      expect(records[0]?.get('text')).toBe('cải cách hành chính');
    } finally {
      await driver.close();
    }
  });

  it('refuses a wrong password with an authentication error, without waiting', async () => {
    const driver = neo4j.driver(settings.uri, neo4j.auth.basic(settings.user, `${settings.password}-wrong`));
    const started = Date.now();
    try {
      await expect(driver.verifyConnectivity()).rejects.toMatchObject({ code: 'Neo.ClientError.Security.Unauthorized' });
    } finally {
      await driver.close();
    }
    expect(msSince(started)).toBeLessThan(FAILS_FAST_MS);
  }, FAILS_FAST_TEST_MS);
});
