/**
 * A group of bodies followed by the local units it is of ("Cấp ủy, chính quyền các xã, phường, đặc khu", "Đảng
 * ủy các xã, phường", "chính quyền địa phương các xã, phường"; bodies/qualifiers.ts, issue 8, session 38): the
 * group's name ended before "các xã" and the clause, its duty not next, lost its subject. "Đảng ủy các xã, phường"
 * and "chính quyền địa phương các xã, phường" are written so in open documents; the clauses here are written as a
 * provincial Party committee's directive writes them.
 */
import { describe, expect, it } from 'vitest';
import { roleBodies as roles } from '../../support/assignmentPairs';

const directive = (item: string) => ['CHỈ THỊ', '', 'Ban Thường vụ Tỉnh ủy yêu cầu:', '', `1. ${item}`].join('\n');

describe('a group of the bodies of each local unit', () => {
  it('keeps the units in its name', () => {
    expect(roles(directive('Cấp ủy, chính quyền các xã, phường, đặc khu tổ chức thực hiện.'))).toEqual(['LEAD Cấp ủy, chính quyền các xã, phường, đặc khu']);
    expect(roles(directive('Các cơ quan, đơn vị các huyện tổ chức thực hiện.'))).toEqual(['LEAD các cơ quan, đơn vị các huyện']);
  });

  it('leaves a list member after a comma and a named unit out', () => {
    expect(roles(directive('Các sở, ngành, các xã, phường tổ chức thực hiện.'))).toEqual(['LEAD các sở, ngành', 'LEAD các xã, phường']);
    expect(roles(directive('Ủy ban nhân dân tỉnh chỉ đạo các sở, ngành các xã Tịnh Sơn thực hiện.'))).not.toContain('LEAD các sở, ngành các xã');
  });
});
