/**
 * What a body does only if a difficulty arises ("Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, X báo cáo
 * ...") is no assignment, as the gold conventions have it (conditional acts are not annotated); a request after the
 * condition ("đề nghị / yêu cầu X báo cáo") still assigns (excerpts of real decisions and plans, read end to end).
 */
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../src/extract/extractDocument';

function roles(text: string): string[] {
  return extractDocument(text, { fileName: 'excerpt.md' }).assignments.map((a) => `${a.section} ${a.role} ${a.body}`);
}

describe('a duty under a difficulty condition', () => {
  it('"Trong quá trình thực hiện, trường hợp có khó khăn, vướng mắc ..., Sở Tư pháp phối hợp với Sở Nội vụ ... trình ..." assigns nothing (Quyết định, UBND tỉnh Hà Tĩnh)', () => {
    const r = roles(
      [
        'QUYẾT ĐỊNH:',
        'Điều 4. Tổ chức thực hiện',
        '1. Giao Sở Tư pháp rà soát, xây dựng Đề án vị trí việc làm của Sở.',
        '2. Trong quá trình thực hiện, trường hợp có khó khăn, vướng mắc hoặc phát sinh những vấn đề cần bổ sung, sửa đổi cho phù hợp với yêu cầu nhiệm vụ, Sở Tư pháp phối hợp với Sở Nội vụ và các cơ quan, đơn vị có liên quan thống nhất, trình Ủy ban nhân dân tỉnh xem xét, quyết định./.',
      ].join('\n'),
    );
    expect(r).toEqual(['Điều 4.1 LEAD Sở Tư pháp']);
  });

  it('"Trong quá trình thực hiện nếu có khó khăn, vướng mắc, các cơ quan, đơn vị, địa phương báo cáo về Sở Y tế ..." assigns nothing (Kế hoạch, UBND thành phố)', () => {
    const r = roles('KẾ HOẠCH\nV. TỔ CHỨC THỰC HIỆN\nTrong quá trình thực hiện nếu có khó khăn, vướng mắc, các cơ quan, đơn vị, địa phương báo cáo về Sở Y tế để xem xét giải quyết theo thẩm quyền.');
    expect(r).toEqual([]);
  });

  it('"..., nếu có phát sinh khó khăn, vướng mắc cần phải điều chỉnh, đề nghị các sở, ban, ngành ... kịp thời báo cáo về Sở ...": a request still assigns (Kế hoạch, UBND tỉnh Đồng Tháp)', () => {
    const r = roles('KẾ HOẠCH\nVI. TỔ CHỨC THỰC HIỆN\nTrong quá trình triển khai thực hiện, nếu có phát sinh khó khăn, vướng mắc cần phải điều chỉnh, đề nghị các sở, ban, ngành và Ủy ban nhân dân các xã, phường kịp thời báo cáo về Sở Nông nghiệp và Môi trường để tổng hợp.');
    expect(r).toEqual(expect.arrayContaining(['VI LEAD các sở, ban, ngành', 'VI LEAD Ủy ban nhân dân các xã, phường']));
  });
});
