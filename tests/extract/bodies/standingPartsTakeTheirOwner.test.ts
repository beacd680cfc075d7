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
const parsedAt = (text: string, word: string) => {
  const tokens = tokenize(text);
  const p = parseBodyAt(tokens, tokens.findIndex((t) => t.raw === word));
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

  it('leaves the part bare when what follows is no body read alone (the generic "cấp ủy")', () => {
    expect(parsedAt('Thường trực cấp ủy quyết định mức chi cụ thể cho các nội dung công việc', 'Thường')).toEqual({ raw: 'Thường trực', bare: true });
  });
});
