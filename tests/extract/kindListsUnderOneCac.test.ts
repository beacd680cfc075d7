/**
 * Lists of kinds of bodies under one "các" (issue 8, twenty-ninth pass): README convention 7 of the real gold ("one
 * phrase under one 'các' is one body, as written"; correction C2 of 2026-12-07) for a last kind joined by "và"
 * without a shared "liên quan". "X và các Y" stays two bodies (the convention's second half).
 */
import { describe, expect, it } from 'vitest';
import { parseBodyListAt } from '../../src/extract/bodies';
import { extractDocument } from '../../src/extract/extractDocument';
import { foldForSearch } from '../../src/text/fold';
import { tokenize } from '../../src/extract/vocabulary';

const items = (text: string) => parseBodyListAt(tokenize(text), 0)?.items.map((i) => i.raw) ?? [];

describe('a last kind joined by "và" under one "các"', () => {
  it('keeps "các sở, ban, ngành và địa phương" one group before an adverb and its duty', () => {
    expect(items('các sở, ban, ngành và địa phương khẩn\ntrương thực hiện đúng chức năng được giao')).toEqual([
      'các sở, ban, ngành và địa phương',
    ]);
  });

  it('keeps "các bộ, cơ quan và địa phương" one group in a closing "thông báo để ... biết, thực hiện"', () => {
    // A Government Office notice's closing, wrapped inside the list as the export has it.
    const text = [
      'THÔNG BÁO',
      'Kết luận của Phó Thủ tướng Chính phủ',
      '',
      '1. Bộ Công Thương khẩn trương hoàn thành thủ tục đầu tư dự án.',
      '',
      'Văn phòng Chính phủ thông báo để các bộ, cơ quan và',
      'địa phương biết, thực hiện./.',
      '',
    ].join('\n');
    const bodies = extractDocument(text).assignments.map((a) => a.body);
    expect(bodies).toContain('các bộ, cơ quan và địa phương');
    expect(bodies).not.toContain('Địa phương');
  });

  it('still splits "X và các Y" and a capitalized body after "và"', () => {
    expect(items('các sở, ban, ngành và các địa phương khẩn trương thực hiện')).toEqual(['các sở, ban, ngành', 'các địa phương']);
    expect(items('các sở, ban, ngành và Ủy ban nhân dân các xã khẩn trương thực hiện')).toEqual([
      'các sở, ban, ngành',
      'Ủy ban nhân dân các xã',
    ]);
  });
});

describe('a head\'s title over kinds joined by "và" to individuals', () => {
  it('heads only the units: "Thủ trưởng các cơ quan, đơn vị và tổ chức, cá nhân có liên quan" is two bodies', () => {
    expect(items('Thủ trưởng các cơ quan, đơn vị và tổ chức, cá nhân có liên quan chịu trách nhiệm')).toEqual([
      'Thủ trưởng các cơ quan, đơn vị',
      'tổ chức, cá nhân có liên quan',
    ]);
  });

  it('gives each its LEAD in a decision\'s closing article, wrapped inside the title as the export has it', () => {
    // A provincial decision publishing procedures: its execution article.
    const text = [
      'QUYẾT ĐỊNH',
      '',
      '**Điều 3.** Chánh Văn phòng Ủy ban nhân dân',
      'tỉnh; Giám đốc Sở Văn hóa, Thể thao và Du lịch; Chủ tịch Ủy ban nhân dân các',
      'xã, phường; Giám đốc Trung tâm Phục vụ hành chính công cấp tỉnh, cấp xã; Thủ',
      'trưởng các cơ quan, đơn vị và tổ chức, cá nhân có liên quan chịu trách nhiệm',
      'thi hành Quyết định này./.',
      '',
    ].join('\n');
    const lead = extractDocument(text).assignments.filter((a) => a.role === 'LEAD').map((a) => foldForSearch(a.body));
    expect(lead).toContain('cac co quan, don vi');
    expect(lead).toContain('to chuc, ca nhan co lien quan');
  });

  it('keeps the list one group without a head (README convention 7)', () => {
    expect(items('các cơ quan, đơn vị và tổ chức, cá nhân có liên quan chịu trách nhiệm')).toEqual([
      'các cơ quan, đơn vị và tổ chức, cá nhân có liên quan',
    ]);
  });
});
