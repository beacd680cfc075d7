import { createHash } from 'node:crypto';
import { copyFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect, type GraphClient } from '../../src/graph/driver';
import { deleteDocument } from '../../src/graph/documentStore';
import { testNeo4jSettings } from '../support/neo4j';
import { runEntry } from '../support/runNode';

const fixtures = path.join(__dirname, '..', 'fixtures', 'real-formats');
const DOCX = 'export-quyet-dinh-97-2025-qd-ubnd.docx';
let mixed: string;
let single: string;
let env: Record<string, string>;
let graph: GraphClient;
let ingestedKey: string | null = null;

beforeAll(async () => {
  mixed = await mkdtemp(path.join(os.tmpdir(), 'dg-formats-'));
  single = await mkdtemp(path.join(os.tmpdir(), 'dg-formats-one-'));
  for (const f of ['portal-cong-van-5348-ct-cs.md', 'portal-cong-van-5348-ct-cs.html', DOCX, 'export-quyet-dinh-97-2025-qd-ubnd.pdf']) {
    await copyFile(path.join(fixtures, f), path.join(mixed, f));
  }
  await writeFile(path.join(mixed, 'budget.csv'), 'năm,chi\n2025,100\n');
  await copyFile(path.join(fixtures, DOCX), path.join(single, DOCX));
  const s = testNeo4jSettings();
  env = { NEO4J_URI: s.uri, NEO4J_USER: s.user, NEO4J_PASSWORD: s.password };
  graph = await connect(s);
});

afterAll(async () => {
  if (ingestedKey) await deleteDocument(graph, ingestedKey);
  await graph.close();
  await rm(mixed, { recursive: true, force: true });
  await rm(single, { recursive: true, force: true });
});

describe('npm run ingest on files of several formats', () => {
  it('reads Markdown, HTML, DOCX and PDF from one folder and skips other files with a line', async () => {
    const result = await runEntry('src/cli/ingest.ts', [mixed, '--dry-run'], env, 120_000);
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/skipped .*budget\.csv: not a format we read/);
    expect(result.stdout).toContain('4 files: 0 created, 0 updated, 0 re-extracted, 0 unchanged, 4 dry-run, 0 rejected, 0 failed');
    for (const f of ['portal-cong-van-5348-ct-cs.md', 'portal-cong-van-5348-ct-cs.html']) {
      expect(result.stdout).toMatch(new RegExp(`${f.replace('.', '\\.')}\\s+would-ingest\\s+5348/CT-CS\\s`));
    }
    for (const f of [DOCX, 'export-quyet-dinh-97-2025-qd-ubnd.pdf']) {
      expect(result.stdout).toMatch(new RegExp(`${f.replace('.', '\\.')}\\s+would-ingest\\s+97/2025/QĐ-UBND\\s`));
    }
  });

  it('records the source format and the sha256 of the original bytes on the Document', async () => {
    const result = await runEntry('src/cli/ingest.ts', [single], env, 120_000);
    expect(result.code).toBe(0);
    const [row] = await graph.read<{ key: string; sourceFormat: string; sourceHash: string }>(
      'MATCH (d:Document {sourceFile: $file}) RETURN d.key AS key, d.sourceFormat AS sourceFormat, d.sourceHash AS sourceHash',
      { file: DOCX },
    );
    ingestedKey = row?.key ?? null;
    expect(row?.key).toMatch(/^97\/2025\/QĐ-UBND/);
    expect(row?.sourceFormat).toBe('docx');
    expect(row?.sourceHash).toBe(createHash('sha256').update(await readFile(path.join(fixtures, DOCX))).digest('hex'));
  });
});
