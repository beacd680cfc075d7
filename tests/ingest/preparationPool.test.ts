/**
 * The API prepares uploaded documents (formats + extraction) on worker threads: the answer must be exactly
 * what the same call gives on the main thread, refusals included.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { prepareDocument } from '../../src/ingest/ingestFiles';
import { PreparationPool } from '../../src/ingest/preparationPool';

const pool = new PreparationPool(2);
afterAll(() => pool.close());

const plan = readFileSync(path.join(__dirname, '../../data/real/c5d930a5fc8373cd.md'));

describe('preparing documents on worker threads', () => {
  it('gives the same extraction as the main thread for a real plan', async () => {
    const [off, on] = await Promise.all([pool.prepare(plan, 'plan.md', 5_000_000), prepareDocument(plan, 'plan.md', 5_000_000)]);
    expect(off.ok).toBe(true);
    expect(off).toEqual(on);
  });

  it('passes refusals back with their code', async () => {
    const off = await pool.prepare(Buffer.from('Hôm nay trời đẹp, chúng tôi đi dạo quanh hồ.'), 'note.txt', 5_000_000);
    expect(off).toMatchObject({ ok: false, code: 'NOT_A_GOVERNMENT_DOCUMENT' });
  });

  it('handles several documents at once, each answer going to its own caller', async () => {
    const names = ['a.md', 'b.md', 'c.md', 'd.md'];
    const answers = await Promise.all(names.map((n) => pool.prepare(plan, n, 5_000_000)));
    expect(answers.map((a) => (a.ok ? a.extraction.file : null))).toEqual(names);
  });
});
