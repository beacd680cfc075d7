/**
 * Where a cited provincial paper belongs when the citation does not say it at every mention (the
 * jurisdiction of a reference is part of its key: a wrong one is a missed and an extra reference).
 */
import { describe, expect, it } from 'vitest';
import { refsIn } from './snippetReferences';

describe('the province of a cited paper', () => {
  it('is the one a list\'s closing issuer names, for every item of the list (a Cục Thuế letter)', () => {
    // Cục Thuế 5282/CT-CS to Thuế tỉnh Quảng Ninh.
    const refs = refsIn(
      'Cục Thuế nhận được công văn số 1108/QNI-QLDN2 ngày\n22/9/2025 và công văn số 1701/QNI-QLDN2 ngày 24/10/2025 của Thuế tỉnh Quảng\nNinh về chính sách thuế GTGT.',
      null,
    );
    for (const s of ['1108/QNI-QLDN2', '1701/QNI-QLDN2']) expect(refs.find((r) => r.symbol === s), s).toMatchObject({ issuer: 'Thuế tỉnh Quảng Ninh', jurisdiction: 'Quảng Ninh' });
  });

  it('is the province named at another mention of the same dated paper ("... của Ủy ban nhân dân tỉnh" inside a former province\'s list)', () => {
    // Quyết định 44/2025/QĐ-UBND of Quảng Ngãi ending decisions of the former Kon Tum.
    const refs = refsIn(
      'a) Quyết định số\n09/2019/QĐ-UBND ngày 28/5/2019 của Ủy ban nhân dân tỉnh Kon Tum về việc ban hành tiêu chuẩn, định mức;\nb) Quyết định số\n06/2020/QĐ-UBND ngày 13/02/2020 của Ủy ban nhân dân tỉnh Kon Tum bổ sung tiêu\nchuẩn, định mức tại Quyết định 09/2019/QĐ-UBND ngày 28 tháng 5 năm 2019 của Ủy ban nhân dân tỉnh;',
      'Quảng Ngãi',
    );
    const cited = refs.filter((r) => r.symbol === '09/2019/QĐ-UBND');
    expect(cited).toHaveLength(1);
    expect(cited[0]).toMatchObject({ jurisdiction: 'Kon Tum', issuer: 'UBND tỉnh Kon Tum' });
    expect(cited[0]!.mentions).toHaveLength(2);
  });

  it('is the one a provincial tax office\'s letter number names by code ("1108/QNI-QLDN2"), whoever cites it', () => {
    // The numbers of Cục Thuế 5282/CT-CS (to Thuế tỉnh Quảng Ninh) and of a Bắc Ninh office's letter, cited bare.
    expect(refsIn('Cục Thuế nhận được công văn số 1108/QNI-QLDN2 ngày\n22/9/2025 về chính sách thuế GTGT.', null)[0]).toMatchObject({
      issuer: 'Thuế tỉnh Quảng Ninh',
      jurisdiction: 'Quảng Ninh',
    });
    expect(refsIn('theo công văn số 5581/BNl-QLDN1 ngày 05/11/2025 về hoàn thuế.', 'Hà Nội')[0]).toMatchObject({
      symbol: '5581/BNI-QLDN1',
      issuer: 'Thuế tỉnh Bắc Ninh',
      jurisdiction: 'Bắc Ninh',
    });
  });

  it('stays the citing province when the two mentions give different dates', () => {
    const refs = refsIn(
      'Quyết định số 09/2019/QĐ-UBND ngày 28/5/2019 của Ủy ban nhân dân tỉnh Kon Tum; Quyết định số 09/2019/QĐ-UBND ngày 14/3/2019 của Ủy ban nhân dân tỉnh về quy chế.',
      'Quảng Ngãi',
    );
    expect(refs.filter((r) => r.symbol === '09/2019/QĐ-UBND').map((r) => r.jurisdiction).sort()).toEqual(['Kon Tum', 'Quảng Ngãi']);
  });
});
