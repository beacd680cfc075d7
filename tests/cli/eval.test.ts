import { describe, expect, it } from 'vitest';
import { runEntry } from '../support/runNode';

describe('npm run eval --dev', () => {
  it('reports the samples and the development files only, never a held-out set', async () => {
    const run = await runEntry('src/cli/eval.ts', ['--dev', '--json'], {}, 170_000);
    expect(run.code).toBe(0);
    const reports = JSON.parse(run.stdout) as { name: string; documents: unknown[] }[];
    expect(reports.map((r) => r.name)).toEqual(['OCR samples', 'real documents, development (DEV.txt)']);
    expect(reports[1]!.documents.length).toBeGreaterThanOrEqual(54);
  }, 180_000);

  it('refuses --dev with --gold, naming the conflict', async () => {
    const run = await runEntry('src/cli/eval.ts', ['--dev', '--gold', 'tests/fixtures/gold'], {});
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('BAD_USER_INPUT');
    expect(run.stderr).toContain('--dev');
  });
});
