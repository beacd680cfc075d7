/**
 * A provincial tax office writes under its national department's name: the header prints "CỤC THUẾ" above
 * "THUẾ TỈNH VĨNH LONG" (a real letter of the collection). The office below issues, with its province (gold-real
 * README, fifth round), so the papers it cites without a province are that province's.
 */
import { describe, expect, it } from 'vitest';
import { extractIdentity } from '../../../src/extract/identity/extractIdentity';
import { normalizeText } from '../../../src/text/fold';

const HEADER = `|
CỤC THUẾ
**THUẾ TỈNH VĨNH LONG**
-------
|
**CỘNG HÒA XÃ HỘI
CHỦ NGHĨA VIỆT NAM**
Độc lập - Tự do - Hạnh phúc
---------------
|
|
Số: 1539/VLO-QLDN3
*V/v trả lãi tiền vay cho cổ đông*
|
*Vĩnh Long, ngày
02 tháng 12 năm 2025*
|

Ngày 18/11/2025, Thuế tỉnh Vĩnh
Long có nhận được Công văn số 144/2025/CV-BSGBTr ngày 17/11/2025 của CÔNG TY CỔ PHẦN BIA SÀI GÒN – BẾN TRE vướng mắc
về việc vay tiền cổ đông không lãi suất.
`;

describe('a provincial tax office under "CỤC THUẾ"', () => {
  it('takes the office on the line below the department as issuer, with its province', () => {
    const { identity } = extractIdentity(normalizeText(HEADER));
    expect(identity).toMatchObject({ issuer: 'Thuế tỉnh Vĩnh Long', jurisdiction: 'Vĩnh Long', symbol: '1539/VLO-QLDN3' });
  });

  it('keeps the Cục Thuế as issuer of its own letters', () => {
    const own = HEADER.replace('**THUẾ TỈNH VĨNH LONG**\n', '').replace('1539/VLO-QLDN3', '5662/CT-CS');
    expect(extractIdentity(normalizeText(own)).identity).toMatchObject({ issuer: 'Cục Thuế', jurisdiction: 'national' });
  });
});
