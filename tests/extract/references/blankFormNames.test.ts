/**
 * The model papers among a decision's annexes (a model decision of a commune, a record to fill in) name documents
 * with their number or their name left blank: a paper still to be written, which the decision does not cite.
 * Excerpt: 125/2025/QĐ-UBND (Huế), its preamble and the forms "Mẫu 03" and a Biên bản.
 */
import { describe, expect, it } from 'vitest';
import { refsIn } from './snippetReferences';

const TEXT = [
  '*Căn cứ Luật Tổ chức chính',
  'quyền địa phương số 72/2025/QH15;*',
  '',
  '*Mẫu 03*',
  '',
  '**QUYẾT ĐỊNH**',
  '',
  '**PHÊ DUYỆT DANH SÁCH HỖ TRỢ ĐẤT Ở/ NHÀ Ở/ ĐẤT SẢN',
  'XUẤT/NƯỚC SINH HOẠT**',
  '',
  '*Căn cứ Luật Chính quyền địa',
  'phương số……………………………………………*………',
  '',
  '*Căn cứ……………………………………………………………………………………………',
  '*',
  '',
  '**BIÊN BẢN CÔNG KHAI DANH SÁCH ĐỐI TƯỢNG **',
  '',
  '(Thực hiện Dự án …… - Quyết định 1719/QĐ-TTg)',
  '',
  'Hôm nay, vào lúc … giờ …, ngày',
].join('\n');

describe('documents a form names with blanks', () => {
  it('cites no law whose number the form leaves blank, and no project whose name it leaves blank', () => {
    const refs = refsIn(TEXT, 'Huế');
    expect(refs.map((r) => r.symbol ?? r.title)).toEqual(['72/2025/QH15', '1719/QĐ-TTg']);
  });

  it('keeps a law named with "số" and its number, and an ellipsis of three dots in running text', () => {
    const refs = refsIn('Căn cứ Luật Đất đai số 31/2024/QH15;\n\nThực hiện Đề án phát triển du lịch... của tỉnh', 'Huế');
    expect(refs.map((r) => r.symbol ?? r.kind)).toEqual(['31/2024/QH15', 'DE_AN']);
  });

  it('cites no form by its number ("Mẫu số 01/TK-SDDPNN"), while the circular that issues the form is cited', () => {
    // Cục Thuế's answer on land-use tax declarations (a development document), and a procedure's form line.
    const letter = refsIn(
      'việc ký xác nhận của công chức địa chính tại Mẫu số 01/TK-SDDPNN- Tờ\nkhai thuế sử dụng đất phi nông nghiệp; tại tờ khai thuế (Mẫu\nsố 01/TK-SDDPNN) nhằm tạo thuận lợi',
      null,
    );
    expect(letter).toEqual([]);
    const form = refsIn('Tờ khai theo Mẫu số 02/TK-SDDPNN ban hành kèm theo Thông tư số 80/2021/TT-BTC', 'Hà Nội');
    expect(form.map((r) => r.symbol)).toEqual(['80/2021/TT-BTC']);
  });
});
