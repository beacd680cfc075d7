#!/usr/bin/env node
/**
 * Builds the browser code (web/: the explorer and the playground's script) with Vite into web/dist, unless the
 * build there was made from the same sources: a fingerprint of web/ (without dist) and package-lock.json is
 * kept in web/dist/.build-fingerprint. `node scripts/buildWeb.mjs --force` rebuilds anyway.
 * Set-up runs it (so `npm start` and `npm test` always serve a current build); `npm run build:web` too.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const WEB = path.join(ROOT, 'web');
export const WEB_DIST = path.join(WEB, 'dist');
const FINGERPRINT = path.join(WEB_DIST, '.build-fingerprint');

export class WebBuildError extends Error {}

function filesUnder(dir) {
  const out = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (full === WEB_DIST || entry.name === 'node_modules') continue;
      out.push(...filesUnder(full));
    } else out.push(full);
  }
  return out;
}

/** sha256 over every source file of web/ (path and bytes) and the lock file (library versions). */
export function webFingerprint() {
  const hash = createHash('sha256');
  for (const file of [...filesUnder(WEB), path.join(ROOT, 'package-lock.json')].sort()) {
    hash.update(path.relative(ROOT, file)).update('\0').update(fs.readFileSync(file)).update('\0');
  }
  return hash.digest('hex');
}

/** Why the build is needed, or null when web/dist is current. */
export function webBuildProblem() {
  if (!fs.existsSync(path.join(WEB_DIST, 'index.html'))) return 'web/dist is missing';
  const built = fs.existsSync(FINGERPRINT) ? fs.readFileSync(FINGERPRINT, 'utf8').trim() : '';
  return built === webFingerprint() ? null : 'web/ changed since the last build';
}

export function buildWeb({ force = false, log = (line) => console.log(`[web] ${line}`) } = {}) {
  const problem = force ? 'a rebuild was asked for' : webBuildProblem();
  if (!problem) return false;
  const vite = path.join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js');
  if (!fs.existsSync(vite)) throw new WebBuildError('vite is not installed: run `npm ci` (it is a devDependency), then `npm run setup`.');
  log(`${problem}: building the explorer and the playground (vite build)...`);
  const started = Date.now();
  const result = spawnSync(process.execPath, [vite, 'build', '--config', path.join(WEB, 'vite.config.ts')], {
    cwd: ROOT,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  if (result.status !== 0) throw new WebBuildError(`vite build failed (exit ${result.status ?? result.signal}); see the errors above.`);
  fs.writeFileSync(FINGERPRINT, `${webFingerprint()}\n`);
  log(`built in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  return true;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    buildWeb({ force: process.argv.includes('--force') });
  } catch (error) {
    console.error(`error WEB_BUILD_FAILED: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}
