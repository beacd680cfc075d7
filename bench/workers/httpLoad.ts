/**
 * Load generator: autocannon against a GraphQL endpoint on loopback, cycling through request bodies (so one
 * cached answer cannot stand for all), bounded by duration. Reports latency percentiles over every response.
 * Arg: path of a JSON config { url, bodies, connections, durationSec, warmupSec, timeoutSec }.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpuWindow, type WatchedPids } from '../lib/cpuPerAnswer';
import { summarizeLatencies } from '../lib/stats';
import { emit, runWorker } from '../lib/children';

interface Config {
  url: string;
  bodies: string[];
  connections: number;
  durationSec: number;
  warmupSec: number;
  timeoutSec: number;
  /** Local processes (the server loaded, Neo4j) whose CPU per answer is reported beside this client's. */
  watchPids?: WatchedPids;
}

interface AutocannonResult {
  requests: { total: number; average: number };
  duration: number;
  errors: number;
  timeouts: number;
  non2xx: number;
  '2xx': number;
}

interface Tracker extends PromiseLike<AutocannonResult> {
  on(event: 'response', fn: (client: unknown, status: number, bytes: number, ms: number) => void): void;
  on(event: 'start', fn: () => void): void;
}

const require = createRequire(import.meta.url);
const autocannon = require('autocannon') as (opts: Record<string, unknown>) => Tracker;

runWorker(async () => {
  const config = JSON.parse(readFileSync(process.argv[2]!, 'utf8')) as Config;
  let i = 0;
  const latencies: number[] = [];
  let bad = 0;
  const tracker = autocannon({
    url: config.url,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    connections: config.connections,
    duration: config.durationSec,
    timeout: config.timeoutSec,
    warmup: config.warmupSec > 0 ? { connections: config.connections, duration: config.warmupSec } : undefined,
    requests: [{ setupRequest: (req: Record<string, unknown>) => ({ ...req, body: config.bodies[i++ % config.bodies.length] }) }],
  });
  // The measured phase's start (the warm-up runs on a tracker of its own, which this one does not hear).
  let cpu: ReturnType<typeof cpuWindow> | null = null;
  tracker.on('start', () => {
    cpu = cpuWindow(config.watchPids);
  });
  tracker.on('response', (_client, status, _bytes, ms) => {
    latencies.push(ms);
    if (status !== 200) bad++;
  });
  const result = await tracker;
  const cpuMs = (cpu as ReturnType<typeof cpuWindow> | null)?.end(latencies.length) ?? null;
  emit('result', {
    ...summarizeLatencies(latencies),
    requests: result.requests.total,
    seconds: result.duration,
    rps: result.requests.total / Math.max(result.duration, 1e-9),
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    non200: bad,
    cpuMs,
  });
});
