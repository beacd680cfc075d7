/**
 * An article headed "Trách nhiệm của X và Y" whose numbered clauses each name their own body ("2. Ban Quản lý ... có
 * trách nhiệm:") and list its points: the points are that body's, not the article heading's bodies'. Excerpt:
 * Nghị quyết 73/2025/NQ-HĐND of Hà Nội (November 2025).
 */
import { describe, expect, it } from 'vitest';
import { assignmentPairs as pairs } from '../../support/assignmentPairs';

describe('points announced by a clause that names its body', () => {
  it('gives the clause body, not the article heading, the points under "X có trách nhiệm:"', () => {
    const text = [
      '**Điều 16. Trách nhiệm của Ủy',
      'ban nhân dân Thành phố và cơ quan, tổ chức quản lý nhà nước có liên quan**',
      '',
      '1. Ủy ban nhân dân Thành phố có quyền hạn và trách',
      'nhiệm:',
      '',
      'a) Ban hành văn bản chỉ đạo, hướng dẫn việc tổ chức thi hành Nghị quyết.',
      '',
      '2. Ban Quản lý các khu công nghệ cao và khu công nghiệp thành phố Hà Nội có trách nhiệm:',
      '',
      'a) Chủ trì, phối hợp với Trung tâm Đổi mới sáng tạo Hà Nội, các đơn vị liên quan đánh giá hiệu quả đầu tư;',
      '',
      'g) Chủ trì giám sát, đánh giá hiệu quả thực hiện chính sách, định kỳ báo cáo Ủy ban nhân dân Thành phố.',
      '',
      '5. Các Sở, ban, ngành thuộc Thành phố có trách nhiệm:',
      '',
      'a) Phối hợp với Ban Quản lý các khu công nghệ cao và khu công nghiệp Thành phố triển khai thực hiện chính sách.',
    ].join('\n');
    const found = pairs(text);
    expect(found).toContain('SUPERVISE Ban Quản lý các khu công nghệ cao và khu công nghiệp thành phố Hà Nội');
    expect(found).toContain('COORDINATE các sở, ban, ngành thuộc Thành phố');
    expect(found).not.toContain('SUPERVISE Ủy ban nhân dân Thành phố');
    expect(found).not.toContain('COORDINATE Ủy ban nhân dân Thành phố');
    // "có quyền hạn và trách nhiệm:" announces the council's points like "có trách nhiệm:".
    expect(found).toContain('LEAD Ủy ban nhân dân Thành phố');
    expect(found.filter((p) => p.includes('cơ quan, tổ chức quản lý nhà nước'))).toEqual([]);
  });
});
