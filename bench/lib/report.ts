/** Builds bench/RESULTS.md from one run. */
import path from 'node:path';
import { DEFAULT_BATCH_SIZE, FIRST_BATCH_SIZE } from '../../src/ingest/ingestFiles';
import { PROJECT_ROOT } from '../../src/config';
import type { RunRecord } from '../run';
import type { Ctx, SectionReport } from './context';
import { renderTable, type Table } from './markdown';
import { fmt, times } from './stats';

type FloorRunRow = RunRecord['floors'][number][number];

/** The fastest floor: of the alternated rounds when there were any (the warm-up pass only picks the batch size). */
function bestFloor(floors: readonly FloorRunRow[]): FloorRunRow | null {
  const rounds = floors.filter((f) => f.role === 'round');
  return (rounds.length ? rounds : floors).reduce<FloorRunRow | null>((b, f) => (!b || f.docs / f.seconds > b.docs / b.seconds ? f : b), null);
}

function ingestionTables(ctx: Ctx, record: RunRecord, s: SectionReport): void {
  if (s.status === 'skipped') return;
  if (!record.ingest.length) {
    if (s.status === 'ok') {
      s.status = 'skipped';
      s.reason = s.reason ?? 'nothing was ingested';
    }
    return;
  }
  const rows: string[][] = [];
  let docs = 0;
  let seconds = 0;
  let items = 0;
  record.ingest.forEach((run, i) => {
    docs += run.docs;
    seconds += run.seconds;
    items += run.items;
    const floors = record.floors[i] ?? [];
    const best = bestFloor(floors);
    const realRate = docs / seconds;
    rows.push([
      String(run.to),
      `real path (ingestFiles), ${run.batchSize ?? DEFAULT_BATCH_SIZE} docs/tx${run.from ? `, cumulative from 0` : ''}`,
      fmt(seconds, 1),
      fmt(realRate),
      fmt(items / seconds, 0),
      best ? times(realRate, best.docs / best.seconds) : '-',
      run.failed ? `${run.failed} failed: ${run.errors.join('; ').slice(0, 200)}` : '',
    ]);
    for (const f of floors) {
      const role = f.role === 'warm-up' ? 'warm-up, not in the ratio' : f.role === 'round' ? 'alternated round' : '';
      rows.push([String(f.size), `floor UNWIND MERGE, ${f.batch} docs/tx`, fmt(f.seconds, 1), fmt(f.docs / f.seconds), fmt(f.items / f.seconds, 0), '', [f === best ? 'best floor' : '', role].filter(Boolean).join(', ')]);
    }
    if (best) {
      const ratio = realRate / (best.docs / best.seconds);
      ctx.goals.push({ label: `ingestion docs/s vs best floor at ${run.to} documents`, value: ratio, goal: 'at least 0.5x of the floor', worse: 0.5 / ratio });
    }
  });
  if (record.bulk) {
    const b = record.bulk;
    const total = b.wallSeconds;
    const byStatement = Object.entries(b.statementSeconds)
      .sort((x, y) => y[1] - x[1])
      .map(([k, v]) => `${k} ${fmt(v, 0)}`)
      .join(', ');
    rows.push([
      String(b.to),
      `bulk path (${b.source === 'plan' ? 'rows from the planted truth, no extraction' : 'extractDocument'}), ${b.batch} docs/tx`,
      fmt(total, 1),
      fmt(b.docs / total),
      fmt(b.items / total, 0),
      '',
      `wall time includes recreating ${b.droppedIndexes} indexes (${fmt(b.indexSeconds, 0)} s); write only: ${fmt(b.docs / b.writeSeconds)} docs/s, ${fmt(b.items / b.writeSeconds, 0)} items/s (s per statement: ${byStatement}); render+rows ${fmt(b.renderSeconds, 0)} s, overlapping the writes`,
    ]);
  }
  const batches = ctx.args.floorBatches.join(', ');
  s.tables.push({
    title: 'Ingestion rate (documents and nodes+relationships per second)',
    header: ['graph size (docs)', 'path', 'seconds', 'docs/s', 'nodes+rels/s', 'real / best floor', 'notes'],
    rows,
    notes: [
      `Real path: a worker process runs \`ingestFiles\` (read, decode, \`extractDocument\` on worker threads, one per core (src/ingest/preparationPool.ts; BENCH_INGEST_POOL=N sets the threads, 0 keeps extraction on the ingesting thread), up to a batch and 4 documents per thread ahead), then \`ingestBatch\`: ${DEFAULT_BATCH_SIZE} documents per write transaction by default after smaller first ones (${FIRST_BATCH_SIZE}, doubling), the next batch extracted while the previous one is written, a failed batch retried one document per transaction so a bad file never leaves half a document; with the replace/retire checks and MAY_BE candidates). Rates are cumulative from an empty graph; at the first size, the best of the alternated rounds (table below).`,
      `Floor: the same documents' rows (from the same extraction, prepared beforehand and not timed) written by plain \`UNWIND $rows MERGE\` statements (bench/cypher/bulk.*.cypher) under Floor* labels with uniqueness constraints, from empty, at ${batches} documents per transaction; nodes+rels counted like the real path (countGraphItems).`,
      'The real path includes extraction, the floor does not: the ratio is end-to-end cost against the cheapest possible write of the same graph.',
      `Transaction sizes tried for the floor: ${batches} documents per transaction; the best is marked. The real path uses the product's default batch (DEFAULT_BATCH_SIZE in src/ingest/ingestFiles.ts, from the sweep above; BENCH_INGEST_BATCH overrides it); the bulk path uses 500.`,
    ],
  });
  if (record.fair) {
    const fair = record.fair;
    const realBest = fair.real.docs / fair.real.seconds;
    const floorBest = bestFloor(fair.floors);
    s.tables.push({
      title: `Real path and floor alternated at ${fair.size} documents (warmed server, each into an emptied database)`,
      header: ['order', 'round', 'path', 'docs/tx', 'seconds', 'docs/s'],
      rows: fair.steps.map((step, i) => [
        String(i + 1),
        String(step.round),
        step.path === 'real' ? 'real path (ingestFiles)' : 'floor UNWIND MERGE',
        step.batch === undefined ? '' : String(step.batch),
        fmt(step.seconds, 1),
        fmt(step.docs / step.seconds),
      ]),
      notes: [
        `Method: a fresh Neo4j's first real-path run pays its JIT (bench/HISTORY.md, "Ingestion: a fair measure"), which a floor run after it did not. So the server is warmed first (one real run, or the batch sweep when it ran; then the floor at each of --floor-batches, which picks the best batch), then ${ctx.args.ingestRounds} round(s) of floor then real path (--ingest-rounds), each into an emptied database; the ratio is the best real run against the best round floor${floorBest ? `: ${times(realBest, floorBest.docs / floorBest.seconds)}` : ''}.`,
        ...(fair.coldRatio !== null ? [`The order before this (the real path first on a fresh server, the floor after it) gave ${fmt(fair.coldRatio, 2)}x in this run: the warm-up real run against the best warm-up floor.`] : []),
      ],
    });
  }
  if (record.batchSweep.length) {
    const floors = record.floors[0] ?? [];
    const fastestFloor = bestFloor(floors);
    const best = fastestFloor ? fastestFloor.docs / fastestFloor.seconds : null;
    const fastest = Math.max(...record.batchSweep.map((r) => r.docs / r.seconds));
    s.tables.push({
      title: `Real path: documents per write transaction (sweep at ${record.batchSweep[0]!.to} documents, each from an empty graph)`,
      header: ['docs/tx', 'seconds', 'docs/s', 'real / best floor', 'ingest worker peak RSS MB', 'notes'],
      rows: record.batchSweep.map((r) => [
        String(r.batchSize ?? DEFAULT_BATCH_SIZE),
        fmt(r.seconds, 1),
        fmt(r.docs / r.seconds),
        best ? times(r.docs / r.seconds, best) : '-',
        fmt(r.peakRssMb, 0),
        [r.docs / r.seconds === fastest ? 'fastest' : '', r.batchSize === DEFAULT_BATCH_SIZE ? 'the default' : '', r.failed ? `${r.failed} failed` : '']
          .filter(Boolean)
          .join(', '),
      ]),
      notes: [
        `Each row: the bench's ingest worker (\`ingestFiles\`, extraction on one worker thread per core) over the same documents into an emptied graph, BENCH_INGEST_BATCH documents per transaction; before the run proper (\`--ingest-batches\`). The default (DEFAULT_BATCH_SIZE, ${DEFAULT_BATCH_SIZE}) is chosen from this sweep; the best floor is the one at the same size, below.`,
      ],
    });
  }
  for (const [size, g] of record.graphSizes) {
    s.notes.push(`Graph at ${size} documents: ${g.documents} ingested documents, ${g.nodes} nodes, ${g.relationships} relationships.`);
  }
}

function queryTables(ctx: Ctx, record: RunRecord, s: SectionReport): void {
  if (s.status === 'skipped') return;
  if (!record.queries.length) {
    if (s.status === 'ok') {
      s.status = 'skipped';
      s.reason = s.reason ?? 'no graph was loaded';
    }
    return;
  }
  for (const q of record.queries) {
    if (q.skipped) {
      s.notes.push(`${q.size} documents: skipped: ${q.skipped}`);
      if (s.status === 'ok') s.status = 'partial';
      continue;
    }
    const rows: string[][] = [];
    const indexNotes: string[] = [];
    const cpuNotes: string[] = [];
    for (const r of q.rows) {
      const lat = (l: { p50: number; p95: number; p99: number } | null) => (l ? `${fmt(l.p50)} / ${fmt(l.p95)} / ${fmt(l.p99)}` : '-');
      const errors = (l: { errors: number; non200?: number } | null) => (l && (l.errors || l.non200) ? ` (${l.errors + (l.non200 ?? 0)} errors)` : '');
      rows.push([
        r.title,
        r.error ? `failed: ${r.error}` : `${lat(r.api)}${errors(r.api)}`,
        fmt(r.api?.rps),
        lat(r.floor),
        fmt(r.floor?.rps),
        r.api && r.floor ? times(r.api.p50, r.floor.p50) : '-',
        r.statements !== null ? `${fmt(r.statements, 1)} in ${fmt(r.waves, 1)} waves` : '-',
        q.full ? lat(r.peer) : 'not run (growth size)',
        q.full ? fmt(r.peer?.rps) : '-',
        r.api && r.peer ? times(r.api.rps, r.peer.rps) : '-',
        `API ${fmt(r.apiKb, 1)} KB${r.answerObjects !== null ? ` (${fmt(r.answerObjects, 0)} objects)` : ''}${r.peerKb !== null ? `, peer ${fmt(r.peerKb, 1)} KB` : ''}`,
        q.full ? r.peerNote : '',
      ]);
      if (r.api && r.floor) {
        const ratio = r.api.p50 / r.floor.p50;
        ctx.goals.push({ label: `${r.title}: API p50 / Cypher floor p50 at ${q.size} docs`, value: ratio, goal: 'within 1.3x', worse: ratio / 1.3 });
        const byId = ctx.growth.get(r.id) ?? new Map();
        byId.set(q.size, { api: r.api.p50, floor: r.floor.p50, objects: r.answerObjects, kb: r.apiKb });
        ctx.growth.set(r.id, byId);
      }
      if (r.api?.cpuMs && r.floor?.cpuMs) cpuNotes.push(`${r.title}: API side ${cpuText(r.api.cpuMs)}; floor side ${cpuText(r.floor.cpuMs)}.`);
      if (r.api && r.indexFloor) {
        const ratio = r.api.p50 / r.indexFloor.p50;
        indexNotes.push(
          `${r.title}: bare full-text index lookup of the same page (ids and scores only, bench/cypher/floor.searchIndex.cypher) p50 / p95 / p99 ${fmt(r.indexFloor.p50)} / ${fmt(r.indexFloor.p95)} / ${fmt(r.indexFloor.p99)} ms, ${fmt(r.indexFloor.rps)} req/s${r.indexFloor.cpuMs ? ` (CPU ms per answer: ${cpuText(r.indexFloor.cpuMs)})` : ''}; API / bare lookup p50 ${times(r.api.p50, r.indexFloor.p50)}.`,
        );
        ctx.goals.push({ label: `${r.title}: API p50 / bare full-text lookup p50 at ${q.size} docs`, value: ratio, goal: 'within 1.5x', worse: ratio / 1.5 });
        ctx.goals.push({ label: `${r.title}: API p50 ms at ${q.size} docs`, value: r.api.p50, goal: 'under 50 ms', worse: r.api.p50 / 50 });
      }
      if (r.api && r.peer) {
        const ratio = r.api.rps / r.peer.rps;
        ctx.goals.push({ label: `${r.title}: API throughput / peer throughput at ${q.size} docs`, value: ratio, goal: 'ahead of the peer (>1x)', worse: 1 / ratio });
      }
    }
    const g = record.graphSizes.get(q.size);
    s.tables.push({
      title: `Queries on the ${q.size}-document graph${g ? ` (${g.nodes} nodes, ${g.relationships} relationships)` : ''}`,
      header: [
        'query',
        'API p50 / p95 / p99 ms',
        'API req/s',
        'floor p50 / p95 / p99 ms',
        'floor req/s',
        'API / floor p50',
        'Cypher statements per request',
        'peer p50 / p95 / p99 ms',
        'peer req/s',
        'API / peer req/s',
        'response size',
        'peer equivalent',
      ],
      rows,
      notes: [
        `Load: autocannon in its own process on loopback, ${ctx.args.connections} connections, ${ctx.args.warmupSec} s warm-up then ${ctx.args.durationSec} s, cycling through ${q.rows[0]?.variants ?? 0} variable sets per query (picked from the graph: the local documents that cite the most, their first tasks, the busiest bodies, the largest provinces; ${q.targets.searchTerms.length} search phrases).`,
        'API: our server (src/api/httpServer.ts, type-graphql, per-request DataLoaders) in its own process.',
        'Floor: the Cypher statements our API ran for each request (recorded in-process), replayed directly through neo4j-driver (one auto-commit statement per READ session, as the API reads) with the same concurrency and duration; statements the API issued concurrently are replayed concurrently.',
        q.full
          ? 'Peer: @neo4j/graphql 7.6.3 with bench/peer/typeDefs.graphql on Apollo Server standalone, in its own process, same database, same load.'
          : 'Peer not run at this size (only lineage and mandate are measured here, for growth).',
        ...indexNotes,
        ...(cpuNotes.length
          ? [
              'CPU ms per answer over the measured phase (/proc; the load client is autocannon on the API side, the replaying driver on the floor side; Neo4j when local, BENCH_NEO4J_PID for a server given): ' +
                cpuNotes.join(' '),
            ]
          : []),
      ],
    });
    if (q.replicas.length) {
      s.tables.push({
        title: `Two API processes behind one port, ${q.size}-document graph`,
        header: ['query', 'one API p50 ms', 'one API req/s', 'two APIs p50 ms', 'two APIs req/s', 'two / one req/s'],
        rows: q.replicas.map((r) => [
          r.title,
          fmt(r.one?.p50),
          fmt(r.one?.rps),
          r.error ? `failed: ${r.error}` : fmt(r.two?.p50),
          fmt(r.two?.rps),
          r.one && r.two ? times(r.two.rps, r.one.rps) : '-',
        ]),
        notes: [
          'Two: bench/workers/api.ts with BENCH_API_REPLICAS=2, node:cluster sharing one listening port between two API processes, each with its own driver and connection pool; same bodies, connections and duration as the single API above, measured after it. Both share this machine\'s cores with Neo4j and the load generator, so this shows that replicas answer the same queries interchangeably rather than how they scale on separate machines (see docs/scaling.md).',
        ],
      });
    }
  }
}

/** Measure 4 is about the bounded-depth queries. */
const GROWTH_IDS = ['lineage3', 'lineage6', 'mandate'];

function growthTable(ctx: Ctx): Table | null {
  if (!ctx.growth.size) return null;
  const sizes = [...new Set([...ctx.growth.values()].flatMap((m) => [...m.keys()]))].sort((a, b) => a - b);
  const rows: string[][] = [];
  const perObject = (v: { api: number; objects: number | null }) => (v.objects ? (v.api * 1000) / v.objects : null);
  for (const [id, bySize] of ctx.growth) {
    if (!GROWTH_IDS.includes(id)) continue;
    const first = bySize.get(sizes[0]!);
    const last = bySize.get(sizes[sizes.length - 1]!);
    rows.push([
      id,
      ...sizes.map((n) => {
        const v = bySize.get(n);
        if (!v) return '-';
        const us = perObject(v);
        return `${fmt(v.api)} (floor ${fmt(v.floor)}); ${v.objects !== null ? fmt(v.objects, 0) : '-'} objects, ${fmt(v.kb, 1)} KB; ${us !== null ? `${fmt(us, 0)} µs/object` : '-'}`;
      }),
      first && last && sizes.length > 1 ? times(last.api, first.api) : '-',
      first && last && sizes.length > 1 && perObject(first) && perObject(last) ? times(perObject(last)!, perObject(first)!) : '-',
    ]);
    const firstUs = first ? perObject(first) : null;
    const lastUs = last ? perObject(last) : null;
    if (firstUs && lastUs && sizes.length > 1) {
      ctx.goals.push({
        label: `${id}: API p50 per returned object at ${sizes[sizes.length - 1]} docs / at ${sizes[0]} docs`,
        value: lastUs / firstUs,
        goal: 'flat (within 1.5x)',
        worse: lastUs / firstUs / 1.5,
      });
    }
  }
  return {
    title: 'p50 latency (ms) as the graph grows: API (and its Cypher floor), answer size, time per returned object',
    header: ['query', ...sizes.map((n) => `${n} docs`), `p50 growth ${sizes[0]} -> ${sizes[sizes.length - 1]}`, 'µs/object growth'],
    rows,
    notes: [
      'Each size queries its own most-citing documents, so the work per request is comparable; bounded depth keeps the work proportional to the answer, so time per returned object (API p50 / objects with a key in the answer: documents, tasks, bodies) should stay flat while p50 follows the answer size.',
    ],
  };
}

export function writeReport(ctx: Ctx, record: RunRecord): string {
  const [ingestion, queries] = [ctx.sections.find((s) => s.id === 'ingestion')!, ctx.sections.find((s) => s.id === 'queries')!];
  ingestionTables(ctx, record, ingestion);
  queryTables(ctx, record, queries);
  const m = record.machine;
  const c = ctx.corpus;
  const out: string[] = [
    '# Benchmark results',
    '',
    `Written by \`npm run bench${record.argv.length ? ` -- ${record.argv.join(' ')}` : ''}\` on ${record.started.toISOString().slice(0, 16).replace('T', ' ')} UTC ` +
      `(${Math.round(((record.finished ?? new Date()).getTime() - record.started.getTime()) / 1000)} s). Re-running the command rewrites this file.`,
    '',
    '## Machine and setup',
    '',
    renderTable({
      title: 'Machine',
      header: ['cores', 'CPU', 'memory', 'Node', 'OS', 'load average at start'],
      rows: [[String(m.cores), m.cpuModel, `${m.memoryGb} GB`, m.node, m.platform, m.loadAverage.join(' ')]],
    }),
    '',
    `- Database: ${record.database ?? 'none'}.`,
  ];
  if (c) {
    const st = c.stats;
    out.push(
      `- Corpus: bench/generator, seed \`${ctx.args.seed}\`, planned ${c.plan.files.length} documents over ${c.plan.provinces.length} provinces; ${c.files.length} written to ${path.relative(PROJECT_ROOT, c.dir)} ` +
        `(${(st.bytes / 1e6).toFixed(1)} MB, ${(st.bytes / Math.max(1, st.documents) / 1024).toFixed(1)} KB per document, ${st.citations} citations, fan-out mean ${st.fanOutMean} / max ${st.fanOutMax}, ` +
        `most cited ${st.topCited.slice(0, 3).map((t) => `${t.key} (${t.citedBy})`).join(', ')}; OCR damage: ${Object.entries(st.damage).filter(([k]) => !k.startsWith('mention')).map(([k, v]) => `${k} ${v}`).join(', ')}).`,
    );
  }
  if (record.bulk) {
    out.push(
      `- Bulk path to ${record.bulk.to} documents: ${record.bulk.source === 'plan' ? 'documents rendered by the generator, their planted truth turned into an `Extraction` (bench/generator/asExtraction.ts) and into rows by the product\'s `buildIngestRows`, no extraction' : 'documents rendered by the generator and extracted by `extractDocument`'}; written ${record.bulk.batch} documents per transaction by bench/cypher/bulk.*.cypher on the real labels (no replace/retire checks, no MAY_BE candidates), with the indexes those statements never read dropped for the load and recreated after it (bench/lib/bulk.ts \`dropSecondaryIndexes\`).`,
    );
  }
  out.push('- Sizes are prefixes of one planned corpus (file order is shuffled), so each graph contains the smaller ones.', '');
  for (const s of ctx.sections) {
    out.push(`## ${s.title}`, '');
    if (s.status === 'skipped') out.push(`skipped: ${s.reason}`, '');
    else if (s.status === 'failed') out.push(`failed: ${s.reason}`, '');
    else if (s.status === 'partial' && s.reason) out.push(`partial: ${s.reason}`, '');
    for (const t of s.tables) out.push(renderTable(t), '');
    for (const n of s.notes) out.push(`- ${n}`);
    if (s.notes.length) out.push('');
  }
  out.push('## 4. Growth', '');
  const growth = growthTable(ctx);
  out.push(growth ? renderTable(growth) : 'skipped: no query was measured at more than one size.', '');
  out.push('## 5. Memory', '');
  out.push(
    ctx.memory.length
      ? renderTable({
          title: 'Peak resident memory',
          header: ['process', 'when', 'peak RSS MB'],
          rows: ctx.memory.map((r) => [r.process, r.when, fmt(r.peakMb, 0)]),
          notes: ['Worker processes: `process.resourceUsage().maxRSS` (ingester) or VmHWM from /proc (servers, Neo4j): the high-water mark over the process life.'],
        })
      : 'skipped: no process was measured.',
    '',
  );
  out.push('## Closing note', '');
  const goals = [...ctx.goals].sort((a, b) => b.worse - a.worse);
  if (!goals.length) out.push('No ratio was measured in this run.');
  else {
    const missed = goals.filter((g) => g.worse > 1);
    out.push(
      `Slowest ratio left: **${goals[0]!.label}: ${goals[0]!.value.toFixed(2)}** (goal: ${goals[0]!.goal}).`,
      '',
      missed.length
        ? `Goals missed in this run (${missed.length} of ${goals.length}):`
        : `All ${goals.length} measured ratios meet their goals.`,
    );
    for (const g of missed.slice(0, 12)) out.push(`- ${g.label}: ${g.value.toFixed(2)} (goal ${g.goal})`);
  }
  if (ctx.args.quick) {
    out.push('', 'This is a quick run (small graphs, short loads): figures are indicative; `npm run bench` gives the full ones.');
  }
  return `${out.join('\n')}\n`;
}

/** `load client 1.2, api 4.5, neo4j 6.7` from a load's CPU ms per answer. */
function cpuText(cpu: Record<string, number>): string {
  return Object.entries(cpu)
    .map(([name, ms]) => `${name === 'client' ? 'load client' : name === 'api' ? 'API' : name === 'neo4j' ? 'Neo4j' : name} ${fmt(ms, 2)}`)
    .join(', ');
}
