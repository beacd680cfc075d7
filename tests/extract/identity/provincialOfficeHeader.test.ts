/**
 * A national department's office in a province issues its own letters (issue 8, sixteenth pass, the body side):
 * "CỤC THUẾ / THUẾ TỈNH VĨNH LONG" in the agency column is the provincial tax office, not the Cục Thuế, so the
 * letter's jurisdiction is its province. The header is a real letter's: a provincial tax office answering a taxpayer.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSource } from '../../../src/formats';
import { extractDocument } from '../../../src/extract/extractDocument';

const header = (agency: string) =>
  `|\n${agency}\n-------\n|\n**CỘNG HÒA XÃ HỘI\nCHỦ NGHĨA VIỆT NAM**\nĐộc lập - Tự do - Hạnh phúc\n---------------\n|\n|\nSố: 1539/VLO-QLDN3\n*V/v trả lãi tiền vay cho cổ đông*\n|\n*Vĩnh Long, ngày\n02 tháng 12 năm 2025*\n|\n\nThuế tỉnh Vĩnh Long có ý kiến như sau:\n`;

/** A text read as `npm run extract` reads a Markdown export. */
async function identityOf(text: string) {
  const s = await readSource(Buffer.from(text, 'utf8'), { fileName: 'x.md' });
  return extractDocument(s.text, { fileName: 'x.md', metadata: s.metadata }).document;
}

describe("a provincial office under a national department's name in the header", () => {
  it('is the issuer, with its province as jurisdiction', async () => {
    expect(await identityOf(header('CỤC THUẾ\n**THUẾ TỈNH VĨNH LONG**'))).toMatchObject({ issuer: 'Thuế tỉnh Vĩnh Long', jurisdiction: 'Vĩnh Long' });
  });

  it('leaves a letter of the department itself national', async () => {
    expect(await identityOf(header('BỘ TÀI CHÍNH\n**CỤC THUẾ**'))).toMatchObject({ issuer: 'Cục Thuế', jurisdiction: 'national' });
  });

  it('reads the real letter so', async () => {
    const file = path.join(__dirname, '../../fixtures/gold-real/docs/de1ea1a30ca1e0bc.md');
    const s = await readSource(readFileSync(file), { fileName: 'de1ea1a30ca1e0bc.md' });
    const { document } = extractDocument(s.text, { fileName: 'de1ea1a30ca1e0bc.md', metadata: s.metadata });
    expect(document).toMatchObject({ issuer: 'Thuế tỉnh Vĩnh Long', jurisdiction: 'Vĩnh Long' });
  });
});
