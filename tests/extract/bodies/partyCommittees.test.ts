/**
 * Party committees and boards named by what they lead (bodies/partyCommittees.ts, issue 8, session 38): "Đảng ủy
 * Ủy ban nhân dân tỉnh", "Đảng ủy các cơ quan Đảng tỉnh", "Đảng ủy Quân sự tỉnh", "Đảng bộ Công an tỉnh", a board
 * or standing part of each committee of a group ("Ban Thường vụ các huyện ủy, thị ủy, thành ủy", "Ban Tổ chức các
 * huyện ủy") and a numbered steering committee ("Ban Chỉ đạo 35 Tỉnh ủy"). The name ended at "Đảng ủy", "Ban Thường
 * vụ" or "Ban Chỉ đạo", the duty was not next, and the clause lost its subject and every pair. The names are those
 * of the open collection (the committees of the cơ quan Đảng and of the UBND in 3 and 4 of its documents, "Đảng
 * uỷ Công an Trung ương" in the Party's statute); the clauses are written as a provincial Party committee's
 * directive, conclusion or plan writes them (no open document gives these subjects a duty).
 */
import { describe, expect, it } from 'vitest';
import { parseBodyAt } from '../../../src/extract/bodies';
import { tokenize } from '../../../src/extract/vocabulary';
import { roleBodies as roles } from '../../support/assignmentPairs';

const directive = (item: string) => ['CHỈ THỊ', '', 'Ban Thường vụ Tỉnh ủy yêu cầu:', '', `1. ${item}`].join('\n');
const parsed = (text: string) => parseBodyAt(tokenize(text), 0)?.raw;

describe('a Party committee named by the body or unit it leads', () => {
  it('takes the body written after it', () => {
    expect(roles(directive('Đảng ủy UBND tỉnh lãnh đạo xây dựng kế hoạch thực hiện.'))).toEqual(['LEAD Đảng ủy Ủy ban nhân dân tỉnh']);
    expect(roles(directive('Đảng ủy Công an tỉnh, Đảng bộ Quân sự tỉnh tổ chức quán triệt.'))).toEqual(['LEAD Đảng ủy Công an tỉnh', 'LEAD Đảng bộ Quân sự tỉnh']);
    expect(parsed('Đảng uỷ Công an Trung ương do Bộ Chính trị chỉ định')).toBe('Đảng uỷ Công an Trung ương');
  });

  it('takes a unit of the vocabulary and its place, one committee though "các" is in its name', () => {
    expect(roles(directive('Đảng ủy các cơ quan Đảng tỉnh, Đảng ủy Ủy ban nhân dân tỉnh lãnh đạo các chi bộ trực thuộc quán triệt.'))).toEqual([
      'LEAD Đảng ủy các cơ quan Đảng tỉnh',
      'LEAD Đảng ủy Ủy ban nhân dân tỉnh',
    ]);
    expect(parseBodyAt(tokenize('Đảng ủy các cơ quan Đảng Thành phố chỉ đạo'), 0)).toMatchObject({ raw: 'Đảng ủy các cơ quan Đảng Thành phố', group: false });
    expect(roles(directive('Đảng ủy Khối doanh nghiệp tỉnh chỉ đạo thực hiện.'))).toEqual(['LEAD Đảng ủy Khối doanh nghiệp tỉnh']);
  });

  it('keeps a place, a comma or a lower-case word after it out of the owner', () => {
    expect(parsed('Đảng ủy xã chỉ đạo')).toBe('Đảng ủy xã');
    expect(parsed('Đảng ủy, Lãnh đạo Bộ')).toBe('Đảng ủy');
    expect(parsed('Đảng ủy Quân sự chỉ đạo')).toBe('Đảng ủy');
  });
});

describe('a board or standing part of each committee of a group', () => {
  it('is one group with its committees', () => {
    expect(roles(directive('Ban Thường vụ các huyện ủy, thị ủy, thành ủy xây dựng kế hoạch thực hiện.'))).toEqual(['LEAD Ban Thường vụ các huyện ủy, thị ủy, thành ủy']);
    expect(roles(directive('Ủy ban Kiểm tra các huyện ủy tổ chức thực hiện.'))).toEqual(['LEAD Ủy ban Kiểm tra các huyện ủy']);
    expect(roles(directive('Ban Tổ chức các huyện ủy, thị ủy, thành ủy hướng dẫn thực hiện.'))).toEqual(['LEAD Ban Tổ chức các huyện ủy, thị ủy, thành ủy']);
  });

  it('needs Party committees after a board named by its field', () => {
    expect(parsed('Ban Tổ chức các sở, ngành hướng dẫn')).toBe('Ban Tổ chức');
  });
});

describe('a steering committee named by a number', () => {
  it('keeps its number and its owner or level', () => {
    expect(roles(directive('Ban Chỉ đạo 35 Tỉnh ủy tham mưu thực hiện.'))).toEqual(['LEAD Ban Chỉ đạo 35 Tỉnh ủy']);
    expect(parsed('Ban Chỉ đạo 389 tỉnh chỉ đạo')).toBe('Ban Chỉ đạo 389 tỉnh');
    expect(parsed('Ban chỉ đạo 35 các cấp theo dõi')).toBe('Ban chỉ đạo 35 các cấp');
  });
});

describe('Party units in a list', () => {
  it('reads "đảng bộ cơ sở" after "các chi bộ"', () => {
    expect(roles(directive('Các chi bộ, đảng bộ cơ sở tổ chức sinh hoạt chuyên đề.'))).toEqual(['LEAD các chi bộ, đảng bộ cơ sở']);
  });
});
