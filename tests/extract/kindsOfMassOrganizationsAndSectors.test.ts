/**
 * Kinds of bodies the parser cut short or did not read (issue 8, bodies written in a duty's place):
 * - "tổ chức đoàn thể" is a kind of mass organization, named in full with its qualifier ("Lãnh đạo các tổ chức đoàn
 *   thể chính trị - xã hội quyết định mức chi cụ thể", a city council's resolution on Party and mass-organization
 *   spending; "phối hợp cùng các tổ chức Đoàn thể", a province's sports spending resolution): it was read as "các tổ
 *   chức" alone, or its capitalized "Đoàn" as the head of another body;
 * - "Bộ ngành", "Sở ngành" written capitalized without a comma ("Thủ tướng Chính phủ và Bộ ngành, cơ quan Trung
 *   ương", a province's rules on its administrative-procedure system) are the sector's kind, as "bộ, ngành" and
 *   "các Bộ ngành" are, not a Bộ or Sở named by a field.
 */
import { describe, expect, it } from 'vitest';
import { parseBodyListAt } from '../../src/extract/bodies';
import { tokenize } from '../../src/extract/vocabulary';

/** The bodies a list starting at `from` (a word of `text`) names, read as a clause reads a bare kind. */
function listAt(text: string, from: string, bareGeneric = false): { raw: string; group: boolean }[] {
  const tokens = tokenize(text);
  const i = tokens.findIndex((t) => t.raw === from);
  return parseBodyListAt(tokens, i, { bareGeneric })?.items.map((b) => ({ raw: b.raw, group: b.group })) ?? [];
}

describe('a mass organization kind', () => {
  it('is named in full with its qualifier', () => {
    const text = 'Lãnh đạo các tổ chức đoàn thể chính trị - xã hội quyết định mức chi cụ thể cho\ncác nội dung công việc';
    expect(listAt(text, 'các')).toEqual([{ raw: 'các tổ chức đoàn thể chính trị - xã hội', group: true }]);
  });

  it('keeps a capitalized "Đoàn" inside the kind', () => {
    const text = 'các hoạt động thể thao phối hợp cùng các tổ chức Đoàn thể\nđược cấp có thẩm quyền phê duyệt theo kế hoạch';
    const tokens = tokenize(text);
    const i = tokens.findIndex((t, k) => t.raw === 'các' && tokens[k + 1]?.raw === 'tổ');
    expect(parseBodyListAt(tokens, i)?.items.map((b) => b.raw)).toEqual(['các tổ chức Đoàn thể']);
  });
});

describe('a sector kind written capitalized without a comma', () => {
  it('is the kind, one group with what follows it', () => {
    const text = 'theo yêu cầu của Chính phủ, Thủ tướng Chính phủ và Bộ ngành, cơ quan Trung ương.';
    expect(listAt(text, 'Bộ', true)).toEqual([{ raw: 'Bộ ngành, cơ quan Trung ương', group: true }]);
    expect(listAt('Sở ngành liên quan triển khai thực hiện', 'Sở', true)).toEqual([{ raw: 'Sở ngành liên quan', group: true }]);
  });

  it('leaves a department named by its field one body', () => {
    expect(listAt('Sở Tài chính triển khai thực hiện', 'Sở', true)).toEqual([{ raw: 'Sở Tài chính', group: false }]);
    expect(listAt('Bộ Tài chính và Bộ ngành, cơ quan Trung ương', 'Bộ', true)[0]).toEqual({ raw: 'Bộ Tài chính', group: false });
  });
});
