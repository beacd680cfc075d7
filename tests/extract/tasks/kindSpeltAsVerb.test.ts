/**
 * "Tổ chức" is a verb ("Tổ chức thực hiện ...") and a kind of body ("tổ chức, cá nhân"). Opening an item it is
 * capitalized either way; the comma after it, before another kind, says it is the kind ("Tổ chức, cá nhân quản lý khu
 * vực công cộng có trách nhiệm sau:"), read as "Các tổ chức, cá nhân ..." already was: the subject of a
 * responsibility, named with its qualifier (the lead's decision Q1 of 2026-12-07). The public told what to do ("Tổ
 * chức, cá nhân thực hiện ...", a list of activities "..., giám sát, ... phải có quyết định thành lập") and the verb
 * before a comma ("Tổ chức, triển khai ...") give nothing. Excerpts: a province's Quy định on household solid waste
 * (Hà Tĩnh, 2025), a decree on unexploded ordnance (2025).
 */
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../src/extract/extractDocument';

function pairs(text: string): string[] {
  return [...new Set(extractDocument(text, { fileName: 'excerpt.md' }).assignments.map((a) => `${a.role} ${a.body}`))];
}

describe('a kind spelt as a verb, opening an item', () => {
  it('is the subject of the responsibility it is given (Quy định, Hà Tĩnh)', () => {
    const text = [
      'QUY ĐỊNH',
      '',
      'Điều 14. Quản lý chất thải rắn sinh hoạt nơi công cộng',
      '',
      '1. Tổ chức, cá nhân quản lý khu vực công cộng có trách nhiệm sau:',
      '',
      'a) Lắp đặt đầy đủ thiết bị để phân loại chất thải rắn sinh hoạt, có nắp đậy đảm bảo không rò rỉ nước thải ra ngoài môi trường; có dán nhãn ký hiệu riêng.',
      '',
      'b) Gắn biển tuyên truyền về giảm thiểu, thu gom, phân loại chất thải rắn sinh hoạt tại những khu vực thường phát sinh chất thải rắn sinh hoạt.',
    ].join('\n');
    expect(pairs(text)).toEqual(['LEAD Tổ chức, cá nhân quản lý khu vực công cộng']);
  });

  it('gives nothing to the public told what to do, nor to the verb before a comma (Nghị định)', () => {
    const text = [
      'NGHỊ ĐỊNH',
      '',
      'Điều 10. Tổ chức, đơn vị, cá nhân tham gia hoạt động điều tra, khảo sát, rà phá bom mìn vật nổ',
      '',
      '1. Tổ chức, đơn vị tham gia hoạt động điều tra, khảo sát, tư vấn, giám sát, rà phá bom mìn vật nổ phải có quyết định thành lập hoặc giấy chứng nhận đăng ký doanh nghiệp.',
      '',
      '2. Tổ chức, cá nhân thực hiện nghiêm các quy định về an toàn trong khu vực rà phá.',
      '',
      '3. Tổ chức, triển khai thực hiện các quy định về an toàn trong khu vực rà phá.',
    ].join('\n');
    expect(pairs(text)).toEqual([]);
  });
});
