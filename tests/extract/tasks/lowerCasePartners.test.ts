/**
 * Partners named right after "phối hợp" without "với", as kinds of bodies in lower case ("Phối hợp chính quyền
 * địa phương, Mặt trận cơ sở ..."): they coordinate. "phối hợp tổ chức thực hiện" is a verb, not a partner.
 * Excerpt: a provincial plan on relief supplies (Đắk Lắk, November 2025), the items of one department.
 */
import { describe, expect, it } from 'vitest';
import { roleBodies as roles } from '../../support/assignmentPairs';

const plan = (item: string) => ['KẾ HOẠCH', '', 'IV. TỔ CHỨC THỰC HIỆN', '', '11. Sở Công Thương', '', item].join('\n');

describe('partners after "phối hợp" without "với"', () => {
  it('reads kinds of bodies in lower case as partners', () => {
    const r = roles(plan('- Phối hợp cơ quan báo chí và hệ thống truyền thông thông tin kịp thời về nguồn hàng.'));
    expect(r).toEqual(expect.arrayContaining(['COORDINATE cơ quan báo chí', 'COORDINATE Hệ thống truyền thông']));
  });

  it('keeps the modifier written right after the kind, as after "với" (a Quy định of a Chi cục\'s duties, 2025)', () => {
    const r = roles(plan('- Phối hợp cơ quan có thẩm quyền tham mưu thực hiện công tác kiểm tra chuyên ngành trong phạm vi nhiệm vụ được giao.'));
    expect(r).toContain('COORDINATE cơ quan có thẩm quyền');
    expect(r).not.toContain('COORDINATE cơ quan');
    // "khắc phục" is no "khác": the modifier is matched as written.
    expect(roles(plan('- Phối hợp các đơn vị liên quan khắc phục các sự cố.'))).toContain('COORDINATE các đơn vị liên quan');
  });

  it('keeps the first partner of a list the parser ends early', () => {
    const r = roles(plan('- Phối hợp chính quyền địa phương, Mặt trận cơ sở và các đoàn thể giám sát việc cấp phát.'));
    expect(r).toContain('COORDINATE Chính quyền địa phương');
  });

  it('does not read "tổ chức" after "phối hợp" as a partner ("phối hợp tổ chức thực hiện")', () => {
    const r = roles(plan('- Phối hợp tổ chức thực hiện các nội dung của Kế hoạch.'));
    expect(r.filter((x) => /tổ chức/i.test(x))).toEqual([]);
  });
});
