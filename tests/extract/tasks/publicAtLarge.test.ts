/**
 * The public at large named alone ("các tổ chức, cá nhân", "Tổ chức cá nhân", "hộ gia đình, cá nhân") is no body a
 * text assigns: the development gold annotates none of them, while it keeps the concerned parties of a closing
 * article ("các tổ chức, cá nhân có liên quan chịu trách nhiệm thi hành"). Excerpts: a Bộ Tài chính circular's
 * closing (2025) and a provincial decision's closing article (2025).
 */
import { describe, expect, it } from 'vitest';
import { assignmentPairs as pairs } from '../../support/assignmentPairs';

describe('the public at large', () => {
  it('gives the public asked to report a difficulty no role', () => {
    const text = [
      'THÔNG TƯ',
      '',
      'Điều 6. Tổ chức thực hiện',
      '',
      '6. Trong quá trình thực hiện, trường hợp có vướng mắc, đề nghị các tổ chức, cá',
      'nhân phản ánh kịp thời về Bộ Tài chính để nghiên cứu, hướng dẫn bổ sung./.',
    ].join('\n');
    expect(pairs(text)).toEqual([]);
  });

  it('keeps the concerned parties of a closing article', () => {
    const text = [
      'QUYẾT ĐỊNH',
      '',
      'Điều 3. Tổ chức thực hiện',
      '',
      'Chánh Văn phòng Ủy ban nhân dân',
      'tỉnh, Thủ trưởng các sở, ban, ngành; Chủ tịch Ủy ban nhân dân các xã, phường và',
      'các tổ chức, cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này./.',
    ].join('\n');
    expect(pairs(text)).toContain('LEAD các tổ chức, cá nhân có liên quan');
  });
});
