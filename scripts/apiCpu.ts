/**
 * The API's own CPU per request, which the machine's load moves far less than latency: starts the API
 * in-process (src/api/httpServer.ts, as `npm start` builds it) against a graph the bench left on a server,
 * sends each bench query's requests one at a time over loopback HTTP, and reports this process's CPU
 * (`process.cpuUsage()`, user + system, all threads) per request and the p50 of the sequential requests.
 * The client's share (writing the request, reading the raw answer) is small and the same for any API code.
 *
 *   BENCH_NEO4J_URI=bolt://127.0.0.1:PORT BENCH_NEO4J_USER=neo4j BENCH_NEO4J_PASSWORD=... \
 *     npx tsx scripts/apiCpu.ts [--root DIR] [--requests N] [--warmup N] [--queries lineage3,search] [--answers FILE]
 *
 * `--root DIR` loads the API, the bench's workloads and operations from another checkout (an older commit in
 * a worktree, its node_modules linked to this one's), so old and new code run the same script. `--answers
 * FILE` writes a sha256 per (query, variable set) of every answer, to compare two runs' answers byte for
 * byte. `--profile PREFIX` writes a CPU profile of each query's measured requests (`PREFIX.<query>.cpuprofile`,
 * for Chrome's DevTools or any .cpuprofile reader); the profiler's own cost then counts in the CPU figures.
 */
import 'reflect-metadata';
import { createHash } from 'node:crypto';
import http from 'node:http';
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import path from 'node:path';

interface Options {
  root: string;
  requests: number;
  warmup: number;
  queries: string[] | null;
  answers: string | null;
  profile: string | null;
}

function parseOptions(argv: string[]): Options {
  const value = (name: string): string | undefined => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  return {
    root: path.resolve(value('root') ?? path.join(path.dirname(new URL(import.meta.url).pathname), '..')),
    requests: Number(value('requests') ?? 200),
    warmup: Number(value('warmup') ?? 40),
    queries: value('queries')?.split(',') ?? null,
    answers: value('answers') ?? null,
    profile: value('profile') ?? null,
  };
}

const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });

function post(url: URL, body: string): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      url,
      { method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => (res.statusCode === 200 ? resolve(Buffer.concat(chunks)) : reject(new Error(`HTTP ${res.statusCode}: ${Buffer.concat(chunks).toString().slice(0, 300)}`))));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

/** This process's CPU time so far, ms: user, system. */
const cpuMs = (): [number, number] => {
  const u = process.cpuUsage();
  return [u.user / 1000, u.system / 1000];
};

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  const uri = process.env.BENCH_NEO4J_URI;
  if (!uri) throw new Error('Set BENCH_NEO4J_URI (and BENCH_NEO4J_USER, BENCH_NEO4J_PASSWORD) to the server holding the bench graph.');
  // As the bench runs the API (bench/sections/queries.ts): graphql picks its production checks when it loads.
  process.env.NODE_ENV ??= 'production';
  const from = (file: string) => import(path.join(options.root, file));
  const { loadSettings } = await from('src/config.ts');
  const { connect } = await from('src/graph/driver.ts');
  const { buildApiSchema } = await from('src/api/schema.ts');
  const { createLoaders } = await from('src/api/loaders.ts');
  const { startHttpServer } = await from('src/api/httpServer.ts');
  const { pickTargets, querySpecs } = await from('bench/lib/workloads.ts');

  const settings = loadSettings({ ...process.env, NEO4J_URI: uri, NEO4J_USER: process.env.BENCH_NEO4J_USER, NEO4J_PASSWORD: process.env.BENCH_NEO4J_PASSWORD });
  const graph = await connect({ ...settings.neo4j, uri });
  const schema = await buildApiSchema();
  const running = await startHttpServer({ schema, graph, settings, createLoaders, port: 0, host: '127.0.0.1' });
  const url = new URL(running.url);
  try {
    const targets = await pickTargets(graph, 20);
    const specs = (querySpecs() as { id: string; api: { query: string; variables: (t: unknown) => Record<string, unknown>[] } }[]).filter(
      (s) => !options.queries || options.queries.includes(s.id),
    );
    const answers: Record<string, Record<string, string[]>> = {};
    console.log(`root ${options.root}; ${options.requests} requests per query after ${options.warmup} warm-up, one at a time`);
    console.log('| query | CPU ms / request | of which system | p50 ms | mean answer KB |');
    console.log('|---|---|---|---|---|');
    for (const spec of specs) {
      const variables = spec.api.variables(targets).slice(0, 20);
      const bodies = variables.map((v) => JSON.stringify({ query: spec.api.query, variables: v }));
      for (let i = 0; i < options.warmup; i++) await post(url, bodies[i % bodies.length]!);
      const times: number[] = [];
      const outputs: Buffer[] = [];
      const profiler = options.profile ? new Session() : null;
      if (profiler) {
        profiler.connect();
        await profiler.post('Profiler.enable');
        await profiler.post('Profiler.start');
      }
      const before = cpuMs();
      for (let i = 0; i < options.requests; i++) {
        const started = performance.now();
        outputs.push(await post(url, bodies[i % bodies.length]!));
        times.push(performance.now() - started);
      }
      const after = cpuMs();
      if (profiler) {
        const { profile } = await profiler.post('Profiler.stop');
        writeFileSync(`${options.profile}.${spec.id}.cpuprofile`, JSON.stringify(profile));
        profiler.disconnect();
      }
      const user = (after[0] - before[0]) / options.requests;
      const system = (after[1] - before[1]) / options.requests;
      times.sort((a, b) => a - b);
      const p50 = times[Math.floor(times.length / 2)]!;
      const kb = outputs.reduce((n, b) => n + b.length, 0) / outputs.length / 1024;
      console.log(`| ${spec.id} | ${(user + system).toFixed(2)} | ${system.toFixed(2)} | ${p50.toFixed(1)} | ${kb.toFixed(1)} |`);
      const byBody: Record<string, string[]> = {};
      outputs.forEach((out, i) => {
        const text = out.toString('utf8');
        if (text.includes('"errors"')) throw new Error(`${spec.id} answered with errors: ${text.slice(0, 500)}`);
        const key = JSON.stringify(variables[i % variables.length]);
        const hash = createHash('sha256').update(out).digest('hex');
        const seen = (byBody[key] ??= []);
        if (!seen.includes(hash)) seen.push(hash);
      });
      answers[spec.id] = byBody;
    }
    if (options.answers) writeFileSync(options.answers, JSON.stringify(answers, null, 1));
  } finally {
    agent.destroy();
    await running.close().catch(() => undefined);
    running.server.close();
    await graph.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
