/**
 * A kind of body named by its field opens a clause as its subject (issue 8, twentieth pass, theme A): "Cơ quan Thuế
 * tỉnh hướng dẫn người nộp thuế ..." (a Đắk Lắk decision on resource tax prices, a development file whose gold gives
 * LEAD), "Cơ quan thuế của địa phương hướng dẫn kê khai ..." (a decision on registration fees, unannotated). Such a
 * capitalized kind without "các" was kept only with a qualifier read up to its duty; the field the name reader
 * joined to it ("thuế") is as good a name. A kind followed by a passive qualifies it and stays withQualifier's to
 * read ("Cá nhân được giao nhiệm vụ giải quyết công việc căn cứ vào ..., có trách nhiệm nộp lưu ...": a person).
 */
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/extract/extractDocument';

const leads = (text: string) =>
  extractDocument(text, { fileName: 'excerpt.md' })
    .assignments.filter((a) => a.role === 'LEAD')
    .map((a) => a.body);

describe('a kind named by its field at the start of a clause', () => {
  it('is the subject of its duty', () => {
    const text = [
      'Điều 4. Tổ chức thực hiện',
      '1. Sở Tài chính chủ trì phối hợp với các cơ quan liên quan trong việc xây dựng Quyết định điều chỉnh, bổ sung bảng giá tính thuế tài nguyên.',
      '2. Cơ quan Thuế tỉnh hướng dẫn người nộp thuế thực hiện đăng ký, kê khai và nộp thuế; niêm yết công khai bảng giá tại trụ sở cơ quan thuế và trên cổng thông tin điện tử của Ủy ban nhân dân tỉnh.',
    ].join('\n');
    expect(leads(text)).toEqual(expect.arrayContaining(['Sở Tài chính', 'Cơ quan Thuế tỉnh']));
  });

  it('keeps the place it is named with', () => {
    const text = ['Điều 5. Tổ chức thực hiện', '', '3. Cơ quan thuế của địa phương hướng dẫn kê khai, xác định và thu lệ phí trước bạ theo quy định của nhà nước và Ủy ban nhân dân tỉnh.'].join('\n');
    expect(leads(text)).toEqual(['Cơ quan thuế của địa phương']);
  });

  it('leaves a kind qualified by a passive to the qualifier rules', () => {
    const text = [
      'Điều 16. Nộp lưu hồ sơ',
      '',
      '3. Cá nhân được giao nhiệm vụ giải quyết công việc căn cứ vào Danh mục hồ sơ của cơ quan, có trách nhiệm nộp lưu tài liệu điện tử và các tài liệu định dạng khác (nếu có) vào Lưu trữ hiện hành.',
    ].join('\n');
    expect(leads(text).filter((b) => b.startsWith('Cá nhân'))).toEqual([]);
  });
});
