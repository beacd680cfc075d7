/**
 * A "Trách nhiệm của ..." heading naming a kind of state unit by what it has or does (issue 8, nineteenth pass,
 * theme A): "Điều 25. Trách nhiệm của cơ quan, đơn vị trên địa bàn tỉnh có hệ thống thông tin, cơ sở dữ liệu chuyên
 * ngành kết nối với Hệ thống thông tin giải quyết TTHC tỉnh" (a province's Quy chế on its TTHC system, November 2025)
 * names the body of its points whole, as the gold writes it, though it runs past the short limit other owners keep;
 * "tổ chức, doanh nghiệp ..., cá nhân ..." qualified at length (the public a law regulates) still names none.
 */
import { describe, expect, it } from 'vitest';
import { assignmentPairs as pairs } from '../../support/assignmentPairs';

describe('a "Trách nhiệm của" heading naming a qualified kind of state unit', () => {
  it('names the body of its points whole', () => {
    // The document's heading, unwrapped, after the article before it (a lone article's wrapped label is no section).
    const text = [
      '**Điều 24. Trách nhiệm của Công an tỉnh**',
      '',
      '1. Chủ trì, phối hợp cấp tài khoản định danh điện tử.',
      '',
      '**Điều 25. Trách nhiệm của cơ quan, đơn vị trên địa bàn tỉnh có hệ thống thông tin, cơ sở dữ liệu chuyên ngành kết nối với Hệ thống thông tin giải quyết TTHC tỉnh**',
      '',
      '1. Quản lý, phân quyền tài khoản khai thác, sử dụng hiệu quả dữ liệu trên Hệ thống thông tin giải quyết TTHC tỉnh.',
      '',
      '2. Thường xuyên khai thác, sử dụng dữ liệu giao dịch trên Hệ thống thông tin giải quyết TTHC tỉnh.',
    ].join('\n');
    expect(pairs(text)).toContain(
      'LEAD cơ quan, đơn vị trên địa bàn tỉnh có hệ thống thông tin, cơ sở dữ liệu chuyên ngành kết nối với Hệ thống thông tin giải quyết TTHC tỉnh',
    );
  });

  it('not a long qualified private party', () => {
    const text = [
      '**Điều 6. Trách nhiệm của tổ chức, doanh nghiệp Việt Nam, cá nhân là người Việt Nam có sản phẩm, dịch vụ công nghệ số được hưởng ưu đãi**',
      '',
      '1. Thực hiện đúng các quy định về ưu đãi.',
    ].join('\n');
    expect(pairs(text)).toEqual([]);
  });
});
