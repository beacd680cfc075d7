/**
 * The explorer (web/) as a reader meets it: the size of what the browser downloads for it, and the time from
 * opening a document page to its drawn citation diagram, for a document whose diagram holds about 200
 * documents on the benchmark graph, in headless Debian chromium (offline, loopback only): the first load
 * (nothing cached) and the median of the loads after it (bundle cached, as a returning reader).
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import neo4j from 'neo4j-driver';
import { PROJECT_ROOT } from '../../src/config';
import { launchOfflineBrowser } from '../../tests/support/browser';
import { startWorker } from '../lib/children';
import type { Ctx, SectionReport } from '../lib/context';
import { fmt } from '../lib/stats';
import { pickCypher } from '../lib/workloads';

const DIST = path.join(PROJECT_ROOT, 'web', 'dist');
/** The diagram size the first-render time is measured at. */
const TARGET_NODES = 200;
const LOADS = 7;

interface ManifestChunk {
  file: string;
  css?: string[];
  imports?: string[];
  dynamicImports?: string[];
  assets?: string[];
}

/** Raw and gzip bytes of every file an entry loads (script, static imports, stylesheets, assets such as the layout worker). */
export function entryBytes(entry: string): { files: number; raw: number; gzip: number } {
  const manifest = JSON.parse(readFileSync(path.join(DIST, '.vite', 'manifest.json'), 'utf8')) as Record<string, ManifestChunk>;
  const files = new Set<string>();
  const visit = (key: string) => {
    const chunk = manifest[key];
    if (!chunk || files.has(chunk.file)) return;
    files.add(chunk.file);
    for (const f of [...(chunk.css ?? []), ...(chunk.assets ?? [])]) files.add(f);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  visit(entry);
  let raw = 0;
  let gzip = 0;
  for (const file of files) {
    const bytes = readFileSync(path.join(DIST, file));
    raw += statSync(path.join(DIST, file)).size;
    gzip += gzipSync(bytes).length;
  }
  return { files: files.size, raw, gzip };
}

function bundleTable(s: SectionReport): void {
  const build = spawnSync(process.execPath, [path.join(PROJECT_ROOT, 'scripts', 'buildWeb.mjs')], { cwd: PROJECT_ROOT, encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`the web build failed: ${build.stderr.split('\n')[0]}`);
  const rows = [
    ['explorer (index.html)', entryBytes('index.html')],
    ['playground (playground/main.tsx)', entryBytes('playground/main.tsx')],
  ] as const;
  s.tables.push({
    title: 'Bundle size (web/dist, vite build)',
    header: ['page', 'files', 'KB', 'KB gzip'],
    rows: rows.map(([name, b]) => [name, String(b.files), fmt(b.raw / 1024, 0), fmt(b.gzip / 1024, 0)]),
    notes: ['Every file the entry loads: its script, the chunks it imports, stylesheets and assets (the explorer\'s ELK layout worker, ~1.6 MB, is fetched when the first diagram is drawn).'],
  });
}

interface Lineage {
  data?: { lineage: { nodes: unknown[] } };
}

/** A document and depth whose diagram (both directions) holds at least TARGET_NODES documents, nearest to it. */
async function pickDiagram(ctx: Ctx, apiUrl: string): Promise<{ key: string; id: string; depth: number; nodes: number } | null> {
  // LIMIT refuses a JS number (a float to Cypher).
  const cited = await ctx.db!.graph.read<{ key: string }>(pickCypher('pick.diagramRoots'), { n: neo4j.int(30), minCitedBy: 20, maxCitedBy: TARGET_NODES * 2 });
  const citing = await ctx.db!.graph.read<{ key: string }>(pickCypher('pick.lineageRoots'), { n: neo4j.int(30) });
  const roots = [...cited, ...citing];
  let best: { key: string; id: string; depth: number; nodes: number } | null = null;
  for (const { key } of roots) {
    for (let depth = 1; depth <= 6; depth++) {
      const response = await fetch(apiUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          query: 'query($id: ID!, $d: Int!) { document(id: $id) { id } lineage(documentId: $id, direction: BOTH, maxDepth: $d, maxNodes: 1000) { nodes { depth } } }',
          variables: { id: key, d: depth },
        }),
      });
      const answer = (await response.json()) as Lineage & { data?: { document: { id: string } | null } };
      const nodes = answer.data?.lineage.nodes.length ?? 0;
      const id = answer.data?.document?.id;
      if (id && nodes >= TARGET_NODES) {
        if (!best || nodes < best.nodes) best = { key, id, depth, nodes };
        break;
      }
    }
    if (best && best.nodes <= TARGET_NODES * 1.2) break;
  }
  return best;
}

/** Opens the document page LOADS times; each time, ms from navigation start until the diagram's nodes are drawn. */
async function firstRenders(origin: string, id: string, depth: number): Promise<{ times: number[]; drawn: number }> {
  const { browser, page } = await launchOfflineBrowser();
  const times: number[] = [];
  let drawn = 0;
  try {
    for (let i = 0; i < LOADS; i++) {
      await page.goto('about:blank');
      await page.goto(`${origin}/van-ban/${encodeURIComponent(id)}?cap=${depth}`, { waitUntil: 'commit' });
      await page.waitForSelector('[data-testid="citation-diagram"][data-ready="true"] .react-flow__node', { timeout: 120_000 });
      times.push(await page.evaluate<number>('performance.now()'));
      drawn = Number(await page.getAttribute('[data-testid="citation-diagram"]', 'data-nodes'));
    }
  } finally {
    await browser.close();
  }
  return { times, drawn };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

/** Bundle size always; first render when a benchmark graph of `size` documents is loaded (ctx.db). */
export async function explorerSection(ctx: Ctx, s: SectionReport, size: number | null): Promise<void> {
  bundleTable(s);
  if (!ctx.db || size === null) {
    s.notes.push('first render not measured: no benchmark graph was loaded.');
    return;
  }
  const api = startWorker('api.ts', [], { ...ctx.db.env, API_READER_KEYS: '', API_EDITOR_KEYS: '', NODE_ENV: 'production' });
  try {
    const apiUrl = (await api.next('ready', 120_000)).url as string;
    const picked = await pickDiagram(ctx, apiUrl);
    if (!picked) {
      s.notes.push(`first render not measured: no document of the ${size}-document graph has a diagram of ${TARGET_NODES} documents within 6 levels.`);
      return;
    }
    ctx.log(`  explorer: ${picked.key}, depth ${picked.depth}, ${picked.nodes} documents`);
    const { times, drawn } = await firstRenders(new URL(apiUrl).origin, picked.id, picked.depth);
    s.tables.push({
      title: `Document page to drawn diagram, ${size} documents`,
      header: ['document', 'levels each way', 'documents drawn', 'first load ms', 'later loads', 'median ms', 'max ms'],
      rows: [
        [
          picked.key,
          String(picked.depth),
          String(drawn),
          fmt(times[0] ?? NaN, 0),
          String(times.length - 1),
          fmt(median(times.slice(1)), 0),
          fmt(Math.max(...times.slice(1)), 0),
        ],
      ],
      notes: [
        'From navigation start (performance.now() at 0) to the first React Flow node on screen after the ELK layout: page and bundle load, one ExplorerDocument request (document, tasks, lineage BOTH), layout in the worker, drawing.',
        'Headless Debian chromium on the benchmark machine, loopback API. The first load fetches everything; later loads reuse the cached bundle (hashed files, cached a year).',
      ],
    });
  } finally {
    await api.stop();
  }
}
