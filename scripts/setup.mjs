#!/usr/bin/env node
/**
 * Does whatever set-up is missing, so `npm start` and `npm test` work on a fresh clone: npm packages (when
 * node_modules is missing or differs from package-lock.json), the local Neo4j launcher's jars (unless NEO4J_URI
 * names another server), the server compiled to dist/ (scripts/buildServer.mjs), the browser build of web/ (the
 * explorer and the playground, scripts/buildWeb.mjs), and,
 * for the tests, the Chromium that the browser tests drive.
 * Dependency-free on purpose: it runs before node_modules exists.
 *
 * `node scripts/setup.mjs` does all of it; start.mjs and test.mjs import `setup()`.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildServer, ServerBuildError } from './buildServer.mjs';
import { buildWeb, WebBuildError } from './buildWeb.mjs';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const CHROMIUM = '/usr/bin/chromium';

export class SetupError extends Error {}

function say(line) {
  console.log(`[setup] ${line}`);
}

/** Why `npm ci` is needed, or null when node_modules matches package-lock.json. */
export function nodeModulesProblem(root = ROOT) {
  const lockFile = path.join(root, 'package-lock.json');
  const hiddenFile = path.join(root, 'node_modules', '.package-lock.json');
  if (!fs.existsSync(path.join(root, 'node_modules'))) return 'node_modules is missing';
  if (!fs.existsSync(hiddenFile)) return 'node_modules was not installed by npm';
  const wanted = JSON.parse(fs.readFileSync(lockFile, 'utf8')).packages ?? {};
  // npm records what it installed in node_modules/.package-lock.json; compare it with the lock, entry by entry.
  const installed = JSON.parse(fs.readFileSync(hiddenFile, 'utf8')).packages ?? {};
  for (const [key, entry] of Object.entries(wanted)) {
    if (!key.startsWith('node_modules/') || entry.extraneous) continue;
    const have = installed[key];
    if (!have) {
      // Optional packages for other platforms (esbuild's, fsevents) are rightly absent.
      if (entry.optional || entry.devOptional) continue;
      return `${key.slice('node_modules/'.length)} is not installed`;
    }
    if (entry.version && have.version !== entry.version) {
      return `${key.slice('node_modules/'.length)} is ${have.version}, package-lock.json wants ${entry.version}`;
    }
  }
  return null;
}

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { cwd: ROOT, stdio: 'inherit', ...options });
  if (result.error) throw new SetupError(`could not run ${command}: ${result.error.message}`);
  return result.status ?? 1;
}

function ensureNodeModules() {
  const problem = nodeModulesProblem();
  if (!problem) return;
  say(`${problem}: running npm ci...`);
  const started = Date.now();
  const code = run('npm', ['ci', '--no-audit', '--no-fund'], { stdio: ['ignore', 'inherit', 'inherit'] });
  if (code !== 0) {
    throw new SetupError(`npm ci failed (exit ${code}); fix the error above (network? registry?) and run npm run setup again`);
  }
  say(`npm packages installed in ${((Date.now() - started) / 1000).toFixed(0)} s.`);
}

/** The build logic lives in src/graph/localNeo4j.ts; this runs it through the db CLI (`db.ts build`). */
function ensureNeo4jJars() {
  if (process.env.NEO4J_URI?.trim()) {
    say(`NEO4J_URI is set (${process.env.NEO4J_URI}); the local Neo4j is not needed.`);
    return;
  }
  const code = run(process.execPath, ['--import', 'tsx', 'src/cli/db.ts', 'build'], {
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  if (code !== 0) throw new SetupError('the local Neo4j could not be built (see the error above)');
}

function ensureChromium() {
  if (fs.existsSync(CHROMIUM)) return;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { encoding: 'utf8' }).status === 0;
  if (!isRoot || !hasApt) {
    say(
      `${CHROMIUM} is missing: the playground browser test needs it. Install it with ` +
        `\`sudo apt-get update && sudo apt-get install -y chromium\` (Debian/Ubuntu), then run the tests again.`,
    );
    return;
  }
  say('Installing Chromium with apt-get (the playground browser test drives it; takes a minute or two)...');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const options = { env, stdio: ['ignore', 'inherit', 'inherit'] };
  const ok =
    run('apt-get', ['-q', 'update'], options) === 0 && run('apt-get', ['-q', '-y', 'install', 'chromium'], options) === 0;
  // Not fatal: everything but the browser test still runs, and that test says what is missing.
  say(ok ? `Chromium installed at ${CHROMIUM}.` : 'Installing Chromium failed (see above); the browser test will fail.');
}

const OCR_PACKAGES = ['tesseract-ocr', 'tesseract-ocr-vie', 'poppler-utils'];

function hasVietnameseOcr() {
  const langs = spawnSync('tesseract', ['--list-langs'], { encoding: 'utf8' });
  const pdftoppm = spawnSync('sh', ['-c', 'command -v pdftoppm'], { encoding: 'utf8' });
  return langs.status === 0 && `${langs.stdout}${langs.stderr}`.split('\n').includes('vie') && pdftoppm.status === 0;
}

/** OCR of scans and images: Tesseract with Vietnamese, and pdftoppm to render scanned PDF pages. */
function ensureOcr() {
  if (hasVietnameseOcr()) return;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { encoding: 'utf8' }).status === 0;
  if (!isRoot || !hasApt) {
    say(
      `OCR is not installed: scanned PDFs and images will be refused with OCR_UNAVAILABLE. Install it with ` +
        `\`sudo apt-get update && sudo apt-get install -y ${OCR_PACKAGES.join(' ')}\` (Debian/Ubuntu).`,
    );
    return;
  }
  say(`Installing ${OCR_PACKAGES.join(', ')} with apt-get (OCR of scans and images)...`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const options = { env, stdio: ['ignore', 'inherit', 'inherit'] };
  const ok =
    run('apt-get', ['-q', 'update'], options) === 0 && run('apt-get', ['-q', '-y', 'install', ...OCR_PACKAGES], options) === 0;
  // Not fatal: every other format still reads; scans are refused with the packages to install.
  say(ok ? 'OCR installed.' : 'Installing OCR failed (see above); scans and images will be refused with OCR_UNAVAILABLE.');
}

function ensureServerBuild() {
  try {
    buildServer({ log: say });
  } catch (error) {
    if (error instanceof ServerBuildError) throw new SetupError(error.message);
    throw error;
  }
}

function ensureWebBuild() {
  try {
    buildWeb({ log: say });
  } catch (error) {
    if (error instanceof WebBuildError) throw new SetupError(error.message);
    throw error;
  }
}

/** `browser`: also install Chromium (tests need it; the product does not). */
export function setup({ browser = true } = {}) {
  ensureNodeModules();
  ensureNeo4jJars();
  ensureServerBuild();
  ensureWebBuild();
  if (browser) ensureChromium();
  ensureOcr();
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    setup();
    say('done.');
  } catch (error) {
    console.error(`error SETUP_FAILED: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}
