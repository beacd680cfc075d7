/**
 * An inspection that also handles what it finds ("tổ chức kiểm tra xử lý kịp thời các hành vi vi phạm", "Kiểm tra, xử
 * lý vi phạm về tổ chức và hoạt động ...") is acting on the violations: the body leads as well as supervises (the
 * gold's inspection duties, gold-real/README.md). An inspection alone, or one that handles a text ("kiểm tra, rà
 * soát, hệ thống hóa, xử lý văn bản quy phạm pháp luật"), still only supervises. Excerpts: a province's Quy định on
 * household solid waste (Hà Tĩnh, 2025), a province's decision on the functions of its Sở Tư pháp (2025, items
 * written as the Sở's own sentences).
 */
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../src/extract/extractDocument';
import { assignmentPairs } from '../../support/assignmentPairs';

/** Sorted: the tests compare the whole set, whatever order the rules give it in. */
const pairs = (text: string): string[] => assignmentPairs(text).sort();

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

  it('leads only where the violations are handled, not a text or nothing (the Sở Tư pháp\'s functions)', () => {
    const text = [
      'QUYẾT ĐỊNH',
      '',
      'Điều 2. Nhiệm vụ và quyền hạn',
      '',
      '1. Sở Tư pháp kiểm tra công tác pháp chế của các cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh.',
      '',
      '2. Sở Tư pháp kiểm tra, xử lý các hành vi vi phạm đối với cơ quan, tổ chức, cá nhân trong việc thi hành pháp luật thuộc phạm vi quản lý của Sở Tư pháp theo quy định pháp luật.',
      '',
      '3. Sở Tư pháp kiểm tra, rà soát, hệ thống hóa, xử lý văn bản quy phạm pháp luật.',
    ].join('\n');
    const bySection = extractDocument(text, { fileName: 'excerpt.md' }).assignments.map((a) => `${a.section} ${a.role}`).sort();
    expect(bySection).toEqual(['Điều 2.1 SUPERVISE', 'Điều 2.2 LEAD', 'Điều 2.2 SUPERVISE', 'Điều 2.3 SUPERVISE']);
  });
});
