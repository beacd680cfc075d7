/**
 * A standing part of a body ("Thường trực", "Ban Thường vụ") written before the body it belongs to, when that owner
 * is read as a body on its own: a Party committee, a council or a steering committee named by its head and level
 * (issue 8, thirtieth pass, body grammar). The name reader knew only complete owners ("Thường trực Tỉnh ủy",
 * "Thường trực HĐND tỉnh"); these were left as a bare "Thường trực" awaiting an owner they already had, and a duty
 * given to them went to nobody. Passages from a ministry's circular, a ministry's decision and a Government
 * Office notice of ../shared/real.
 */
import { describe, expect, it } from 'vitest';
import { findBodyMentions, parseBodyAt } from '../../../src/extract/bodies';
import { tokenize } from '../../../src/extract/vocabulary';

const mentions = (text: string) => findBodyMentions(text).map((p) => p.raw);
/** The parse at the first `word` of `text` (with `last`, its last one). */
const parsedAt = (text: string, word: string, last = false) => {
  const tokens = tokenize(text);
  const p = parseBodyAt(tokens, last ? tokens.findLastIndex((t) => t.raw === word) : tokens.findIndex((t) => t.raw === word));
  return p && { raw: p.raw, bare: p.bare };
};

describe('a standing part followed by its owner', () => {
  it("reads a Party committee's standing board with the committee named after it", () => {
    expect(mentions('3. Báo cáo Ban Thường vụ Đảng ủy, Lãnh đạo Bộ, Vụ Tổ chức cán bộ về tình hình')).toContain('Ban Thường vụ Đảng ủy');
  });

  it("reads a council's and a steering committee's standing members with their body", () => {
    expect(mentions('giải thưởng, Thường trực Hội đồng thông báo bằng văn bản cho Hội đồng cơ sở')).toContain('Thường trực Hội đồng');
    expect(mentions('Trưởng Ban Chỉ đạo tại cuộc họp Thường trực Ban Chỉ đạo Trung ương')).toContain('Thường trực Ban Chỉ đạo Trung ương');
  });

  it('leaves the part bare when no owner follows it', () => {
    expect(parsedAt('Hội nghị cấp ủy, hội nghị do Ban Thường vụ cấp ủy triệu tập và chủ trì (không bao gồm hội nghị thường kỳ của Ban Thường vụ) | | |', 'Ban', true)).toEqual({ raw: 'Ban Thường vụ', bare: true });
  });
});

/**
 * The generic owner "cấp ủy": the Party committee of whichever level applies the text, as a city's budget resolution
 * for Party bodies and the Party's own rules write it (issue 8, thirty-first pass, body grammar). The part was left
 * bare, so its duty went to nobody.
 */
describe('a standing part of the generic Party committee', () => {
  it('reads the standing members of "cấp ủy" as one body', () => {
    expect(parsedAt('[2] Thường trực cấp ủy quyết định mức chi cụ thể cho các nội dung công việc', 'Thường')).toEqual({ raw: 'Thường trực cấp ủy', bare: false });
    expect(parsedAt('4. Thường trực cấp uỷ gồm bí thư, các phó bí thư, chỉ đạo kiểm tra thực hiện nghị quyết', 'Thường')).toEqual({ raw: 'Thường trực cấp uỷ', bare: false });
  });

  it('keeps the level that says which committee, not what follows it', () => {
    expect(parsedAt('- Ban thường vụ cấp uỷ cấp trên trực tiếp của tổ chức cơ sở đảng hoặc cấp uỷ cơ sở được uỷ quyền xét', 'Ban')).toEqual({ raw: 'Ban thường vụ cấp uỷ cấp trên trực tiếp', bare: false });
    expect(parsedAt('do Ban Thường vụ cấp ủy triệu tập và chủ trì', 'Ban')).toEqual({ raw: 'Ban Thường vụ cấp ủy', bare: false });
  });

  it('reads "cùng cấp" as its level, never the verb "cung cấp" that folds the same', () => {
    expect(parsedAt('cơ quan, tổ chức, đơn vị và Ban Thường vụ cấp ủy cùng cấp phải thảo luận', 'Ban')).toEqual({ raw: 'Ban Thường vụ cấp ủy cùng cấp', bare: false });
    // A passage of the budget resolution above with the verb "cung cấp" (provide) after the part: no shipped document
    // writes the verb there, and its folded form is the level's.
    expect(parsedAt('[2] Thường trực cấp ủy cung cấp thông tin cho các nội dung công việc', 'Thường')).toEqual({ raw: 'Thường trực cấp ủy', bare: false });
  });
});
