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

  it('without --dev, reports each held-out set and then both together, which share no document', async () => {
    const run = await runEntry('src/cli/eval.ts', ['--json'], {}, 170_000);
    expect(run.code).toBe(0);
    type Report = { name: string; documents?: { file: string }[] };
    const reports = JSON.parse(run.stdout) as Report[];
    const files = (name: string) => reports.find((r) => r.name === name)?.documents?.map((d) => d.file) ?? [];
    // Between two blind rounds gold-real has no held-out file and its section is left out.
    const held = files('real documents, held out');
    const heldout = files('real documents never used for rules (gold-heldout)');
    const both = files('real documents no rule was written on, both held-out sets');
    // A document in both sets would count twice in the figures of the bar.
    expect(held.filter((f) => heldout.includes(f))).toEqual([]);
    // Both together only when gold-real has held-out files of its own.
    expect([...both].sort()).toEqual(held.length ? [...held, ...heldout].sort() : []);
    expect(heldout.length).toBeGreaterThan(0);
  }, 180_000);

  it('refuses --dev with --gold, naming the conflict', async () => {
    const run = await runEntry('src/cli/eval.ts', ['--dev', '--gold', 'tests/fixtures/gold'], {});
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('BAD_USER_INPUT');
    expect(run.stderr).toContain('--dev');
  });
});
