/**
 * The citation diagram past its cap, in a real browser: a document whose lineage holds more documents than
 * the diagram draws (MAX_DIAGRAM_NODES). The graph is bench/generator's synthetic corpus put through the
 * product's own ingestion (ingestFiles: read, extract, write), on a Neo4j of this file's own, because a
 * thousand generated documents citing real national numbers would change what the other test files read.
 * The page must say it trimmed (with the counts), draw no more than the cap, and stay responsive: scripts
 * still answer and a click on a node opens that document.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config';
import { ExplorerDocumentDocument } from '../../src/api/generated/operations';
import { startLocalNeo4j, type LocalNeo4jHandle } from '../../src/graph/localNeo4j';
import { ingestFiles } from '../../src/ingest/ingestFiles';
import { writeCorpus } from '../../bench/generator/generateCorpus';
import type { ManifestDocument } from '../../bench/generator/manifest';
import { MAX_DIAGRAM_NODES } from '../../web/src/diagram/model';
import { request, startTestApi, type TestApi } from '../api/server.fixtures';
import { launchOfflineBrowser } from '../support/browser';
import { testNeo4jSettings } from '../support/neo4j';
import { freePort } from '../support/ports';

const SCREENSHOTS = path.join(PROJECT_ROOT, 'tests', 'screenshots');
/** Enough generated documents that the most-cited national document reaches more than the cap within 3 levels. */
const DOCUMENTS = 1200;
const LEVELS = 3;
/** Extraction and writes of DOCUMENTS files, a Neo4j start, on a shared 2-core machine. */
const SETUP_MS = 900_000;
const PAGE_TEST_MS = 240_000;

const root = mkdtempSync(path.join(os.tmpdir(), 'dg-diagram-scale-'));
let neo4j: LocalNeo4jHandle | undefined;
let api: TestApi;
let browser: Browser;
let page: Page;
let offMachine: string[] = [];
let pageErrors: string[] = [];
let rootKey = '';

/** The documents within `levels` citation steps of each key, both ways (what lineage BOTH walks). */
function mostReached(manifests: readonly ManifestDocument[], levels: number): { key: string; reached: number } {
  const up = new Map<string, string[]>();
  const down = new Map<string, string[]>();
  const add = (map: Map<string, string[]>, from: string, to: string) => map.set(from, [...(map.get(from) ?? []), to]);
  for (const doc of manifests) {
    for (const cited of doc.citations) {
      add(up, doc.key, cited.key);
      add(down, cited.key, doc.key);
    }
  }
  const walk = (start: string, edges: Map<string, string[]>, seen: Set<string>) => {
    let frontier = [start];
    for (let level = 0; level < levels; level++) {
      frontier = frontier.flatMap((key) => (edges.get(key) ?? []).filter((next) => !seen.has(next) && seen.add(next)));
    }
  };
  let best = { key: '', reached: 0 };
  for (const key of new Set([...up.keys(), ...down.keys()])) {
    const seen = new Set([key]);
    walk(key, up, seen);
    walk(key, down, seen);
    if (seen.size > best.reached) best = { key, reached: seen.size };
  }
  return best;
}

beforeAll(async () => {
  const build = spawnSync(process.execPath, [path.join(PROJECT_ROOT, 'scripts', 'buildWeb.mjs')], { cwd: PROJECT_ROOT, encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`The web build failed:\n${build.stdout}\n${build.stderr}`);
  mkdirSync(SCREENSHOTS, { recursive: true });
  const { password } = testNeo4jSettings();
  neo4j = await startLocalNeo4j({
    boltPort: await freePort(),
    dataDir: path.join(root, 'neo4j'),
    logFile: path.join(root, 'neo4j.log'),
    password,
    timeoutMs: 60_000,
    maxWaitMs: 300_000,
  });
  api = await startTestApi({ uri: neo4j.uri });
  const corpus = await writeCorpus({ docs: DOCUMENTS, seed: 'explorer-at-scale', outDir: path.join(root, 'corpus') });
  const reports = await ingestFiles(api.graph, corpus.files, { maxBytes: 5 * 1024 * 1024 });
  const failed = reports.filter((r) => r.status === 'failed');
  if (failed.length) throw new Error(`${failed.length} generated documents did not ingest, e.g. ${failed[0]!.file}: ${failed[0]!.error?.message}`);
  const best = mostReached(corpus.manifests, LEVELS);
  if (best.reached <= MAX_DIAGRAM_NODES) throw new Error(`No generated document reaches more than ${MAX_DIAGRAM_NODES} documents in ${LEVELS} levels (best ${best.key}: ${best.reached}).`);
  rootKey = best.key;
  ({ browser, page, offMachine, pageErrors } = await launchOfflineBrowser());
}, SETUP_MS);

afterAll(async () => {
  await browser?.close();
  await api?.close();
  await neo4j?.stop();
  rmSync(root, { recursive: true, force: true });
}, 120_000);

describe(`a document whose diagram holds more than ${MAX_DIAGRAM_NODES} documents`, { timeout: PAGE_TEST_MS }, () => {
  it('says the diagram was trimmed, with the counts, and draws no more than the cap', async () => {
    // What the page asks for (its own operation): the API keeps the nearest documents and says it cut.
    const answer = await request(api.url, ExplorerDocumentDocument, { id: rootKey, maxDepth: LEVELS, maxNodes: MAX_DIAGRAM_NODES });
    expect(answer.errors).toBeUndefined();
    expect(answer.data!.lineage.truncated).toBe(true);
    const kept = new Set(answer.data!.lineage.nodes.map((n) => n.document.id)).size;

    await page.goto(`${api.origin}/van-ban/${encodeURIComponent(rootKey)}?cap=${LEVELS}`);
    const diagram = page.locator('[data-testid="citation-diagram"][data-ready="true"]');
    await diagram.waitFor({ timeout: PAGE_TEST_MS - 30_000 });
    const notice = page.locator('[data-notice="trimmed"]');
    expect(await notice.isVisible()).toBe(true);
    const text = await notice.innerText();
    expect(text).toContain('Lược đồ đã rút gọn');
    expect(text).toContain(kept.toLocaleString('vi-VN'));
    expect(text).toContain(MAX_DIAGRAM_NODES.toLocaleString('vi-VN'));
    expect(Number(await diagram.getAttribute('data-nodes'))).toBe(kept);
    expect(kept).toBeLessThanOrEqual(MAX_DIAGRAM_NODES);
    expect(await page.locator('.react-flow__node').count()).toBeLessThanOrEqual(MAX_DIAGRAM_NODES);
    // The first view shows the document itself, readable, not the whole thousand.
    const root = (await page.locator('.react-flow__node .dg-node-root').boundingBox())!;
    const pane = (await diagram.boundingBox())!;
    expect(root.x >= pane.x && root.x + root.width <= pane.x + pane.width && root.y >= pane.y && root.y + root.height <= pane.y + pane.height).toBe(true);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'document-trimmed.png') });
  });

  it('stays responsive: scripts answer, and a click on a node opens its document', async () => {
    // A frozen tab would time these out: the page's own event loop must come back.
    expect(await page.evaluate<number>('new Promise((done) => requestAnimationFrame(() => setTimeout(() => done(42), 0)))')).toBe(42);
    const here = page.url();
    // A document drawn wholly inside the pane (only the nodes in view are rendered, some cut by its edge).
    const pane = (await page.locator('[data-testid="citation-diagram"]').boundingBox())!;
    const candidates = page.locator('.react-flow__node .dg-node:not(.dg-node-root)');
    let target = null;
    for (let i = 0; i < (await candidates.count()) && !target; i++) {
      const box = await candidates.nth(i).boundingBox();
      const symbol = await candidates.nth(i).getAttribute('data-symbol');
      if (box && symbol && box.x >= pane.x && box.y >= pane.y && box.x + box.width <= pane.x + pane.width && box.y + box.height <= pane.y + pane.height - 40) {
        target = candidates.nth(i);
      }
    }
    expect(target, 'a document in view besides the root').not.toBeNull();
    const symbol = await target!.getAttribute('data-symbol');
    await target!.locator('a').click();
    await page.waitForURL((url) => url.href !== here && url.pathname.startsWith('/van-ban/'), { timeout: 60_000 });
    expect(await page.locator('[data-field="symbol"]').innerText()).toBe(symbol);
  });

  it('needed nothing from outside this machine and raised no script errors', () => {
    expect(offMachine).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
