/**
 * The leaders of a group stand for the group (issue 8, twenty-first pass, theme A): "Lãnh đạo các sở, ngành liên
 * quan" among the objects of "giao trách nhiệm cho ..." (a Quảng Ngãi inventory plan, a development file whose gold
 * gives "các sở, ngành liên quan" LEAD) and as a clause's subject. The title is dropped as for "Thủ trưởng các ...".
 */
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../src/extract/extractDocument';

const leads = (text: string) =>
  extractDocument(text, { fileName: 'excerpt.md' })
    .assignments.filter((a) => a.role === 'LEAD')
    .map((a) => a.body);

describe('leaders of a group', () => {
  it('stand for their group among the objects of an assignment', () => {
    const text = [
      'IV. TỔ CHỨC THỰC HIỆN',
      '',
      '1.1. Trưởng Ban Chỉ đạo',
      '',
      '- Phân công, chỉ đạo, giao trách nhiệm cho các thành viên Ban Chỉ đạo, Lãnh đạo các sở, ngành liên quan thực hiện nhiệm vụ tổng kiểm kê tài sản thuộc phạm vi quản lý của tỉnh.',
    ].join('\n');
    expect(leads(text)).toContain('các sở, ngành liên quan');
  });

  it('stand for their group as the subject of a duty', () => {
    const text = ['IV. TỔ CHỨC THỰC HIỆN', '', '2. Lãnh đạo các sở, ngành liên quan thực hiện nhiệm vụ tổng kiểm kê tài sản.'].join('\n');
    expect(leads(text)).toEqual(['các sở, ngành liên quan']);
  });
});
