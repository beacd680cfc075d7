import { describe, expect, it } from 'vitest';
import { runEntry } from '../support/runNode';

describe('npm run eval', () => {
  it('reports the samples and the development files only, never a held-out set; --by-kind adds each set per kind and form', async () => {
    const run = await runEntry('src/cli/eval.ts', ['--dev', '--json', '--by-kind'], {}, 170_000);
    expect(run.code).toBe(0);
    type Group = { group: string; documents: number; assignments: { tp: number } };
    type Report = { name: string; summary: { assignments: { tp: number } }; documents: { goldKind: string | null; form: string }[]; byKind: Group[]; byForm: Group[] };
    const reports = JSON.parse(run.stdout) as Report[];
    expect(reports.map((r) => r.name)).toEqual(['OCR samples', 'real documents, development (DEV.txt)']);
    const dev = reports[1]!;
    expect(dev.documents.length).toBeGreaterThanOrEqual(54);
    // Every document in exactly one group of each view, and the groups' pairs add up to the set's.
    const sum = (groups: Group[], f: (g: Group) => number) => groups.reduce((n, g) => n + f(g), 0);
    for (const groups of [dev.byKind, dev.byForm]) {
      expect(sum(groups, (g) => g.documents)).toBe(dev.documents.length);
      expect(sum(groups, (g) => g.assignments.tp)).toBe(dev.summary.assignments.tp);
    }
    expect(dev.byKind.map((g) => g.group)).toContain('QUYET_DINH');
    expect(dev.byForm.map((g) => g.group).sort()).toEqual(['document', 'portal page']);
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
