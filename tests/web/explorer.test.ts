/**
 * The explorer (web/) in a real browser, offline: headless Debian chromium through playwright-core with every
 * request that leaves this machine refused. It walks what policy staff do: search "2898", open the document,
 * read its citation diagram up to the national level; open a task and its mandate chain; open Sở Nội vụ's
 * dashboard and find the API's counts there; record progress on a task as an editor and see it change cells.
 * Screenshots of each page go to tests/screenshots/ (git-ignored) for a reviewer.
 * Data: the sample corpus (data/corpus), as the playground test.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config';
import {
  BodiesDocument,
  ExplorerBodyDocument,
  ExplorerBodyTasksDocument,
  MandateDocument,
  SetTaskStatusDocument,
  type ExplorerBodyTasksQuery,
  type TaskStatus,
} from '../../src/api/generated/operations';
import { toGlobalId } from '../../src/api/globalId';
import { READABLE_ZOOM } from '../../web/src/diagram/model';
import { cellLabel, formatDate, roleLabel, statusLabel } from '../../web/src/labels';
import { buildWorld, removeWorld, type World } from '../graph/world.fixtures';
import { ingestSampleCorpus } from '../api/corpus.fixtures';
import { request, startTestApi, type TestApi } from '../api/server.fixtures';
import { launchOfflineBrowser } from '../support/browser';

const SCREENSHOTS = path.join(PROJECT_ROOT, 'tests', 'screenshots');
const EDITOR_KEY = 'explorer-test-editor-key';
/** A page load, a request and a layout in a worker, on a shared 2-core machine. */
const PAGE_TEST_MS = 120_000;
const CELLS = ['DONE_ON_TIME', 'DONE_LATE', 'IN_PROGRESS', 'OVERDUE'] as const;
/** The API's count field for each cell (TrackerCounts). */
const FIELD = { DONE_ON_TIME: 'doneOnTime', DONE_LATE: 'doneLate', IN_PROGRESS: 'inProgress', OVERDUE: 'overdue' } as const;

let api: TestApi;
let cleanupCorpus: () => Promise<void> = async () => undefined;
let browser: Browser;
let page: Page;
let offMachine: string[] = [];
let pageErrors: string[] = [];
/** A made-up province's documents and tasks (tests/graph/world.fixtures.ts): deadlines this file may extend. */
let world: World | undefined;

beforeAll(async () => {
  // The build the server serves; a no-op when web/dist is current.
  const build = spawnSync(process.execPath, [path.join(PROJECT_ROOT, 'scripts', 'buildWeb.mjs')], { cwd: PROJECT_ROOT, encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`The web build failed:\n${build.stdout}\n${build.stderr}`);
  mkdirSync(SCREENSHOTS, { recursive: true });
  api = await startTestApi({ editorKeys: [EDITOR_KEY] });
  cleanupCorpus = (await ingestSampleCorpus(api.graph)).cleanup;
  world = await buildWorld(api.graph);
  ({ browser, page, offMachine, pageErrors } = await launchOfflineBrowser());
}, 240_000);

afterAll(async () => {
  await browser?.close();
  if (world) await removeWorld(api.graph, world);
  await cleanupCorpus();
  await api?.close();
});

const shot = (name: string) => page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true });

/** The symbols of the documents drawn in the diagram, once the layout is done. */
async function diagramSymbols(): Promise<string[]> {
  await page.waitForSelector('[data-testid="citation-diagram"][data-ready="true"] .dg-node', { timeout: 30_000 });
  return page.locator('.react-flow__node .dg-node').evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-symbol') ?? ''));
}

/** How the diagram's first view shows the document: zoom, and whether the root box is inside the pane, uncut. */
async function firstView(): Promise<{ zoom: number; rootInside: boolean; rootSymbolCut: boolean }> {
  await page.waitForSelector('[data-testid="citation-diagram"][data-ready="true"] .dg-node-root', { timeout: 30_000 });
  // The view is set right after the layout: let a frame pass.
  await page.evaluate('new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))');
  const transform = (await page.locator('.react-flow__viewport').getAttribute('style')) ?? '';
  const zoom = Number(/scale\(([\d.]+)\)/.exec(transform)?.[1] ?? NaN);
  const pane = (await page.locator('[data-testid="citation-diagram"]').boundingBox())!;
  const root = (await page.locator('.react-flow__node .dg-node-root').boundingBox())!;
  const rootInside = root.x >= pane.x && root.y >= pane.y && root.x + root.width <= pane.x + pane.width && root.y + root.height <= pane.y + pane.height;
  const rootSymbolCut = await page.locator('.dg-node-root .dg-node-symbol').evaluate((el) => el.scrollWidth > el.clientWidth);
  return { zoom, rootInside, rootSymbolCut };
}

/** RFC 4180 fields of a CSV text (quoted fields may hold commas, quotes and line breaks). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') row.push(field), (field = '');
    else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      (row = []), (field = ''), i++;
    } else field += ch;
  }
  if (field || row.length) rows.push([...row, field]);
  return rows;
}

async function sonoivu(): Promise<{ id: string; name: string }> {
  const answer = await request(api.url, BodiesDocument, { filter: { name: 'Sở Nội vụ', jurisdiction: 'Quảng Ninh' }, first: 1 });
  const body = answer.data?.bodies.nodes[0];
  if (!body) throw new Error('Sở Nội vụ of Quảng Ninh is not in the sample corpus graph.');
  return body;
}

/** The four cells as the page shows them. */
async function shownCells(): Promise<Record<string, number>> {
  await page.waitForSelector('.dg-cell-card', { timeout: 30_000 });
  const cards = await page.locator('.dg-cell-card').evaluateAll((els) =>
    els.map((el) => [el.getAttribute('data-cell') ?? '', Number(el.querySelector('.dg-cell-count')?.textContent ?? 'NaN')] as const),
  );
  return Object.fromEntries(cards);
}

describe('the server of the web build', () => {
  it('answers every explorer path with the same page, and its hashed files with a year of caching', async () => {
    const page = await fetch(`${api.origin}/co-quan/anything?o=OVERDUE`, { headers: { accept: 'text/html' } });
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('<div id="root">');
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\//);
    const script = /src="(\/assets\/[^"]+\.js)"/.exec(html)?.[1];
    expect(script).toBeDefined();
    const asset = await fetch(`${api.origin}${script}`);
    expect(asset.status).toBe(200);
    expect(asset.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect(asset.headers.get('cache-control')).toContain('immutable');
  });

  it('serves nothing outside the build folder, and JSON 404s to API clients', async () => {
    const escaped = await fetch(`${api.origin}/assets/..%2F..%2Fpackage.json`);
    expect(escaped.status).toBe(404);
    const missing = await fetch(`${api.origin}/no-such-route`, { headers: { accept: 'application/json' } });
    expect(missing.status).toBe(404);
    expect(await missing.json()).toMatchObject({ error: expect.stringMatching(/\/graphql/) });
  });
});

describe('the explorer at /', { timeout: PAGE_TEST_MS }, () => {
  it('finds 2898 from the search box and opens its document page, whose diagram reaches 76/NQ-CP and 05-NQ/TU of Quảng Ninh', async () => {
    await page.goto(`${api.origin}/`);
    await page.fill('#dg-search-input', '2898');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/\?q=2898$/);
    const hit = page.locator('[data-kind="document"] a', { hasText: '2898/QĐ-UBND' }).first();
    await hit.waitFor({ timeout: 20_000 });
    await shot('search');
    await hit.click();
    await page.waitForURL(/\/van-ban\//);
    expect(await page.locator('[data-field="symbol"]').innerText()).toBe('2898/QĐ-UBND');

    const symbols = await diagramSymbols();
    expect(symbols).toEqual(expect.arrayContaining(['2898/QĐ-UBND', '76/NQ-CP', '05-NQ/TU']));
    const nq05 = page.locator('.dg-node[data-symbol="05-NQ/TU"]');
    expect(await nq05.innerText()).toContain('Quảng Ninh');
    // 76/NQ-CP is above the root (upstream), and the legend names every relation.
    expect(Number(await page.locator('.dg-node[data-symbol="76/NQ-CP"]').getAttribute('data-level'))).toBeGreaterThan(0);
    expect(await page.locator('.dg-legend li').allInnerTexts()).toEqual(expect.arrayContaining(['Căn cứ', 'Triển khai / hướng dẫn']));
    await shot('document');
  }, PAGE_TEST_MS);

  it('opens the diagram readable: the document in view at a readable zoom, its label whole, the full text on focus', async () => {
    const view = await firstView();
    expect(view.zoom).toBeGreaterThanOrEqual(READABLE_ZOOM);
    expect(view.rootInside).toBe(true);
    expect(view.rootSymbolCut).toBe(false);
    // A cut title shows whole when its node has the focus (and on hover).
    const node = page.locator('.react-flow__node .dg-node-root');
    expect(await node.locator('.dg-node-full').isVisible()).toBe(false);
    await node.locator('a').focus();
    expect(await node.locator('.dg-node-full').isVisible()).toBe(true);
    expect(await node.locator('.dg-node-full').innerText()).toContain('Kế hoạch cải cách hành chính');
    await page.locator('[data-testid="citation-diagram"]').screenshot({ path: path.join(SCREENSHOTS, 'diagram.png') });
    await page.locator('#dg-search-input').focus();
  }, PAGE_TEST_MS);

  it('goes to a document by clicking its node, and back with the browser', async () => {
    const here = page.url();
    // A wide diagram may hold the node outside the visible pane: reach it as a keyboard user does.
    const link = page.locator('.react-flow__node .dg-node[data-symbol="76/NQ-CP"] a');
    await link.focus();
    await link.press('Enter');
    await page.waitForURL((url) => url.href !== here && url.pathname.startsWith('/van-ban/'));
    expect(await page.locator('[data-field="symbol"]').innerText()).toBe('76/NQ-CP');
    // The national resolution is cited by 2898 (downstream of it, below).
    const symbols = await diagramSymbols();
    expect(symbols).toContain('2898/QĐ-UBND');
    await page.goBack();
    await page.waitForURL(here);
    expect(await page.locator('[data-field="symbol"]').innerText()).toBe('2898/QĐ-UBND');
  }, PAGE_TEST_MS);

  it('shares a document page by its URL: a fresh load of it shows the same document', async () => {
    const fresh = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await fresh.route('**/*', (route) => (new URL(route.request().url()).hostname === '127.0.0.1' ? route.continue() : route.abort()));
    await fresh.goto(page.url());
    await fresh.waitForSelector('[data-field="symbol"]');
    expect(await fresh.locator('[data-field="symbol"]').innerText()).toBe('2898/QĐ-UBND');
    await fresh.close();
  });

  it('shows the scanned title of 2898 with its diacritics restored, and the original on request', async () => {
    // The page is 2898/QĐ-UBND's (previous tests): its title was scanned as "... cip nhat Ké hoach cai cich hanh chinh ...".
    const title = page.locator('.dg-title [data-restored]');
    expect(await title.getAttribute('data-restored')).toBe('restored');
    expect(await title.innerText()).toContain('Kế hoạch cải cách hành chính tỉnh Quảng Ninh');
    await page.locator('.dg-title button').click();
    expect(await title.getAttribute('data-restored')).toBe('original');
    expect(await title.innerText()).toContain('cai cich hanh chinh');
    await page.locator('.dg-title button').click();
  }, PAGE_TEST_MS);

  it('opens a task of the document and shows its mandate chain up to the national level, with quoted evidence', async () => {
    const taskLink = page.locator('table.dg-table tbody tr a[href^="/nhiem-vu/"]').first();
    await taskLink.waitFor();
    await taskLink.click();
    await page.waitForURL(/\/nhiem-vu\//);
    await page.waitForSelector('.dg-chain-step[data-symbol]', { timeout: 20_000 });
    const taskId = decodeURIComponent(new URL(page.url()).pathname.slice('/nhiem-vu/'.length));
    const mandate = await request(api.url, MandateDocument, { taskId });
    const fromApi = mandate.data!.mandate.chain.map((step) => step.document.symbol ?? '');
    const shown = await page.locator('.dg-chain-step[data-symbol]').evaluateAll((els) => els.map((el) => el.getAttribute('data-symbol') ?? ''));
    expect(shown).toEqual(fromApi);
    expect(shown).toContain('76/NQ-CP');
    expect(await page.locator('.dg-chain-step .dg-quote').count()).toBeGreaterThan(0);
    expect(await page.locator('#dg-roles-heading').count()).toBe(1);
    await shot('task');
  });

  it("shows Sở Nội vụ's dashboard with the counts the API returns, each number a link to its list", async () => {
    const body = await sonoivu();
    await page.goto(`${api.origin}/`);
    await page.fill('#dg-search-input', 'so noi vu');
    await page.keyboard.press('Enter');
    const hit = page.locator('[data-kind="body"] a', { hasText: 'Sở Nội vụ' }).first();
    await hit.waitFor({ timeout: 20_000 });
    await hit.click();
    await page.waitForURL(/\/co-quan\//);
    const cells = await shownCells();

    const answer = await request(api.url, ExplorerBodyDocument, { id: body.id });
    const dashboard = answer.data!.body!.dashboard;
    expect(dashboard.total.total).toBeGreaterThan(0);
    expect(cells).toEqual(Object.fromEntries(CELLS.map((cell) => [cell, dashboard.total[FIELD[cell]]])));
    // Each source directive's row shows the API's numbers too.
    for (const row of dashboard.byDocument) {
      const shown = await page
        .locator(`table[data-table="by-source"] tr[data-document-id="${row.document.id}"] td`)
        .evaluateAll((tds) => tds.map((td) => [td.getAttribute('data-cell') ?? '', Number(td.textContent)] as const));
      expect(Object.fromEntries(shown)).toEqual({ ...Object.fromEntries(CELLS.map((cell) => [cell, row.counts[FIELD[cell]]])), total: row.counts.total });
    }

    // The list behind a number is one click away and holds that many tasks.
    const busiest = CELLS.filter((cell) => (cells[cell] ?? 0) > 0)[0]!;
    await page.locator(`.dg-cell-card[data-cell="${busiest}"] a`).click();
    await page.waitForURL(new RegExp(`o=${busiest}`));
    await page.waitForSelector('table[data-table="list"] tbody tr', { timeout: 20_000 });
    expect(await page.locator('table[data-table="list"] tbody tr').count()).toBe(cells[busiest]);
    expect(new Set(await page.locator('table[data-table="list"] tbody tr').evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-cell'))))).toEqual(
      new Set([busiest]),
    );
    await shot('body');
  });

  it("exports Sở Nội vụ's task list to a CSV whose rows are the API's list", async () => {
    const body = await sonoivu();
    await page.goto(`${api.origin}/co-quan/${encodeURIComponent(body.id)}`);
    await page.waitForSelector('table[data-table="list"] tbody tr', { timeout: 20_000 });
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.getByRole('button', { name: 'Xuất CSV' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^nhiem-vu-.+\.csv$/);
    const bytes = await readFile((await download.path())!);
    // A UTF-8 byte-order mark, as documented, so Excel reads the Vietnamese text as UTF-8.
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8').slice(1);

    const asOf = (await request(api.url, ExplorerBodyDocument, { id: body.id })).data!.body!.dashboard.asOf;
    type ListedTask = NonNullable<ExplorerBodyTasksQuery['body']>['tasks']['nodes'][number];
    const tasks: ListedTask[] = [];
    let after: string | null = null;
    do {
      const list: NonNullable<ExplorerBodyTasksQuery['body']>['tasks'] = (await request(api.url, ExplorerBodyTasksDocument, { id: body.id, asOf, first: 100, after })).data!.body!.tasks;
      tasks.push(...list.nodes);
      after = list.pageInfo.hasNextPage ? list.pageInfo.endCursor : null;
    } while (after);
    // The documented guard: a cell starting with = + - @ is written with a leading ' (never run as a formula).
    const guarded = (value: string) => (/^[=+\-@]/.test(value) ? `'${value}` : value);
    const expected = tasks.map((t) =>
      [
        t.document.symbol ?? '',
        t.text,
        t.assignments
          .filter((a) => a.body.id === body.id)
          .map((a) => roleLabel(a.role))
          .join('; '),
        t.dueBy ?? t.deadlineRaw ?? '',
        statusLabel(t.status),
        t.completedAt ?? '',
        cellLabel(t.trackerCell),
      ].map(guarded),
    );
    const rows = parseCsv(text);
    expect(rows[0]).toEqual(['Văn bản giao', 'Nhiệm vụ', 'Vai trò', 'Thời hạn', 'Tình trạng', 'Ngày hoàn thành', 'Ô theo dõi']);
    expect(rows.slice(1)).toEqual(expected);
    expect(expected.length).toBeGreaterThan(0);
    // Vietnamese text arrives intact, and a cell holding a comma is quoted.
    const withComma = expected.flat().find((cell) => cell.includes(','));
    expect(withComma, 'some task text holds a comma').toBeDefined();
    expect(text).toContain(`"${withComma!.replace(/"/g, '""')}"`);
    expect(text).toMatch(/[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/);
  });

  it('extends a deadline as an editor: the task page shows the new deadline, the task back in progress, and the extension in its history', async () => {
    const taskId = toGlobalId('Task', `${world!.keys.decision}#task1`);
    await page.goto(`${api.origin}/nhiem-vu/${encodeURIComponent(taskId)}`);
    await page.waitForSelector('[data-field="dueBy"]');
    const before = await page.locator('[data-field="dueBy"]').innerText();
    expect(before).toContain('31/12/2024');
    // Past its last day (2024): overdue until an extension to a day still ahead (the end of next year).
    expect(await page.getAttribute('[data-field="status"] [data-cell]', 'data-cell')).toBe('OVERDUE');
    const newDue = `${new Date().getUTCFullYear() + 1}-12-31`;
    const form = '.dg-editor-form[data-form="deadline"]';
    await page.fill(`${form} input[name="dueBy"]`, newDue);
    await page.fill(`${form} input[name="reason"]`, 'Chờ hướng dẫn của Bộ Nội vụ, theo Công văn số 12/UBND');
    await page.fill(`${form} input[name="editorKey"]`, EDITOR_KEY);
    await page.click(`${form} button[type="submit"]`);
    await page.waitForFunction(`document.querySelector('[data-field="dueBy"]')?.textContent?.includes('${formatDate(newDue)}')`, undefined, { timeout: 20_000 });
    expect(await page.getAttribute('[data-field="status"] [data-cell]', 'data-cell')).toBe('IN_PROGRESS');
    const history = page.locator('table[data-table="history"] tbody tr').first();
    expect(await history.innerText()).toContain(`Gia hạn: ${formatDate('2024-12-31')} → ${formatDate(newDue)}`);
    expect(await history.innerText()).toContain('Chờ hướng dẫn của Bộ Nội vụ, theo Công văn số 12/UBND');
    await shot('task-extended');
  });

  it('explains, without an editor key, that neither form can save, and sends nothing', async () => {
    await page.evaluate('sessionStorage.clear()');
    await page.reload();
    await page.waitForSelector('[data-field="dueBy"]');
    const sent: string[] = [];
    const onRequest = (req: { method(): string; postData(): string | null }) => {
      if (req.method() === 'POST' && /mutation/.test(req.postData() ?? '')) sent.push(req.postData() ?? '');
    };
    page.on('request', onRequest);
    for (const name of ['deadline', 'status']) {
      const form = `.dg-editor-form[data-form="${name}"]`;
      expect(await page.inputValue(`${form} input[name="editorKey"]`)).toBe('');
      if (name === 'deadline') {
        await page.fill(`${form} input[name="dueBy"]`, '2026-09-30');
        await page.fill(`${form} input[name="reason"]`, 'Không có khóa');
      }
      await page.click(`${form} button[type="submit"]`);
      await page.waitForFunction(`/cần khóa biên tập/.test(document.querySelector('${form} .dg-form-state')?.textContent ?? '')`, undefined, { timeout: 20_000 });
      expect(await page.locator(`${form} .dg-form-state`).innerText()).toMatch(/Chưa nhập khóa biên tập/);
    }
    page.off('request', onRequest);
    expect(sent).toEqual([]);
    expect(await page.locator('[data-field="dueBy"]').innerText()).toContain(`31/12/${new Date().getUTCFullYear() + 1}`);
  });

  it('moves a task between cells when an editor records it done', async () => {
    await page.goto(`${api.origin}/co-quan/${encodeURIComponent((await sonoivu()).id)}`);
    const before = await shownCells();
    const bodyUrl = page.url().replace(/\?.*$/, '');
    const from = (['IN_PROGRESS', 'OVERDUE'] as const).find((cell) => (before[cell] ?? 0) > 0);
    expect(from, 'Sở Nội vụ has a task that is not done').toBeDefined();
    await page.goto(`${bodyUrl}?o=${from}`);
    await page.locator('table[data-table="list"] tbody tr a[href^="/nhiem-vu/"]').first().click();
    await page.waitForURL(/\/nhiem-vu\//);
    const taskId = decodeURIComponent(new URL(page.url()).pathname.slice('/nhiem-vu/'.length));
    const statusBefore = (await page.getAttribute('[data-field="status"]', 'data-status')) as TaskStatus;
    const form = '.dg-editor-form[data-form="status"]';
    await page.selectOption(`${form} select[name="status"]`, 'DONE');
    await page.fill(`${form} input[name="note"]`, 'Đã hoàn thành (kiểm thử)');
    await page.fill(`${form} input[name="editorKey"]`, EDITOR_KEY);
    await page.click(`${form} button[type="submit"]`);
    await page.waitForSelector('[data-field="status"][data-status="DONE"]', { timeout: 20_000 });
    // The history keeps the change, with its note.
    expect(await page.locator('table[data-table="history"]').innerText()).toContain('Đã hoàn thành (kiểm thử)');
    await shot('task-done');
    await page.goBack();
    await page.waitForURL(/\/co-quan\//);
    const after = await shownCells();
    expect(after[from!]).toBe(before[from!]! - 1);
    const done = after.DONE_ON_TIME! + after.DONE_LATE! - (before.DONE_ON_TIME! + before.DONE_LATE!);
    expect(done).toBe(1);
    // Other test files read the same sample data: put the status back.
    const restored = await request(api.url, SetTaskStatusDocument, { taskId, status: statusBefore }, { authorization: `Bearer ${EDITOR_KEY}` });
    expect(restored.errors).toBeUndefined();
  });

  it('refuses the change without a valid editor key and says so', async () => {
    await page.goto(page.url().replace(/[?#].*$/, ''));
    await page.locator('table[data-table="list"] tbody tr a[href^="/nhiem-vu/"]').first().click();
    await page.waitForURL(/\/nhiem-vu\//);
    await page.fill('.dg-editor-form[data-form="status"] input[name="editorKey"]', 'not-a-key');
    await page.click('.dg-editor-form[data-form="status"] button[type="submit"]');
    await page.waitForFunction(`/Không lưu được/.test(document.querySelector('.dg-form-state')?.textContent ?? '')`, undefined, { timeout: 20_000 });
  });

  it('is usable at phone width: nothing wider than the screen, the diagram still drawn', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${api.origin}/`);
    await page.fill('#dg-search-input', '2898');
    await page.keyboard.press('Enter');
    await page.locator('[data-kind="document"] a', { hasText: '2898/QĐ-UBND' }).first().click();
    expect((await diagramSymbols()).length).toBeGreaterThan(2);
    const overflow = await page.evaluate<number>('document.documentElement.scrollWidth - window.innerWidth');
    expect(overflow).toBeLessThanOrEqual(1);
    const view = await firstView();
    expect(view.zoom).toBeGreaterThanOrEqual(READABLE_ZOOM);
    expect(view.rootInside).toBe(true);
    await shot('document-phone');
    await page.locator('[data-testid="citation-diagram"]').screenshot({ path: path.join(SCREENSHOTS, 'diagram-phone.png') });
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it('reaches the diagram nodes with the keyboard', async () => {
    let focused = '';
    for (let i = 0; i < 80 && !focused.includes('dg-node-link'); i++) {
      await page.keyboard.press('Tab');
      focused = await page.evaluate<string>(`document.activeElement?.className ?? ''`);
    }
    expect(focused).toContain('dg-node-link');
  });

  it('says when a document does not exist, and when a path is no page', async () => {
    await page.goto(`${api.origin}/van-ban/no-such-document`);
    await page.waitForSelector('.dg-empty');
    expect(await page.locator('.dg-empty').innerText()).toMatch(/Không có văn bản này/);
    await page.goto(`${api.origin}/khong-co`);
    expect(await page.locator('h1').innerText()).toBe('Không có trang này');
  });

  it('needed nothing from outside this machine and raised no script errors', () => {
    expect(offMachine).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
