/**
 * ingestDocument given a legacy-encoded document that the client read as Latin-1: stored repaired, with a
 * warning in the answer; refused with a code when it cannot be repaired. Real API, decoder and Neo4j.
 */
import { randomInt } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { encodeLegacy } from '../fixtures/encodings/legacy-encoders';
import { useExecutor } from '../support/fixtures';
const number = randomInt(60_000, 99_999);
const key = `${number}/QĐ-UBND@Quảng Ninh`;

const TEXT = `UBND TỈNH QUẢNG NINH
Số: ${number}/QĐ-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Quảng Ninh, ngày 02 tháng 3 năm 2025

QUYẾT ĐỊNH
Về việc ban hành Kế hoạch kiểm tra công tác cải cách hành chính năm 2025

Điều 1. Ban hành kèm theo Quyết định này Kế hoạch kiểm tra công tác cải cách hành chính năm 2025.
Điều 2. Giao Sở Nội vụ chủ trì, phối hợp với Sở Tài chính tổ chức kiểm tra công tác cải cách hành chính tại các sở, ngành; báo cáo kết quả trước ngày 15/12/2025.
Điều 3. Chánh Văn phòng và Thủ trưởng các sở, ban, ngành chịu trách nhiệm thi hành Quyết định này./.
`;

const INGEST = `mutation($fileName: String!, $text: String!) { ingestDocument(fileName: $fileName, text: $text) { status warnings document { key title } } }`;

const fx = useExecutor();

afterAll(async () => {
  await fx.api?.run(`mutation($id: ID!) { deleteDocument(id: $id) { deleted } }`, { id: key }, { role: 'editor' });
});

describe('ingestDocument and mojibake', () => {
  it('stores Windows-1258 text read as Latin-1 repaired, and says so in the warnings', async () => {
    const garbled = Buffer.from(encodeLegacy(TEXT, 'windows-1258')).toString('latin1');
    const result = await fx.api.run(INGEST, { fileName: 'qd.txt', text: garbled }, { role: 'editor' });
    expect(result.errors).toBeUndefined();
    const answer = result.data!.ingestDocument;
    expect(answer.document.key).toBe(key);
    expect(answer.document.title).toContain('Kế hoạch kiểm tra công tác cải cách hành chính');
    expect(answer.warnings[0]).toMatch(/Windows-1258.*read as Latin-1\/Windows-1252.*repaired/);
  });

  it('refuses mojibake it cannot repair with BAD_USER_INPUT naming UNSUPPORTED_ENCODING, storing nothing', async () => {
    const other = randomInt(60_000, 99_999);
    const lines = TEXT.replaceAll(String(number), String(other)).split('\n');
    const bytes = Buffer.concat([
      Buffer.from(encodeLegacy(`${lines.slice(0, 8).join('\n')}\n`, 'tcvn3')),
      Buffer.from(encodeLegacy(lines.slice(8).join('\n'), 'vni')),
    ]);
    const result = await fx.api.run(INGEST, { fileName: 'mixed.txt', text: bytes.toString('latin1') }, { role: 'editor' });
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.message).toMatch(/mojibake.*cannot be repaired.*\(UNSUPPORTED_ENCODING\)/s);
    const stored = await fx.graph.read(`MATCH (d:Document) WHERE d.key STARTS WITH $prefix RETURN d.key AS key`, { prefix: `${other}/` });
    expect(stored).toEqual([]);
  });
});
