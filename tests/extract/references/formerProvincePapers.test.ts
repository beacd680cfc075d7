/**
 * Papers of a province merged in 2025, cited after the merger without their province beside the number: the
 * province is written before a list the paper belongs to ("các Quyết định của Ủy ban nhân dân tỉnh Vĩnh Phúc,
 * trong đó có Quyết định số ..."), or only in the paper's title ("... của Ủy ban nhân dân tỉnh về việc ... trên
 * địa bàn tỉnh Vĩnh Phúc"). The gold keeps a former province's paper in its own jurisdiction.
 * Excerpt: Cục Thuế's letter 5608/CT-CS, a development document, cited here as from the merged province (Phú Thọ).
 */
import { describe, expect, it } from 'vitest';
import { refsIn } from './snippetReferences';

const TEXT = [
  'Ngày 26/02/2025, Cục Thuế tỉnh Vĩnh Phúc (nay là',
  'Thuế tỉnh Phú Thọ) có Thông báo số 565/TB-CTVPH về việc điều chỉnh đơn giá thuê',
  'đất của Công ty Cổ phần siêu thị Sài Gòn trên cơ sở các Quyết định của Ủy ban',
  'nhân dân tỉnh Vĩnh Phúc, trong đó có Quyết định số 05/2025/QĐ-UBND ngày',
  '17/01/2025 về việc sửa đổi, bổ sung một số điều của Quy định ban hành kèm theo',
  'Quyết định số 62/2019/QĐ-UBND ngày 31 tháng 12 năm 2019 của Ủy ban nhân dân tỉnh',
  'về việc ban hành quy định giá các loại đất trên địa bàn tỉnh Vĩnh Phúc 5 năm',
  '2020-2024.',
].join('\n');

const place = (refs: ReturnType<typeof refsIn>, symbol: string) => {
  const r = refs.find((x) => x.symbol === symbol);
  return r && [r.jurisdiction, r.issuer];
};

describe("a former province's papers cited without their province", () => {
  it('takes the province of the list the paper is named in ("của UBND tỉnh X, trong đó có ...")', () => {
    expect(place(refsIn(TEXT, 'Phú Thọ'), '05/2025/QĐ-UBND')).toEqual(['Vĩnh Phúc', 'UBND tỉnh Vĩnh Phúc']);
  });

  it('takes the one province its title names, after a bare "của Ủy ban nhân dân tỉnh"', () => {
    expect(place(refsIn(TEXT, 'Phú Thọ'), '62/2019/QĐ-UBND')).toEqual(['Vĩnh Phúc', 'UBND tỉnh Vĩnh Phúc']);
  });

  it("keeps the citing province's paper where the title names no other province or the citation names its own", () => {
    const own = refsIn('Quyết định số 12/2020/QĐ-UBND ngày 03/3/2020 của UBND tỉnh Phú Thọ về việc ban hành quy định trên địa bàn tỉnh Vĩnh Phúc.', 'Phú Thọ');
    expect(place(own, '12/2020/QĐ-UBND')).toEqual(['Phú Thọ', 'UBND tỉnh Phú Thọ']);
    const plain = refsIn('Quyết định số 12/2020/QĐ-UBND ngày 03/3/2020 của Ủy ban nhân dân tỉnh về việc ban hành bảng giá đất.', 'Phú Thọ');
    expect(place(plain, '12/2020/QĐ-UBND')?.[0]).toBe('Phú Thọ');
  });

  it("keeps the citing province's paper whose title names a province that was not merged into it", () => {
    const text = 'Quyết định số 12/2020/QĐ-UBND ngày 03/3/2020 của Ủy ban nhân dân tỉnh về việc ban hành Quy chế phối hợp với tỉnh Lạng Sơn.';
    expect(place(refsIn(text, 'Quảng Ninh'), '12/2020/QĐ-UBND')?.[0]).toBe('Quảng Ninh');
    // A former province merged elsewhere (Hà Giang into Tuyên Quang) is not the Quảng Ninh paper's either.
    expect(place(refsIn(text.replace('Lạng Sơn', 'Hà Giang'), 'Quảng Ninh'), '12/2020/QĐ-UBND')?.[0]).toBe('Quảng Ninh');
  });

  it('gives a Party paper numbered without a year, cited again on the same date with a bare "tỉnh", the province named first', () => {
    // A Cần Thơ plan's footnote (a development document) listing the programmes of the three merged provinces.
    const text = [
      'Chương trình số',
      '27-CTr/TU ngày 12/3/2018 của Ban Chấp hành Đảng bộ tỉnh Sóc Trăng; Kế hoạch số 75/KH- UBND ngày 09/7/2018 của UBND tỉnh Sóc Trăng về việc thực hiện',
      'Nghị quyết số 137/NQ-CP ngày 31/12/2017 của Chính phủ và Chương trình số',
      '27-CTr/TU ngày 12/3/2018 của Ban Chấp hành Đảng bộ tỉnh thực hiện Nghị quyết số',
      '21-NQ/TW;',
    ].join('\n');
    expect(refsIn(text, 'Cần Thơ').filter((r) => r.symbol === '27-CTr/TU').map((r) => r.jurisdiction)).toEqual(['Sóc Trăng']);
    // Another date is another paper of the same number: it stays the citing province's.
    const other = text.replace('27-CTr/TU ngày 12/3/2018 của Ban Chấp hành Đảng bộ tỉnh thực', '27-CTr/TU ngày 05/01/2022 của Ban Chấp hành Đảng bộ tỉnh thực');
    expect(refsIn(other, 'Cần Thơ').filter((r) => r.symbol === '27-CTr/TU').map((r) => r.jurisdiction)).toEqual(['Sóc Trăng', 'Cần Thơ']);
  });
});
