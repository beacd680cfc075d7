/**
 * A ministry's unit (Cục, Vụ, Tổng cục) is named by a capitalized word and lower-case words, often more than three
 * ("Cục Công nghiệp công nghệ thông tin", "Cục Kiểm soát thủ tục hành chính", "Cục Kiểm tra văn bản quy phạm pháp
 * luật", as the open collection's circulars and recipient lists write them): the name runs to the predicate. A
 * circular's closing article gives such a unit its duty ("Cục ... chủ trì, phối hợp với các cơ quan liên quan tổ
 * chức hướng dẫn thực hiện Thông tư này", Thông tư of the Bộ Khoa học và Công nghệ, 2025).
 */
import { describe, expect, it } from 'vitest';
import { parseBodyListAt } from '../../../src/extract/bodies';
import { tokenize } from '../../../src/extract/vocabulary';
import { sectionRoleBodies as pairs } from '../../support/assignmentPairs';

/** The bodies a list starting the text names, as parsed. */
const items = (text: string) => parseBodyListAt(tokenize(text), 0)?.items.map((i) => i.raw) ?? [];

const CIRCULAR = `BỘ KHOA HỌC VÀ CÔNG NGHỆ

Số: 20/2025/TT-BKHCN

**THÔNG TƯ**

**Điều 8. Hiệu lực và trách nhiệm thi hành**

1. Thông tư này có hiệu lực kể từ ngày 01 tháng 01 năm 2026.

4. Cục Công nghiệp công nghệ thông tin (Bộ Khoa học và Công nghệ) chủ trì, phối hợp với các cơ quan liên quan tổ chức hướng dẫn thực hiện Thông tư này. Trong quá trình thực hiện, nếu có vướng mắc, đề nghị phản ánh về Bộ Khoa học và Công nghệ (Cục Công nghiệp công nghệ thông tin) để kịp thời giải quyết.
`;

describe("a ministry's unit named in lower-case words", () => {
  it('reads the whole name up to the predicate, four or five lower-case words long', () => {
    expect(items('Cục Công nghiệp công nghệ thông tin chủ trì, phối hợp')).toEqual(['Cục Công nghiệp công nghệ thông tin']);
    expect(items('Cục Kiểm soát thủ tục hành chính chủ trì')).toEqual(['Cục Kiểm soát thủ tục hành chính']);
    expect(items('Cục Kiểm tra văn bản quy phạm pháp luật có trách nhiệm')).toEqual(['Cục Kiểm tra văn bản quy phạm pháp luật']);
  });

  it("still ends a field-named head's name before the sentence's words", () => {
    expect(items('Sở Nội vụ kiểm tra việc thực hiện')).toEqual(['Sở Nội vụ']);
    expect(items('Cục Thuế có ý kiến như sau')).toEqual(['Cục Thuế']);
  });

  it("gives the unit of a circular's closing article its duty and its partners theirs", () => {
    expect(pairs(CIRCULAR)).toEqual(['Điều 8.4 LEAD Cục Công nghiệp công nghệ thông tin', 'Điều 8.4 COORDINATE các cơ quan liên quan']);
  });
});
