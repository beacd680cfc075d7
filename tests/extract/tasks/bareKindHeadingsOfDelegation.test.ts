/**
 * A phân cấp article organised by the bodies given each power (issue 8, seventeenth pass, theme A): a heading that
 * names a kind without "các" and what it belongs to ("2. Cơ quan chuyên môn, tổ chức hành chính khác thuộc / Ủy
 * ban nhân dân thành phố", "4. Đơn vị sự nghiệp công lập thuộc Ủy ban nhân dân / thành phố") heads its points as
 * "1. Sở Tài chính" does; a level ("1. Cấp thành phố") does not. A power over assets "chưa được theo dõi trên sổ
 * kế toán" (passive) supervises no one. Text as the Cần Thơ decision 36/2025/QĐ-CTUBND writes it (a development file).
 */
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../src/extract/extractDocument';

const HEADER = 'ỦY BAN NHÂN DÂN\nTHÀNH PHỐ CẦN THƠ\n\nSố: 36/2025/QĐ-CTUBND\n\nQUYẾT ĐỊNH\n\nĐiều 1. Phạm vi điều chỉnh.\n\n**Điều 2. Nội dung phân cấp**\n\n';

function assigned(items: string): string[] {
  return extractDocument(`${HEADER}${items}\n`, { fileName: 'x.md' }).assignments.map((a) => `${a.role} ${a.body} ${a.section}`);
}

const POINT_A = 'a) Giao tài sản bằng hiện vật (trừ trụ sở làm việc,\ncơ sở hoạt động sự nghiệp; xe ô tô các loại), tài sản khác có nguyên giá dưới\n01 tỷ đồng/01 đơn vị tài sản cho đơn vị thuộc phạm vi quản lý.';
const POINT_G =
  'g) Bán tài sản công (trừ xe ô tô các loại) có\nnguyên giá theo sổ sách kế toán từ 250 triệu đồng đến dưới 01 tỷ đồng/01 đơn vị\ntài sản trong trường hợp tài sản chưa được theo dõi trên sổ kế toán tại\nđơn vị mình và đơn vị thuộc phạm vi quản lý.';

describe('a heading naming a kind of body without "các" and what it belongs to', () => {
  it('heads the points under it, across the line the heading breaks', () => {
    const got = assigned(
      `1. Sở Tài chính\n\n${POINT_A}\n\n2. Cơ quan chuyên môn, tổ chức hành chính khác thuộc\nỦy ban nhân dân thành phố\n\n${POINT_A}\n\n4. Đơn vị sự nghiệp công lập thuộc Ủy ban nhân dân\nthành phố\n\n${POINT_A}\n\n${POINT_G}`,
    );
    expect(got).toEqual(
      expect.arrayContaining([
        'LEAD Sở Tài chính Điều 2.1',
        'LEAD Cơ quan chuyên môn, tổ chức hành chính khác thuộc Ủy ban nhân dân thành phố Điều 2.2',
        'LEAD Đơn vị sự nghiệp công lập thuộc Ủy ban nhân dân thành phố Điều 2.4',
      ]),
    );
    // "tài sản chưa được theo dõi": the passive names no oversight.
    expect(got.filter((a) => a.startsWith('SUPERVISE'))).toEqual([]);
  });

  it('not when the heading is a level ("1. Cấp thành phố")', () => {
    expect(assigned(`1. Cấp thành phố\n\n${POINT_A}`).filter((a) => a.includes('Cấp thành phố'))).toEqual([]);
  });
});
