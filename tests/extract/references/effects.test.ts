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

  // The sentences below are copied from real documents of tests/fixtures/gold-effect (file named in each).

  it('gives a cue after "<kind> này ... thay thế <citation>" to that citation’s title (6d0e277c7b88a914)', () => {
    const text = `${HEADER}Điều 3. Quyết định này có hiệu lực từ ngày 11 tháng 02 năm
2020 và thay thế Thông tư số 146/2007/TT-BQP ngày 11 tháng 9 năm 2007 của Bộ
trưởng Bộ Quốc phòng hướng dẫn thực hiện Quyết định số 96/2006/QĐ-TTg ngày 04
tháng 5 năm 2006 của Thủ tướng Chính phủ về việc quản lý và thực hiện công tác
rà phá bom mìn, vật nổ.`;
    expect(effectsOf(text)).toEqual(['REPLACES 146/2007/TT-BQP whole']);
  });

  it('does not run a title’s object on into a following paragraph that opens with a document kind (6d0e277c7b88a914)', () => {
    const text = `BỘ QUỐC PHÒNG
Số: 94/VBHN-BQP
Hà Nội, ngày 24 tháng 11 năm 2025
THÔNG TƯ
QUY ĐỊNH CHI TIẾT MỘT SỐ ĐIỀU VÀ BIỆN PHÁP THI HÀNH NGHỊ ĐỊNH SỐ 18/2019/NĐ-CP NGÀY
01 THÁNG 02 NĂM 2019 CỦA CHÍNH PHỦ VỀ QUẢN LÝ VÀ THỰC HIỆN HOẠT ĐỘNG KHẮC PHỤC
HẬU QUẢ BOM MÌN VẬT NỔ SAU CHIẾN TRANH

Thông tư số 195/2019/TT-BQP ngày 27 tháng 12 năm
2019 của Bộ trưởng Bộ Quốc phòng quy định chi tiết một số điều và biện pháp thi
hành Nghị định số 18/2019/NĐ-CP, có hiệu lực kể từ ngày 11 tháng 02 năm 2020.

Căn cứ Nghị định số 164/2017/NĐ-CP ngày 30 tháng 12 năm 2017 của Chính phủ;
`;
    expect(effectsOf(text)).toEqual(['GUIDES 18/2019/NĐ-CP MỘT SỐ ĐIỀU VÀ BIỆN PHÁP THI HÀNH']);
  });

  it('does not list a citation named inside the previous item’s title (329d9e978debfeec)', () => {
    const text = `${HEADER}Điều 2. Bãi bỏ các văn bản quy phạm pháp luật thuộc lĩnh vực Y tế, cụ thể như sau:

5. Quyết định số 63/1999/QĐ-UB
ngày 06 tháng 4 năm 1999 của Ủy ban nhân dân tỉnh Bình Phước về việc Thành lập
Ban chỉ đạo thực hiện đề án xây dựng mạng lưới y tế thôn, bản tỉnh Bình Phước.

6. Quyết định số 102/1999/QĐ-UB
ngày 13 tháng 5 năm 1999 của Ủy ban nhân dân tỉnh Bình Phước về việc Thành lập
Ban chỉ đạo thực hiện Quyết định 19/1999/QĐ-TTg của Thủ tướng Chính phủ.

7. Quyết định số 111/1999/QĐ-UB
ngày 19 tháng 5 năm 1999 của Ủy ban nhân dân tỉnh Bình Phước về việc Thành lập
Hội đồng giám định y khoa tỉnh Bình Phước.`;
    expect(effectsOf(text)).toEqual(['REPEALS 63/1999/QĐ-UB whole', 'REPEALS 102/1999/QĐ-UB whole', 'REPEALS 111/1999/QĐ-UB whole']);
  });

  it('reads a part named before a citation that a later "hết hiệu lực" repeals (640111ea8077e047)', () => {
    const text = `${HEADER}Điều 2. Quyết định này
có hiệu lực thi hành kể từ ngày 01/11/2025, các thủ tục hành chính trong lĩnh
vực chứng thực đã công bố tại Quyết định số 2194/QĐ- UBND ngày 26 tháng 6 năm
2025 của Chủ tịch UBND tỉnh hết hiệu lực kể từ ngày Quyết định này có hiệu lực
thi hành.`;
    expect(effectsOf(text)).toEqual(['REPEALS 2194/QĐ-UBND các thủ tục hành chính trong lĩnh vực chứng thực đã công bố tại']);
  });

  it('reads "quy định tại" listed with other parts as a part of the object (592501a25aaf5012)', () => {
    const text = `${HEADER}Điều 2.
Thay thế, bãi bỏ một số từ, cụm từ, quy định tại Nghị quyết và Quy định kèm
theo Nghị quyết số 10/2022/NQ-HĐND ngày 14 tháng 7 năm 2022 của Hội đồng nhân
dân tỉnh.`;
    expect(effectsOf(text)).toEqual(['REPLACES 10/2022/NQ-HĐND một số từ, cụm từ, quy định', 'REPEALS 10/2022/NQ-HĐND một số từ, cụm từ, quy định']);
  });

  it('takes the documents listed after "tại các Quyết định ...:" as the objects (43ce594e2a648040)', () => {
    const text = `${HEADER}Điều 3. Quyết định này có hiệu lực kể từ ngày ký.
Sửa
đổi, bổ sung TTHC tương ứng đã được công bố tại các Quyết định của Chủ tịch
UBND tỉnh về việc công bố danh mục TTHC thuộc phạm vi, chức năng quản lý của Sở
Tài chính: số 761/QĐ-UBND ngày 05/5/2025 của Chủ tịch UBND tỉnh Bắc Ninh (cũ);
số 810/QĐ-UBND ngày 06/6/2025 của Chủ tịch UBND tỉnh Bắc Giang.`;
    expect(effectsOf(text).map((e) => e.split(' ').slice(0, 2).join(' '))).toEqual(['AMENDS 761/QĐ-UBND', 'AMENDS 810/QĐ-UBND']);
  });

  it('reads the parts a document details right before the decree they belong to (e598d95fb5f390a4)', () => {
    const text = `${HEADER}Điều 2. Phạm vi điều chỉnh
1. Quyết định này quy định chi
tiết thẩm quyền quyết định xác lập quyền sở hữu toàn dân quy định tại khoản 2 Điều 43 và thẩm quyền quyết định phê duyệt phương án xử
lý tài sản quy định chi tiết tại khoản 3 Điều 10; khoản 3 Điều
20; khoản 4 Điều 47 Nghị định số 77/2025/NĐ-CP ngày 01/4/2025 của Chính phủ.`;
    expect(effectsOf(text).map((e) => e.split(' ').slice(0, 2).join(' '))).toEqual(['GUIDES 77/2025/NĐ-CP']);
  });

  it('gives a law named without its number the number the text cites it with (bcb420579d35d2e9)', () => {
    const text = `BỘ KHOA HỌC VÀ CÔNG NGHỆ
Số: 34/2025/TT-BKHCN
Hà Nội, ngày 15 tháng 11 năm 2025
THÔNG TƯ
QUY ĐỊNH VỀ SẢN PHẨM, DỊCH VỤ CÔNG NGHỆ SỐ ĐƯỢC HƯỞNG ƯU ĐÃI
Căn cứ Luật Công
nghiệp công nghệ số số 71/2025/QH15;
Căn cứ Luật Đất đai số 13/2003/QH11;
Căn cứ Luật Đất đai số 31/2024/QH15;
Điều 1. Phạm vi điều chỉnh
1. Thông tư này quy định chi tiết Khoản
1 Điều 31 Luật Công nghiệp công nghệ số về các sản phẩm, dịch vụ công nghệ
số được hưởng ưu đãi.
2. Việc giao đất thực hiện theo Luật Đất đai năm 2024 và Luật Đất đai.`;
    const refs = extractDocument(text).references;
    expect(refs.find((r) => r.symbol === '71/2025/QH15')!.effects.map((e) => `${e.kind} ${e.part}`)).toEqual(['GUIDES Khoản 1 Điều 31']);
    expect(refs.find((r) => r.symbol === '31/2024/QH15')!.mentions).toHaveLength(2);
    // "Luật Đất đai" with no year names either law: left apart.
    expect(refs.filter((r) => r.symbol === null && r.title === 'Luật Đất đai')).toHaveLength(1);
  });
});
