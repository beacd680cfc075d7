/**
 * A partner named by a kind and what it does: after "phối hợp với" the next verb is the duty done together, so the
 * words between the kind and that verb qualify the kind and belong to the partner's name. Excerpts are real text: a
 * city's chỉ thị on groundwater (Sở Xây dựng's items), a Government decree's article on ministries' duties, and a
 * province's Quy chế of its administrative-procedure system (the partners of its Sở Khoa học và Công nghệ).
 */
import { describe, expect, it } from 'vitest';
import { roleBodies as roles } from '../../support/assignmentPairs';

describe('a partner qualified up to the joint duty', () => {
  it('keeps a kind\'s activity and its place ("các đơn vị cấp nước thuộc phạm vi quản lý") in the partner\'s name', () => {
    const text = [
      'CHỈ THỊ',
      '',
      'Chủ tịch Ủy ban nhân dân thành phố Cần Thơ yêu cầu Giám đốc, Thủ trưởng các sở,',
      'ban ngành, Chủ tịch Ủy ban nhân dân xã, phường và các đơn vị liên quan trong phạm',
      'vi chức năng, quyền hạn của mình tập trung thực hiện các nhiệm vụ trọng tâm, cụ',
      'thể như sau:',
      '',
      '**5. Sở Xây dựng**',
      '',
      'b) Chủ trì, phối hợp với các',
      'đơn vị cấp nước thuộc phạm vi quản lý xây dựng phương án, lộ trình thay thế hoặc',
      'khai thác luân phiên giữa nguồn nước mặt và nguồn nước dưới đất.',
    ].join('\n');
    const r = roles(text);
    expect(r).toContain('COORDINATE các đơn vị cấp nước thuộc phạm vi quản lý');
    expect(r).not.toContain('COORDINATE các đơn vị');
  });

  it('keeps a competence ("cơ quan có thẩm quyền") in the partner\'s name, up to the verb it does', () => {
    const text = [
      'NGHỊ ĐỊNH',
      '',
      '**Điều 24. Trách nhiệm của các bộ, ngành, địa phương**',
      '',
      '1.',
      'Trách nhiệm của Bộ Xây dựng',
      '',
      'b)',
      'Chủ trì, phối hợp với cơ quan có thẩm quyền trình Thủ tướng Chính phủ cấp ngân',
      'sách hoạt động; quyết định tăng, giảm ngân sách hoạt động của Quỹ nhà ở trung',
      'ương;',
    ].join('\n');
    const r = roles(text);
    expect(r).toContain('COORDINATE cơ quan có thẩm quyền');
    expect(r).not.toContain('COORDINATE cơ quan');
  });

  it('leaves a partner whose next words are the joint duty itself ("các cơ quan, đơn vị cấp tài khoản ... theo quy định")', () => {
    const text = [
      'QUY CHẾ',
      '',
      '**Điều 11. Tài khoản**',
      '',
      '5. Sở Khoa học và Công nghệ chủ',
      'trì, phối hợp với các cơ quan, đơn vị cấp tài khoản công vụ theo quy định tại khoản',
      '1, khoản 2, khoản 3 điều này.',
    ].join('\n');
    const r = roles(text);
    expect(r).toContain('COORDINATE các cơ quan, đơn vị');
    expect(r.filter((x) => x.includes('tài khoản'))).toEqual([]);
  });
});

describe('a kind qualified by two verbs of one office', () => {
  it('keeps "quản lý, vận hành" whole after a kind ("cơ quan, đơn vị quản lý, vận hành"), the duty after the next comma', () => {
    const text = [
      'QUY CHẾ',
      '',
      '**Điều 21. Sở',
      'Khoa học và Công nghệ**',
      '',
      '1. Phối hợp với cơ quan, đơn vị',
      'quản lý, vận hành, bảo đảm cho Hệ thống thông tin giải quyết TTHC tỉnh hoạt động',
      'thông suốt, liên thông, an toàn, ổn định.',
    ].join('\n');
    const r = roles(text);
    expect(r).toContain('COORDINATE cơ quan, đơn vị quản lý, vận hành');
    expect(r).not.toContain('COORDINATE cơ quan, đơn vị quản lý');
  });
});
