#!/usr/bin/env node
/**
 * `npm test`: set-up if missing (including the web build), type-check (server and web/), codegen drift check (when the project has one), then every vitest
 * test against a real Neo4j. Always ends with one line `N passed, N failed` (`, N skipped` when some were);
 * a failed check counts as one failed test. Extra arguments go to vitest: `npm test -- tests/graph`.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { ROOT, setup } from './setup.mjs';

const RESULTS = path.join(ROOT, '.vitest-results.json');

function finish(passed, failed, skipped) {
  console.log(`${passed} passed, ${failed} failed${skipped > 0 ? `, ${skipped} skipped` : ''}`);
  process.exit(failed > 0 ? 1 : 0);
}

function step(title, args) {
  console.log(`\n> ${title}`);
  const result = spawnSync(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'] });
  return result.status ?? 1;
}

try {
  setup({ browser: true });
} catch (error) {
  console.error(`error SETUP_FAILED: ${error instanceof Error ? error.message : String(error)}`);
  finish(0, 1, 0);
}

const failedChecks = [];
if (step('tsc --noEmit', ['node_modules/typescript/bin/tsc', '--noEmit', '-p', 'tsconfig.json']) !== 0) {
  failedChecks.push('type-check (tsc --noEmit)');
}
// The browser code (web/: explorer and playground) has its own compiler options (DOM, JSX).
if (step('tsc --noEmit -p web/tsconfig.json', ['node_modules/typescript/bin/tsc', '--noEmit', '-p', 'web/tsconfig.json']) !== 0) {
  failedChecks.push('type-check of web/ (tsc --noEmit -p web/tsconfig.json)');
}
const scripts = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).scripts ?? {};
if (scripts['codegen:check']) {
  console.log('\n> npm run codegen:check');
  const result = spawnSync('npm', ['run', '--silent', 'codegen:check'], { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'] });
  if (result.status !== 0) failedChecks.push('codegen:check (generated code is out of date)');
}

fs.rmSync(RESULTS, { force: true });
const vitestExit = step('vitest run', [
  'node_modules/vitest/vitest.mjs',
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${RESULTS}`,
  ...process.argv.slice(2),
]);

let passed = 0;
let failed = 0;
let skipped = 0;
if (!fs.existsSync(RESULTS)) {
  console.log(`vitest wrote no results (exit ${vitestExit}): it failed before running tests; see above.`);
  failed = 1;
} else {
  const report = JSON.parse(fs.readFileSync(RESULTS, 'utf8'));
  passed = report.numPassedTests ?? 0;
  skipped = (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
  failed = report.numFailedTests ?? 0;
  // A test file that fails to load has no failed test in it, but is a failure all the same.
  for (const file of report.testResults ?? []) {
    if (file.status === 'failed' && !(file.assertionResults ?? []).some((a) => a.status === 'failed')) {
      console.log(`failed to run: ${path.relative(ROOT, file.name)}: ${(file.message ?? '').split('\n')[0]}`);
      failed += 1;
    }
  }
  if (failed === 0 && vitestExit !== 0) {
    console.log(`vitest exited with code ${vitestExit} although every test passed (errors outside tests, see above).`);
    failed = 1;
  }
}
for (const check of failedChecks) console.log(`failed: ${check}`);
finish(passed, failed + failedChecks.length, skipped);
