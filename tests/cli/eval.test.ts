import { describe, expect, it } from 'vitest';
import { runEntry } from '../support/runNode';

describe('npm run eval', () => {
  it('reports the samples and the development files only, never a held-out set', async () => {
    const run = await runEntry('src/cli/eval.ts', ['--dev', '--json'], {}, 170_000);
    expect(run.code).toBe(0);
    const reports = JSON.parse(run.stdout) as { name: string; documents: unknown[] }[];
    expect(reports.map((r) => r.name)).toEqual(['OCR samples', 'real documents, development (DEV.txt)']);
    expect(reports[1]!.documents.length).toBeGreaterThanOrEqual(54);
  }, 180_000);

  it('without --dev, reports each held-out set and then both together, whose counts add up', async () => {
    const run = await runEntry('src/cli/eval.ts', ['--json'], {}, 170_000);
    expect(run.code).toBe(0);
    type Report = { name: string; documents?: unknown[]; summary?: { assignments: { tp: number; fp: number; fn: number } } };
    const reports = JSON.parse(run.stdout) as Report[];
    const named = (name: string) => reports.find((r) => r.name === name)!;
    const held = named('real documents, held out');
    const heldout = named('real documents never used for rules (gold-heldout)');
    const both = named('real documents no rule was written on, both held-out sets');
    expect(both.documents!.length).toBe(held.documents!.length + heldout.documents!.length);
    for (const k of ['tp', 'fp', 'fn'] as const) {
      expect(both.summary!.assignments[k]).toBe(held.summary!.assignments[k] + heldout.summary!.assignments[k]);
    }
  }, 180_000);

  it('refuses --dev with --gold, naming the conflict', async () => {
    const run = await runEntry('src/cli/eval.ts', ['--dev', '--gold', 'tests/fixtures/gold'], {});
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('BAD_USER_INPUT');
    expect(run.stderr).toContain('--dev');
  });
});
