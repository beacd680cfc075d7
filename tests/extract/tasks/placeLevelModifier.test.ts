/**
 * "ở tỉnh", "ở trung ương", "ở địa phương" after a group place it at a level as "trong tỉnh" or "cấp tỉnh" do ("các
 * sở, ban, ngành ở tỉnh", "các cơ quan, tổ chức ở địa phương"): part of the group's name. Read as the end of the
 * partner list, it lost the partners after it. Excerpt: a decision on the registration fee price table (Đắk Lắk, 2025).
 */
import { describe, expect, it } from 'vitest';
import { assignmentPairs as pairs } from '../../support/assignmentPairs';

describe('a group placed at a level with "ở"', () => {
  it('keeps the partners listed after it (Quyết định, Đắk Lắk)', () => {
    const text = [
      'QUYẾT ĐỊNH',
      '',
      '**Điều 5. Tổ chức thực hiện**',
      '',
      '1. Sở Tài chính chủ trì, phối hợp với các sở, ban,',
      'ngành ở tỉnh, Ủy ban nhân dân các xã, phường và các cơ quan, đơn vị có liên',
      'quan tổ chức triển khai thực hiện Quyết định này theo quy định của pháp luật.',
    ].join('\n');
    expect(pairs(text)).toEqual([
      'LEAD Sở Tài chính',
      'COORDINATE các sở, ban, ngành ở tỉnh',
      'COORDINATE Ủy ban nhân dân các xã, phường',
      'COORDINATE các cơ quan, đơn vị có liên quan',
    ]);
  });
});
