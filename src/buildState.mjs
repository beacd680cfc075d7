/**
 * Whether dist/ holds bundles built from the current sources (scripts/buildServer.mjs builds them). Part of the
 * product, free of a command-line entry and plain JavaScript (set-up runs it before any TypeScript tooling): the
 * extraction pool runs its workers from dist/preparationWorker.js only when that bundle is current
 * (src/ingest/preparationPool.ts). It sits one folder below the root, as the bundles do, so ROOT is right from the
 * sources and from a bundle.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const DIST = path.join(ROOT, 'dist');
/** What `npm start` runs. */
export const SERVER_BUNDLE = path.join(DIST, 'server.js');
/** The bench's API worker (bench/run.ts rebuilds it, then has bench/lib/children.ts start it with plain Node). */
export const BENCH_API_BUNDLE = path.join(DIST, 'benchApiWorker.js');
/** The extraction workers' entry (src/ingest/preparationWorker.ts) on plain Node, without tsx. */
export const PREPARATION_WORKER_BUNDLE = path.join(DIST, 'preparationWorker.js');
/** The workers' formats and extraction alone (src/ingest/extractionEntry.ts), which the bench and extraction-cpu time. */
export const EXTRACTION_BUNDLE = path.join(DIST, 'extraction.js');
export const BUNDLES = [SERVER_BUNDLE, BENCH_API_BUNDLE, PREPARATION_WORKER_BUNDLE, EXTRACTION_BUNDLE];
export const FINGERPRINT = path.join(DIST, '.build-fingerprint');

export const sha = (file) => createHash('sha256').update(fs.readFileSync(file)).digest('hex');

function readFingerprint() {
  try {
    return JSON.parse(fs.readFileSync(FINGERPRINT, 'utf8'));
  } catch {
    return null;
  }
}

/** Why the bundles must be built, or null when dist/ was built from the current sources. */
export function serverBuildProblem() {
  if (!BUNDLES.every((file) => fs.existsSync(file))) return 'dist/ is missing';
  const built = readFingerprint();
  if (!built?.inputs) return 'dist/ has no fingerprint';
  for (const [file, hash] of Object.entries(built.inputs)) {
    const full = path.join(ROOT, file);
    if (!fs.existsSync(full) || sha(full) !== hash) return `${file} changed since the last build`;
  }
  return null;
}
