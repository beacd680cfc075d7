/**
 * A kind of body written with several levels after it is one body per level (issue 8, nineteenth pass, theme A):
 * "Giám đốc Trung tâm Phục vụ hành chính công cấp tỉnh, cấp xã ... chịu trách nhiệm thi hành" (the closing
 * articles of TTHC decisions of Ninh Bình and Lai Châu, November 2025) names the provincial centre and the
 * communes' centres, two bodies as the gold's ninth-round decision has it; "cấp tỉnh, thành phố trực thuộc trung
 * ương" stays one level. Twentieth pass, theme A: "cấp tỉnh và cấp xã" is the same two bodies (a reviewer's note: the
 * level after "và" was read as the bare kind "Cấp xã").
 */
import { describe, expect, it } from 'vitest';
import { parseBodyListAt } from '../../src/extract/bodies';
import { extractDocument } from '../../src/extract/extractDocument';
import { tokenize } from '../../src/extract/vocabulary';

const items = (text: string) => parseBodyListAt(tokenize(text), 0)?.items.map((i) => i.raw) ?? [];

describe('a kind with several levels after it', () => {
  it('is one body per level', () => {
    const text = [
      '**Điều 4. **Chánh Văn phòng UBND tỉnh, Giám đốc',
      'Sở Văn hoá và Thể thao, Giám đốc Sở Khoa học và Công nghệ, Chủ tịch UBND các',
      'xã, phường; Giám đốc Trung tâm Phục vụ hành chính công cấp tỉnh, cấp xã và tổ',
      'chức, cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này./.',
    ].join('\n');
    const got = extractDocument(text, { fileName: 'excerpt.md' }).assignments.map((a) => a.body);
    expect(got).toEqual(expect.arrayContaining(['Trung tâm Phục vụ hành chính công cấp tỉnh', 'Trung tâm Phục vụ hành chính công cấp xã']));
    expect(got).not.toContain('Trung tâm Phục vụ hành chính công cấp tỉnh, cấp xã');
  });

  it('keeps a single level and the provinces and centrally-run cities whole', () => {
    expect(items('Ủy ban nhân dân cấp xã có trách nhiệm')).toEqual(['Ủy ban nhân dân cấp xã']);
    expect(items('Ủy ban nhân dân cấp tỉnh, thành phố trực thuộc trung ương có trách nhiệm')).toEqual(['Ủy ban nhân dân cấp tỉnh, thành phố trực thuộc trung ương']);
  });

  it('is one body per level when "và" joins the levels', () => {
    // A province's regulation on handling administrative procedures names the units it applies to by level.
    expect(items('Trung tâm Phục vụ hành chính công cấp tỉnh và cấp xã;')).toEqual(['Trung tâm Phục vụ hành chính công cấp tỉnh', 'Trung tâm Phục vụ hành chính công cấp xã']);
    expect(items('Ủy ban nhân dân cấp tỉnh, cấp huyện và cấp xã có trách nhiệm')).toEqual(['Ủy ban nhân dân cấp tỉnh', 'Ủy ban nhân dân cấp huyện', 'Ủy ban nhân dân cấp xã']);
    const text = 'Điều 3. Trung tâm Phục vụ hành chính công cấp tỉnh và cấp xã có trách nhiệm tiếp nhận hồ sơ.';
    const got = extractDocument(text, { fileName: 'excerpt.md' }).assignments.map((a) => a.body);
    expect(got).toEqual(expect.arrayContaining(['Trung tâm Phục vụ hành chính công cấp tỉnh', 'Trung tâm Phục vụ hành chính công cấp xã']));
    expect(got).not.toContain('Cấp xã');
  });
});
