/**
 * A central document whose issuer line is not read (a damaged export's header) keeps no province: its place line
 * ("Hà Nội, ngày 20 tháng 11 năm 2025") named the province, the circular was read as a Hà Nội text, and a provincial
 * text never amends a central one, so its AMENDS of a decree became REFERENCES. A kind only central bodies issue
 * ("TT", "NĐ") or a central agency's code makes it national whatever its place line says. The document is a
 * ministry's circular on delegating staff management (a development file), its header damaged as exports damage it.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../../src/config';
import { isCentralDocument, parseSymbol } from '../../../src/extract/symbols';
import { extractSource } from '../../support/realExtraction';

const circular = readFileSync(path.join(PROJECT_ROOT, 'tests/fixtures/gold-real/docs/6f76eaad0b5b95d8.md'), 'utf8');
const ISSUER_LINE = '**BỘ TƯ PHÁP**\n';
const SYMBOL = '23/2025/TT-BTP';

async function read(text: string) {
  const x = await extractSource(text, 'excerpt.md');
  return {
    jurisdiction: x.document.jurisdiction,
    amends: x.references.filter((r) => r.relation === 'AMENDS').map((r) => r.symbol),
  };
}

describe('the place line of a central document', () => {
  it('makes no province of a circular whose issuer line is lost and whose ministry code is misread', async () => {
    expect(circular).toContain(ISSUER_LINE);
    const whole = await read(circular);
    expect(whole.jurisdiction).toBe('national');
    expect(whole.amends.length).toBeGreaterThan(0);
    const damaged = circular.replace(ISSUER_LINE, '').replace(`Số: ${SYMBOL}`, 'Số: 23/2025/TT-BTF');
    expect(await read(damaged)).toEqual(whole);
  });

  it('makes no province of it when only its kind line is read ("THÔNG TƯ")', async () => {
    const damaged = circular.replace(ISSUER_LINE, '').replace(`Số: ${SYMBOL}`, '');
    expect(await read(damaged)).toEqual(await read(circular));
  });

  it("leaves a province's code provincial though its type code is a central kind's (a Tỉnh ủy's Thông tri)", () => {
    expect(isCentralDocument(parseSymbol('05-TT/TU'), null)).toBe(false);
    expect(isCentralDocument(parseSymbol('23/2025/TT-BTF'), null)).toBe(true);
    expect(isCentralDocument(parseSymbol('12/2025/QĐ-UBND'), null)).toBe(false);
  });
});
