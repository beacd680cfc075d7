import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config';

type Lock = { packages: Record<string, { version?: string; optional?: boolean; dev?: boolean }> };
const realLock = JSON.parse(fs.readFileSync(path.join(PROJECT_ROOT, 'package-lock.json'), 'utf8')) as Lock;

const roots: string[] = [];
afterAll(() => roots.forEach((root) => fs.rmSync(root, { recursive: true, force: true })));

/** A project folder whose node_modules records `installed` as npm's hidden lockfile would. */
function project(installed: Lock | null): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'dg-setup-'));
  roots.push(root);
  fs.writeFileSync(path.join(root, 'package-lock.json'), JSON.stringify(realLock));
  if (installed) {
    fs.mkdirSync(path.join(root, 'node_modules'));
    fs.writeFileSync(path.join(root, 'node_modules', '.package-lock.json'), JSON.stringify(installed));
  }
  return root;
}

/** Runs scripts/setup.mjs's check in a plain Node process, as `npm start` does before any package exists. */
function problem(root: string): string | null {
  const script = `import(${JSON.stringify(path.join(PROJECT_ROOT, 'scripts', 'setup.mjs'))}).then((m) => process.stdout.write(JSON.stringify(m.nodeModulesProblem(${JSON.stringify(root)}))))`;
  const result = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' });
  expect(result.stderr).toBe('');
  return JSON.parse(result.stdout) as string | null;
}

function installedAsLocked(): Lock {
  // npm leaves optional packages for other platforms out of node_modules; keep them out here too.
  const packages = Object.fromEntries(
    Object.entries(realLock.packages).filter(([key, entry]) => key !== '' && !entry.optional),
  );
  return { packages };
}

describe('setup decides when npm ci is needed', () => {
  it('accepts node_modules that matches package-lock.json, optional platform packages absent', () => {
    expect(problem(project(installedAsLocked()))).toBeNull();
  });

  it('asks for npm ci when node_modules is missing', () => {
    expect(problem(project(null))).toBe('node_modules is missing');
  });

  it('asks for npm ci when an installed version differs from the lock', () => {
    const installed = installedAsLocked();
    installed.packages['node_modules/graphql'] = { ...installed.packages['node_modules/graphql'], version: '15.0.0' };
    expect(problem(project(installed))).toBe(
      `graphql is 15.0.0, package-lock.json wants ${realLock.packages['node_modules/graphql']?.version}`,
    );
  });

  it('asks for npm ci when a locked package is not installed', () => {
    const installed = installedAsLocked();
    delete installed.packages['node_modules/dataloader'];
    expect(problem(project(installed))).toBe('dataloader is not installed');
  });
});
