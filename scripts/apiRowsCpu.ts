/**
 * The API's own CPU per request with the database taken out: each bench query's requests are sent once to the
 * API against the graph the bench left on a server, the rows every statement returned are kept, and then the
 * same requests are sent, one at a time over loopback HTTP, to the API answering from those rows (no Neo4j, no
 * Bolt decoding). What is left is what the API does with rows: mapping them to records, resolvers, execution,
 * JSON, the HTTP answer, and their garbage. On a loaded machine this moves far less than anything that waits
 * for Neo4j, so small changes to that path show.
 *
 *   BENCH_NEO4J_URI=bolt://127.0.0.1:PORT BENCH_NEO4J_USER=neo4j BENCH_NEO4J_PASSWORD=... \
 *     npx tsx scripts/apiRowsCpu.ts [--root DIR] [--queries lineage3,nested] [--requests N] [--warmup N] [--rounds N] [--profile PREFIX] [--sources] [--encoding]
 *
 * The API's modules run compiled, as `npm start` and the bench run them: bundled with esbuild the way
 * scripts/buildServer.mjs bundles the server (into DIR/dist/apiRows.js), on plain Node. Through tsx they cost more
 * (its transform names every closure as it is made, and Apollo's `require('crypto')` per request goes through tsx's
 * resolver): `--sources` measures the sources through tsx, as this script did before. The bench's query list
 * (bench/lib/workloads.ts) is read from the sources either way; it is not part of the measure.
 *
 * `--encoding` also times, per query and on the answers recorded, the two ways of making an answer's bytes:
 * `Buffer.from(JSON.stringify(result) + '\n')` (Apollo's string, encoded) and src/api/answerBytes.ts (pieces),
 * alternated in six rounds, CPU per answer (garbage collection included), after checking they give the same bytes.
 *
 * `--root DIR` runs the API of another checkout (run it from DIR, as scripts/apiCpu.ts says). Prints, per query,
 * this process's CPU per request (client included: the same for any API code) in each round and the median, and
 * a sha256 over every answer, which two checkouts must share when they answer alike. `--profile PREFIX` adds one
 * more round per query under the CPU profiler, written to `PREFIX.<query>.cpuprofile`. Rows are handed out as
 * they were recorded (the same objects every time): code that changed a row it was given would change later
 * answers, and the script then stops with the request whose answer moved.
 */
import 'reflect-metadata';
import { createHash } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { BUNDLE_OPTIONS } from './buildServer.mjs';
import { parseArgs } from './lib/args';
import { medianOf, writeCpuProfile } from './lib/measure';
import { agent, post } from './lib/post';
import { answerBytes } from '../src/api/answerBytes';

const USAGE = 'apiRowsCpu.ts [--root DIR] [--queries lineage3,nested] [--requests N] [--warmup N] [--rounds N] [--profile PREFIX] [--sources] [--encoding]';

type Row = Record<string, unknown>;
type Reader = { read(cypher: string, params?: Record<string, unknown>): Promise<Row[]> };

/** What the script uses of the API, from one module: the bundle's entry re-exports them. */
const API_MODULES: Record<string, string[]> = {
  'src/config.ts': ['loadSettings'],
  'src/graph/driver.ts': ['connect', 'GraphClient'],
  'src/api/schema.ts': ['buildApiSchema'],
  'src/api/loaders.ts': ['createLoaders'],
  'src/api/httpServer.ts': ['startHttpServer'],
};

/**
 * The API modules of the checkout at `root`: bundled like the server (one folder below the root, as
 * src/config.ts's PROJECT_ROOT expects) and imported on plain Node, or its sources through tsx.
 */
// Another checkout's modules: untyped, as a dynamic import of its path always was here.
async function loadApi(root: string, sources: boolean): Promise<{ api: any; code: string }> {
  if (sources) {
    const api: Record<string, unknown> = {};
    for (const file of Object.keys(API_MODULES)) Object.assign(api, await import(path.join(root, file)));
    return { api, code: 'sources through tsx' };
  }
  const entry = [
    "import 'reflect-metadata';",
    ...Object.entries(API_MODULES).map(([file, names]) => `export { ${names.join(', ')} } from './${file.replace(/\.ts$/, '')}';`),
  ].join('\n');
  const outfile = path.join(root, 'dist', 'apiRows.js');
  mkdirSync(path.dirname(outfile), { recursive: true });
  const esbuild = createRequire(import.meta.url)('esbuild') as typeof import('esbuild');
  esbuild.buildSync({
    ...BUNDLE_OPTIONS,
    absWorkingDir: root,
    stdin: { contents: entry, resolveDir: root, loader: 'ts', sourcefile: 'apiRowsEntry.ts' },
    outfile,
    tsconfig: path.join(root, 'tsconfig.json'),
    logLevel: 'silent',
  });
  return { api: await import(pathToFileURL(outfile).href), code: `compiled (${path.relative(root, outfile)}, plain Node)` };
}

/**
 * CPU per answer of the two ways to make its bytes, on the answers recorded (parsed back: plain objects, as execution
 * makes them), alternated; a table row's cells. Throws when they differ from the bytes the API sent.
 */
function timeEncodings(expected: readonly Buffer[]): string {
  const results = expected.map((b) => JSON.parse(b.toString('utf8')) as unknown);
  const ways = { string: (v: unknown) => Buffer.from(`${JSON.stringify(v)}\n`, 'utf8'), pieces: answerBytes };
  for (const [name, encode] of Object.entries(ways)) {
    results.forEach((r, i) => {
      if (!encode(r).equals(expected[i]!)) throw new Error(`apiRowsCpu --encoding: ${name} gave other bytes than the API for answer ${i}`);
    });
  }
  // About 40 MB of answers per round and way, so each round sees garbage collections of both kinds.
  const size = expected.reduce((n, b) => n + b.length, 0) / expected.length;
  const repeat = Math.max(2, Math.round(40e6 / size / results.length));
  const perRound: Record<keyof typeof ways, number[]> = { string: [], pieces: [] };
  for (let round = 0; round < 6; round++) {
    for (const [name, encode] of Object.entries(ways) as [keyof typeof ways, (v: unknown) => Buffer][]) {
      const before = process.cpuUsage();
      for (let r = 0; r < repeat; r++) for (const result of results) encode(result);
      const used = process.cpuUsage(before);
      perRound[name].push((used.user + used.system) / 1000 / (repeat * results.length));
    }
  }
  const cells = (xs: number[]) => xs.map((v) => v.toFixed(3)).join(', ');
  return `${cells(perRound.string)} | ${cells(perRound.pieces)} | ${(medianOf(perRound.pieces) / medianOf(perRound.string)).toFixed(2)}`;
}

/** Statement and parameters as one key (neo4j Integers are plain objects with low and high: JSON keeps them apart). */
const statementKey = (cypher: string, params: Record<string, unknown> = {}): string => `${cypher}\u0000${JSON.stringify(params)}`;

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2), { values: ['root', 'queries', 'requests', 'warmup', 'rounds', 'profile'], flags: ['sources', 'encoding'] }, USAGE);
  const root = path.resolve(args.value('root') ?? path.join(path.dirname(new URL(import.meta.url).pathname), '..'));
  const requests = Number(args.value('requests') ?? 200);
  const warmup = Number(args.value('warmup') ?? 50);
  const rounds = Number(args.value('rounds') ?? 3);
  const only = args.value('queries')?.split(',') ?? null;
  const profile = args.value('profile') ?? null;
  const uri = process.env.BENCH_NEO4J_URI;
  if (!uri) throw new Error('Set BENCH_NEO4J_URI (and BENCH_NEO4J_USER, BENCH_NEO4J_PASSWORD) to the server holding the bench graph.');
  process.env.NODE_ENV ??= 'production';
  const { api, code } = await loadApi(root, args.flag('sources'));
  const { loadSettings, buildApiSchema, createLoaders, startHttpServer } = api;
  const { connect, GraphClient } = api as typeof import('../src/graph/driver');
  const { pickTargets, querySpecs } = await import(path.join(root, 'bench/lib/workloads.ts'));

  const settings = loadSettings({ ...process.env, NEO4J_URI: uri, NEO4J_USER: process.env.BENCH_NEO4J_USER, NEO4J_PASSWORD: process.env.BENCH_NEO4J_PASSWORD });
  const graph = await connect({ ...settings.neo4j, uri });
  const rows = new Map<string, Row[]>();
  // The server binds each request's client to its deadline and bookmarks (`until`, `after`): both views read here.
  class Recording extends GraphClient {
    override until(): this {
      return this;
    }
    override after(): this {
      return this;
    }
    override async read<R extends Row = Row>(cypher: string, params: Record<string, unknown> = {}, options: { timeoutMs?: number } = {}): Promise<R[]> {
      const found = await super.read<R>(cypher, params, options);
      rows.set(statementKey(cypher, params), found);
      return found;
    }
  }
  const replaying: Reader & { until(): unknown; after(): unknown } = {
    until: () => replaying,
    after: () => replaying,
    async read(cypher, params) {
      const found = rows.get(statementKey(cypher, params));
      if (!found) throw new Error(`apiRowsCpu: a statement the recording never saw: ${cypher.slice(0, 120)}`);
      return found;
    },
  };
  const schema = await buildApiSchema();
  const recording = await startHttpServer({ schema, graph: new Recording(graph.driver, graph.settings), settings, createLoaders, port: 0, host: '127.0.0.1' });
  const replay = await startHttpServer({ schema, graph: replaying, settings, createLoaders, port: 0, host: '127.0.0.1' });
  const recordingUrl = new URL(recording.url);
  const replayUrl = new URL(replay.url);
  try {
    const targets = await pickTargets(graph, 20);
    const specs = (querySpecs() as { id: string; api: { query: string; variables: (t: unknown) => Record<string, unknown>[] } }[]).filter(
      (s) => !only || only.includes(s.id),
    );
    console.log(`root ${root}, the API ${code}; ${requests} requests per round after ${warmup} warm-up, ${rounds} rounds, answers from recorded rows`);
    console.log('| query | CPU ms / request, rounds | median | answer KB | answers sha256 |');
    console.log('|---|---|---|---|---|');
    const recorded: [string, Buffer[]][] = [];
    for (const spec of specs) {
      const bodies = spec.api.variables(targets).slice(0, 20).map((v) => JSON.stringify({ query: spec.api.query, variables: v }));
      // Twice: an operation is compiled at its second run (src/api/compiledExecution.ts), and the rows of both are kept.
      const expected: Buffer[] = [];
      for (const body of bodies) await post(recordingUrl, body);
      for (const body of bodies) expected.push(await post(recordingUrl, body));
      const check = (i: number, answer: Buffer) => {
        if (!answer.equals(expected[i % bodies.length]!)) throw new Error(`${spec.id}: request ${i % bodies.length} answered otherwise from the recorded rows`);
      };
      for (let i = 0; i < warmup; i++) check(i, await post(replayUrl, bodies[i % bodies.length]!));
      const perRound: number[] = [];
      for (let r = 0; r < rounds; r++) {
        const before = process.cpuUsage();
        for (let i = 0; i < requests; i++) check(i, await post(replayUrl, bodies[i % bodies.length]!));
        const used = process.cpuUsage(before);
        perRound.push((used.user + used.system) / 1000 / requests);
      }
      if (profile) {
        await writeCpuProfile(`${profile}.${spec.id}.cpuprofile`, async () => {
          for (let i = 0; i < requests; i++) check(i, await post(replayUrl, bodies[i % bodies.length]!));
        });
      }
      // Timed after every query ran: a long pause here would outlast the kept-alive connection.
      if (args.flag('encoding')) recorded.push([spec.id, expected]);
      const hash = createHash('sha256');
      for (const answer of expected) hash.update(answer);
      const kb = expected.reduce((n, b) => n + b.length, 0) / expected.length / 1024;
      console.log(`| ${spec.id} | ${perRound.map((v) => v.toFixed(2)).join(', ')} | ${medianOf(perRound).toFixed(2)} | ${kb.toFixed(1)} | ${hash.digest('hex').slice(0, 16)} |`);
    }
    if (recorded.length) {
      console.log('\n| query | ms per answer: JSON string encoded, rounds | answerBytes, rounds | median / median |');
      console.log('|---|---|---|---|');
      for (const [id, expected] of recorded) console.log(`| ${id} | ${timeEncodings(expected)} |`);
    }
  } finally {
    agent.destroy();
    for (const server of [recording, replay]) {
      await server.close().catch(() => undefined);
      server.server.close();
    }
    await graph.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
