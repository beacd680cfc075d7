import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config';
import { testNeo4jSettings } from '../support/neo4j';
import { freePort } from '../support/ports';
import { startTestApi, type TestApi } from '../api/server.fixtures';
import { FAILS_FAST_MS, FAILS_FAST_TEST_MS } from '../support/bounds';

// scripts/buildServer.mjs is plain JavaScript (set-up runs it before any TypeScript tooling): typed here.
type BuildModule = {
  buildServer: (options?: { force?: boolean; log?: (line: string) => void }) => boolean;
  serverBuildProblem: () => string | null;
  SERVER_BUNDLE: string;
  BENCH_API_BUNDLE: string;
};
const build = (await import(path.join(PROJECT_ROOT, 'scripts', 'buildServer.mjs'))) as BuildModule;

const NO_NEO4J_ENV = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('NEO4J_')));

/** Runs a compiled bundle on plain Node (no tsx), as `npm start` runs dist/server.js. */
function startBundle(file: string, env: Record<string, string>) {
  return spawn(process.execPath, [file], { cwd: PROJECT_ROOT, env: { ...NO_NEO4J_ENV, ...env }, stdio: ['pipe', 'pipe', 'pipe'] });
}

async function post(url: string, query: string): Promise<string> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
  return response.text();
}

const INTROSPECTION = '{ __schema { types { name kind fields { name args { name type { name kind ofType { name kind } } } type { name kind ofType { name kind ofType { name } } } } } } }';

describe('the server compiled to dist/ (npm start)', () => {
  beforeAll(() => {
    build.buildServer({ log: () => undefined });
  });

  it('is rebuilt only when a source changed: after a build nothing is stale', () => {
    expect(build.serverBuildProblem()).toBeNull();
    expect(build.buildServer({ log: () => undefined })).toBe(false);
  });

  describe('answering', () => {
    let source: TestApi;
    let compiled: ReturnType<typeof startBundle>;
    let compiledUrl: string;

    beforeAll(async () => {
      source = await startTestApi();
      const settings = testNeo4jSettings();
      compiled = startBundle(build.BENCH_API_BUNDLE, { NEO4J_URI: settings.uri, NEO4J_USER: settings.user, NEO4J_PASSWORD: settings.password, NODE_ENV: 'production' });
      compiledUrl = await new Promise<string>((resolve, reject) => {
        createInterface({ input: compiled.stdout! }).on('line', (line) => {
          const event = JSON.parse(line) as { event: string; url?: string; message?: string };
          if (event.event === 'ready') resolve(event.url!);
          else if (event.event === 'error') reject(new Error(event.message));
        });
        compiled.once('exit', (code) => reject(new Error(`the compiled API exited (${code})`)));
      });
    }, 120_000);

    afterAll(async () => {
      compiled?.stdin?.end();
      await source?.close();
    });

    it('serves the schema the sources build, decorators and all', async () => {
      const [fromSources, fromBundle] = await Promise.all([post(source.url, INTROSPECTION), post(compiledUrl, INTROSPECTION)]);
      expect(fromSources).toContain('"Document"');
      expect(fromBundle).toBe(fromSources);
    });

    it('keeps the protections: a query nested past the depth limit is refused the same way', async () => {
      let deep = 'key';
      for (let i = 0; i < 4; i++) deep = `citations(first: 1) { edges { node { to { ${deep} } } } }`;
      const query = `{ documents(first: 1) { edges { node { ${deep} } } } }`;
      const [fromSources, fromBundle] = await Promise.all([post(source.url, query), post(compiledUrl, query)]);
      expect(fromSources).toMatch(/QUERY_TOO_(DEEP|COMPLEX)/);
      expect(fromBundle).toBe(fromSources);
    });
  });

  it(
    'exits by itself with one clear line when NEO4J_URI is unreachable, as the sources do',
    async () => {
      const port = await freePort();
      const child = startBundle(build.SERVER_BUNDLE, { NEO4J_URI: `bolt://127.0.0.1:${port}`, NEO4J_PASSWORD: 'x', PORT: '0' });
      let stderr = '';
      child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      const started = Date.now();
      const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
      expect(code).not.toBe(0);
      expect(Date.now() - started).toBeLessThan(FAILS_FAST_MS);
      expect(stderr).toMatch(/^error DATABASE_UNAVAILABLE: Cannot reach Neo4j at bolt:\/\/127\.0\.0\.1:\d+/m);
    },
    FAILS_FAST_TEST_MS,
  );
});
