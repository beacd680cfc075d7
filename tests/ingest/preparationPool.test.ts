/**
 * The API prepares uploaded documents (formats + extraction) on worker threads: the answer must be exactly
 * what the same call gives on the main thread, refusals included.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ingestFiles, prepareDocument, type FileReport } from '../../src/ingest/ingestFiles';
import { chooseEntry, compiledWorkerExecArgv, PreparationPool } from '../../src/ingest/preparationPool';
import { buildServer, PREPARATION_WORKER_BUNDLE, serverBuildProblem } from '../../scripts/buildServer.mjs';

const pool = new PreparationPool(2);
afterAll(() => pool.close());

const plan = readFileSync(path.join(__dirname, '../../data/real/c5d930a5fc8373cd.md'));

describe('preparing documents on worker threads', () => {
  it('gives the same extraction as the main thread for a real plan', async () => {
    const [off, on] = await Promise.all([pool.prepare(plan, 'plan.md', 5_000_000), prepareDocument(plan, 'plan.md', 5_000_000)]);
    expect(off.ok).toBe(true);
    expect(off).toEqual(on);
  });

  it('passes refusals back with their code', async () => {
    const off = await pool.prepare(Buffer.from('Hôm nay trời đẹp, chúng tôi đi dạo quanh hồ.'), 'note.txt', 5_000_000);
    expect(off).toMatchObject({ ok: false, code: 'NOT_A_GOVERNMENT_DOCUMENT' });
  });

  it('handles several documents at once, each answer going to its own caller', async () => {
    const names = ['a.md', 'b.md', 'c.md', 'd.md'];
    const answers = await Promise.all(names.map((n) => pool.prepare(plan, n, 5_000_000)));
    expect(answers.map((a) => (a.ok ? a.extraction.file : null))).toEqual(names);
  });
});

describe('workers sharing the restoration model', () => {
  const sharing = new PreparationPool(2, { shareRestorationModel: true });
  afterAll(() => sharing.close());

  it('restore damaged documents exactly as the main thread does, each worker given the tables built here', async () => {
    const scans = ['002_a02de70c305dbdbe.txt', '001_a355fd2d7d9a47bb.txt'].map((f) =>
      readFileSync(path.join(__dirname, '../../data/corpus', f)),
    );
    const [threaded, here] = await Promise.all([
      Promise.all(scans.map((bytes, i) => sharing.prepare(bytes, `scan-${i}.txt`, 5_000_000))),
      Promise.all(scans.map((bytes, i) => prepareDocument(bytes, `scan-${i}.txt`, 5_000_000))),
    ]);
    expect(threaded).toEqual(here);
    expect(here.filter((p) => p.ok && p.source.restoration !== null).length).toBe(2);
    // Each worker that met a damaged document asked this thread for the model instead of reading the file.
    expect(sharing.modelRequests).toBeGreaterThanOrEqual(1);
  }, 120_000);
});

describe('a pool that starts with one worker', () => {
  it('runs one until widened; the worker it widens to takes the jobs waiting, answers unchanged', async () => {
    const narrow = new PreparationPool(2, { startWorkers: 1 });
    try {
      const names = ['a.md', 'b.md', 'c.md', 'd.md', 'e.md', 'f.md'];
      const first = names.slice(0, 3).map((n) => narrow.prepare(plan, n, 5_000_000));
      expect(narrow.workersAllowed).toBe(1);
      expect(narrow.workerResourceLimits()).toHaveLength(1);
      // Two jobs went to the worker; the third waits in the pool and goes to the worker widened to.
      expect(narrow.widen()).toBe(true);
      expect(narrow.workerResourceLimits()).toHaveLength(2);
      expect(narrow.widen()).toBe(false);
      const rest = names.slice(3).map((n) => narrow.prepare(plan, n, 5_000_000));
      const answers = await Promise.all([...first, ...rest]);
      expect(answers.map((a) => (a.ok ? a.extraction.file : null))).toEqual(names);
      expect(answers[0]).toEqual(await prepareDocument(plan, 'a.md', 5_000_000));
    } finally {
      await narrow.close();
    }
  }, 120_000);
});

describe('where the workers start', () => {
  it('runs the compiled entry only when dist/ was built from the current sources', () => {
    expect(chooseEntry(null)).toEqual({ from: 'compiled', file: PREPARATION_WORKER_BUNDLE });
    expect(chooseEntry('src/extract/x.ts changed since the last build')).toEqual({ from: 'sources', why: 'src/extract/x.ts changed since the last build' });
  });

  it('decides where workers start when the first one starts, not when the pool is made (the API makes one at start-up)', () => {
    const pool = new PreparationPool(1);
    expect((pool as unknown as { chosenEntry?: unknown }).chosenEntry).toBeUndefined();
    expect(pool.entry).toEqual(chooseEntry(serverBuildProblem()));
    expect((pool as unknown as { chosenEntry?: unknown }).chosenEntry).toBe(pool.entry);
  });

  it("starts the compiled entry without tsx's loader, which a worker would inherit from a CLI run through tsx", () => {
    // process.execArgv of `npm run ingest` (tsx src/cli/ingest.ts), with two options of a user's own.
    const cli = [
      '--require',
      '/repo/node_modules/tsx/dist/preflight.cjs',
      '--enable-source-maps',
      '--import',
      'file:///repo/node_modules/tsx/dist/loader.mjs',
      '--import=tsx',
      '--max-old-space-size=4096',
      '--require',
      '/repo/tools/tracing.cjs',
    ];
    expect(compiledWorkerExecArgv(cli)).toEqual(['--enable-source-maps', '--max-old-space-size=4096', '--require', '/repo/tools/tracing.cjs']);
    expect(compiledWorkerExecArgv([])).toEqual([]);
  });

  it('gives the same answers from the compiled entry (what npm run ingest runs once it has built dist/) as from the sources and this thread', async () => {
    buildServer({ log: () => undefined });
    const entry = chooseEntry(serverBuildProblem());
    expect(entry.from).toBe('compiled');
    const compiled = new PreparationPool(1, { shareRestorationModel: true, entry });
    const sources = new PreparationPool(1, { shareRestorationModel: true, entry: { from: 'sources', why: 'test' } });
    try {
      const scan = readFileSync(path.join(__dirname, '../../data/corpus', '002_a02de70c305dbdbe.txt'));
      for (const [bytes, name] of [[plan, 'plan.md'], [scan, 'scan.txt']] as const) {
        const [fromBundle, fromSources, here] = await Promise.all([
          compiled.prepare(bytes, name, 5_000_000),
          sources.prepare(bytes, name, 5_000_000),
          prepareDocument(bytes, name, 5_000_000),
        ]);
        expect(fromBundle.ok).toBe(true);
        expect(fromBundle).toEqual(here);
        expect(fromSources).toEqual(here);
      }
    } finally {
      await Promise.all([compiled.close(), sources.close()]);
    }
  }, 180_000);
});

describe("the workers' young generation", () => {
  it("starts each worker with the young generation asked, V8's own when none is", async () => {
    const pools = [new PreparationPool(1, { youngGenerationMb: 80 }), new PreparationPool(1)];
    try {
      await Promise.all(pools.map((p) => p.prepare(plan, 'plan.md', 5_000_000)));
      const [asked, own] = pools.map((p) => p.workerResourceLimits().map((l) => l.maxYoungGenerationSizeMb));
      expect(asked).toEqual([80]);
      expect(own).toHaveLength(1);
      expect(own![0]).toBeGreaterThan(0);
      expect(own![0]).not.toBe(80);
    } finally {
      await Promise.all(pools.map((p) => p.close()));
    }
  }, 120_000);
});

describe('ingesting files with extraction on worker threads', () => {
  it('reports every file as the calling thread does, in file order, refusals and unreadable files included', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'pool-ingest-'));
    try {
      const real = path.join(__dirname, '../../data/real');
      const files = readdirSync(real).filter((f) => f.endsWith('.md')).sort().slice(0, 6).map((f) => path.join(real, f));
      const note = path.join(dir, 'note.txt');
      writeFileSync(note, 'Hôm nay trời đẹp, chúng tôi đi dạo quanh hồ.');
      const list = [files[0]!, note, ...files.slice(1), path.join(dir, 'gone.txt')];
      const strip = (reports: FileReport[]) => reports.map(({ ms: _ms, ...rest }) => rest);
      const here = await ingestFiles(null, list, { maxBytes: 5_000_000, dryRun: true });
      const threaded = await ingestFiles(null, list, { maxBytes: 5_000_000, dryRun: true, pool });
      expect(strip(threaded)).toEqual(strip(here));
      expect(threaded.map((r) => r.status)).toEqual(['would-ingest', 'rejected', ...files.slice(1).map(() => 'would-ingest'), 'failed']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
