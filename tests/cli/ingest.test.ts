import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect, type GraphClient } from '../../src/graph/driver';
import { deleteDocument } from '../../src/graph/documentStore';
import { testNeo4jSettings } from '../support/neo4j';
import { runEntry } from '../support/runNode';

// A short, clean decision of a province the sample corpus does not touch, numbered per run.
const number = 90000 + Math.floor(Math.random() * 9000);
const symbol = `${number}/QĐ-UBND`;
const key = `${symbol}@Cao Bằng`;
const decision = `ỦY BAN NHÂN DÂN TỈNH CAO BẰNG
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: ${symbol}    Cao Bằng, ngày 05 tháng 3 năm 2024

QUYẾT ĐỊNH
Về việc ban hành Kế hoạch cải cách hành chính năm 2024

ỦY BAN NHÂN DÂN TỈNH CAO BẰNG

Căn cứ Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ ban hành Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021 - 2030;

QUYẾT ĐỊNH:

Điều 1. Ban hành kèm theo Quyết định này Kế hoạch cải cách hành chính tỉnh Cao Bằng năm 2024.

Điều 2. Giao Sở Nội vụ chủ trì, phối hợp với Sở Tài chính theo dõi, kiểm tra việc thực hiện Kế hoạch; báo cáo kết quả trước ngày 15/12/2024.

Điều 3. Quyết định này có hiệu lực kể từ ngày ký.
`;

let dir: string;
let env: Record<string, string>;
let graph: GraphClient;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'dg-ingest-'));
  await writeFile(path.join(dir, 'decision.txt'), decision);
  await writeFile(path.join(dir, 'empty.txt'), '');
  await writeFile(path.join(dir, 'picture.txt'), Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'));
  await writeFile(
    path.join(dir, 'recipe.txt'),
    'Phở bò là món ăn quen thuộc của người Hà Nội.\nNấu nước dùng từ xương bò trong nhiều giờ, thêm hành nướng, gừng và quế.\n',
  );
  const s = testNeo4jSettings();
  env = { NEO4J_URI: s.uri, NEO4J_USER: s.user, NEO4J_PASSWORD: s.password };
  graph = await connect(s);
});

afterAll(async () => {
  await deleteDocument(graph, key);
  await graph.close();
  await rm(dir, { recursive: true, force: true });
});

async function ingested(): Promise<boolean> {
  const [row] = await graph.read<{ ingested: boolean | null }>('OPTIONAL MATCH (d:Document {key: $key}) RETURN d.ingested AS ingested', { key });
  return row?.ingested === true;
}

describe('npm run ingest', () => {
  it('changes nothing with --dry-run and says what it would ingest', async () => {
    const result = await runEntry('src/cli/ingest.ts', [path.join(dir, 'decision.txt'), '--dry-run'], env);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('would-ingest');
    expect(result.stdout).toContain(symbol);
    expect(await ingested()).toBe(false);
  });

  it('ingests the good file of a folder, rejects empty, binary and non-government files with their reason, and exits 1', async () => {
    const result = await runEntry('src/cli/ingest.ts', [dir], env);
    expect(result.code).toBe(1);
    // Not a terminal: one plain line per document, then the summary table.
    expect(result.stdout).toMatch(/^\d\/4 created .*decision\.txt$/m);
    expect(result.stdout).toMatch(/empty\.txt: EMPTY: /);
    // Images are read through OCR now: a truncated one is refused as unreadable, naming what it is.
    expect(result.stdout).toMatch(/picture\.txt: (UNREADABLE_FILE|OCR_UNAVAILABLE): .*PNG/);
    expect(result.stdout).toMatch(/recipe\.txt: NOT_A_GOVERNMENT_DOCUMENT: .*Nothing was ingested/);
    expect(result.stdout).toContain('4 files: 1 created, 0 updated, 0 re-extracted, 0 unchanged, 0 dry-run, 3 rejected, 0 failed');
    expect(await ingested()).toBe(true);
    const [row] = await graph.read<{ roles: string[] }>(
      'MATCH (:Document {key: $key})-[:HAS_TASK]->()-[a:ASSIGNED_TO]->(b:Body) RETURN collect(b.name + ":" + a.role) AS roles',
      { key },
    );
    expect(row!.roles).toEqual(expect.arrayContaining(['Sở Nội vụ:LEAD', 'Sở Tài chính:COORDINATE']));
  });

  it('leaves an unchanged file alone on the next run, with files named by a glob', async () => {
    const result = await runEntry('src/cli/ingest.ts', [path.join(dir, '*.txt')], env);
    expect(result.stdout).toMatch(/unchanged .*decision\.txt/);
  });

  it('refuses a path that matches nothing with a clear message', async () => {
    const result = await runEntry('src/cli/ingest.ts', [path.join(dir, 'nothing-here')], env);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/error BAD_USER_INPUT: Nothing to ingest/);
  });
});
