/**
 * A procedure list's row, rebuilt as "| cell | cell |": the legal-basis cell ("Căn cứ pháp lý") names the
 * documents the procedure rests on, which the gold records as REFERENCES. A cue in the cell before it (the fee
 * cell's "nộp theo quy định của Luật ...", a "Thực hiện ..." step) neither governs nor opens a list for it.
 * Row: 2666/QĐ-UBND (Cần Thơ), a procedure list of the collection, its fee and legal-basis cells.
 */
import { describe, expect, it } from 'vitest';
import { refsIn } from './snippetReferences';

const BASIS_CELL =
  '| - Luật Đấu thầu số 22/2023/QH15 (được sửa đổi, bổ sung tại Luật số 57/2024/QH15, Luật số 90/2025/QH15); - Nghị định số 214/2025/NĐ-CP ngày 04 tháng 8 năm 2025 của Chính phủ; |';

const relations = (text: string) => Object.fromEntries(refsIn(text, 'Cần Thơ').map((r) => [r.symbol ?? r.title, r.relation]));

describe("a procedure's legal-basis cell", () => {
  it('refers to its documents after a step cell that opens with "Thực hiện"', () => {
    const row = `| 1 | Thực hiện trực tuyến hoặc trực tiếp tại Trung tâm phục vụ hành chính công thành phố. ${BASIS_CELL}`;
    expect(relations(row)).toMatchObject({ '22/2023/QH15': 'REFERENCES', '214/2025/NĐ-CP': 'REFERENCES' });
  });

  it('refers to its documents after a fee cell whose note cites a law "theo quy định của", with no period before the border', () => {
    const row = `| 100.000 đồng (Mức thu này chưa bao gồm thuế giá trị gia tăng phải nộp theo quy định của Luật Thuế giá trị gia tăng và các văn bản hướng dẫn thực hiện Luật này) ${BASIS_CELL}`;
    expect(relations(row)).toMatchObject({ '22/2023/QH15': 'REFERENCES', '214/2025/NĐ-CP': 'REFERENCES' });
    // Within one cell the cue still governs ("phải nộp theo quy định của Luật ..." carries the law out).
    expect(relations('| phải nộp theo quy định tại Nghị định số 214/2025/NĐ-CP ngày 04 tháng 8 năm 2025 của Chính phủ |')).toEqual({ '214/2025/NĐ-CP': 'IMPLEMENTS' });
  });
});
