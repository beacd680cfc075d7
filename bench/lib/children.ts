/**
 * Worker processes of the benchmark: the API server, the peer server, the load generators and the ingester
 * each run in their own process, so a load generator never shares a CPU queue with what it measures and
 * each process's peak RSS is its own. A worker prints JSON lines on stdout (`{"event": ...}`) and exits when
 * its stdin closes, so it cannot outlive the benchmark.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { createInterface } from 'node:readline';

export const BENCH_DIR = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');

export interface WorkerEvent {
  event: string;
  [key: string]: unknown;
}

export interface Worker {
  pid: number;
  /** Resolves with the first event of that name; rejects when the worker exits first. */
  next(event: string, timeoutMs?: number): Promise<WorkerEvent>;
  /** Closes stdin (the worker's signal to stop) and waits for the exit, SIGKILL after `timeoutMs`. */
  stop(timeoutMs?: number): Promise<void>;
  stderr(): string;
}

/**
 * The API worker's bundle (scripts/buildServer.mjs), set by bench/run.ts once it has built it from the current
 * sources; until then, or when it could not be built, the worker runs from its sources through tsx. A bundle that
 * merely exists could be older than the tree, and would measure other code.
 */
let apiWorkerBundle: string | null = null;

export function useApiWorkerBundle(file: string | null): void {
  apiWorkerBundle = file;
}

/** Node's arguments for the API worker: the current bundle, or the sources through tsx. */
export function apiWorkerEntry(): string[] {
  return apiWorkerBundle ? [apiWorkerBundle] : ['--import', 'tsx', path.join(BENCH_DIR, 'workers', 'api.ts')];
}

export function startWorker(script: string, args: string[] = [], env: NodeJS.ProcessEnv = {}): Worker {
  const entry = script === 'api.ts' ? apiWorkerEntry() : ['--import', 'tsx', path.join(BENCH_DIR, 'workers', script)];
  const child: ChildProcess = spawn(process.execPath, [...entry, ...args], {
    cwd: path.resolve(BENCH_DIR, '..'),
    env: { ...process.env, ...env },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  const events: WorkerEvent[] = [];
  const waiters: { event: string; resolve: (e: WorkerEvent) => void; reject: (e: Error) => void }[] = [];
  let stderr = '';
  let exited: { code: number | null; signal: NodeJS.Signals | null } | null = null;
  child.stderr!.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
    if (stderr.length > 20_000) stderr = stderr.slice(-20_000);
  });
  createInterface({ input: child.stdout! }).on('line', (line) => {
    if (!line.startsWith('{')) return;
    let e: WorkerEvent;
    try {
      e = JSON.parse(line) as WorkerEvent;
    } catch {
      return;
    }
    // An error event fails the oldest waiter, whatever it waits for.
    const i = e.event === 'error' ? (waiters.length ? 0 : -1) : waiters.findIndex((w) => w.event === e.event);
    if (i < 0) events.push(e);
    else if (e.event === 'error') waiters.splice(i, 1)[0]!.reject(new Error(String(e.message)));
    else waiters.splice(i, 1)[0]!.resolve(e);
  });
  const exitPromise = new Promise<void>((resolve) => {
    child.on('exit', (code, signal) => {
      exited = { code, signal };
      for (const w of waiters.splice(0)) {
        w.reject(new Error(`worker ${script} exited (${code ?? signal}) before "${w.event}": ${lastLines(stderr)}`));
      }
      resolve();
    });
  });
  child.stdin!.on('error', () => undefined);
  return {
    pid: child.pid!,
    next(event, timeoutMs = 600_000) {
      const i = events.findIndex((e) => e.event === event || e.event === 'error');
      if (i >= 0) {
        const e = events.splice(i, 1)[0]!;
        return e.event === 'error' ? Promise.reject(new Error(String(e.message))) : Promise.resolve(e);
      }
      if (exited) return Promise.reject(new Error(`worker ${script} has exited: ${lastLines(stderr)}`));
      return new Promise<WorkerEvent>((resolve, reject) => {
        const waiter = { event, resolve: (e: WorkerEvent) => done(() => resolve(e)), reject: (err: Error) => done(() => reject(err)) };
        const timer = setTimeout(() => {
          waiters.splice(waiters.indexOf(waiter), 1);
          reject(new Error(`worker ${script} sent no "${event}" within ${timeoutMs / 1000} s`));
        }, timeoutMs);
        const done = (fn: () => void) => {
          clearTimeout(timer);
          fn();
        };
        waiters.push(waiter);
      });
    },
    async stop(timeoutMs = 15_000) {
      if (exited) return;
      child.stdin!.end();
      const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
      await exitPromise;
      clearTimeout(timer);
    },
    stderr: () => stderr,
  };
}

function lastLines(text: string, n = 8): string {
  return text.trimEnd().split('\n').slice(-n).join('\n');
}

/** For workers: send one event to the parent. */
export function emit(event: string, data: Record<string, unknown> = {}): void {
  process.stdout.write(`${JSON.stringify({ event, ...data })}\n`);
}

/** For workers: resolves when the parent closes stdin. */
export function parentGone(): Promise<void> {
  return new Promise((resolve) => {
    process.stdin.on('end', resolve);
    process.stdin.on('close', resolve);
    process.stdin.resume();
  });
}

/** For workers: report an error as an event and exit 1. */
export function runWorker(main: () => Promise<void>): void {
  main().catch((error: unknown) => {
    emit('error', { message: error instanceof Error ? `${error.message}` : String(error), code: (error as { code?: string })?.code });
    process.exitCode = 1;
    setTimeout(() => process.exit(1), 100);
  });
}
