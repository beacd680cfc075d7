/**
 * A folder that holds one document in several forms (two saves of the same portal page, a page saved as
 * Markdown and as HTML) is ingested twice: the second run reports every file UNCHANGED and leaves the graph
 * as the first run left it; a graph written before readings were fingerprinted is read again once. Real files, real extraction, the real test server.
 */
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect, type GraphClient } from '../../src/graph/driver';
import { migrate } from '../../src/graph/migrations';
import { deleteDocument } from '../../src/graph/documentStore';
import { versionsOf } from '../../src/graph/documentQueries';
import { ingestFiles, type FileReport } from '../../src/ingest/ingestFiles';
import { testNeo4jSettings } from '../support/neo4j';
import { runEntry } from '../support/runNode';

const FIXTURES = path.join(__dirname, '../fixtures');
const FORMS = [
  'real-versions/portal-thong-tu-110-2025-tt-btc-a.md',
  'real-versions/portal-thong-tu-110-2025-tt-btc-b.md',
  'real-formats/portal-cong-van-5348-ct-cs.md',
  'real-formats/portal-cong-van-5348-ct-cs.html',
];

let graph: GraphClient;
let folder: string;
let files: string[];
const keys = new Set<string>();

beforeAll(async () => {
  graph = await connect(testNeo4jSettings());
  await migrate(graph);
  folder = mkdtempSync(path.join(os.tmpdir(), 'reingest-'));
  files = FORMS.map((f) => {
    const to = path.join(folder, path.basename(f));
    copyFileSync(path.join(FIXTURES, f), to);
    return to;
  });
});
afterAll(async () => {
  for (const key of keys) await deleteDocument(graph, key);
  await graph.close();
  rmSync(folder, { recursive: true, force: true });
});

async function ingest(list: string[], options: { batchSize?: number } = {}): Promise<FileReport[]> {
  const reports = await ingestFiles(graph, list, { maxBytes: 5 * 1024 * 1024, ...options });
  reports.forEach((r) => r.key && keys.add(r.key));
  return reports;
}

/** What the graph holds for the documents: versions, current text and what each document owns. */
async function snapshot(documentKeys: string[]) {
  const rows = await graph.read(
    `UNWIND $keys AS key MATCH (d:Document {key: key})
     RETURN key, d.contentHash AS contentHash, d.version AS version, d.sourceFile AS sourceFile,
            COUNT { (d)-[:HAS_VERSION]->() } AS versions, COUNT { (d)-[:HAS_TASK]->() } AS tasks,
            COUNT { (d)-[:CITES]->() } AS citations ORDER BY key`,
    { keys: documentKeys },
  );
  return rows;
}

describe('ingesting a folder that holds one document in several forms, twice', () => {
  it('makes one Document per document, and the second run reports every file UNCHANGED and changes nothing', async () => {
    const first = await ingest(files);
    expect(first.map((r) => r.error)).toEqual(files.map(() => null));
    const documents = [...new Set(first.map((r) => r.key!))].sort();
    // Two forms of each document: one Document node each.
    expect(documents).toHaveLength(2);
    const before = await snapshot(documents);

    const second = await ingest(files);
    expect(second.map((r) => [path.basename(r.file), r.status])).toEqual(files.map((f) => [path.basename(f), 'unchanged']));
    expect(await snapshot(documents)).toEqual(before);

    const third = await ingest(files, { batchSize: 1 });
    expect(third.map((r) => r.status)).toEqual(files.map(() => 'unchanged'));
    expect(await snapshot(documents)).toEqual(before);
  }, 240_000);

  it('reports a form it already holds as the version whose text it is, the document staying at its current version', async () => {
    const [a, b] = files;
    const reports = await ingest([b!, a!]);
    const [versions] = await versionsOf(graph, [reports[0]!.key!]);
    const numberOf = (file: string) => versions!.find((v) => v.sourceFile === path.basename(file))!.number;
    const current = versions![0]!.number;
    expect(versions!.map((v) => v.sourceFile).sort()).toEqual([path.basename(a!), path.basename(b!)]);
    expect(reports.map((r) => [r.status, r.version, r.sameAsVersion])).toEqual([
      ['unchanged', current, numberOf(b!)],
      ['unchanged', current, numberOf(a!)],
    ]);
    expect(numberOf(a!)).not.toBe(numberOf(b!));
  }, 120_000);

  it('npm run ingest over the folder again says every file is unchanged, naming the earlier forms, and exits 0', async () => {
    const s = testNeo4jSettings();
    const result = await runEntry('src/cli/ingest.ts', [folder], { NEO4J_URI: s.uri, NEO4J_USER: s.user, NEO4J_PASSWORD: s.password }, 180_000);
    expect(result.stderr).not.toMatch(/error/i);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`${files.length} files: 0 created, 0 updated, 0 re-extracted, ${files.length} unchanged`);
    expect(result.stdout).toMatch(/unchanged \S*portal-thong-tu-110-2025-tt-btc-a\.md \(the text of version 1\)/);
    expect(result.stdout).toMatch(/Forms already held \(unchanged\):\n(?:  .*\n)*  .*tt-btc-a\.md: the text of version 1 of 110\/2025\/TT-BTC, now at version 2/);
  }, 240_000);

  it('re-reads the current form once when the graph was written before readings were fingerprinted, then nothing', async () => {
    const documents = [...keys].sort();
    const before = await snapshot(documents);
    // A graph written by an earlier release holds no fingerprint of what its rules read.
    await graph.write('UNWIND $keys AS key MATCH (d:Document {key: key}) REMOVE d.extractionHash', { keys: documents });
    const upgraded = await ingest(files);
    // The current form of each document is read again in place; earlier forms stay as they are.
    expect(upgraded.filter((r) => r.status === 'reextracted').map((r) => r.key).sort()).toEqual(documents);
    expect(upgraded.filter((r) => r.status !== 'reextracted').map((r) => r.status)).toEqual(['unchanged', 'unchanged']);
    expect(await snapshot(documents)).toEqual(before);
    expect((await ingest(files)).map((r) => r.status)).toEqual(files.map(() => 'unchanged'));
  }, 240_000);
});
