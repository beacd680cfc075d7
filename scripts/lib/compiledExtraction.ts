/**
 * The extraction code the measuring tools time: the compiled bundle ingestion's workers run (dist/extraction.js,
 * built from the current sources when stale or missing, as `npm run ingest` builds dist/), not the sources through
 * tsx, whose transform wraps closures to keep their names and cost 2-6% more CPU (bench/HISTORY.md, x21). Used by
 * the bench's extraction section and scripts/extraction-cpu.ts. `from: 'sources'` (or a build that fails) loads
 * the TypeScript sources instead; the caller reports which it measured.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ExtractOptions } from '../../src/extract/extractDocument';
import type { Extraction } from '../../src/extract/types';
import type { readSource as ReadSource } from '../../src/formats';
import { PROJECT_ROOT } from '../../src/config';
import { buildServer, BUNDLE_OPTIONS, EXTRACTION_BUNDLE } from '../buildServer.mjs';

export type Extract = (text: string, opts?: ExtractOptions) => Extraction;

export interface LoadedExtraction {
  extractDocument: Extract;
  readSource: typeof ReadSource;
  /** What runs: the compiled bundle (its file) or the sources through tsx (and why). */
  code: { from: 'compiled'; file: string } | { from: 'sources'; why: string };
}

export type CodeChoice = 'compiled' | 'sources';

/** Tells the two apart in a report: "compiled (dist/extraction.js)" or "sources through tsx (why)". */
export function describeCode(code: LoadedExtraction['code']): string {
  return code.from === 'compiled' ? `compiled (${path.basename(path.dirname(code.file))}/${path.basename(code.file)}, plain Node)` : `sources through tsx (${code.why})`;
}

/**
 * This checkout's extraction. Compiled unless `from` is 'sources'; a build that fails (no esbuild, a compile
 * error) falls back to the sources with its message as the reason, so a measure still runs and says so.
 */
export async function loadExtraction(from: CodeChoice = 'compiled', build: typeof buildServer = buildServer): Promise<LoadedExtraction> {
  if (from === 'compiled') {
    let why: string;
    try {
      build({ log: () => undefined });
      return { ...(await importExtraction(EXTRACTION_BUNDLE)), code: { from: 'compiled', file: EXTRACTION_BUNDLE } };
    } catch (error) {
      why = `the bundle could not be built: ${(error as Error).message.split('\n')[0]}`;
    }
    return { ...(await importExtraction(path.join(PROJECT_ROOT, 'src/ingest/extractionEntry.ts'))), code: { from: 'sources', why } };
  }
  return { ...(await importExtraction(path.join(PROJECT_ROOT, 'src/ingest/extractionEntry.ts'))), code: { from: 'sources', why: 'asked for' } };
}

/**
 * `extractDocument` of another checkout (a before/after run's base), compiled the way this checkout's bundles are
 * (into ROOT/dist/extractDocument.js: a bundle must sit one folder below its root, src/config.ts's PROJECT_ROOT) or
 * its sources through tsx; or a bundle file given as is.
 */
export async function loadOtherExtraction(root: string, from: CodeChoice): Promise<{ extractDocument: Extract; code: LoadedExtraction['code'] }> {
  if (/\.m?js$/.test(root)) return { extractDocument: (await importExtraction(root)).extractDocument, code: { from: 'compiled', file: root } };
  const entry = path.join(root, 'src/extract/extractDocument.ts');
  if (!existsSync(entry)) throw new Error(`EXTRACT_NOT_FOUND: ${root} holds no src/extract/extractDocument.ts; give a checkout's root or a bundle of it`);
  if (from === 'sources') return { extractDocument: (await importExtraction(entry)).extractDocument, code: { from: 'sources', why: 'asked for' } };
  const outfile = path.join(root, 'dist', 'extractDocument.js');
  mkdirSync(path.dirname(outfile), { recursive: true });
  const esbuild = createRequire(import.meta.url)('esbuild') as typeof import('esbuild');
  esbuild.buildSync({ ...BUNDLE_OPTIONS, absWorkingDir: root, entryPoints: [entry], outfile, tsconfig: path.join(root, 'tsconfig.json'), logLevel: 'silent' });
  return { extractDocument: (await importExtraction(outfile)).extractDocument, code: { from: 'compiled', file: outfile } };
}

async function importExtraction(file: string): Promise<{ extractDocument: Extract; readSource: typeof ReadSource }> {
  const mod = (await import(pathToFileURL(file).href)) as { extractDocument?: Extract; readSource?: typeof ReadSource };
  if (typeof mod.extractDocument !== 'function') {
    throw new Error(`EXTRACT_NOT_FOUND: ${file} exports no extractDocument; rebuild with node scripts/buildServer.mjs --force`);
  }
  return { extractDocument: mod.extractDocument, readSource: mod.readSource! };
}
