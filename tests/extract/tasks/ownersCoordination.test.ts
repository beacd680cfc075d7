/**
 * A body a heading or an item's opening names leads the points under it: a point that tells it to coordinate with
 * partners it names makes the partners COORDINATE, not the body (the gold's third-round convention for body-headed
 * items); a "phối hợp" naming no partner keeps the body COORDINATE, and so does a body whose points are all "Phối
 * hợp" (the line announcing them, "... có trách nhiệm:", is no duty it leads). Excerpts: a province's decision on
 * administrative procedures (Nghệ An, 2025), a city's plan for digital transformation in construction (2025), a
 * Hà Nội resolution on high-tech parks (2025), a province's regulation on its administrative-procedure information
 * system (2025).
 */
import { describe, expect, it } from 'vitest';
import { assignmentPairs as pairs } from '../../support/assignmentPairs';

describe("an item owner's own coordination", () => {
  it('gives the partners of a lettered "Phối hợp chặt chẽ với ..." point COORDINATE, not the body heading the points', () => {
    const text = [
      'QUYẾT ĐỊNH',
      '',
      'Điều 1. Tổ chức thực hiện',
      '',
      '1. Trách nhiệm của Ủy ban nhân',
      'dân các xã, phường',
      '',
      'a) Tổ chức tiếp nhận hồ sơ và',
      'trả kết quả giải quyết thủ tục hành chính của tổ chức, cá nhân không phân biệt',
      'cấp chính quyền, địa giới hành chính nơi cư trú;',
      '',
      'b) Phối hợp chặt chẽ với các',
      'Sở, ban, ngành, Văn phòng UBND tỉnh trong quá trình thực hiện, phản ánh kịp',
      'thời những khó khăn, vướng mắc để được hướng dẫn, tháo gỡ.',
    ].join('\n');
    const found = pairs(text);
    expect(found).toEqual(expect.arrayContaining(['LEAD Ủy ban nhân dân các xã, phường', 'COORDINATE Văn phòng Ủy ban nhân dân tỉnh']));
    expect(found).not.toContain('COORDINATE Ủy ban nhân dân các xã, phường');
  });

  it('keeps the body COORDINATE for a "Phối hợp ..." bullet that names no partner', () => {
    const text = [
      'KẾ HOẠCH',
      '',
      'V. TỔ CHỨC THỰC HIỆN',
      '',
      '**1. Ủy ban nhân dân cấp xã**',
      '',
      '- Thực hiện số hóa hồ sơ, dữ liệu về hoạt động xây dựng, hạ tầng giao thông, công trình hạ tầng cơ sở trên địa bàn quản lý.',
      '',
      '- Phối hợp tích hợp dữ liệu về quy hoạch xây dựng, hạ tầng kỹ thuật đô thị, nông thôn vào hệ thống chung để đồng bộ với dữ liệu giao thông trên địa bàn quản lý.',
    ].join('\n');
    expect(pairs(text)).toEqual(expect.arrayContaining(['LEAD Ủy ban nhân dân cấp xã', 'COORDINATE Ủy ban nhân dân cấp xã']));
  });

  it('keeps the body COORDINATE when all its points coordinate, "... có trách nhiệm:" leading nothing', () => {
    const text = [
      'NGHỊ QUYẾT',
      '',
      'Điều 1. Tổ chức thực hiện',
      '',
      '1. Các Sở, ban, ngành thuộc Thành phố có trách nhiệm:',
      '',
      'a) Phối hợp với Ban Quản lý, Trung tâm Đổi mới sáng tạo Hà Nội triển khai, hỗ trợ liên quan đến hoạt động đổi mới sáng tạo, hỗ trợ khởi nghiệp tại khu công nghệ cao;',
      '',
      'b) Phối hợp với Ban Quản lý các khu công nghệ cao và khu công nghiệp Thành phố triển khai thực hiện cơ chế, chính sách theo quy định của pháp luật.',
    ].join('\n');
    expect(pairs(text)).toContain('COORDINATE các sở, ban, ngành thuộc Thành phố');
  });

  it('keeps the body COORDINATE for a "phối hợp với <partners> <act>" point: the act is done together, not led apart', () => {
    // An article named after one body whose points are its duties; the third coordinates on a joint act ("thực hiện
    // rà quét") right after the partners. Dropping the owner's COORDINATE on such points (tried to fix a plan's
    // "Căn cứ ..., phối hợp với Sở X trình ..." point) lost more of these than it fixed.
    const text = [
      'QUYẾT ĐỊNH',
      '',
      'Điều 24. Công an tỉnh',
      '',
      '1. Chủ trì, phối hợp với Sở Khoa học và Công nghệ và các cơ quan liên quan trong việc bảo đảm các điều kiện kết nối giữa Hệ thống thông tin giải quyết TTHC của tỉnh và Cơ sở dữ liệu quốc gia về dân cư được ổn định, thông suốt, bảo đảm an toàn, an ninh thông tin theo quy định của pháp luật.',
      '',
      '3. Hằng năm, phối hợp với Sở Khoa học và Công nghệ, Trung tâm Phục vụ hành chính công tỉnh thực hiện rà quét, rà soát các điều kiện đảm bảo an toàn, an ninh thông tin đối với Hệ thống thông tin giải quyết TTHC tỉnh và các trang thiết bị, cơ quan, đơn vị có kết nối, khai thác Cơ sở dữ liệu quốc gia về dân cư.',
    ].join('\n');
    expect(pairs(text)).toEqual(expect.arrayContaining(['LEAD Công an tỉnh', 'COORDINATE Công an tỉnh', 'COORDINATE Sở Khoa học và Công nghệ']));
  });
});
