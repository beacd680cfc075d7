/**
 * Names that are no body an assignment can go to (issue 8, seventeenth pass, theme A): the public a text regulates,
 * thanks or encourages ("các hộ gia đình, cá nhân", "các tổ chức, cá nhân" with nothing more), and in a province's
 * own text the province written as a place ("tỉnh Cà Mau xây dựng kế hoạch ..."). Sentences as the real documents
 * of ../shared/real write them; the gold annotates neither, but keeps "các tổ chức, cá nhân có liên quan" of a
 * closing article and a province a national text addresses.
 */
import { describe, expect, it } from 'vitest';
import { roleBodies } from '../support/assignmentPairs';
import { namesOwnPlace, namesThePublic } from '../../src/extract/tasks/nonBodies';

/** The (role, body) pairs a text of `header` with `clause` assigns. */
function assigned(header: string, clause: string): string[] {
  const text = `${header}\n\nĐiều 1. Phạm vi.\n\n${clause}\n`;
  return roleBodies(text);
}

const PROVINCIAL = 'ỦY BAN NHÂN DÂN\nTỈNH CÀ MAU\n\nSố: 24/2025/QĐ-UBND\n\nQUYẾT ĐỊNH';
const MINISTRY = 'BỘ TÀI CHÍNH\n\nSố: 12/2025/TT-BTC\n\nTHÔNG TƯ';
const GOVERNMENT = 'THỦ TƯỚNG CHÍNH PHỦ\n\nSố: 15/CĐ-TTg\n\nCÔNG ĐIỆN';

describe('the public', () => {
  it('is no body when a name holds only kinds of persons and private organizations', () => {
    expect(namesThePublic('các tổ chức, cá nhân')).toBe(true);
    expect(namesThePublic('Tổ chức cá nhân')).toBe(true);
    expect(namesThePublic('các hộ gia đình, cá nhân')).toBe(true);
    expect(namesThePublic('các tổ chức, cá nhân có liên quan')).toBe(false);
    expect(namesThePublic('các cơ quan, tổ chức, cá nhân')).toBe(false);
    expect(namesThePublic('các tổ chức chính trị - xã hội')).toBe(false);
    expect(namesThePublic('mọi công dân')).toBe(true);
    // Organizations named alone are the public too (no kind of body, no qualifier): the development gold keeps none.
    expect(namesThePublic('các tổ chức')).toBe(true);
  });

  it('gets no assignment (a circular\'s closing request, a waste rule for households)', () => {
    // No pair names the public, whatever its role or case ("not.toContain" of one spelling would pass on any other).
    const request = assigned(MINISTRY, 'Điều 6. Tổ chức thực hiện\n\n6. Trong quá trình thực hiện, đề nghị các tổ chức, cá nhân phản ánh kịp thời về Bộ Tài chính để nghiên cứu, hướng dẫn bổ sung./.');
    expect(request.filter((a) => /cá nhân/i.test(a))).toEqual([]);
    expect(assigned(PROVINCIAL, 'Điều 5. Phân loại\n\n3. Hộ gia đình, cá nhân thực hiện quy định về phân loại chất thải rắn sinh hoạt tại khoản 1 Điều này.')).toEqual([]);
  });

  it('stays a group with "liên quan" in a closing article', () => {
    expect(assigned(PROVINCIAL, 'Điều 3. Thủ trưởng các cơ quan, đơn vị và các tổ chức, cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này./.')).toContain(
      'LEAD các tổ chức, cá nhân có liên quan',
    );
  });
});

describe("a province's own text naming the province as a place", () => {
  it('is no body (the text of Cà Mau: "tỉnh Cà Mau xây dựng kế hoạch ...")', () => {
    expect(namesOwnPlace('Tỉnh Cà Mau', 'Cà Mau')).toBe(true);
    expect(namesOwnPlace('Ủy ban nhân dân tỉnh Cà Mau', 'Cà Mau')).toBe(false);
    expect(assigned(PROVINCIAL, 'Điều 2. Kế hoạch\n\n2. Trên cơ sở tình hình thực hiện các dự án đầu tư năm 2025, tỉnh Cà Mau xây dựng kế hoạch chi đầu tư phát triển 03 năm 2026 - 2028 phù hợp với định hướng tiếp tục cơ cấu lại ngân sách.')).toEqual([]);
  });

  it('is a body in a national text, which addresses the province\'s government', () => {
    expect(namesOwnPlace('Thành phố Hồ Chí Minh', 'national')).toBe(false);
    expect(assigned(GOVERNMENT, 'Điều 2. Nhiệm vụ\n\n3. Thành phố Hồ Chí Minh, tỉnh Lâm Đồng đẩy nhanh việc lựa chọn nhà đầu tư, nhà thầu và các thủ tục liên quan.')).toEqual(
      expect.arrayContaining(['LEAD Thành phố Hồ Chí Minh', 'LEAD Tỉnh Lâm Đồng']),
    );
  });
});
