/**
 * The name of a group a body is told to direct ("chỉ đạo các tổ chức quản lý chợ ... xây dựng Nội quy chợ"): its
 * qualifier runs up to the duty. A word of the qualifier that folds to a preposition ("chợ" / "cho", "tài" / "tại")
 * is the qualifier's own; a note in brackets after it ("(bao gồm cả doanh nghiệp, hợp tác xã, ...)") ends the name,
 * and the duty still follows the note. Excerpt: a provincial UBND's decision issuing a model market regulation.
 */
import { describe, expect, it } from 'vitest';
import { assignmentPairs } from '../../support/assignmentPairs';

const pairs = (lines: string[]): string[] => assignmentPairs(lines.join('\n'));

const HEAD = ['QUYẾT ĐỊNH', '', 'Điều 2. Tổ chức thực hiện', ''];

describe('a directed group qualified by what it manages', () => {
  it('keeps "chợ" in the qualifier (a market, not the preposition "cho")', () => {
    const found = pairs([...HEAD, '1. Giao UBND các phường, xã chỉ đạo các đơn vị quản lý chợ xây dựng Nội quy chợ theo Nội quy mẫu.']);
    expect(found).toContain('LEAD các đơn vị quản lý chợ');
  });

  it('ends the name before a bracketed note and reads the duty after it', () => {
    const found = pairs([
      ...HEAD,
      '2. Giao các Sở, ngành, UBND các',
      'phường, xã chỉ đạo các tổ chức quản lý chợ (bao gồm cả doanh nghiệp, hợp tác',
      'xã, tổ chức khác quản lý chợ) trên địa bàn xây dựng Nội quy chợ theo Nội quy mẫu',
      'được ban hành kèm theo Quyết định này; theo dõi và giám sát việc thực hiện.',
    ]);
    expect(found).toEqual(expect.arrayContaining(['LEAD các sở, ngành', 'LEAD Ủy ban nhân dân các phường, xã', 'LEAD các tổ chức quản lý chợ']));
    expect(found.some((p) => p.includes('bao gồm'))).toBe(false);
  });

  it('still reads "cho" written as the preposition as the end of the qualifier', () => {
    const found = pairs([...HEAD, '3. Giao UBND các xã chỉ đạo các đơn vị cung ứng dịch vụ cho người dân rà soát hồ sơ.']);
    expect(found.some((p) => p.includes('người dân'))).toBe(false);
  });
});
