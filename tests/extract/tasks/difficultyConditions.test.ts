/**
 * What a body does only if a difficulty arises ("Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, X báo cáo
 * ...") is no assignment, as the gold conventions have it (conditional acts are not annotated). A request after the
 * condition still assigns a duty, but not one that only asks to report the difficulty back ("đề nghị các cơ quan, đơn
 * vị kịp thời phản ánh / báo cáo về Sở ..."): that closing formula is left out by the gold of 5 of the 7 development
 * documents that request it, and of 28 of 31 that write it at all (excerpts of real decisions and plans, read end to end).
 */
import { describe, expect, it } from 'vitest';
import { sectionRoleBodies as roles } from '../../support/assignmentPairs';

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

  it('"..., nếu có khó khăn, vướng mắc, đề nghị các sở, ban, ngành ... kịp thời phản ánh về Ủy ban nhân dân Thành phố ...": a request only to report back assigns nothing (Kế hoạch, UBND thành phố Hà Nội)', () => {
    const r = roles(
      [
        'KẾ HOẠCH',
        'IV. TỔ CHỨC THỰC HIỆN',
        '1. Thủ trưởng các sở, ban, ngành và Ủy ban nhân dân phường, xã, đặc khu chịu trách nhiệm triển khai, thực hiện Kế hoạch này.',
        'Trong quá trình triển khai thực hiện Kế hoạch, nếu có khó khăn, vướng mắc, đề nghị các sở, ban, ngành, Ủy ban nhân dân phường, xã, đặc khu và các cơ quan, tổ chức có liên quan kịp thời phản ánh về Ủy ban nhân dân Thành phố (thông qua Sở Nội vụ) để hướng dẫn giải quyết hoặc trình cấp có thẩm quyền xem xét, quyết định./.',
      ].join('\n'),
    );
    expect(r).toEqual(['IV.1 LEAD các sở, ban, ngành', 'IV.1 LEAD Ủy ban nhân dân phường, xã, đặc khu']);
  });

  it('"Trong quá trình thực hiện Quy định này, nếu có vướng mắc ..., đề nghị thủ trưởng các đơn vị phản ảnh về Cục Thuế ..." assigns nothing (Quyết định, Cục Thuế)', () => {
    const r = roles('QUYẾT ĐỊNH\nChương III. TỔ CHỨC THỰC HIỆN\nTrong quá trình thực hiện Quy định này, nếu có vướng mắc hoặc có nội dung chưa phù hợp, đề nghị thủ trưởng các đơn vị phản ảnh về Cục Thuế (qua Ban Tổ chức cán bộ) để sửa đổi, bổ sung./.');
    expect(r).toEqual([]);
  });

  it('"..., trường hợp có khó khăn, vướng mắc, giao Sở Tư pháp chủ trì, phối hợp ... xử lý": a request of a duty of its own still assigns (after a Quyết định of UBND tỉnh Hà Tĩnh)', () => {
    const r = roles('QUYẾT ĐỊNH:\nĐiều 4. Tổ chức thực hiện\nTrong quá trình thực hiện, trường hợp có khó khăn, vướng mắc, giao Sở Tư pháp chủ trì, phối hợp với Sở Nội vụ xử lý, trình Ủy ban nhân dân tỉnh xem xét, quyết định./.');
    expect(r).toEqual(expect.arrayContaining(['Điều 4 LEAD Sở Tư pháp']));
  });
});
