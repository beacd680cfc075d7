/**
 * "Tổ chức" is a verb ("Tổ chức thực hiện ...") and a kind of body ("tổ chức, cá nhân"). Opening an item it is
 * capitalized either way; the comma after it, before another kind, says it is the kind ("Tổ chức, cá nhân quản lý khu
 * vực công cộng có trách nhiệm sau:"), read as "Các tổ chức, cá nhân ..." already was: the subject of a
 * responsibility, named with its qualifier (the lead's decision Q1 of 2026-12-07). The public told what to do ("Tổ
 * chức, cá nhân thực hiện ...", a list of activities "..., giám sát, ... phải có quyết định thành lập") and the verb
 * before a comma ("Tổ chức, hướng dẫn và lập danh sách ...") give nothing. Excerpts: a province's Quy định on
 * household solid waste (Hà Tĩnh, 2025), a decree on unexploded ordnance (2025), a province's decision on procedures
 * settled online (2025).
 */
import { describe, expect, it } from 'vitest';
import { assignmentPairs as pairs } from '../../support/assignmentPairs';

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

  it('gives nothing to the public told what to do, nor to the verb before a comma', () => {
    const decree = [
      'NGHỊ ĐỊNH',
      '',
      'Điều 10. Tổ chức, đơn vị, cá nhân tham gia hoạt động điều tra, khảo sát, rà phá bom mìn vật nổ',
      '',
      '1. Tổ chức, đơn vị tham gia hoạt động điều tra, khảo sát, tư vấn, giám sát, rà phá bom mìn vật nổ phải có quyết định thành lập của cơ quan nhà nước có thẩm quyền hoặc giấy phép hoạt động hợp pháp ở Việt Nam và được cấp chứng chỉ năng lực theo quy định.',
      '',
      'đ) Tổ chức, hướng dẫn và lập danh sách đoàn kiểm tra, khách tham quan và những người ra vào khu vực thi công;',
    ].join('\n');
    expect(pairs(decree)).toEqual([]);
    const decision = [
      'QUYẾT ĐỊNH',
      '',
      'Điều 2. Đối tượng áp dụng',
      '',
      '2. Tổ chức, cá nhân thực hiện TTHC trên Hệ thống thông tin giải quyết TTHC tỉnh bằng tài khoản định danh điện tử do hệ thống định danh và xác thực điện tử tạo lập, đã kết nối, tích hợp trên Cổng Dịch vụ công quốc gia.',
    ].join('\n');
    expect(pairs(decision)).toEqual([]);
  });
});
