/**
 * The playground in a real browser (headless Debian chromium through playwright-core) with every request that
 * leaves this machine refused: it must load, offer the examples, run one and show the answer, offline.
 * Data: the sample corpus, which the examples are written for.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse, type OperationDefinitionNode } from 'graphql';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PLAYGROUND_EXAMPLES } from '../../src/api/playgroundExamples';
import { OPERATIONS_DIR } from '../../src/api/operationDocuments';
import { LineageDocument } from '../../src/api/generated/operations';
import { ingestSampleCorpus } from './corpus.fixtures';
import { request, startTestApi, type TestApi } from './server.fixtures';
import { launchOfflineBrowser } from '../support/browser';

let api: TestApi;
let cleanupCorpus: () => Promise<void> = async () => undefined;
let browser: Browser;
let page: Page;
/** Every request the page tried to send off this machine (all refused). */
let offMachine: string[] = [];
let pageErrors: string[] = [];

beforeAll(async () => {
  api = await startTestApi();
  cleanupCorpus = (await ingestSampleCorpus(api.graph)).cleanup;
  ({ browser, page, offMachine, pageErrors } = await launchOfflineBrowser({ width: 1400, height: 900 }));
  await page.addInitScript(PAGE_HELPERS);
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await cleanupCorpus();
  await api?.close();
});

/**
 * Helpers installed in the page (plain JS: this project type-checks without DOM types). CodeMirror 5 renders
 * only the visible lines, so editor contents are read from the editor objects, not the DOM text. The tool
 * pane holds the variables editor, then the headers editor.
 */
const PAGE_HELPERS = `
  window.editorText = (selector) => {
    const host = document.querySelector(selector);
    return host && host.CodeMirror ? host.CodeMirror.getValue() : '';
  };
  window.variablesText = () => window.editorText('.graphiql-editor-tool .CodeMirror') || '{}';
  window.resultText = () => window.editorText('.result-window .CodeMirror');
  window.clearResult = () => document.querySelector('.result-window .CodeMirror').CodeMirror.setValue('');
  window.toolEditorTexts = () => [...document.querySelectorAll('.graphiql-editor-tool .CodeMirror')].map((e) => e.CodeMirror.getValue());
`;

const resultText = () => page.evaluate<string>('resultText()');
const variablesText = () => page.evaluate<string>('variablesText()');

/** Switches tab and waits until the editor holds that operation (GraphiQL derives the operation name from it). */
async function openTab(operation: string): Promise<void> {
  await page.locator('.graphiql-tab', { hasText: operation }).first().click();
  await page.waitForFunction(`/(query|mutation) ${operation}\\b/.test(editorText('.graphiql-query-editor .CodeMirror'))`, undefined, {
    timeout: 10_000,
  });
  // GraphiQL re-derives the operation name from the editor shortly after the switch (debounced); a click
  // before that sends the previous tab's name.
  await page.waitForTimeout(500);
}

async function runActiveTab(): Promise<unknown> {
  await page.evaluate('clearResult()');
  await page.click('.graphiql-execute-button');
  await page.waitForFunction(`resultText().trim().startsWith('{')`, undefined, { timeout: 20_000 });
  return JSON.parse(await resultText());
}

describe('the example operations', () => {
  it('are committed files, each holding one operation named like its file', async () => {
    for (const example of PLAYGROUND_EXAMPLES) {
      const text = await readFile(path.join(OPERATIONS_DIR, `${example.operation}.graphql`), 'utf8');
      const operations = parse(text).definitions.filter((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition');
      expect(operations.map((o) => o.name?.value), example.operation).toEqual([example.operation]);
    }
  });
});

describe('the playground at GET /graphql', () => {
  it('is served by us as HTML that loads nothing from another host', async () => {
    const response = await fetch(api.url, { headers: { accept: 'text/html' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    const html = await response.text();
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\//);
    expect(html).toMatch(/Authorization.*Bearer/);
  });

  it('opens offline with the example tabs, the Examples panel and the editor-key header', async () => {
    await page.goto(api.url, { waitUntil: 'networkidle' });
    await page.waitForSelector('.graphiql-execute-button', { timeout: 20_000 });
    const tabs = await page.locator('.graphiql-tab').allInnerTexts();
    expect(tabs.map((t) => t.trim())).toEqual(PLAYGROUND_EXAMPLES.filter((e) => e.tab).map((e) => e.operation));
    const panel = await page.locator('.dg-example-title').allInnerTexts();
    expect(panel).toEqual(expect.arrayContaining(['Lineage of 2898/QĐ-UBND', 'Tasks of Sở Nội vụ', 'Mandate of a task', 'Conflicting claims']));
    expect(await page.locator('#dg-header').innerText()).toMatch(/Authorization.+Bearer/);
    // Every example found its data: no "not in the graph yet" notes.
    expect(await page.locator('.dg-example-note').count()).toBe(0);
    // The first tab arrives whole: its variables too, so ▶ works at once.
    await page.waitForFunction(`/"documentId"/.test(variablesText())`, undefined, { timeout: 10_000 }).catch(() => undefined);
    expect(JSON.parse(await variablesText())).toMatchObject({ documentId: '2898/QĐ-UBND@Quảng Ninh', direction: 'UPSTREAM' });
    await page.screenshot({ path: '/tmp/playground-opened.png' });
  });

  it('runs the lineage of 2898/QĐ-UBND and shows what the API answers: it reaches 76/NQ-CP and 05-NQ/TU', async () => {
    // The tab a visitor sees first: run it as is, without touching anything.
    const shown = (await runActiveTab()) as { data: { lineage: { nodes: { depth: number; document: { key: string; symbol: string | null } }[] } } };
    const symbols = shown.data.lineage.nodes.map((n) => n.document.symbol);
    expect(symbols).toEqual(expect.arrayContaining(['2898/QĐ-UBND', '76/NQ-CP', '05-NQ/TU']));
    expect(shown.data.lineage.nodes.find((n) => n.document.symbol === '05-NQ/TU')!.document.key).toBe('05-NQ/TU@Quảng Ninh');

    // The pane shows exactly what the API answers to the same document and variables.
    const variables = JSON.parse(await variablesText());
    const direct = await request(api.url, LineageDocument, variables);
    expect(shown).toEqual({ data: direct.data });
    await page.screenshot({ path: '/tmp/playground-lineage.png' });
  });

  it('runs the tasks of Sở Nội vụ and lists its lead and coordinating duties', async () => {
    await openTab('TasksOfBody');
    const shown = (await runActiveTab()) as {
      data: { bodies: { nodes: { name: string; tasks: { totalCount: number; nodes: { assignments: { role: string; body: { name: string } }[] }[] } }[] } };
    };
    expect(shown).not.toHaveProperty('errors');
    const body = shown.data.bodies.nodes[0]!;
    expect(body.name).toBe('Sở Nội vụ');
    expect(body.tasks.totalCount).toBeGreaterThan(0);
    const roles = new Set(body.tasks.nodes.flatMap((t) => t.assignments.filter((a) => a.body.name === 'Sở Nội vụ').map((a) => a.role)));
    expect([...roles]).toEqual(expect.arrayContaining(['LEAD', 'COORDINATE']));
  });

  it('answers every example tab from the sample corpus, without errors', async () => {
    const answers: Record<string, unknown> = {};
    for (const example of PLAYGROUND_EXAMPLES.filter((e) => e.tab)) {
      await openTab(example.operation);
      answers[example.operation] = await runActiveTab();
    }
    for (const [operation, answer] of Object.entries(answers)) {
      expect(answer, operation).not.toHaveProperty('errors');
    }
    const { Mandate, Conflicts, Search } = answers as {
      Mandate: { data: { mandate: { document: { symbol: string }; chain: { document: { symbol: string | null } }[] } } };
      Conflicts: { data: { conflicts: { nodes: { document: { symbol: string | null } }[] } } };
      Search: { data: { search: { totalCount: number; nodes: { node: { title?: string | null; text?: string; name?: string } }[] } } };
    };
    expect(Mandate.data.mandate.document.symbol).toBe('2898/QĐ-UBND');
    expect(Mandate.data.mandate.chain.map((step) => step.document.symbol)).toContain('76/NQ-CP');
    expect(Conflicts.data.conflicts.nodes.map((c) => c.document.symbol)).toContain('124/NQ-HĐND');
    expect(Search.data.search.nodes.length).toBeGreaterThan(0);
  });

  it('opens an example from the panel in a new tab and runs it', async () => {
    await page.locator('[data-operation="Health"]').click();
    await page.waitForFunction(`document.querySelectorAll('.graphiql-tab').length > 5`);
    await openTab('Health');
    const shown = (await runActiveTab()) as { data: { health: { database: boolean; migrated: boolean } } };
    expect(shown.data.health).toMatchObject({ database: true, migrated: true });
  });

  it('puts the editor key into the headers of a mutation example', async () => {
    await page.locator('[data-operation="SetTaskStatus"]').click();
    await page.fill('.dg-key input', 'my-editor-key');
    await page.click('.dg-key button');
    const headers = (await page.evaluate<string[]>('toolEditorTexts()')).find((v) => v.includes('Authorization')) ?? '';
    expect(JSON.parse(headers)).toEqual({ Authorization: 'Bearer my-editor-key' });
  });

  it('needed nothing from outside this machine and raised no script errors', () => {
    expect(offMachine).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
