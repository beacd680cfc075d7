/**
 * An item whose opening paragraph names its subject ("(1) Bộ Y tế chỉ đạo ...") continues it in the bullets and
 * paragraphs below it: they name no subject of their own. Not when the opening paragraph hands the duties on
 * ("Sở X chỉ đạo Chi cục Y thực hiện các nội dung sau:"). Excerpts: a Government office's notice on two hospital
 * projects, a provincial plan on aquaculture monitoring (November 2025).
 */
import { describe, expect, it } from 'vitest';
import { sectionRoleBodies as roles } from '../../support/assignmentPairs';

describe('an item subject carried to its bullets', () => {
  it('gives the bullets of "(1) Bộ Y tế ..." to Bộ Y tế', () => {
    const text = [
      'THÔNG BÁO',
      '',
      '2. Để bảo đảm tiến độ, yêu cầu các cơ quan thực hiện các nhiệm vụ sau:',
      '',
      '(1) Bộ Y tế chỉ đạo Ban Quản lý dự án khẩn trương hoàn thiện hồ sơ thiết kế.',
      '',
      '- Chủ trì, phối hợp với Bộ Tài chính và các bộ, cơ quan liên quan hoàn thiện hồ sơ trình về các cơ chế vận hành.',
    ].join('\n');
    const r = roles(text).map((x) => x.replace(/^\S*\s/, ''));
    expect(r).toEqual(expect.arrayContaining(['LEAD Bộ Y tế', 'COORDINATE Bộ Tài chính', 'COORDINATE các bộ, cơ quan liên quan']));
  });

  it('does not give the bullets to a body that directs another to carry them out', () => {
    const text = [
      'KẾ HOẠCH',
      '',
      'IV. TỔ CHỨC THỰC HIỆN',
      '',
      '1. Sở Nông nghiệp và Môi trường chỉ đạo Chi cục Biển đảo và Thủy sản thực hiện các nội dung sau:',
      '',
      '- Phối hợp với UBND các xã, phường triển khai tổ chức thực hiện Kế hoạch quan trắc.',
      '',
      '- Tổ chức đánh giá kết quả thực hiện; báo cáo UBND tỉnh trước ngày 15/12/2026.',
    ].join('\n');
    expect(roles(text).filter((r) => /Sở Nông nghiệp/.test(r) && !/LEAD/.test(r))).toEqual([]);
  });

  it('gives no duty to the group a colon introduces when each item names its own subject (a decision on procedures)', () => {
    const text = [
      'QUYẾT ĐỊNH:',
      '',
      'Điều 2. Giao các cơ quan, đơn vị:',
      '',
      '1. Sở Khoa học và Công nghệ chủ trì, phối hợp với Văn phòng UBND tỉnh xây dựng quy trình nội bộ.',
      '',
      '2. UBND các xã, phường thực hiện giải quyết thủ tục hành chính theo Quyết định này.',
    ].join('\n');
    const r = roles(text);
    expect(r).toEqual(expect.arrayContaining(['Điều 2.1 LEAD Sở Khoa học và Công nghệ']));
    expect(r.filter((x) => x.endsWith('các cơ quan, đơn vị'))).toEqual([]);
  });
});
