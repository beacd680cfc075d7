/**
 * A conclusion's items (Thông báo kết luận of a Party standing committee or a province's leader) open with the
 * approval the meeting gave before the assignment it makes: "Thống nhất giao ...", "Đồng ý chủ trương ...; giao ..."
 * (tasks/clauses.ts, issue 8, session 38). "Thống nhất" before "giao" had left the clause without its trigger and
 * every pair was lost ("thống nhất giao Ủy ban ..." in an open document); "Đồng ý" was read as an OCR-damaged
 * "Đảng ủy" and assigned a duty (bodies/heads.ts: a word written cleanly with other marks is that word). Items
 * written as a provincial Party committee's conclusion writes them.
 */
import { describe, expect, it } from 'vitest';
import { roleBodies as roles } from '../../support/assignmentPairs';

const conclusion = (item: string) => ['THÔNG BÁO KẾT LUẬN', '', `1. ${item}`].join('\n');

describe('an approval before the assignment', () => {
  it('"Thống nhất giao X ..." assigns X', () => {
    expect(roles(conclusion('Thống nhất giao Sở Y tế xây dựng phương án.'))).toEqual(['LEAD Sở Y tế']);
    expect(roles(conclusion('Đồng ý giao Đảng ủy Ủy ban nhân dân tỉnh lãnh đạo xây dựng đề án.'))).toEqual(['LEAD Đảng ủy Ủy ban nhân dân tỉnh']);
  });

  it('"Đồng ý" is no body', () => {
    expect(roles(conclusion('Đồng ý chủ trương sáp nhập; giao Sở Nội vụ hướng dẫn thực hiện.'))).toEqual(['LEAD Sở Nội vụ']);
  });

  it('"Đảng ủy" written without its marks is still read (and shown with them)', () => {
    expect(roles(conclusion('Dang uy xa lanh dao thuc hien.'))).toEqual(['LEAD Đảng ủy xã']);
  });
});
