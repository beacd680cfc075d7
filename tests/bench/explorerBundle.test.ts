/** The bench's bundle measure walks Vite's manifest: every file a page loads, the layout worker included. */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config';
import { entryBytes } from '../../bench/sections/explorer';

beforeAll(() => {
  const build = spawnSync(process.execPath, [path.join(PROJECT_ROOT, 'scripts', 'buildWeb.mjs')], { cwd: PROJECT_ROOT, encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`The web build failed:\n${build.stderr}`);
}, 180_000);

describe('entryBytes', () => {
  it("counts the explorer's script, its chunks, its stylesheet and the ELK worker, raw and gzip", () => {
    const explorer = entryBytes('index.html');
    expect(explorer.files).toBeGreaterThanOrEqual(3);
    // The ELK worker alone is over a megabyte: it must be among the files counted.
    expect(explorer.raw).toBeGreaterThan(1_500_000);
    expect(explorer.gzip).toBeLessThan(explorer.raw);
  });

  it('counts the playground apart, with GraphiQL', () => {
    const playground = entryBytes('playground/main.tsx');
    expect(playground.raw).toBeGreaterThan(500_000);
    expect(playground.files).toBeGreaterThanOrEqual(2);
  });
});
