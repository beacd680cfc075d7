/**
 * An inspection that also handles what it finds ("tổ chức kiểm tra xử lý kịp thời các hành vi vi phạm", "Kiểm tra, xử
 * lý vi phạm về tổ chức và hoạt động ...") is acting on the violations: the body leads as well as supervises (the
 * gold's inspection duties, gold-real/README.md, as 3bc5 Quy định Điều 6.3). An inspection alone, or one that handles a
 * text ("kiểm tra, xử lý văn bản quy phạm pháp luật"), still only supervises. Excerpts: a province's Quy định on
 * household solid waste (Hà Tĩnh, 2025), a province's functions of its Sở Tư pháp (2025).
 */
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../src/extract/extractDocument';

function pairs(text: string): string[] {
  return [...new Set(extractDocument(text, { fileName: 'excerpt.md' }).assignments.map((a) => `${a.role} ${a.body}`))].sort();
}

describe('an inspection that handles violations', () => {
  it('leads and supervises (Quy định, Hà Tĩnh)', () => {
    const text = [
      'QUY ĐỊNH',
      '',
      'Điều 16. Thanh tra, kiểm tra việc quản lý chất thải rắn sinh hoạt',
      '',
      'Ủy ban nhân dân các cấp, thủ trưởng các cơ quan, đơn vị có liên quan theo chức năng, nhiệm vụ, quyền hạn của mình tổ chức kiểm tra xử lý kịp thời các hành vi vi phạm pháp luật của các tổ chức, hộ gia đình, cá nhân hoạt động, sinh hoạt, sản xuất, kinh doanh dịch vụ trên địa bàn.',
    ].join('\n');
    expect(pairs(text)).toEqual(
      ['LEAD Ủy ban nhân dân các cấp', 'LEAD các cơ quan, đơn vị có liên quan', 'SUPERVISE Ủy ban nhân dân các cấp', 'SUPERVISE các cơ quan, đơn vị có liên quan'].sort(),
    );
  });

  it('only supervises where it handles a text, not a violation, or nothing', () => {
    const text = [
      'QUYẾT ĐỊNH',
      '',
      'Điều 2. Trách nhiệm thực hiện',
      '',
      '1. Sở Tư pháp kiểm tra, xử lý văn bản quy phạm pháp luật của Hội đồng nhân dân và Ủy ban nhân dân xã, phường.',
      '',
      '2. Sở Xây dựng kiểm tra việc chấp hành quy định về trật tự xây dựng trên địa bàn.',
    ].join('\n');
    expect(pairs(text)).toEqual(['SUPERVISE Sở Tư pháp', 'SUPERVISE Sở Xây dựng']);
  });
});
