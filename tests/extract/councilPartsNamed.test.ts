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

  it('gives a part the owner named right after it, not a later council: "các Tổ đại biểu và đại biểu Hội đồng nhân dân Thành phố, Hội đồng nhân dân cấp xã" (Nghị quyết, HĐND thành phố Hà Nội)', () => {
    expect(items('các Ban của Hội đồng nhân dân Thành phố, các Tổ đại biểu và đại biểu Hội đồng nhân dân Thành phố, Hội đồng nhân dân cấp xã có trách nhiệm giám sát')).toEqual([
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

  it("leaves the National Assembly's bodies national", () => {
    expect(items('các Ủy ban của Quốc hội, Đoàn đại biểu Quốc hội và đại biểu Quốc hội tỉnh Cà Mau, trong phạm vi')).toEqual([
      '[các Ủy ban của Quốc hội]',
      'Đoàn đại biểu Quốc hội',
      'đại biểu Quốc hội tỉnh Cà Mau',
    ]);
  });
});
