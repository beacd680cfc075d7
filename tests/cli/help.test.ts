import { describe, expect, it } from 'vitest';
import { runEntry } from '../support/runNode';

describe('--help on every command', () => {
  it.each([
    ['src/cli/extract.ts', 'npm run extract'],
    ['src/cli/ingest.ts', 'npm run ingest'],
    ['src/cli/eval.ts', 'npm run eval'],
    ['src/cli/evalRestoration.ts', 'npm run eval:restore'],
    ['src/cli/db.ts', 'start|stop|status|build'],
  ])('%s prints its usage and exits 0 without doing its work', async (entry, usage) => {
    // `ingest --help` with no path would otherwise fail BAD_USER_INPUT; `extract --help` would read a file.
    const run = await runEntry(entry, ['--help'], {});
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(usage);
    expect(run.stderr).toBe('');
  });

  it('-h is the same as --help', async () => {
    const run = await runEntry('src/cli/extract.ts', ['-h'], {});
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Usage: npm run extract -- FILE [--json]');
  });
});
