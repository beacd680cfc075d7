/**
 * The parts of a people's council named in a resolution's supervision article (issue 8, thirteenth assignment pass,
 * the body side): "Tổ đại biểu" without "các" is a part of the council, and the place written once after the last
 * council is every earlier council's. Phrases as the resolutions of ../shared/real write them.
 */
import { describe, expect, it } from 'vitest';
import { parseBodyListAt } from '../../src/extract/bodies';
import { tokenize } from '../../src/extract/vocabulary';

const items = (text: string) => parseBodyListAt(tokenize(text), 0, { bareGeneric: true })?.items.map((i) => (i.group ? `[${i.raw}]` : i.raw)) ?? [];

describe("a people's council's parts in a supervision article", () => {
  it('reads "Tổ đại biểu" with its council, or as a part named by the last owner', () => {
    expect(items('Tổ đại biểu Hội đồng nhân dân tỉnh và đại biểu Hội đồng nhân dân tỉnh giám sát')).toEqual([
      'Tổ đại biểu Hội đồng nhân dân tỉnh',
      'đại biểu Hội đồng nhân dân tỉnh',
    ]);
    expect(items('Hội đồng nhân dân, Tổ đại biểu và đại biểu Hội đồng nhân dân Thành phố giám sát')).toEqual([
      'Hội đồng nhân dân Thành phố',
      'Tổ đại biểu Hội đồng nhân dân Thành phố',
      'đại biểu Hội đồng nhân dân Thành phố',
    ]);
  });

  it('completes "các Tổ đại biểu" with the council named right after it, not with a commune council closing the list', () => {
    expect(items('Thường trực Hội đồng nhân dân Thành phố, các Ban của Hội đồng nhân dân Thành phố, các Tổ đại biểu và đại biểu Hội đồng nhân dân Thành phố, Hội đồng nhân dân cấp xã có trách nhiệm giám sát')).toEqual([
      'Thường trực Hội đồng nhân dân Thành phố',
      '[các Ban của Hội đồng nhân dân Thành phố]',
      '[các Tổ đại biểu Hội đồng nhân dân Thành phố]',
      'đại biểu Hội đồng nhân dân Thành phố',
      'Hội đồng nhân dân cấp xã',
    ]);
  });

  it('gives every earlier council the place written after the last one', () => {
    expect(items('Thường trực Hội đồng nhân dân, các Ban Hội đồng nhân dân, Tổ đại biểu Hội đồng nhân dân và đại biểu Hội đồng nhân dân thành phố trong phạm vi')).toEqual([
      'Thường trực Hội đồng nhân dân thành phố',
      '[các Ban Hội đồng nhân dân thành phố]',
      'Tổ đại biểu Hội đồng nhân dân thành phố',
      'đại biểu Hội đồng nhân dân thành phố',
    ]);
  });

  // The province's delegation is the province's (gold of the UBTVQH resolutions: "Đoàn đại biểu Quốc hội tỉnh An
  // Giang"); the Assembly's committees stay national.
  it("leaves the National Assembly's committees national and gives its delegation the province written after it", () => {
    expect(items('các Ủy ban của Quốc hội, Đoàn đại biểu Quốc hội và đại biểu Quốc hội tỉnh Cà Mau, trong phạm vi')).toEqual([
      '[các Ủy ban của Quốc hội]',
      'Đoàn đại biểu Quốc hội tỉnh Cà Mau',
      'đại biểu Quốc hội tỉnh Cà Mau',
    ]);
  });

  it('gives a bare council the place of the council named right after it', () => {
    expect(items('Chính phủ, Hội đồng nhân dân, Ủy ban nhân dân thành phố Cần Thơ, chính quyền địa phương các đơn vị hành chính')).toEqual([
      'Chính phủ',
      'Hội đồng nhân dân thành phố Cần Thơ',
      'Ủy ban nhân dân thành phố Cần Thơ',
      '[chính quyền địa phương]',
    ]);
  });

  it('keeps "theo thẩm quyền" in the name of the competent bodies a resolution tells to prepare', () => {
    expect(items('Các cơ quan theo thẩm quyền khẩn trương thực hiện các công tác chuẩn bị cần thiết')).toEqual(['[Các cơ quan theo thẩm quyền]']);
    expect(items('các sở, ngành theo thẩm quyền hướng dẫn')).toEqual(['[các sở, ngành]']);
  });
});
