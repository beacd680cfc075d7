/**
 * A subject answerable for what it has written, given or decided ("chịu trách nhiệm về nội dung ...", "chịu trách
 * nhiệm đối với việc quyết định ...") carries liability, not a duty; its duties elsewhere still count. Excerpts are
 * real text: a Government resolution on a draft law (Điều 1) and a Đà Nẵng regulation on a notarial database
 * (Quy chế Điều 12.3).
 */
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../src/extract/extractDocument';

function assignments(text: string) {
  return extractDocument(text, { fileName: 'excerpt.txt' }).assignments;
}

describe('liability for what a body has written or decided', () => {
  it('is no duty; the next sentence\'s duty is the evidence ("Bộ Nội vụ chịu trách nhiệm về nội dung giải trình, tiếp thu.")', () => {
    const text = [
      'QUYẾT NGHỊ:',
      '',
      'Điều 1. Thông qua Báo cáo tiếp thu, giải trình ý kiến của các vị đại biểu Quốc hội về dự án Luật Viên chức (sửa đổi) theo đề nghị của Bộ Nội vụ tại Văn bản số 11344/BNV-CCVC ngày 28 tháng 11 năm 2025. Bộ Nội vụ chịu trách nhiệm về nội dung giải trình, tiếp thu. Bộ Nội vụ chủ trì, phối hợp với các Bộ, cơ quan liên quan tiếp thu đầy đủ ý kiến của các Thành viên Chính phủ để hoàn thiện Báo cáo và Dự thảo Luật theo quy định.',
    ].join('\n');
    const lead = assignments(text).filter((a) => a.role === 'LEAD' && a.body === 'Bộ Nội vụ');
    expect(lead).toHaveLength(1);
    expect(lead[0]!.evidence).toMatch(/^Bộ Nội vụ chủ trì/);
  });

  it('gives no body a duty for the liability alone ("Người đứng đầu cơ quan, tổ chức chịu trách nhiệm đối với việc quyết định ...")', () => {
    const text = [
      'QUYẾT ĐỊNH:',
      '',
      'Điều 12. Sửa chữa sai sót',
      '',
      '3. Người đứng đầu cơ quan, tổ chức chịu trách nhiệm',
      'đối với việc quyết định phê duyệt sửa chữa sai sót hoặc thực hiện việc xóa',
      'thông tin trong Cơ sở dữ liệu.',
    ].join('\n');
    expect(assignments(text).map((a) => `${a.role} ${a.body}`)).toEqual([]);
  });
});
