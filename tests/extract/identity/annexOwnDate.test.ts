/**
 * A damaged export whose header lost its date line (Nghị định 170/2025/NĐ-CP as exported: "CHÍNH PHỦ__________
 * Số: 170/2025/NĐ-CP | CỘNG HÒA ...") still dates itself in its annex heading.
 */
import { describe, expect, it } from 'vitest';
import { readSource } from '../../../src/formats';
import { extractDocument } from '../../../src/extract/extractDocument';

async function documentOf(text: string) {
  const s = await readSource(Buffer.from(text, 'utf8'), { fileName: 'x.md' });
  return extractDocument(s.text, { fileName: 'x.md', metadata: s.metadata }).document;
}

const head =
  'CHÍNH PHỦ__________ Số: 170/2025/NĐ-CP | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAMĐộc lập - Tự do - Hạnh phúc______________________\n|\n\n**NGHỊ ĐỊNH**\n\n**Quy định về tuyển dụng, sử dụng và quản lý công chức**\n\n*Căn cứ Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025;*\n\n**Điều 1. Phạm vi điều chỉnh**\n\nNghị định này quy định về tuyển dụng công chức.\n\n';

describe('the date of a text whose header prints none', () => {
  it('is the one its annex heading gives with its own number ("Kèm theo Nghị định số 170/2025/NĐ-CP ngày 30 tháng 6 năm 2025")', async () => {
    const doc = await documentOf(`${head}**Phụ lục I**\n\n*(Kèm theo Nghị định số 170/2025/NĐ-CP ngày 30 tháng 6 năm 2025 của Chính phủ)*\n`);
    expect(doc).toMatchObject({ symbol: '170/2025/NĐ-CP', date: '2025-06-30' });
  });

  it('is not a date the preamble gives to another document', async () => {
    expect((await documentOf(head)).date).toBeNull();
  });
});
