/**
 * The paths a user names to ingest: one that is not there is listed as missing (the CLI warns it matches no file),
 * one that is there but cannot be read stops with BAD_USER_INPUT naming it, instead of passing for missing. A
 * symbolic link that loops is such a path (ELOOP), whoever runs the test. Real corpus files are the ones found.
 */
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config';
import { expandPaths } from '../../src/ingest/ingestFiles';

const folder = mkdtempSync(path.join(os.tmpdir(), 'named-paths-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('paths named to ingest', () => {
  it('lists one that is not there as missing, and a file named as a folder too', async () => {
    const absent = path.join(folder, 'absent.md');
    const underFile = path.join(PROJECT_ROOT, 'README.md', 'x.md');
    const corpus = path.join(PROJECT_ROOT, 'data', 'corpus');
    const { files, missing } = await expandPaths([absent, underFile, corpus]);
    expect(missing).toEqual([absent, underFile]);
    expect(files.length).toBeGreaterThan(0);
  });

  it('stops with BAD_USER_INPUT naming one that is there but cannot be read', async () => {
    const loop = path.join(folder, 'loop.md');
    symlinkSync(path.join(folder, 'back.md'), loop);
    symlinkSync(loop, path.join(folder, 'back.md'));
    await expect(expandPaths([loop])).rejects.toMatchObject({ code: 'BAD_USER_INPUT', message: expect.stringContaining(`${loop} cannot be read (ELOOP)`) });
  });
});
