/**
 * `npm run ingest` keys documents by what they are, not by file name, and refuses an excerpt without --replace.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect, type GraphClient } from '../../src/graph/driver';
import { deleteDocument } from '../../src/graph/documentStore';
import { testNeo4jSettings } from '../support/neo4j';
import { runEntry } from '../support/runNode';
import { DEFAULT_DUTIES, decisionKey, decisionNumber, decisionText } from '../support/decisionText';

let dir: string;
let env: Record<string, string>;
let graph: GraphClient;
const [first, second] = [decisionNumber(), decisionNumber()];

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'dg-identity-'));
  for (const [sub, n] of [['a', first], ['b', second]] as const) {
    await mkdir(path.join(dir, sub));
    await writeFile(path.join(dir, sub, 'quyet-dinh.txt'), decisionText(n));
  }
  const s = testNeo4jSettings();
  env = { NEO4J_URI: s.uri, NEO4J_USER: s.user, NEO4J_PASSWORD: s.password };
  graph = await connect(s);
});

afterAll(async () => {
  for (const n of [first, second]) await deleteDocument(graph, decisionKey(n));
  await graph.close();
  await rm(dir, { recursive: true, force: true });
});

async function ingested(n: number): Promise<boolean> {
  const [row] = await graph.read<{ ingested: boolean | null }>('OPTIONAL MATCH (d:Document {key: $key}) RETURN d.ingested AS ingested', { key: decisionKey(n) });
  return row?.ingested === true;
}

describe('npm run ingest with files of the same name', () => {
  it('keeps both documents, and a re-run of one folder answers unchanged and keeps recorded statuses', async () => {
    const run = await runEntry('src/cli/ingest.ts', [dir], env);
    expect(run.stdout).toContain('2 files: 2 created');
    const [task] = await graph.read<{ key: string }>('MATCH (t:Task {documentKey: $key}) RETURN t.key AS key ORDER BY t.ordinal LIMIT 1', {
      key: decisionKey(first),
    });
    await graph.write("MATCH (t:Task {key: $key}) SET t.status = 'DONE', t.statusNote = 'xong'", { key: task!.key });

    const again = await runEntry('src/cli/ingest.ts', [path.join(dir, 'b')], env);
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/^1\/1 unchanged .*b\/quyet-dinh\.txt$/m);
    expect(again.stdout).not.toContain('replaces');
    expect(await ingested(first)).toBe(true);
    const [row] = await graph.read<{ status: string }>('MATCH (t:Task {key: $key}) RETURN t.status AS status', { key: task!.key });
    expect(row!.status).toBe('DONE');
  });

  it('refuses an excerpt of a stored document with the numbers, and applies it with --replace', async () => {
    const excerpt = path.join(dir, 'excerpt.txt');
    await writeFile(excerpt, decisionText(second, DEFAULT_DUTIES.slice(0, 1)));
    const refused = await runEntry('src/cli/ingest.ts', [excerpt], env);
    expect(refused.code).toBe(1);
    expect(refused.stdout).toMatch(/^1\/1 rejected .*excerpt\.txt SUSPICIOUS_REPLACEMENT$/m);
    expect(refused.stdout).toMatch(/SUSPICIOUS_REPLACEMENT: .*it has 2 of the 6 stored tasks.*--replace/);

    const applied = await runEntry('src/cli/ingest.ts', [excerpt, '--replace'], env);
    expect(applied.code).toBe(0);
    expect(applied.stdout).toMatch(/^1\/1 updated .*excerpt\.txt \(version 2, 0 task status\(es\) carried\)$/m);
  });
});
