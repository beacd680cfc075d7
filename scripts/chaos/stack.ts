/**
 * The processes a chaos run drives, all on loopback and all started (and ended) by the run itself: a Neo4j
 * of its own (killed, stopped and restarted), the API as `tsx src/server.ts`, and the ingest CLI.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { PROJECT_ROOT } from '../../src/config';
import { startLocalNeo4j, type LocalNeo4jHandle } from '../../src/graph/localNeo4j';

export const PASSWORD = 'chaos-password-1';
export const EDITOR_KEY = 'chaos-editor-key-0123456789';

export class ChaosNeo4j {
  private handle: LocalNeo4jHandle | undefined;

  constructor(
    readonly boltPort: number,
    private readonly root: string,
  ) {}

  get uri(): string {
    return `bolt://127.0.0.1:${this.boltPort}`;
  }

  get running(): boolean {
    return this.handle !== undefined;
  }

  /** Starts (or restarts on the same data) and resolves once Bolt accepts the password; returns the ms it took. */
  async start(): Promise<number> {
    const started = performance.now();
    this.handle = await startLocalNeo4j({
      boltPort: this.boltPort,
      dataDir: path.join(this.root, 'neo4j'),
      logFile: path.join(this.root, 'neo4j.log'),
      password: PASSWORD,
      timeoutMs: 60_000,
      maxWaitMs: 180_000,
    });
    return performance.now() - started;
  }

  /** kill -9: no shutdown, no flush; the store recovers from its transaction log on the next start. */
  async kill(): Promise<void> {
    const handle = this.handle;
    this.handle = undefined;
    if (!handle) return;
    process.kill(handle.pid, 'SIGKILL');
    await handle.stop(5_000).catch(() => undefined);
  }

  /** A graceful stop (SIGTERM, as `npm run db:stop` sends). */
  async stop(): Promise<void> {
    const handle = this.handle;
    this.handle = undefined;
    await handle?.stop(60_000);
  }
}

export interface ApiProcess {
  origin: string;
  stop(): Promise<void>;
}

function tsx(args: string[], env: NodeJS.ProcessEnv): ChildProcess {
  return spawn(process.execPath, [path.join(PROJECT_ROOT, 'node_modules/tsx/dist/cli.mjs'), ...args], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

/** The API in its own process, as `npm start` runs it, so its /health answers are not the chaos driver's. */
export async function startApi(neo4j: ChaosNeo4j, port: number, emptyCorpus: string): Promise<ApiProcess> {
  const child = tsx(['src/server.ts'], {
    NEO4J_URI: neo4j.uri,
    NEO4J_USER: 'neo4j',
    NEO4J_PASSWORD: PASSWORD,
    PORT: String(port),
    HOST: '127.0.0.1',
    API_EDITOR_KEYS: EDITOR_KEY,
    CORPUS_DIR: emptyCorpus,
    NODE_ENV: 'production',
  });
  let output = '';
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`The API did not start within 120 s:\n${output}`)), 120_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (/API ready at/.test(output)) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`The API exited (${code}) before it was ready:\n${output}`));
    });
  });
  child.stdout!.resume();
  child.stderr!.resume();
  return {
    origin: `http://127.0.0.1:${port}`,
    async stop() {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

export interface IngestRun {
  /** Resolves with the exit code (null when it had to be killed) and the ms it ran. */
  done: Promise<{ code: number | null; ms: number; output: string }>;
  /** Ends it (its whole process group: npm and the tsx it started). */
  kill(): void;
}

/** `npm run ingest -- DIR` against the chaos Neo4j. */
export function runIngest(neo4j: ChaosNeo4j, dir: string): IngestRun {
  const started = performance.now();
  const child = spawn('npm', ['run', '--silent', 'ingest', '--', dir], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, NEO4J_URI: neo4j.uri, NEO4J_USER: 'neo4j', NEO4J_PASSWORD: PASSWORD },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const done = new Promise<{ code: number | null; ms: number; output: string }>((resolve) =>
    child.once('exit', (code) => resolve({ code, ms: performance.now() - started, output })),
  );
  return {
    done,
    kill() {
      if (child.exitCode === null && child.pid !== undefined) {
        try {
          process.kill(-child.pid, 'SIGKILL');
        } catch {
          // already gone
        }
      }
    },
  };
}

/** `npm run gen:corpus` into `dir`. */
export function generateCorpus(docs: number, seed: string, dir: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn('npm', ['run', '--silent', 'gen:corpus', '--', '--docs', String(docs), '--seed', seed, '--out', dir], {
      cwd: PROJECT_ROOT,
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`gen:corpus exited ${code}`))));
  });
}
