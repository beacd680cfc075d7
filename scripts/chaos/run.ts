/**
 * `npm run chaos`: a bounded (about 5 minutes) fault and abuse run against a Neo4j and an API of its own, on
 * loopback only. Not part of `npm test`. It generates two synthetic corpora (`npm run gen:corpus`), ingests
 * one, starts the API as `npm start` does, keeps a well-behaved client querying throughout, and then:
 * kills Neo4j (-9) during `npm run ingest` and during query load, stops it gracefully, restarts it; sends
 * hostile queries; sends concurrent identical and different `ingestDocument` calls. At the end it re-runs
 * the ingest and compares the graph with a clean reference (documents lost must be 0), and prints a table:
 * fault -> outcome, time to error, time to recovery, documents lost, the client's error rate and p99, and the
 * p99 of `/health`.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadSettings } from '../../src/config';
import { connect, type GraphClient } from '../../src/graph/driver';
import { freePort } from '../../tests/support/ports';
import { attacks } from './attacks';
import { getPath, graphql, loop, percentile, queryLoad, Recorder, wellBehavedClient, type Loop } from './clients';
import { cleanReference, compareWithReference, type Reference } from './graphCheck';
import { ChaosNeo4j, EDITOR_KEY, generateCorpus, PASSWORD, runIngest, startApi, type ApiProcess } from './stack';

const DOCS_PER_CORPUS = 30;
/**
 * `npm run chaos -- --only "huge variables"`: the baseline and the phases whose name contains the text
 * (case-insensitive), nothing else; for measuring one attack again without the five-minute run.
 */
const ONLY = (() => {
  const at = process.argv.indexOf('--only');
  return at >= 0 ? (process.argv[at + 1] ?? '').toLowerCase() : null;
})();
const selected = (what: string) => ONLY === null || what.toLowerCase().includes(ONLY);
const HARD_LIMIT_MS = 8 * 60_000;

interface Row {
  what: string;
  outcome: string;
  timeToError: string;
  timeToRecovery: string;
  lost: string;
  clientErrors: string;
  clientP99: string;
  healthP99: string;
}

const rows: Row[] = [];
const recorder = new Recorder();
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const seconds = (ms: number) => (Number.isFinite(ms) ? `${(ms / 1000).toFixed(2)} s` : '-');
const log = (line: string) => console.log(`[chaos ${((performance.now() - t0) / 1000).toFixed(0).padStart(3)} s] ${line}`);
const t0 = performance.now();

/** Runs a phase and adds its row, with the well-behaved client's numbers over the phase. */
async function phase(what: string, body: () => Promise<Partial<Row>>): Promise<void> {
  if (what !== 'baseline (no fault)' && !selected(what)) return;
  log(what);
  const from = performance.now();
  const row = await body();
  const to = performance.now();
  const lookups = recorder.window('lookup', from, to);
  const health = recorder.window('health', from, to);
  const failed = lookups.filter((s) => !s.ok).length;
  rows.push({
    what,
    outcome: row.outcome ?? '',
    timeToError: row.timeToError ?? '-',
    timeToRecovery: row.timeToRecovery ?? '-',
    lost: row.lost ?? '-',
    clientErrors: lookups.length ? `${((100 * failed) / lookups.length).toFixed(1)}% of ${lookups.length}` : 'no answers',
    clientP99: seconds(percentile(lookups.map((s) => s.ms), 99)),
    healthP99: health.length ? `${percentile(health.map((s) => s.ms), 99).toFixed(0)} ms` : 'no answers',
  });
}

/**
 * Polls a lookup until the API answers it; ms from now, or Infinity after `limitMs`. A Neo4j that just
 * recovered its store answers its first queries slowly (seconds, on a busy machine), so each try gets the
 * API's whole budget.
 */
async function untilAnswering(api: ApiProcess, key: string, limitMs = 90_000): Promise<number> {
  const started = performance.now();
  let last = '';
  while (performance.now() - started < limitMs) {
    const answer = await graphql(api.origin, 'query($id: ID!) { document(id: $id) { key } }', { id: key }, { timeoutMs: 20_000 });
    if (answer.ok && answer.body?.data?.document?.key === key) return performance.now() - started;
    last = `${answer.status} ${JSON.stringify(answer.body).slice(0, 300)}`;
    await sleep(100);
  }
  log(`the API did not answer a lookup of ${key} within ${seconds(limitMs)}; last answer: ${last}`);
  return Number.POSITIVE_INFINITY;
}

function tally(codes: (string | null)[]): string {
  const counts = new Map<string, number>();
  for (const code of codes) counts.set(code ?? 'OK', (counts.get(code ?? 'OK') ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1]).map(([code, n]) => `${code} x${n}`).join(', ');
}

/** A database fault under query load: how fast requests fail, how fast /ready says so, how fast it all comes back. */
async function faultUnderLoad(api: ApiProcess, neo4j: ChaosNeo4j, key: string, fault: () => Promise<void>, outageMs: number): Promise<Partial<Row>> {
  const load = queryLoad(api.origin, 4, recorder);
  await sleep(3_000);
  const faultAt = performance.now();
  const [, ready] = await Promise.all([fault(), sleep(300).then(() => getPath(api.origin, '/ready', 10_000))]);
  await sleep(outageMs);
  const down = recorder.samples.filter((s) => (s.kind === 'load' || s.kind === 'lookup') && s.at - s.ms >= faultAt + 300 && !s.ok);
  const neo4jBack = await neo4j.start();
  const backAt = performance.now();
  const recovery = await untilAnswering(api, key);
  log(`Neo4j back in ${seconds(neo4jBack)}, API answering ${seconds(recovery)} later`);
  await load.stop();
  const meanwhile = recorder.samples.filter((s) => s.at >= backAt && s.at <= backAt + recovery && !s.ok).map((s) => s.code);
  return {
    outcome:
      `requests: ${tally(down.map((s) => s.code)) || 'no errors'}; /ready ${ready.status} in ${ready.ms.toFixed(0)} ms; ` +
      `until recovered: ${tally(meanwhile) || 'no errors'}`,
    timeToError: down.length ? `<= ${seconds(Math.max(...down.map((s) => s.ms)))}` : 'no errors',
    timeToRecovery: `${seconds(recovery)} after Neo4j (${seconds(neo4jBack)} to start)`,
  };
}

async function main(): Promise<void> {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'dg-chaos-'));
  const cleanups: (() => Promise<void>)[] = [async () => fs.rmSync(root, { recursive: true, force: true })];
  const hardStop = setTimeout(() => {
    console.error(`chaos: over the ${HARD_LIMIT_MS / 60_000} minute limit; stopping (the table shows the phases that finished).`);
    printTable();
    void cleanup().finally(() => process.exit(1));
  }, HARD_LIMIT_MS);
  const cleanup = async () => {
    for (const step of cleanups.reverse()) await step().catch((error: unknown) => console.error(`cleanup: ${(error as Error).message}`));
    cleanups.length = 0;
  };
  try {
    const settings = loadSettings();
    const [corpusA, corpusB, corpusC, empty] = ['corpus-a', 'corpus-b', 'corpus-c', 'empty'].map((d) => path.join(root, d)) as [string, string, string, string];
    fs.mkdirSync(empty);
    log(`generating a corpus of ${2 * DOCS_PER_CORPUS + 6} documents in ${root}, split in three folders`);
    // One corpus split, not three: a file name is a document's source file, and ingesting another folder's
    // file of the same name would replace that document rather than add one.
    const generated = path.join(root, 'generated');
    await generateCorpus(2 * DOCS_PER_CORPUS + 6, 'chaos', generated);
    const files = fs.readdirSync(generated).filter((f) => f.endsWith('.txt')).sort();
    for (const [dir, part] of [
      [corpusA, files.slice(0, DOCS_PER_CORPUS)],
      [corpusB, files.slice(DOCS_PER_CORPUS, 2 * DOCS_PER_CORPUS)],
      [corpusC, files.slice(2 * DOCS_PER_CORPUS)],
    ] as const) {
      fs.mkdirSync(dir);
      for (const file of part) fs.renameSync(path.join(generated, file), path.join(dir, file));
    }
    const reference: Reference = new Map();
    for (const dir of [corpusA, corpusB, corpusC]) for (const [k, v] of await cleanReference(dir, settings.maxDocumentBytes)) reference.set(k, v);
    const referenceB = await cleanReference(corpusB, settings.maxDocumentBytes);

    const neo4j = new ChaosNeo4j(await freePort(), root);
    log('starting Neo4j');
    await neo4j.start();
    cleanups.push(() => neo4j.stop());
    log('ingesting corpus A');
    const first = await runIngest(neo4j, corpusA).done;
    if (first.code !== 0) log(`ingest of corpus A exited ${first.code}:\n${first.output.slice(-2000)}`);
    const api = await startApi(neo4j, await freePort(), empty);
    cleanups.push(() => api.stop());
    const graph: GraphClient = await connect({ uri: neo4j.uri, user: 'neo4j', password: PASSWORD });
    cleanups.push(() => graph.close());

    const referenceA = await cleanReference(corpusA, settings.maxDocumentBytes);
    const keys = [...referenceA.keys()].slice(0, 20);
    const key = keys[0]!;
    const client: Loop = wellBehavedClient(api.origin, keys, recorder);
    cleanups.push(() => client.stop());

    await phase('baseline (no fault)', async () => {
      await sleep(5_000);
      return { outcome: 'ok' };
    });

    for (const attack of attacks(key)) {
      await phase(`hostile: ${attack.name}`, async () => {
        const answers: { code: string | null; ms: number }[] = [];
        const until = performance.now() + 6_000;
        const hostile = Array.from({ length: 4 }, () =>
          loop(async () => {
            if (performance.now() > until) return;
            const headers = attack.asEditor ? { authorization: `Bearer ${EDITOR_KEY}` } : undefined;
            const answer = await graphql(api.origin, attack.query, attack.variables, { rawBody: attack.rawBody, headers, timeoutMs: 60_000 });
            answers.push({ code: answer.ok ? null : answer.code, ms: answer.ms });
          }, 0),
        );
        await sleep(6_000);
        await Promise.all(hostile.map((h) => h.stop()));
        return {
          outcome: tally(answers.map((a) => a.code)),
          timeToError: answers.length ? `p50 ${seconds(percentile(answers.map((a) => a.ms), 50))}, max ${seconds(Math.max(...answers.map((a) => a.ms)))}` : '-',
        };
      });
    }

    await phase('concurrent ingestDocument: 8 identical + 5 different', async () => {
      const files = fs.readdirSync(corpusC).filter((f) => f.endsWith('.txt')).sort();
      const call = (file: string) =>
        graphql(
          api.origin,
          'mutation($f: String!, $t: String!) { ingestDocument(fileName: $f, text: $t) { status document { key } } }',
          { f: file, t: fs.readFileSync(path.join(corpusC, file), 'utf8') },
          { headers: { authorization: `Bearer ${EDITOR_KEY}` }, timeoutMs: 60_000 },
        );
      const identical = Array.from({ length: 8 }, () => call(files[0]!));
      const different = files.slice(1, 6).map(call);
      const answers = await Promise.all([...identical, ...different]);
      const statuses = answers.map((a) => (a.ok ? String(a.body.data.ingestDocument.status) : a.code));
      return {
        outcome: `identical: ${tally(statuses.slice(0, 8))}; different: ${tally(statuses.slice(8))}`,
        timeToError: `slowest ${seconds(Math.max(...answers.map((a) => a.ms)))}`,
      };
    });

    await phase('kill -9 Neo4j during npm run ingest', async () => {
      const ingestStarted = performance.now();
      const ingest = runIngest(neo4j, corpusB);
      // Kill once a few documents of the folder are in, so the ingest is mid-way whatever the machine's speed.
      const keysB = [...referenceB.keys()];
      for (let waited = 0; waited < 60_000; waited += 100) {
        const [row] = await graph.read<{ n: number }>('MATCH (d:Document) WHERE d.key IN $keys AND d.ingested = true RETURN count(d) AS n', { keys: keysB });
        if ((row?.n ?? 0) >= 3) break;
        await sleep(100);
      }
      const killedAt = performance.now();
      await neo4j.kill();
      const ended = await Promise.race([ingest.done, sleep(90_000).then(() => null)]);
      if (!ended) ingest.kill();
      const exitMs = ended ? ingestStarted + ended.ms - killedAt : NaN;
      log(ended ? `ingest ended ${seconds(exitMs)} after the kill (exit ${ended.code})` : 'ingest hung');
      const neo4jBack = await neo4j.start();
      const recovery = await untilAnswering(api, key);
      log(`Neo4j back in ${seconds(neo4jBack)}, API answering ${seconds(recovery)} later; re-running the ingest`);
      const rerun = await runIngest(neo4j, corpusB).done;
      const check = await compareWithReference(graph, referenceB);
      return {
        outcome: ended ? `ingest exited ${ended.code}${/DATABASE_UNAVAILABLE/.test(ended.output) ? ' (DATABASE_UNAVAILABLE)' : ''}; re-run exited ${rerun.code}` : 'ingest hung > 90 s (killed)',
        timeToError: ended ? `ingest ended ${seconds(exitMs)} after the kill` : '> 90 s',
        timeToRecovery: `${seconds(recovery)} after Neo4j (${seconds(neo4jBack)} to start)`,
        lost: `${check.lost.length} lost, ${check.damaged.length} damaged of ${check.expected}`,
      };
    });

    await phase('kill -9 Neo4j during query load', () => faultUnderLoad(api, neo4j, key, () => neo4j.kill(), 4_000));
    // The restart after the graceful stop is the "restart" fault: the API is not told, it reconnects by itself.
    await phase('graceful stop (SIGTERM), then restart, during query load', () => faultUnderLoad(api, neo4j, key, () => neo4j.stop(), 4_000));

    await phase('after recovery: re-run ingest of every corpus, compare with a clean reference', async () => {
      for (const dir of [corpusA, corpusB, corpusC]) await runIngest(neo4j, dir).done;
      const check = await compareWithReference(graph, reference);
      return {
        outcome: check.lost.length + check.damaged.length === 0 ? 'graph matches the reference' : `lost: ${check.lost.slice(0, 3).join(', ')} damaged: ${check.damaged.slice(0, 3).join(', ')}`,
        lost: `${check.lost.length} lost, ${check.damaged.length} damaged of ${check.expected}`,
      };
    });
  } finally {
    clearTimeout(hardStop);
    printTable();
    await cleanup();
  }
}

function printTable(): void {
  const header: Row = {
    what: 'fault / attack',
    outcome: 'outcome',
    timeToError: 'time to error',
    timeToRecovery: 'time to recovery',
    lost: 'documents lost',
    clientErrors: 'client errors',
    clientP99: 'client p99',
    healthP99: '/health p99',
  };
  const columns = Object.keys(header) as (keyof Row)[];
  const table = [header, ...rows];
  const widths = columns.map((c) => Math.max(...table.map((r) => r[c].length)));
  console.log('');
  for (const [i, row] of table.entries()) {
    console.log(columns.map((c, j) => row[c].padEnd(widths[j]!)).join(' | '));
    if (i === 0) console.log(widths.map((w) => '-'.repeat(w)).join('-|-'));
  }
}

await main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(`chaos failed: ${(error as Error).stack ?? String(error)}`);
    process.exit(1);
  },
);
