/**
 * A ministry's circular or letter addresses one department in every province, naming the provinces after it: "Sở Y
 * tế các tỉnh, thành phố trực thuộc Trung ương có trách nhiệm ...", "đề nghị Sở Công Thương các tỉnh, thành phố chỉ
 * đạo ..." (tasks/placeTail.ts). The body parser ended the name before "các", no duty followed it, and the clause
 * lost its subject. Realistic clauses of a circular's "Tổ chức thực hiện" article and of a ministry's letter; the
 * name itself is written so in 13 documents of the open collection (recipient lists of the Ministries of Finance,
 * Industry and Trade, Health, Science and Technology, Construction).
 */
import { describe, expect, it } from 'vitest';
import { assignmentPairs as pairs } from '../../support/assignmentPairs';

const circular = (item: string) => ['BỘ CÔNG THƯƠNG', '', 'THÔNG TƯ', '', 'Điều 20. Tổ chức thực hiện', '', `1. ${item}`].join('\n');

describe('a department named with the provinces it serves, before its duty', () => {
  it('is the subject, the provinces in its name', () => {
    expect(pairs(circular('Sở Công Thương các tỉnh, thành phố trực thuộc Trung ương có trách nhiệm kiểm tra việc thực hiện Thông tư này trên địa bàn.'))).toEqual([
      'SUPERVISE Sở Công Thương các tỉnh, thành phố trực thuộc Trung ương',
    ]);
    expect(pairs(circular('Sở Y tế các tỉnh, thành phố khẩn trương rà soát, bổ sung kế hoạch.'))).toEqual(['LEAD Sở Y tế các tỉnh, thành phố']);
    expect(pairs(circular('Sở Tài chính các tỉnh, TP trực thuộc TW hướng dẫn các đơn vị thực hiện.'))).toEqual(['LEAD Sở Tài chính các tỉnh, TP trực thuộc Trung ương']);
  });

  it('is the object of "đề nghị" in a ministry\'s letter', () => {
    const letter = ['BỘ Y TẾ', '', 'Kính gửi: Sở Y tế các tỉnh, thành phố trực thuộc Trung ương.', '', 'Bộ Y tế đề nghị Sở Y tế các tỉnh, thành phố trực thuộc Trung ương chỉ đạo các cơ sở y tế trên địa bàn triển khai thực hiện.'].join('\n');
    expect(pairs(letter)).toContain('LEAD Sở Y tế các tỉnh, thành phố trực thuộc Trung ương');
  });

  it('needs the duty right after the provinces and one body before them', () => {
    // The provinces are the verb's object here, no part of the subject's name.
    expect(pairs(circular('Sở Công Thương hướng dẫn các tỉnh, thành phố thực hiện.'))).toEqual(['LEAD Sở Công Thương']);
    // A group before them is no department of each province.
    expect(pairs(circular('Các cơ quan các tỉnh, thành phố thực hiện.'))).not.toContain('LEAD các cơ quan các tỉnh, thành phố');
  });
});
