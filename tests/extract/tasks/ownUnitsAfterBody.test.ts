/**
 * "X và các Chi nhánh trực thuộc": a unit head written alone with "trực thuộc" and no owner after it is the units of
 * the body just named, one group, as "các đơn vị trực thuộc" is. When the head alone was no body, the whole subject
 * list before "có trách nhiệm" was lost with it. Excerpt: a decision approving a procedure (Trung tâm Phục vụ hành
 * chính công thành phố Hà Nội, 2025).
 */
import { describe, expect, it } from 'vitest';
import { assignmentPairs as pairs } from '../../support/assignmentPairs';

describe('a unit head with "trực thuộc" and no owner', () => {
  it('keeps the subject list it closes (Quyết định, Hà Nội)', () => {
    const text = [
      'QUYẾT ĐỊNH',
      '',
      '**Điều 2. **Trung tâm Phục vụ hành chính công Thành phố chủ trì đảm bảo các điều kiện kỹ thuật của Hệ thống Thông tin giải quyết thủ tục hành chính phục vụ triển khai Quyết định này.',
      '',
      'Sở Nông nghiệp và Môi trường, Thuế Thành phố và các Thuế cơ sở, UBND cấp xã, Văn phòng Đăng ký đất đai và các Chi nhánh trực thuộc có trách nhiệm tuân thủ quy trình giải quyết theo phương án được phê duyệt kèm theo Quyết định này.',
    ].join('\n');
    expect(pairs(text)).toEqual(
      expect.arrayContaining(['LEAD Sở Nông nghiệp và Môi trường', 'LEAD các Thuế cơ sở', 'LEAD Ủy ban nhân dân cấp xã', 'LEAD Văn phòng Đăng ký đất đai', 'LEAD các Chi nhánh trực thuộc']),
    );
  });
});
