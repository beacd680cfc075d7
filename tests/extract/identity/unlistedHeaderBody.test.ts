/**
 * Documents whose issuer no table lists: a state steering committee heading its own decision (its name in the
 * agency column, where the tables list ministries and UBND).
 */
import { describe, expect, it } from 'vitest';
import { readSource } from '../../../src/formats';
import { extractDocument } from '../../../src/extract/extractDocument';

async function extractionOf(text: string) {
  const s = await readSource(Buffer.from(text, 'utf8'), { fileName: 'x.md' });
  return extractDocument(s.text, { fileName: 'x.md', metadata: s.metadata });
}

const steeringCommittee = `|
**BAN CHỈ ĐẠO NHÀ
NƯỚC **
VỀ DU LỊCH
-------
|
**CỘNG HÒA XÃ HỘI
CHỦ NGHĨA VIỆT NAM**
Độc lập - Tự do - Hạnh phúc
---------------
|
|
Số: 170/QĐ-BCĐNNDL
|
*Hà Nội, ngày 21
tháng 11 năm 2025*
|


**QUYẾT ĐỊNH**

BAN
HÀNH QUY CHẾ HOẠT ĐỘNG CỦA BAN CHỈ ĐẠO NHÀ NƯỚC VỀ DU LỊCH

**TRƯỞNG BAN CHỈ ĐẠO NHÀ NƯỚC VỀ DU LỊCH**

**Điều 2.** Quyết định này có
hiệu lực thi hành kể từ ngày ký và thay thế Quyết định số 167/QĐ-BCĐNNDL ngày
29 tháng 7 năm 2013 của Trưởng Ban Chỉ đạo Nhà nước về Du lịch ban hành Quy chế
hoạt động của Ban Chỉ đạo Nhà nước về Du lịch.
`;

describe('an issuer no table lists', () => {
  it('is the body heading the agency column, central when it says "Nhà nước", not the place line\'s city', async () => {
    const { document } = await extractionOf(steeringCommittee);
    expect(document.issuer?.toLowerCase()).toBe('ban chỉ đạo nhà nước về du lịch');
    expect(document).toMatchObject({ symbol: '170/QĐ-BCĐNNDL', jurisdiction: 'national' });
  });

  it('also issued the earlier paper of its own series it replaces', async () => {
    const { document, references } = await extractionOf(steeringCommittee);
    expect(references.find((r) => r.symbol === '167/QĐ-BCĐNNDL')).toMatchObject({ issuer: document.issuer, jurisdiction: 'national' });
  });

  it('keeps the capitals of the province it names, the rest in lower case after the first letter', async () => {
    const header = steeringCommittee
      .replace('**BAN CHỈ ĐẠO NHÀ\nNƯỚC **\nVỀ DU LỊCH', '**BAN QUẢN LÝ DỰ ÁN ĐẦU TƯ XÂY DỰNG TỈNH HÀ TĨNH**')
      .replace('Số: 170/QĐ-BCĐNNDL', 'Số: 170/QĐ-BQLDA')
      .replace('*Hà Nội, ngày 21', '*Hà Tĩnh, ngày 21');
    const { document } = await extractionOf(header);
    expect(document).toMatchObject({ issuer: 'Ban quản lý dự án đầu tư xây dựng tỉnh Hà Tĩnh', jurisdiction: 'Hà Tĩnh' });
  });
});
