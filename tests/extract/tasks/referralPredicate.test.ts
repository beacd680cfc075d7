/**
 * A body whose whole predicate refers it to another text's rules ("... thực hiện theo quy định tại Luật Thanh tra")
 * is governed by that text: no duty is assigned (issue 8, twenty-second pass, theme B). Nghị định 303/2025/NĐ-CP
 * lists the units of a ministry, one article each; its "Điều 8. Thanh tra Ngân hàng Nhà nước" only refers the
 * inspectorate to the Law on Inspection (the development gold gives it no entry).
 */
import { describe, expect, it } from 'vitest';
import { sectionRoleBodies as pairs } from '../../support/assignmentPairs';

const DECREE = `CHÍNH PHỦ

Số: 303/2025/NĐ-CP

**NGHỊ ĐỊNH**

**Điều 8. Thanh tra Ngân hàng Nhà nước**

Thanh
tra Ngân hàng Nhà nước thực hiện theo quy định tại Luật
Thanh tra và các văn bản pháp luật có liên quan.
`;

describe('a body referred to another text', () => {
  it('is given no duty where that is its whole predicate', () => {
    expect(pairs(DECREE)).toEqual([]);
  });

  it('keeps a duty written after the referral', () => {
    const more = DECREE.replace('có liên quan.', 'có liên quan; báo cáo Thống đốc kết quả thanh tra hằng năm.');
    expect(pairs(more)).toEqual(['Điều 8 LEAD Thanh tra Ngân hàng Nhà nước']);
  });

  it("keeps a heading body's duty written without a subject", () => {
    const own = DECREE.replace(/Thanh\ntra Ngân hàng Nhà nước thực hiện/, 'Thực hiện');
    expect(pairs(own)).toEqual(['Điều 8 LEAD Thanh tra Ngân hàng Nhà nước']);
  });
});
