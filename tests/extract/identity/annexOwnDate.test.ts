/**
 * Annex headings that name the document itself: a damaged export whose header lost its date line (Nghị định
 * 170/2025/NĐ-CP as exported: "CHÍNH PHỦ__________ Số: 170/2025/NĐ-CP | CỘNG HÒA ...") still dates itself in
 * them, and a decision whose two annexes misprint its number is not citing another decision.
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

/** Header of Quyết định 2031/QĐ-UBND (Cao Bằng), as exported. */
const CAO_BANG_HEADER = `**ỦY BAN NHÂN DÂN**
TỈNH CAO BẰNG
-------
|
**CỘNG HÒA XÃ HỘI
CHỦ NGHĨA VIỆT NAM**
Độc lập - Tự do - Hạnh phúc
---------------
|
|
Số: 2031/QĐ-UBND
|
*Cao Bằng, ngày 28
tháng 11 năm 2025*
|
**QUYẾT ĐỊNH**
VỀ
VIỆC CÔNG BỐ DANH MỤC THỦ TỤC HÀNH CHÍNH MỚI BAN HÀNH, ĐƯỢC SỬA ĐỔI, BỔ SUNG VÀ
PHÊ DUYỆT QUY TRÌNH NỘI BỘ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH TRONG MỘT SỐ LĨNH VỰC
THUỘC THẨM QUYỀN GIẢI QUYẾT CỦA SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH THỰC HIỆN KHÔNG
PHỤ THUỘC VÀO ĐỊA GIỚI HÀNH CHÍNH TRONG PHẠM VI TỈNH CAO BẰNG`;

describe('the annexes of a decision that misprint its number', () => {
  it('are the decision itself, not a citation, even when each of its annexes repeats the line', async () => {
    const annex = '\n\nPHỤ LỤC\n\nDANH MỤC THỦ TỤC HÀNH CHÍNH\n*(Kèm theo Quyết định số: 203/QĐ-UBND ngày 28 tháng 11 năm 2025 của Chủ tịch\nUBND tỉnh Cao Bằng)*\n\nnội dung.\n';
    const s = await readSource(Buffer.from(`${CAO_BANG_HEADER}\n**Điều 1.** Công bố kèm theo Quyết định này danh mục.${annex}${annex}`, 'utf8'), { fileName: 'x.md' });
    const { document, references } = extractDocument(s.text, { fileName: 'x.md', metadata: s.metadata });
    expect(document.symbol).toBe('2031/QĐ-UBND');
    expect(references.map((r) => r.symbol)).not.toContain('203/QĐ-UBND');
  });
});
