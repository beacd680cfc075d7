import { describe, expect, it } from 'vitest';
import { refsIn } from './snippetReferences';
import { findSymbols } from '../../../src/extract/findSymbols';
import type { DocumentReference } from '../../../src/extract/types';

const bySymbol = (refs: DocumentReference[], symbol: string) => refs.find((r) => r.symbol === symbol);

describe('references in procedure lists, their tables and their forms', () => {
  it('joins a code cut by a space or a line break when only the joined code is listed ("TTBNN MT", "TT-BNN\\nMT")', () => {
    // 1505/QĐ-UBND (Bắc Ninh), a procedure's "Căn cứ pháp lý" cell.
    const refs = refsIn(
      '(1) Luật Địa chất và khoáng\nsản số 54/2024/QH15 ngày 29/11/2024; (2) Nghị định số 193/2025/NĐCP ngày\n02/7/2025; (3) Thông tư số 37/2025/TTBNN MT ngày 02/7/2025; (4) Thông tư số\n40/2025/TTBNN MT ngày 02/7/2025; (5) Thông tư số 10/2024/TTBTC ngày\n05/02/2024.',
      'Bắc Ninh',
    );
    expect(bySymbol(refs, '37/2025/TT-BNNMT')).toMatchObject({ kind: 'THONG_TU', date: '2025-07-02', issuer: 'Bộ Nông nghiệp và Môi trường' });
    expect(bySymbol(refs, '40/2025/TT-BNNMT')).toBeDefined();
    expect(findSymbols('Thông tư số 40/2025/TT-BNN\nMT ngày 02/7/2025').map((h) => h.parsed.symbol)).toEqual(['40/2025/TT-BNNMT']);
    // A listed code keeps its end: the capitals after it are the next words.
    expect(findSymbols('Quyết định số 12/QĐ-UBND UBND tỉnh').map((h) => h.parsed.symbol)).toEqual(['12/QĐ-UBND']);
  });

  it('reads a joint document whose type a slash joins to its issuers, and a long issuer code after a dash', () => {
    // 95/2025/QĐ-UBND (Nghệ An) and a Hà Tĩnh decision's preambles.
    const circular = refsIn('*Căn cứ Thông tư liên tịch 88/2016/TTLT/BTC-BTNMT\nngày 22 tháng 6 năm 2016 của Liên Bộ trưởng Bộ Tài chính và Bộ trưởng Bộ Tài\nnguyên và Môi trường quy định về hồ sơ;*', 'Nghệ An');
    expect(circular[0]).toMatchObject({ symbol: '88/2016/TTLT-BTC-BTNMT', kind: 'THONG_TU', date: '2016-06-22', relation: 'BASIS' });
    const joint = refsIn('*Căn cứ Nghị quyết liên tịch số\n72/2025/NQLT/UBTVQH15-CP-ĐCTUBTWMTTQVN ngày 20 tháng 02 năm 2025 của Ủy ban Thường\nvụ Quốc hội, Chính phủ;*', 'Nghệ An');
    expect(joint[0]).toMatchObject({ symbol: '72/2025/NQLT-UBTVQH15-CP-ĐCTUBTWMTTQVN', date: '2025-02-20' });
  });

  it('reads a decision\'s date from the table cell after its number, never from the next row', () => {
    // The table form of a list of decisions ("Số, ký hiệu | Ngày ban hành | Trích yếu"), cells one per line as exported.
    const row = refsIn('|\n1\n|\nQuyết định số 1234/QĐ-UBND\n|\n12/3/2025\n|\nVề việc công bố danh mục thủ tục hành chính\n|\n|', 'Bắc Ninh');
    expect(row[0]).toMatchObject({ symbol: '1234/QĐ-UBND', date: '2025-03-12' });
    const lastCell = refsIn('|\n1\n|\nQuyết định số 1234/QĐ-UBND\n|\n|\n2\n|\n12/3/2025\n|', 'Bắc Ninh');
    expect(lastCell[0]?.date).toBeNull();
  });

  it('reads a law named in a cell by title and number as a law, whatever its name\'s last words look like', () => {
    // 1609/QĐ-TTPVHCC (Hà Nội): "công tư" is no "Thông tư".
    const refs = refsIn('- Luật Đầu tư theo phương thức\nđối tác công tư số 64/2020/QH14 ngày 18/6/2020;', 'Hà Nội');
    expect(bySymbol(refs, '64/2020/QH14')).toMatchObject({ kind: 'LUAT', date: '2020-06-18', title: 'Luật Đầu tư theo phương thức đối tác công tư' });
  });

  it('gives a law cited by name and date in the preamble the number its annex prints, a comma in the name', () => {
    // 1594/QĐ-TTPVHCC (Hà Nội): the Căn cứ names the law, the annex's "Cơ sở pháp lý" gives its number.
    const refs = refsIn(
      'Căn cứ Luật Tín ngưỡng, tôn giáo ngày 18/11/2016;\n\nCăn cứ Nghị định số 95/2023/NĐ-CP ngày 29/12/2023 của Chính phủ;\n\n**1. Cơ sở pháp lý**\n\n- Luật Tín ngưỡng, tôn giáo số\n02/2016/QH14 ngày 18/11/2016;',
      'Hà Nội',
    );
    expect(bySymbol(refs, '02/2016/QH14')).toMatchObject({ relation: 'BASIS', date: '2016-11-18' });
    expect(refs.filter((r) => r.kind === 'LUAT')).toHaveLength(1);
  });

  it('keeps the laws an amending law names in its title referenced, not amended, though the title opens with no "về"', () => {
    // A Government decree's preamble (302/2025/NĐ-CP): the amending law is the basis, the laws it amends only named.
    const refs = refsIn(
      '*Căn\ncứ Luật Nhà ở số 27/2023/QH15; Luật số 43/2024/QH15 sửa đổi, bổ sung một số điều của Luật Đất đai số 31/2024/QH15, Luật Nhà ở số 27/2023/QH15, Luật Kinh doanh bất động sản số 29/2023/QH15 và Luật Các tổ chức tín dụng số 32/2024/QH15;*',
      null,
    );
    expect(bySymbol(refs, '43/2024/QH15')?.relation).toBe('BASIS');
    expect(bySymbol(refs, '27/2023/QH15')?.relation).toBe('BASIS');
    expect(bySymbol(refs, '29/2023/QH15')).toMatchObject({ kind: 'LUAT', relation: 'REFERENCES' });
    expect(bySymbol(refs, '32/2024/QH15')).toMatchObject({ kind: 'LUAT', relation: 'REFERENCES' });
  });

  it('takes the kind from the word where the symbol misprints a decree\'s type for another issuer', () => {
    // 2031/QĐ-UBND (Cao Bằng): only the Government issues decrees (NĐ-CP); the word before says Thông tư.
    const refs = refsIn('*Căn cứ Thông tư số 03/2025/NĐ-VPCP ngày 15 tháng\n9 năm 2025 của Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ hướng dẫn thi hành;*', 'Cao Bằng');
    expect(bySymbol(refs, '03/2025/NĐ-VPCP')).toMatchObject({ kind: 'THONG_TU', issuer: 'Văn phòng Chính phủ' });
    expect(refsIn('Căn cứ Nghị định số 118/2025/NĐ-CP ngày 09/6/2025 của Chính phủ;', null)[0]?.kind).toBe('NGHI_DINH');
  });

  it('reads a stray digit in a cited date\'s year from the symbol\'s year ("09/6/20205" of 118/2025/NĐ-CP)', () => {
    // 2934/QĐ-UBND (Lai Châu).
    const refs = refsIn('*Căn cứ Nghị định số 118/2025/NĐ-CP ngày\n09/6/20205 của Chính phủ về thực hiện thủ tục hành chính;*', 'Lai Châu');
    expect(bySymbol(refs, '118/2025/NĐ-CP')?.date).toBe('2025-06-09');
  });

  it('cites nothing for the document from a form\'s own Căn cứ lines (a model Tờ trình with a blank header)', () => {
    // 2109/QĐ-BXD: the model Tờ trình among the procedures cites the housing law by number; the decision does not.
    const text = [
      'Căn cứ Nghị định số 33/2025/NĐ-CP ngày 25/02/2025 của Chính phủ;',
      '',
      'Điều 1. Công bố kèm theo Quyết định này thủ tục hành chính nội bộ trong lĩnh vực nhà ở.',
      '',
      '- Căn cứ pháp lý:',
      '+ Luật Nhà ở năm 2023;',
      '+ Nghị định số 95/2024/NĐ-CP ngày 24/7/2024 của Chính phủ quy định chi tiết một số điều của Luật Nhà ở.',
      '',
      '**TÊN CƠ QUAN**',
      '|',
      'Số: ….',
      '|',
      '*…., ngày …..',
      'tháng …… năm ……*',
      '',
      '**TỜ TRÌNH**',
      '',
      'Căn cứ Luật Nhà ở số 27/2023/QH15 ngày 27 tháng 11',
      'năm 2023;',
      '',
      'Căn cứ Nghị định số 95/2024/NĐ-CP ngày 24 tháng 7 năm 2024 của',
      'Chính phủ quy định chi tiết một số điều của Luật Nhà ở;',
      '',
      'Nghị định số 144/2025/NĐ-CP ngày 12/6/2025 của Chính phủ về',
      'phân quyền, phân cấp trong lĩnh vực quản lý nhà nước của Bộ Xây dựng;',
    ].join('\n');
    const refs = refsIn(text, null);
    expect(bySymbol(refs, '33/2025/NĐ-CP')?.relation).toBe('BASIS');
    expect(bySymbol(refs, '27/2023/QH15')).toBeUndefined();
    expect(bySymbol(refs, '144/2025/NĐ-CP')).toBeUndefined();
    expect(bySymbol(refs, '95/2024/NĐ-CP')?.relation).not.toBe('BASIS');
    // The law named with its year and again by name in the procedures is one reference, without a number.
    expect(refs.filter((r) => r.kind === 'LUAT')).toEqual([expect.objectContaining({ symbol: null, title: 'Luật Nhà ở năm 2023' })]);
  });

  it('does not read "Căn cứ các quy định nêu trên" in a letter as a basis: it sums up provisions quoted before', () => {
    // Cục Thuế letter on land use fees: the decree was quoted above; the conclusion only refers to it.
    const refs = refsIn(
      '- Tại khoản 4 Điều 19 Nghị định số\n103/2024/NĐ-CP quy định như sau:\n*“4. Giảm tiền sử dụng đất ...”*\nCăn cứ các quy định nêu trên, việc miễn, giảm tiền\nsử dụng đất quy định tại Nghị định số 103/2024/NĐ-CP ngày 30/7/2024 của Chính\nphủ quy định về thu tiền sử dụng đất không áp dụng đối với trường hợp giao đất\ntái định cư.',
      null,
    );
    expect(bySymbol(refs, '103/2024/NĐ-CP')?.relation).toBe('REFERENCES');
  });

  it('does not make the citing letter amend a decree it asks the competent body to consider amending', () => {
    // Cục Thuế letter on land rent: "báo cáo cấp có thẩm quyền xem xét, sửa đổi Nghị định số ...".
    const refs = refsIn(
      'đề nghị Thuế tỉnh Gia Lai báo cáo UBND tỉnh có công văn gửi Bộ Tài chính để tổng hợp vướng mắc\nbáo cáo cấp có thẩm quyền xem xét, sửa đổi Nghị định số 103/2024/NĐ-CP nêu\ntrên.',
      null,
    );
    expect(bySymbol(refs, '103/2024/NĐ-CP')?.relation).toBe('REFERENCES');
  });

  it('keeps a law whose name goes on past another law\'s name apart from it ("Luật Đầu tư công" is no "Luật Đầu tư năm 2020")', () => {
    const refs = refsIn(['Căn cứ Luật Đầu tư năm 2020;', 'Căn cứ Luật Đầu tư công;'].join('\n'), 'Hà Nội');
    expect(refs.filter((r) => r.kind === 'LUAT').map((r) => r.title)).toEqual(['Luật Đầu tư năm 2020', 'Luật Đầu tư công']);
    // The same law named again without its year is still the one reference.
    const again = refsIn(['Căn cứ Luật Đầu tư năm 2020;', 'Căn cứ Luật Đầu tư;'].join('\n'), 'Hà Nội');
    expect(again.filter((r) => r.kind === 'LUAT').map((r) => r.title)).toEqual(['Luật Đầu tư năm 2020']);
    // Nor does it take the number of the shorter law's citation.
    const numbered = refsIn(['Căn cứ Luật Đầu tư số 61/2020/QH14;', 'Căn cứ Luật Đầu tư công;'].join('\n'), 'Hà Nội');
    expect(numbered.filter((r) => r.kind === 'LUAT').map((r) => [r.title, r.symbol])).toEqual([
      ['Luật Đầu tư', '61/2020/QH14'],
      ['Luật Đầu tư công', null],
    ]);
    // "hiện hành" and a year OCR glued to "năm" go on with the same law.
    for (const after of ['hiện hành', 'năm2020']) {
      const same = refsIn(['Căn cứ Luật Đầu tư số 61/2020/QH14;', `Căn cứ Luật Đầu tư ${after};`].join('\n'), 'Hà Nội');
      expect(same.filter((r) => r.kind === 'LUAT').map((r) => r.symbol)).toEqual(['61/2020/QH14']);
    }
  });
});
