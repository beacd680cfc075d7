/**
 * HTTP clients of a chaos run: a well-behaved client (a document lookup and a /health probe, each in a loop),
 * query load, and one-off calls; every answer is recorded with its time, latency and error code.
 */
import { spawn } from 'node:child_process';

export interface Sample {
  /** performance.now() when the answer arrived. */
  at: number;
  kind: string;
  ms: number;
  ok: boolean;
  /** extensions.code of the first error, HTTP_<status>, NETWORK or CLIENT_TIMEOUT. */
  code: string | null;
}

export class Recorder {
  readonly samples: Sample[] = [];

  add(sample: Sample): void {
    this.samples.push(sample);
  }

  window(kind: string, from: number, to: number): Sample[] {
    return this.samples.filter((s) => s.kind === kind && s.at >= from && s.at <= to);
  }
}

export interface Answer {
  ok: boolean;
  status: number;
  code: string | null;
  ms: number;
  body: any;
}

/** One GraphQL POST; never throws. */
export async function graphql(
  origin: string,
  query: string,
  variables: Record<string, unknown> = {},
  options: { headers?: Record<string, string>; timeoutMs?: number; rawBody?: string } = {},
): Promise<Answer> {
  const started = performance.now();
  try {
    const response = await fetch(`${origin}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...options.headers },
      body: options.rawBody ?? JSON.stringify({ query, variables }),
      signal: AbortSignal.timeout(options.timeoutMs ?? 30_000),
    });
    const text = await response.text();
    let body: any = null;
    try {
      body = JSON.parse(text);
    } catch {
      body = text;
    }
    const code = body?.errors?.[0]?.extensions?.code ?? (response.status >= 400 ? `HTTP_${response.status}` : null);
    return { ok: response.ok && !body?.errors, status: response.status, code, ms: performance.now() - started, body };
  } catch (error) {
    const name = (error as Error).name;
    return { ok: false, status: 0, code: name === 'TimeoutError' ? 'CLIENT_TIMEOUT' : 'NETWORK', ms: performance.now() - started, body: null };
  }
}

export async function getPath(origin: string, pathname: string, timeoutMs = 10_000): Promise<Answer> {
  const started = performance.now();
  try {
    const response = await fetch(`${origin}${pathname}`, { signal: AbortSignal.timeout(timeoutMs) });
    const body = await response.json().catch(() => null);
    return { ok: response.ok, status: response.status, code: response.ok ? null : `HTTP_${response.status}`, ms: performance.now() - started, body };
  } catch (error) {
    const name = (error as Error).name;
    return { ok: false, status: 0, code: name === 'TimeoutError' ? 'CLIENT_TIMEOUT' : 'NETWORK', ms: performance.now() - started, body: null };
  }
}

export interface Loop {
  stop(): Promise<void>;
}

/** Runs `step` again and again (with `pauseMs` between) until stopped. */
export function loop(step: () => Promise<void>, pauseMs: number): Loop {
  let running = true;
  const done = (async () => {
    while (running) {
      await step();
      // Always through the timer queue: a step that returns at once must not starve timers (and the run's limit).
      await new Promise((resolve) => setTimeout(resolve, pauseMs));
    }
  })();
  return {
    async stop() {
      running = false;
      await done;
    },
  };
}

const LOOKUP = 'query($id: ID!) { document(id: $id) { key title } }';

/** The well-behaved client: one document lookup at a time, and a /health probe every 50 ms. */
export function wellBehavedClient(origin: string, keys: string[], recorder: Recorder): Loop {
  let next = 0;
  const lookups = loop(async () => {
    const id = keys[next++ % keys.length]!;
    const answer = await graphql(origin, LOOKUP, { id });
    recorder.add({ at: performance.now(), kind: 'lookup', ms: answer.ms, ok: answer.ok && answer.body?.data?.document?.key === id, code: answer.code });
  }, 50);
  const health = healthProbe(origin, recorder);
  return {
    async stop() {
      await Promise.all([lookups.stop(), health.stop()]);
    },
  };
}

/**
 * The /health probe, every 50 ms, in a process of its own: in the driver's process it would also time the
 * driver's own work (attack loops that JSON.stringify and send megabytes), not only the API's answer.
 */
const PROBE = `
const origin = process.argv[1];
let running = true;
process.stdin.on('end', () => (running = false)).resume();
(async () => {
  while (running) {
    const started = performance.now();
    let ok = false, code = null;
    try {
      const response = await fetch(origin + '/health', { signal: AbortSignal.timeout(5000) });
      await response.text();
      ok = response.ok;
      code = ok ? null : 'HTTP_' + response.status;
    } catch (error) {
      code = error.name === 'TimeoutError' ? 'CLIENT_TIMEOUT' : 'NETWORK';
    }
    const ms = performance.now() - started;
    process.stdout.write(JSON.stringify({ at: performance.timeOrigin + performance.now(), ms, ok, code }) + '\\n');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
})();
`;

function healthProbe(origin: string, recorder: Recorder): Loop {
  const child = spawn(process.execPath, ['-e', PROBE, origin], { stdio: ['pipe', 'pipe', 'inherit'] });
  let pending = '';
  child.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
    pending += chunk;
    const lines = pending.split('\n');
    pending = lines.pop()!;
    for (const line of lines) {
      const sample = JSON.parse(line) as { at: number; ms: number; ok: boolean; code: string | null };
      // Epoch milliseconds -> this process's performance.now() scale.
      recorder.add({ at: sample.at - performance.timeOrigin, kind: 'health', ms: sample.ms, ok: sample.ok, code: sample.code });
    }
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return {
    async stop() {
      child.stdin!.end();
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

const LOAD_QUERIES = [
  '{ documents(first: 20) { totalCount nodes { key citations(first: 5) { nodes { relation to { key } } } } } }',
  '{ tasks(first: 20) { totalCount nodes { text dueBy assignments { role body { name } } } } }',
  '{ bodies(first: 20) { nodes { name tasks(first: 3) { totalCount } } } }',
];

/** `concurrency` loops of ordinary list queries (the "query load" of the fault phases). */
export function queryLoad(origin: string, concurrency: number, recorder: Recorder): Loop {
  const loops = Array.from({ length: concurrency }, (_, i) => {
    let n = i;
    return loop(async () => {
      const answer = await graphql(origin, LOAD_QUERIES[n++ % LOAD_QUERIES.length]!);
      recorder.add({ at: performance.now(), kind: 'load', ms: answer.ms, ok: answer.ok, code: answer.code });
    }, 0);
  });
  return {
    async stop() {
      await Promise.all(loops.map((l) => l.stop()));
    },
  };
}

export function percentile(values: number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}
