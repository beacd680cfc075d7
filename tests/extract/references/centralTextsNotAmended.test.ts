/**
 * A province's text amends no central one (the hierarchy of legal texts): the "sửa đổi, bổ sung" a procedure's
 * legal-basis cell writes beside a law tells the law's own amendments, and the law and its amending laws are only
 * referred to (the gold's "Căn cứ pháp lý" column: REFERENCES). A province's own earlier decision it amends is
 * still AMENDS, and so is a decree the Government's own text amends.
 * Cell: the legal-basis column of 2666/QĐ-UBND (Cần Thơ), a procedure list of the collection.
 */
import { describe, expect, it } from 'vitest';
import { refsIn } from './snippetReferences';

const CELL = '- Luật Đấu thầu số 22/2023/QH15 (được sửa đổi, bổ\nsung tại Luật số 57/2024/QH15, Luật số 90/2025/QH15);';

const relations = (refs: ReturnType<typeof refsIn>) => Object.fromEntries(refs.map((r) => [r.symbol, r.relation]));

describe('central texts a province cites beside their amendments', () => {
  it("are referred to, not amended, in a province's procedure list", () => {
    expect(relations(refsIn(CELL, 'Cần Thơ'))).toEqual({ '22/2023/QH15': 'REFERENCES', '57/2024/QH15': 'REFERENCES', '90/2025/QH15': 'REFERENCES' });
  });

  it("keep AMENDS for a province's own decision it amends, and in a national text", () => {
    const own = refsIn('Điều 1. Sửa đổi, bổ sung một số điều của Quyết định số 12/2020/QĐ-UBND ngày 03/3/2020 của UBND thành phố Cần Thơ như sau:', 'Cần Thơ');
    expect(relations(own)).toEqual({ '12/2020/QĐ-UBND': 'AMENDS' });
    const decree = refsIn('Điều 1. Sửa đổi, bổ sung một số điều của Nghị định số 63/2010/NĐ-CP ngày 08 tháng 6 năm 2010 của Chính phủ như sau:', null);
    expect(relations(decree)).toEqual({ '63/2010/NĐ-CP': 'AMENDS' });
  });
});
