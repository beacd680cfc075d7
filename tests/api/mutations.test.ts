/**
 * ingestDocument / deleteDocument through the API, with the real decoder and extractor on a realistic
 * provincial decision. Its number and the numbers it cites are random, so no other test shares its nodes.
 */
import { randomInt } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { ok } from './executor.fixtures';
import { useExecutor } from '../support/fixtures';
const decision = randomInt(60_000, 99_999);
const resolution = randomInt(60_000, 99_999);
const proposal = randomInt(60_000, 99_999);
const key = `${decision}/QĐ-UBND@Quảng Ninh`;

const TEXT = `ỦY BAN NHÂN DÂN
TỈNH QUẢNG NINH
Số: ${decision}/QĐ-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Quảng Ninh, ngày 02 tháng 3 năm 2025

QUYẾT ĐỊNH
Về việc ban hành Kế hoạch kiểm tra công tác cải cách hành chính năm 2025

ỦY BAN NHÂN DÂN TỈNH QUẢNG NINH

Căn cứ Nghị quyết số ${resolution}/NQ-CP ngày 15/7/2021 của Chính phủ ban hành Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021-2030;
Xét đề nghị của Sở Nội vụ tại Tờ trình số ${proposal}/TTr-SNV ngày 20/02/2025.

QUYẾT ĐỊNH:

Điều 1. Ban hành kèm theo Quyết định này Kế hoạch kiểm tra công tác cải cách hành chính năm 2025.
Điều 2. Giao Sở Nội vụ chủ trì, phối hợp với Sở Tài chính tổ chức kiểm tra công tác cải cách hành chính tại các sở, ngành; báo cáo kết quả trước ngày 15/12/2025.
Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Nội vụ và Thủ trưởng các sở, ban, ngành chịu trách nhiệm thi hành Quyết định này./.

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Nguyễn Văn A
`;

const INGEST = `mutation($fileName: String!, $text: String!) { ingestDocument(fileName: $fileName, text: $text) {
  status warnings document { id key symbol jurisdiction date ingested sourceFile
    citations { nodes { relation to { key ingested } } }
    tasks(first: 10) { nodes { dueDate assignments { role official body { name } } } } } } }`;
const DELETE = `mutation($id: ID!) { deleteDocument(id: $id) { id deleted } }`;

const fx = useExecutor();

afterAll(async () => {
  // Whatever a failed test left behind.
  await fx.graph?.write(`MATCH (n) WHERE n.key IN $keys OR n.documentKey = $key DETACH DELETE n`, {
    key,
    keys: [key, `${resolution}/NQ-CP`, `${proposal}/TTr-SNV@Quảng Ninh`],
  });
});

describe('ingestDocument', () => {
  it('needs an editor key', async () => {
    const result = await fx.api.run(INGEST, { fileName: 'qd.txt', text: TEXT });
    expect(result.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(ok(await fx.api.run(`query($id: ID!) { document(id: $id) { key } }`, { id: key })).document).toBeNull();
  });

  it('extracts and stores the text, then reports UNCHANGED for the same text', async () => {
    const created = ok(await fx.api.run(INGEST, { fileName: 'uploads/qd-kiem-tra.txt', text: TEXT }, { role: 'editor' })).ingestDocument;
    expect(created.status).toBe('CREATED');
    expect(created.document).toMatchObject({ key, symbol: `${decision}/QĐ-UBND`, jurisdiction: 'Quảng Ninh', date: '2025-03-02', ingested: true, sourceFile: 'qd-kiem-tra.txt' });
    expect(created.document.citations.nodes).toContainEqual({ relation: 'BASIS', to: { key: `${resolution}/NQ-CP`, ingested: false } });
    const duties = created.document.tasks.nodes.flatMap((t: any) => t.assignments.map((a: any) => `${a.role} ${a.body.name}${t.dueDate ? ` ${t.dueDate}` : ''}`));
    expect(duties).toContain('LEAD Sở Nội vụ 2025-12-15');
    expect(duties).toContain('COORDINATE Sở Tài chính 2025-12-15');
    // "Giám đốc Sở Nội vụ ... chịu trách nhiệm thi hành": the department answers, its head's title is kept apart.
    const officials = created.document.tasks.nodes.flatMap((t: any) => t.assignments.filter((a: any) => a.official).map((a: any) => `${a.official}: ${a.body.name}`));
    expect(officials).toContain('Giám đốc: Sở Nội vụ');

    const again = ok(await fx.api.run(INGEST, { fileName: 'qd-kiem-tra.txt', text: TEXT }, { role: 'editor' })).ingestDocument;
    expect(again.status).toBe('UNCHANGED');
  });

  it('refuses input the decoder rejects, with its message', async () => {
    const result = await fx.api.run(INGEST, { fileName: 'empty.txt', text: '' }, { role: 'editor' });
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.message).toContain('empty.txt is empty');
  });
});

describe('deleteDocument', () => {
  it('removes an ingested document and what only it cited, and says so', async () => {
    const id = ok(await fx.api.run(`query($id: ID!) { document(id: $id) { id } }`, { id: key })).document.id;
    const reader = await fx.api.run(DELETE, { id }, { role: 'reader' });
    expect(reader.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    expect(ok(await fx.api.run(DELETE, { id }, { role: 'editor' })).deleteDocument).toEqual({ id, deleted: true });
    const after = ok(await fx.api.run(`query($a: ID!, $b: ID!) { a: document(id: $a) { key } b: document(id: $b) { key } }`, { a: key, b: `${resolution}/NQ-CP` }));
    expect(after).toEqual({ a: null, b: null });
    expect(ok(await fx.api.run(DELETE, { id }, { role: 'editor' })).deleteDocument).toEqual({ id, deleted: false });
  });
});
