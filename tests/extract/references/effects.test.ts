import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../src/extract/extractDocument';

const HEADER = `ỦY BAN NHÂN DÂN TỈNH QUẢNG NINH
Số: 120/2025/QĐ-UBND
Quảng Ninh, ngày 10 tháng 3 năm 2025
QUYẾT ĐỊNH
Về việc ban hành Quy chế làm việc
Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 02 năm 2025;
Căn cứ Luật số 56/2024/QH15 ngày 29/11/2024 sửa đổi, bổ sung một số điều của Luật Chứng khoán;
QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Quy chế làm việc.
`;

function effectsOf(text: string): string[] {
  return extractDocument(text).references.flatMap((r) => r.effects.map((e) => `${e.kind} ${r.symbol} ${e.part ?? 'whole'}`));
}

describe('effects a document has on the documents it cites', () => {
  it('reads replacement in the final provisions, over a list of citations', () => {
    const text = `${HEADER}Điều 2. Quyết định này có hiệu lực kể từ ngày ký và thay thế Quyết định số 1849/QĐ-UBND ngày 20 tháng 8 năm 2024 của Ủy ban nhân dân tỉnh; Quyết định số 77/QĐ-UBND ngày 2/1/2024 của UBND tỉnh.`;
    expect(effectsOf(text)).toEqual(['REPLACES 1849/QĐ-UBND whole', 'REPLACES 77/QĐ-UBND whole']);
  });

  it('keeps the part a repeal names', () => {
    const text = `${HEADER}Điều 2. Bãi bỏ khoản 2 Điều 3 của Quyết định số 15/2023/QĐ-UBND ngày 01/02/2023 của UBND tỉnh.`;
    expect(effectsOf(text)).toEqual(['REPEALS 15/2023/QĐ-UBND khoản 2 Điều 3']);
  });

  it('takes the items of a list introduced by a colon', () => {
    const text = `${HEADER}Điều 2. Bãi bỏ các Quyết định sau:\n\na) Quyết định số 41/2023/QĐ-UBND ngày 11 tháng 12 năm 2023 của Ủy ban nhân dân tỉnh quy định tỷ lệ.\n\nb) Quyết định số 50/2025/QĐ-UBND ngày 20 tháng 6 năm 2025 của Ủy ban nhân dân tỉnh quy định bảng giá.`;
    expect(effectsOf(text)).toEqual(['REPEALS 41/2023/QĐ-UBND whole', 'REPEALS 50/2025/QĐ-UBND whole']);
  });

  it('gives a cue inside a cited document’s title to that document, not to this one', () => {
    // "Luật số 56/2024/QH15 ... sửa đổi, bổ sung ..." in the preamble: the law amends, this decision does not.
    expect(effectsOf(`${HEADER}Điều 2. Quyết định này có hiệu lực kể từ ngày ký.`)).toEqual([]);
  });

  it('ignores a passive or conditional cue and a duty given to a body', () => {
    const text = `${HEADER}Điều 2. Trường hợp Quyết định số 15/2023/QĐ-UBND được sửa đổi, bổ sung hoặc thay thế thì áp dụng theo văn bản mới.
Giao Sở Tư pháp tham mưu sửa đổi Quyết định số 99/QĐ-UBND ngày 5/5/2024.`;
    expect(effectsOf(text)).toEqual([]);
  });

  it('reads an end of effect stated after the citation', () => {
    const text = `${HEADER}Điều 2. Quyết định số 0562/QĐ-UBND ngày 29/7/2025 của UBND tỉnh hết hiệu lực kể từ ngày Quyết định này có hiệu lực thi hành.`;
    expect(effectsOf(text)).toEqual(['REPEALS 562/QĐ-UBND whole']); // symbols drop leading zeros
  });

  it('reads guidance only where the document names itself, not from a duty', () => {
    const own = `${HEADER}Điều 2. Quy định này quy định chi tiết khoản 3 Điều 5 Nghị định số 10/2022/NĐ-CP ngày 15 tháng 01 năm 2022 của Chính phủ.`;
    expect(effectsOf(own)).toEqual(['GUIDES 10/2022/NĐ-CP khoản 3 Điều 5']);
    const duty = `${HEADER}Điều 2. Nhiệm vụ\n1. Hướng dẫn, kiểm tra việc thực hiện Nghị định số 10/2022/NĐ-CP ngày 15 tháng 01 năm 2022 của Chính phủ.`;
    expect(effectsOf(duty)).toEqual([]);
  });

  it('does not take an object past a long noun phrase or a table cell', () => {
    const text = `${HEADER}Điều 2. Bổ sung cửa khẩu áp dụng tờ khai hải quan dùng cho người xuất cảnh, nhập cảnh theo mẫu ban hành kèm theo Thông tư số 120/2015/TT-BTC ngày 14/8/2015 của Bộ Tài chính.
| Điều chỉnh chương trình phát triển nhà ở | Nghị định số 140/2025/NĐ-CP ngày 12/6/2025 |`;
    expect(effectsOf(text)).toEqual([]);
  });
});
