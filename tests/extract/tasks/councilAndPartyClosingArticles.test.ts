/**
 * Closing articles of HĐND resolutions and Party committees' regulations in forms the development documents do
 * not hold (issue 8, session 38): the Mặt trận's member organisations ("Ủy ban MTTQ Việt Nam tỉnh và các tổ chức
 * thành viên giám sát ..."), the council's delegates addressed with respect ("các vị đại biểu HĐND tỉnh", written so
 * in 4 open documents, "Các vị Đại biểu HĐND Thành phố"), the standing members of a group of Party committees
 * ("Thường trực Đảng ủy các xã, phường, đặc khu") and a condition on a new issue ("nếu có vấn đề phát sinh", a
 * conditional act, which the gold conventions leave out as "nếu có khó khăn, vướng mắc"). Each subject had been
 * read as no body, and its clause gave nothing. Clauses written as a provincial resolution or regulation writes them.
 */
import { describe, expect, it } from 'vitest';
import { roleBodies as roles } from '../../support/assignmentPairs';

const resolution = (item: string) => ['NGHỊ QUYẾT', '', 'Điều 2. Tổ chức thực hiện', '', `1. ${item}`].join('\n');

describe('supervising subjects of a resolution', () => {
  it('reads the Mặt trận\'s member organisations', () => {
    expect(roles(resolution('Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức thành viên giám sát việc thực hiện Nghị quyết.'))).toEqual([
      'SUPERVISE Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh',
      'SUPERVISE các tổ chức thành viên',
    ]);
  });

  it('reads "các vị đại biểu" as the delegates', () => {
    expect(roles(resolution('Thường trực HĐND tỉnh, các Ban của HĐND tỉnh, các Tổ đại biểu HĐND tỉnh và các vị đại biểu HĐND tỉnh giám sát.'))).toEqual([
      'SUPERVISE Thường trực Hội đồng nhân dân tỉnh',
      'SUPERVISE các Ban của Hội đồng nhân dân tỉnh',
      'SUPERVISE các Tổ đại biểu Hội đồng nhân dân tỉnh',
      'SUPERVISE Đại biểu Hội đồng nhân dân tỉnh',
    ]);
    expect(roles(resolution('Các vị đại biểu Hội đồng nhân dân tỉnh giám sát việc thực hiện.'))).toEqual(['SUPERVISE Đại biểu Hội đồng nhân dân tỉnh']);
  });
});

describe('a Party regulation\'s closing article', () => {
  it('reads the standing members of each committee of a group', () => {
    expect(roles(resolution('Thường trực Đảng ủy các xã, phường, đặc khu chỉ đạo thực hiện.'))).toEqual(['LEAD Thường trực Đảng ủy các xã, phường, đặc khu']);
  });

  it('gives nothing for what is done only if a new issue arises', () => {
    expect(
      roles(resolution('Trong quá trình thực hiện, nếu có vấn đề phát sinh, các cấp ủy, tổ chức đảng báo cáo Ban Thường vụ Tỉnh ủy (qua Ban Tổ chức Tỉnh ủy) xem xét, quyết định.')),
    ).toEqual([]);
    expect(roles(resolution('Các cấp ủy, tổ chức đảng báo cáo Ban Thường vụ Tỉnh ủy kết quả thực hiện.'))).toEqual(['LEAD các cấp ủy, tổ chức đảng']);
  });
});
