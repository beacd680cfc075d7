/**
 * The API's own CPU per request, which the machine's load moves far less than latency: starts the API
 * in-process (src/api/httpServer.ts, as `npm start` builds it) against a graph the bench left on a server,
 * sends each bench query's requests one at a time over loopback HTTP, and reports this process's CPU
 * (`process.cpuUsage()`, user + system, all threads) per request and the p50 of the sequential requests.
 * The client's share (writing the request, reading the raw answer) is small and the same for any API code.
 *
 *   BENCH_NEO4J_URI=bolt://127.0.0.1:PORT BENCH_NEO4J_USER=neo4j BENCH_NEO4J_PASSWORD=... \
 *     npx tsx scripts/apiCpu.ts [--root DIR] [--requests N] [--warmup N] [--queries lineage3,search] [--answers FILE]
 *       [--profile PREFIX] [--floor [--neo4j-pid PID]] [--bare] [--peer] [--api-process tsx|dist]
 *
 * `--root DIR` loads the API, the bench's workloads and operations from another checkout (an older commit in
 * a worktree, its node_modules linked to this one's), so old and new code run the same script (run it from DIR:
 * tsx compiles DIR's decorators with the tsconfig of the folder it starts in). `--answers
 * FILE` writes a sha256 per (query, variable set) of every answer, to compare two runs' answers byte for
 * byte. `--profile PREFIX` writes a CPU profile of each query's measured requests (`PREFIX.<query>.cpuprofile`,
 * for Chrome's DevTools or any .cpuprofile reader); the profiler's own cost then counts in the CPU figures.
 *
 * `--floor` splits the gap between a request and its Cypher: it records the statements each request runs (as
 * the bench's floor does, bench/lib/replay.ts), replays them one request at a time through a driver of their
 * own (waves concurrently, like bench/workers/cypherLoad.ts) and reports the replay's p50 and its client CPU.
 * With `--neo4j-pid PID` (a local server) it also reports the server's CPU per request, read from
 * /proc/PID/stat, for the API's requests and for the replay: equal figures mean the floor is the same work.
 * The replay's driver lives in this process, where the checkout's src/graph/driver.ts has joined multi-chunk
 * Bolt messages (src/graph/boltMessages.ts) as in the API; the bench's floor worker reads them as a stock driver
 * does. For the stock floor, run `--root` on a checkout from before that change.
 *
 * `--bare` (implies `--floor`) also replays, for search, the bare full-text lookup the bench compares it with
 * (bench/cypher/floor.searchIndex.cypher with the request's own Lucene query and page size), one at a time.
 * `--peer` starts the bench's peer (@neo4j/graphql with bench/peer/typeDefs.graphql) in this process and sends
 * it its version of each query it can express, one at a time: the peer's CPU (this process) and the server's.
 * Each prints a line under the table.
 *
 * `--api-process tsx|dist` sends the measured requests to the bench's API worker in a process of its own instead
 * (`tsx`: bench/workers/api.ts through tsx, as the bench ran it before dist/; `dist`: dist/benchApiWorker.js on
 * plain Node, scripts/buildServer.mjs), and the API CPU column is that process's CPU from /proc; this process's
 * (the client's) is printed apart. `--profile` then profiles nothing.
 *
 * `--compare MODE[+FLAG...][@DIR],...` (MODE tsx or dist, FLAGs Node options for that process, DIR a checkout, this
 * one by default) starts one API
 * process per item and sends each query's requests to them in turn, one at a time (A, B, A, B, ...), so the
 * machine's load of the moment weighs on all alike: a same-run A/B of CPU per request (each process's own, from
 * /proc) and of p50. Every answer is compared byte for byte with the first process's answer to the same request.
 * With `--neo4j-pid` the server's CPU is split per process too (each request's share read around it).
 */
import 'reflect-metadata';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { processCpuMs } from './lib/measure';
import { parseArgs } from './lib/args';
import { agent, post } from './lib/post';

interface Options {
  root: string;
  requests: number;
  warmup: number;
  queries: string[] | null;
  answers: string | null;
  profile: string | null;
  floor: boolean;
  bare: boolean;
  peer: boolean;
  neo4jPid: number | null;
  apiProcess: 'tsx' | 'dist' | null;
  compare: CompareItem[] | null;
}

const USAGE =
  'apiCpu.ts [--root DIR] [--requests N] [--warmup N] [--queries lineage3,search] [--answers FILE] [--profile PREFIX] [--floor [--neo4j-pid PID]] [--bare] [--peer] [--api-process tsx|dist] [--compare MODE[+FLAG...][@DIR],...]';

function parseOptions(argv: string[]): Options {
  const args = parseArgs(
    argv,
    { values: ['root', 'requests', 'warmup', 'queries', 'answers', 'profile', 'neo4j-pid', 'api-process', 'compare'], flags: ['floor', 'bare', 'peer'] },
    USAGE,
  );
  return {
    root: path.resolve(args.value('root') ?? path.join(path.dirname(new URL(import.meta.url).pathname), '..')),
    requests: Number(args.value('requests') ?? 200),
    warmup: Number(args.value('warmup') ?? 40),
    queries: args.value('queries')?.split(',') ?? null,
    answers: args.value('answers') ?? null,
    profile: args.value('profile') ?? null,
    floor: args.flag('floor') || args.flag('bare'),
    bare: args.flag('bare'),
    peer: args.flag('peer'),
    neo4jPid: args.value('neo4j-pid') ? Number(args.value('neo4j-pid')) : null,
    apiProcess: (args.value('api-process') as Options['apiProcess'] | undefined) ?? null,
    compare:
      args.value('compare')
        ?.split(',')
        .map((item) => {
          const [head, root] = item.split('@') as [string, string | undefined];
          const [mode, ...nodeArgs] = head.split('+');
          if (mode !== 'tsx' && mode !== 'dist') throw new Error(`--compare: "${item}" is not tsx[+FLAG...][@DIR] or dist[+FLAG...][@DIR]`);
          return { mode, nodeArgs, root: path.resolve(root ?? path.join(path.dirname(new URL(import.meta.url).pathname), '..')) };
        }) ?? null,
  };
}

/** This process's CPU time so far, ms: user, system. */
const cpuMs = (): [number, number] => {
  const u = process.cpuUsage();
  return [u.user / 1000, u.system / 1000];
};

/** A local process's CPU time so far (user + system, all threads), ms; null without a pid. */
const cpuOf = (pid: number | null): number | null => (pid === null ? null : processCpuMs(pid));

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const fixed = (value: number | null, digits = 2): string => (value === null ? '-' : value.toFixed(digits));

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
  const { pickTargets, querySpecs, pickCypher } = await from('bench/lib/workloads.ts');

  const settings = loadSettings({ ...process.env, NEO4J_URI: uri, NEO4J_USER: process.env.BENCH_NEO4J_USER, NEO4J_PASSWORD: process.env.BENCH_NEO4J_PASSWORD });
  const graph = await connect({ ...settings.neo4j, uri });
  if (options.compare) {
    try {
      await compareProcesses(options, options.compare, graph, (await from('bench/lib/workloads.ts')) as Workloads, uri, settings.neo4j.user, settings.neo4j.password);
    } finally {
      agent.destroy();
      await graph.close();
    }
    return;
  }
  const schema = await buildApiSchema();
  const running = await startHttpServer({ schema, graph, settings, createLoaders, port: 0, host: '127.0.0.1' });
  const apiProcess = options.apiProcess ? await startApiProcess(options.root, options.apiProcess, uri, settings.neo4j.user, settings.neo4j.password) : null;
  const url = new URL(apiProcess?.url ?? running.url);
  const apiCpu = (): [number, number] => (apiProcess ? [processCpuMs(apiProcess.pid), 0] : cpuMs());
  // --floor: a second server whose client records each request's statements (the bench's floor recorder), and a
  // driver of its own to replay them, as bench/workers/cypherLoad.ts does.
  const { RecordingGraphClient, reviveParams } = options.floor ? await from('bench/lib/replay.ts') : ({} as Record<string, never>);
  const recorder = options.floor ? RecordingGraphClient.wrap(graph) : null;
  const recording = recorder ? await startHttpServer({ schema, graph: recorder, settings, createLoaders, port: 0, host: '127.0.0.1' }) : null;
  const replayDriver = options.floor
    ? neo4j.driver(uri, neo4j.auth.basic(settings.neo4j.user, settings.neo4j.password), { disableLosslessIntegers: true, logging: { level: 'error', logger: () => undefined } })
    : null;
  // --peer: the bench's peer, in this process, with a driver of its own (as bench/workers/peer.ts starts it).
  const peer = options.peer ? await startPeer(uri, settings.neo4j.user, settings.neo4j.password) : null;
  const peerUrl = peer ? new URL(peer.url) : null;
  try {
    const targets = await pickTargets(graph, 20);
    const specs = (querySpecs() as { id: string; api: { query: string; variables: (t: unknown) => Record<string, unknown>[] }; peer: { query?: string; variables?: (t: unknown) => Record<string, unknown>[] } }[]).filter(
      (s) => !options.queries || options.queries.includes(s.id),
    );
    const answers: Record<string, Record<string, string[]>> = {};
    console.log(`root ${options.root}; ${options.requests} requests per query after ${options.warmup} warm-up, one at a time`);
    if (options.floor) {
      console.log('| query | API CPU ms / request | of which system | p50 ms | mean answer KB | Neo4j CPU ms / API request | statements (waves) | replay p50 ms | replay client CPU ms | Neo4j CPU ms / replay |');
      console.log('|---|---|---|---|---|---|---|---|---|---|');
    } else {
      console.log('| query | CPU ms / request | of which system | p50 ms | mean answer KB |');
      console.log('|---|---|---|---|---|');
    }
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
      const neo4jBefore = cpuOf(options.neo4jPid);
      const before = apiCpu();
      const clientBefore = cpuMs();
      for (let i = 0; i < options.requests; i++) {
        const started = performance.now();
        outputs.push(await post(url, bodies[i % bodies.length]!));
        times.push(performance.now() - started);
      }
      const after = apiCpu();
      const clientAfter = cpuMs();
      const neo4jAfter = cpuOf(options.neo4jPid);
      if (apiProcess) {
        const client = (clientAfter[0] - clientBefore[0] + clientAfter[1] - clientBefore[1]) / options.requests;
        console.log(`  ${spec.id} (API process ${options.apiProcess}, pid ${apiProcess.pid}; its system share not split): client CPU ${client.toFixed(2)} ms per request`);
      }
      if (profiler) {
        const { profile } = await profiler.post('Profiler.stop');
        writeFileSync(`${options.profile}.${spec.id}.cpuprofile`, JSON.stringify(profile));
        profiler.disconnect();
      }
      const user = (after[0] - before[0]) / options.requests;
      const system = (after[1] - before[1]) / options.requests;
      const p50 = median(times);
      const kb = outputs.reduce((n, b) => n + b.length, 0) / outputs.length / 1024;
      const neo4jPerApi = neo4jBefore === null ? null : (neo4jAfter! - neo4jBefore) / options.requests;
      const apiColumns = `| ${spec.id} | ${(user + system).toFixed(2)} | ${system.toFixed(2)} | ${p50.toFixed(1)} | ${kb.toFixed(1)} |`;
      if (recorder && recording && replayDriver) {
        type Statement = { cypher: string; params: Record<string, unknown> };
        const workloads: Statement[][][] = [];
        for (const body of bodies) {
          recorder.log = [];
          await post(new URL(recording.url), body);
          const waves = recorder.takeWaves() as Statement[][];
          workloads.push(waves.map((wave) => wave.map((st) => ({ cypher: st.cypher, params: reviveParams(st.params) }))));
        }
        const runStatement = async (st: Statement) => {
          const session = replayDriver.session({ defaultAccessMode: neo4j.session.READ, database: settings.neo4j.database });
          try {
            await session.run(st.cypher, st.params);
          } finally {
            await session.close();
          }
        };
        const replay = async (waves: Statement[][]) => {
          for (const wave of waves) await Promise.all(wave.map(runStatement));
        };
        for (let i = 0; i < options.warmup; i++) await replay(workloads[i % workloads.length]!);
        const replayTimes: number[] = [];
        const replayNeo4jBefore = cpuOf(options.neo4jPid);
        const replayBefore = cpuMs();
        for (let i = 0; i < options.requests; i++) {
          const started = performance.now();
          await replay(workloads[i % workloads.length]!);
          replayTimes.push(performance.now() - started);
        }
        const replayAfter = cpuMs();
        const replayNeo4jAfter = cpuOf(options.neo4jPid);
        const statements = workloads.reduce((n, w) => n + w.flat().length, 0) / workloads.length;
        const waves = workloads.reduce((n, w) => n + w.length, 0) / workloads.length;
        const clientCpu = (replayAfter[0] - replayBefore[0] + replayAfter[1] - replayBefore[1]) / options.requests;
        const neo4jPerReplay = replayNeo4jBefore === null ? null : (replayNeo4jAfter! - replayNeo4jBefore) / options.requests;
        console.log(
          `${apiColumns} ${fixed(neo4jPerApi)} | ${statements.toFixed(1)} (${waves.toFixed(1)}) | ${median(replayTimes).toFixed(1)} | ${clientCpu.toFixed(2)} | ${fixed(neo4jPerReplay)} |`,
        );
        if (options.bare && spec.id === 'search') {
          // The same Lucene queries and page sizes, asking the index only for the page's ids (the bench's bare lookup).
          const lookups = workloads.flatMap((w) => {
            const params = w.flat().find((st) => typeof st.params.query === 'string')?.params;
            return params ? [{ cypher: pickCypher('floor.searchIndex') as string, params: { query: params.query, limit: params.limit } }] : [];
          });
          for (let i = 0; i < options.warmup; i++) await runStatement(lookups[i % lookups.length]!);
          const bareTimes: number[] = [];
          const bareNeo4jBefore = cpuOf(options.neo4jPid);
          const bareBefore = cpuMs();
          for (let i = 0; i < options.requests; i++) {
            const started = performance.now();
            await runStatement(lookups[i % lookups.length]!);
            bareTimes.push(performance.now() - started);
          }
          const bareAfter = cpuMs();
          const bareNeo4jAfter = cpuOf(options.neo4jPid);
          const bareClient = (bareAfter[0] - bareBefore[0] + bareAfter[1] - bareBefore[1]) / options.requests;
          const bareNeo4j = bareNeo4jBefore === null ? null : (bareNeo4jAfter! - bareNeo4jBefore) / options.requests;
          console.log(`  ${spec.id} bare index lookup: p50 ${median(bareTimes).toFixed(1)} ms, client CPU ${bareClient.toFixed(2)} ms, Neo4j CPU ${fixed(bareNeo4j)} ms per lookup`);
        }
      } else console.log(apiColumns);
      const peerSpec = spec.peer;
      if (peerUrl && peerSpec.query && peerSpec.variables) {
        const peerBodies = peerSpec.variables(targets).slice(0, 20).map((v) => JSON.stringify({ query: peerSpec.query, variables: v }));
        for (let i = 0; i < options.warmup; i++) await post(peerUrl, peerBodies[i % peerBodies.length]!);
        const peerTimes: number[] = [];
        let peerBytes = 0;
        const peerNeo4jBefore = cpuOf(options.neo4jPid);
        const peerBefore = cpuMs();
        for (let i = 0; i < options.requests; i++) {
          const started = performance.now();
          peerBytes += (await post(peerUrl, peerBodies[i % peerBodies.length]!)).length;
          peerTimes.push(performance.now() - started);
        }
        const peerAfter = cpuMs();
        const peerNeo4jAfter = cpuOf(options.neo4jPid);
        const peerCpu = (peerAfter[0] - peerBefore[0] + peerAfter[1] - peerBefore[1]) / options.requests;
        const peerNeo4j = peerNeo4jBefore === null ? null : (peerNeo4jAfter! - peerNeo4jBefore) / options.requests;
        console.log(
          `  ${spec.id} peer: p50 ${median(peerTimes).toFixed(1)} ms, peer CPU ${peerCpu.toFixed(2)} ms, Neo4j CPU ${fixed(peerNeo4j)} ms per request, ${(peerBytes / options.requests / 1024).toFixed(1)} KB`,
        );
      }
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
    await apiProcess?.stop();
    await replayDriver?.close();
    await peer?.stop();
    if (recording) {
      await recording.close().catch(() => undefined);
      recording.server.close();
    }
    await running.close().catch(() => undefined);
    running.server.close();
    await graph.close();
  }
}

type CompareItem = { mode: 'tsx' | 'dist'; nodeArgs: string[]; root: string };
type Spec = { id: string; api: { query: string; variables: (t: unknown) => Record<string, unknown>[] } };
type Workloads = { pickTargets: (graph: unknown, n: number) => Promise<unknown>; querySpecs: () => Spec[] };

/** `--compare`: the same requests sent to each API process in turn; CPU per request of each, answers compared. */
async function compareProcesses(
  options: Options,
  items: CompareItem[],
  graph: unknown,
  workloads: Workloads,
  uri: string,
  user: string,
  password: string,
): Promise<void> {
  const processes: Awaited<ReturnType<typeof startApiProcess>>[] = [];
  try {
    for (const item of items) processes.push(await startApiProcess(item.root, item.mode, uri, user, password, item.nodeArgs));
    const targets = await workloads.pickTargets(graph, 20);
    const specs = workloads.querySpecs().filter((s) => !options.queries || options.queries.includes(s.id));
    const labels = items.map((item, i) => `${String.fromCharCode(65 + i)} ${[item.mode, ...item.nodeArgs].join(' ')}@${path.basename(item.root)}`);
    console.log(`${options.requests} requests per query and process after ${options.warmup} warm-up, one at a time, processes in turn: ${labels.join('; ')}`);
    console.log(`| query | ${labels.map((l) => `${l.split(' ')[0]} API CPU ms / request`).join(' | ')} | ${labels.map((l) => `${l.split(' ')[0]} p50 ms`).join(' | ')}${options.neo4jPid ? ` | ${labels.map((l) => `${l.split(' ')[0]} Neo4j CPU ms`).join(' | ')}` : ''} | answers |`);
    console.log(`|---|${labels.map(() => '---|').join('')}${labels.map(() => '---|').join('')}${options.neo4jPid ? labels.map(() => '---|').join('') : ''}---|`);
    for (const spec of specs) {
      const bodies = spec.api.variables(targets).slice(0, 20).map((v) => JSON.stringify({ query: spec.api.query, variables: v }));
      const urls = processes.map((p) => new URL(p.url));
      for (let i = 0; i < options.warmup; i++) for (const url of urls) await post(url, bodies[i % bodies.length]!);
      const cpu = processes.map(() => 0);
      const neo4jCpu = processes.map(() => 0);
      const times: number[][] = processes.map(() => []);
      let differ = 0;
      for (let i = 0; i < options.requests; i++) {
        const body = bodies[i % bodies.length]!;
        let first: Buffer | null = null;
        // Who goes first alternates, so neither process always follows the other's request.
        for (let k = 0; k < processes.length; k++) {
          const j = (k + i) % processes.length;
          const proc = processes[j]!;
          const neo4jBefore = cpuOf(options.neo4jPid);
          const before = processCpuMs(proc.pid);
          const started = performance.now();
          const out = await post(urls[j]!, body);
          times[j]!.push(performance.now() - started);
          cpu[j]! += processCpuMs(proc.pid) - before;
          if (options.neo4jPid) neo4jCpu[j]! += cpuOf(options.neo4jPid)! - neo4jBefore!;
          if (out.toString('utf8').includes('"errors"')) throw new Error(`${spec.id} answered with errors: ${out.toString('utf8').slice(0, 500)}`);
          if (first === null) first = out;
          else if (!first.equals(out)) differ++;
        }
      }
      const perRequest = (v: number) => (v / options.requests).toFixed(2);
      console.log(
        `| ${spec.id} | ${cpu.map(perRequest).join(' | ')} | ${times.map((t) => median(t).toFixed(1)).join(' | ')}${options.neo4jPid ? ` | ${neo4jCpu.map(perRequest).join(' | ')}` : ''} | ${differ ? `${differ} differ` : 'identical'} |`,
      );
    }
  } finally {
    for (const p of processes) await p.stop();
  }
}

/** The bench's API worker of `root` in a process of its own: through tsx, or its compiled bundle on plain Node. */
async function startApiProcess(root: string, mode: 'tsx' | 'dist', uri: string, user: string, password: string, extraNodeArgs: string[] = []): Promise<{ url: string; pid: number; stop: () => Promise<void> }> {
  const { spawn } = await import('node:child_process');
  const { createInterface } = await import('node:readline');
  const args = mode === 'dist' ? [path.join(root, 'dist', 'benchApiWorker.js')] : ['--import', 'tsx', path.join(root, 'bench', 'workers', 'api.ts')];
  // APICPU_API_NODE_ARGS: Node flags for the API process alone (`--cpu-prof --cpu-prof-dir DIR` profiles it).
  const nodeArgs = [...(process.env.APICPU_API_NODE_ARGS?.split(' ').filter(Boolean) ?? []), ...extraNodeArgs];
  const child = spawn(process.execPath, [...nodeArgs, ...args], {
    cwd: root,
    env: { ...process.env, NODE_ENV: process.env.NODE_ENV ?? 'production', NEO4J_URI: uri, NEO4J_USER: user, NEO4J_PASSWORD: password },
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout! }).on('line', (line) => {
      if (line.includes('"ready"')) resolve((JSON.parse(line) as { url: string }).url);
      else if (line.includes('"error"')) reject(new Error(line));
    });
    child.once('exit', (code) => reject(new Error(`the API process exited (${code}) before it was ready`)));
  });
  return {
    url,
    pid: child.pid!,
    stop: () =>
      new Promise<void>((resolve) => {
        child.once('exit', () => resolve());
        child.stdin!.end();
      }),
  };
}

async function startPeer(uri: string, user: string, password: string): Promise<{ url: string; stop: () => Promise<void> }> {
  const { ApolloServer } = await import('@apollo/server');
  const { startStandaloneServer } = await import('@apollo/server/standalone');
  const { Neo4jGraphQL } = await import('@neo4j/graphql');
  const driver = neo4j.driver(uri, neo4j.auth.basic(user, password), { maxConnectionPoolSize: 50, logging: { level: 'error', logger: () => undefined } });
  const typeDefs = readFileSync(path.join(path.dirname(new URL(import.meta.url).pathname), '..', 'bench', 'peer', 'typeDefs.graphql'), 'utf8');
  const schema = await new Neo4jGraphQL({ typeDefs, driver }).getSchema();
  const server = new ApolloServer({ schema });
  const { url } = await startStandaloneServer(server, { listen: { port: 0, host: '127.0.0.1' } });
  return { url, stop: async () => { await server.stop().catch(() => undefined); await driver.close(); } };
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
