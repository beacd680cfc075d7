/**
 * The bench's extraction section and scripts/extraction-cpu.ts time the compiled extraction ingestion's workers
 * run (dist/extraction.js), built when stale or missing: the bundle must be current, give exactly what the sources
 * give, and a failed build must fall back to the sources and say so rather than time stale code.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config';
import { BUNDLES, EXTRACTION_BUNDLE, serverBuildProblem } from '../../src/buildState.mjs';
import { buildServer } from '../../scripts/buildServer.mjs';
import { describeCode, loadExtraction } from '../../scripts/lib/compiledExtraction';
import { extractDocument } from '../../src/extract/extractDocument';
import { readSource } from '../../src/formats';

describe('the extraction the measuring tools time', () => {
  it('is the bundle built from the current sources, built first when stale or missing (a fresh clone has no dist/)', async () => {
    // Part of the fingerprinted bundles: a checkout without it, or with a source changed since, is rebuilt.
    expect(BUNDLES).toContain(EXTRACTION_BUNDLE);
    const builds: boolean[] = [];
    const loaded = await loadExtraction('compiled', (options) => {
      const built = buildServer(options);
      builds.push(built);
      return built;
    });
    expect(builds).toHaveLength(1);
    expect(serverBuildProblem()).toBeNull();
    expect(loaded.code).toEqual({ from: 'compiled', file: EXTRACTION_BUNDLE });
    expect(describeCode(loaded.code)).toMatch(/^compiled \(dist\/extraction\.js/);
  }, 120_000);

  it('extracts from the bundle exactly what the sources extract, samples and real documents alike', async () => {
    const loaded = await loadExtraction('compiled');
    const dirs = ['data/corpus', 'data/real'].map((d) => path.join(PROJECT_ROOT, d));
    const files = dirs.flatMap((dir) =>
      readdirSync(dir)
        .filter((f) => /\.(txt|md)$/.test(f) && f !== 'README.md')
        .slice(0, 6)
        .map((f) => path.join(dir, f)),
    );
    expect(files.length).toBeGreaterThan(6);
    for (const file of files) {
      const bytes = readFileSync(file);
      const fileName = path.basename(file);
      const [fromSources, fromBundle] = await Promise.all([readSource(bytes, { fileName }), loaded.readSource(bytes, { fileName })]);
      expect(fromBundle).toEqual(fromSources);
      const options = { fileName, metadata: fromSources.metadata };
      expect(loaded.extractDocument(fromBundle.text, options)).toEqual(extractDocument(fromSources.text, options));
    }
  }, 120_000);

  it('falls back to the sources through tsx, saying why, when the bundle cannot be built', async () => {
    const loaded = await loadExtraction('compiled', () => {
      throw new Error('esbuild could not compile the server:\nsrc/x.ts:1 oops');
    });
    expect(loaded.code).toEqual({ from: 'sources', why: 'the bundle could not be built: esbuild could not compile the server:' });
    expect(describeCode(loaded.code)).toMatch(/^sources through tsx/);
    expect(loaded.extractDocument('Số: 12/QĐ-UBND', { fileName: 'a.txt' }).file).toBe('a.txt');
  });
});
