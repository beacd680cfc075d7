#!/usr/bin/env node
/**
 * Compiles the server to JavaScript: esbuild bundles `src/server.ts` (what `npm start` runs), the bench's API
 * worker (`bench/workers/api.ts`) and the extraction workers' entry (`src/ingest/preparationWorker.ts`, which
 * the pool starts when dist/ is current) into dist/, npm packages left as imports. Run from TypeScript through
 * tsx, the API paid tsx's loader on every module it loaded at run time (Apollo's `require('crypto')` per request
 * went through tsx's resolver) and its source maps; the bundle runs on plain Node (bench/HISTORY.md, "The API from
 * compiled JavaScript"); a worker thread started through tsx loaded tsx's loader and ran its keepNames-wrapped
 * code (bench/HISTORY.md, "Ingestion: a fair measure, workers from compiled JavaScript"). The CLIs' own threads and
 * the tests keep running the sources through tsx.
 *
 * The bundles are rebuilt only when a file they were built from (esbuild's list of inputs), package-lock.json or
 * this script changed: dist/.build-fingerprint keeps their hashes. `node scripts/buildServer.mjs --force`
 * rebuilds anyway. Set-up runs it (so `npm start` always serves the current sources); `npm run build` too.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DIST, FINGERPRINT, ROOT, serverBuildProblem, sha } from '../src/buildState.mjs';

export { BENCH_API_BUNDLE, DIST, EXTRACTION_BUNDLE, PREPARATION_WORKER_BUNDLE, SERVER_BUNDLE, serverBuildProblem } from '../src/buildState.mjs';
// Each bundle sits one folder below the root, as src/config.ts's PROJECT_ROOT expects of its module.
// `extraction` is the workers' formats and extraction alone, for the bench and scripts/extraction-cpu.ts to time.
const ENTRIES = {
  server: 'src/server.ts',
  benchApiWorker: 'bench/workers/api.ts',
  preparationWorker: 'src/ingest/preparationWorker.ts',
  extraction: 'src/ingest/extractionEntry.ts',
};
/** Always part of the fingerprint: library versions and how the bundles are made. */
const ALWAYS = ['package-lock.json', 'scripts/buildServer.mjs', 'src/buildState.mjs', 'tsconfig.json'];

/** How every bundle is compiled (scripts/lib/compiledExtraction.ts compiles another checkout's extraction alike). */
export const BUNDLE_OPTIONS = Object.freeze({
  bundle: true,
  // npm packages stay imports: one copy of graphql for type-graphql and the schema's code, as under tsx.
  packages: 'external',
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // esbuild's table dates `\p{...}` to Node 20.12 (its Unicode data), so for 'node20' it wrote each such regex
  // literal as `new RegExp(...)`, a new object at every evaluation: a per-token test built a regex per token.
  // Every Node this project runs on parses the literals (engines), and both forms match alike in one runtime.
  supported: { 'regexp-unicode-property-escapes': true },
  // Written for a debugger; Node reads it only with --enable-source-maps (stack traces then cost more).
  sourcemap: 'linked',
});

export class ServerBuildError extends Error {}

/** Writes a file under a temporary name, then renames it over the old one (a reader sees the old or the new). */
function replaceWhole(file, contents) {
  const temporary = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(temporary, contents);
  fs.renameSync(temporary, file);
}

export function buildServer({ force = false, log = (line) => console.log(`[build] ${line}`) } = {}) {
  const problem = force ? 'a rebuild was asked for' : serverBuildProblem();
  if (!problem) return false;
  let esbuild;
  try {
    esbuild = createRequire(import.meta.url)('esbuild');
  } catch {
    throw new ServerBuildError('esbuild is not installed: run `npm ci`, then `npm run setup`.');
  }
  log(`${problem}: compiling the server to dist/ (esbuild)...`);
  const started = Date.now();
  let result;
  try {
    result = esbuild.buildSync({
      ...BUNDLE_OPTIONS,
      absWorkingDir: ROOT,
      entryPoints: ENTRIES,
      outdir: DIST,
      tsconfig: path.join(ROOT, 'tsconfig.json'),
      metafile: true,
      logLevel: 'silent',
      // Written below, each file replaced whole: `npm run ingest` builds when stale, so two commands started
      // together may build at once, and a worker must never load a half-written bundle.
      write: false,
    });
  } catch (error) {
    const errors = error?.errors?.map((e) => `${e.location?.file ?? ''}:${e.location?.line ?? ''} ${e.text}`).join('\n') ?? String(error);
    throw new ServerBuildError(`esbuild could not compile the server:\n${errors}`);
  }
  fs.mkdirSync(DIST, { recursive: true });
  for (const file of result.outputFiles) replaceWhole(file.path, file.contents);
  const inputs = {};
  for (const file of [...Object.keys(result.metafile.inputs).filter((f) => !f.includes('node_modules')), ...ALWAYS].sort()) {
    inputs[file] = sha(path.join(ROOT, file));
  }
  replaceWhole(FINGERPRINT, `${JSON.stringify({ inputs }, null, 1)}\n`);
  log(`built in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  return true;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    buildServer({ force: process.argv.includes('--force') });
  } catch (error) {
    console.error(`error SERVER_BUILD_FAILED: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}
