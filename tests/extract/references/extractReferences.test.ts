import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractIdentity } from '../../../src/extract/identity/extractIdentity';
import { refsIn as refsOfSnippet } from './snippetReferences';
import { extractReferences } from '../../../src/extract/references/extractReferences';
import { provinceByName } from '../../../src/extract/provinces';
import type { DocumentReference } from '../../../src/extract/types';
import { normalizeText } from '../../../src/text/fold';

const corpus = (file: string) => normalizeText(readFileSync(path.join(__dirname, '../../../data/corpus', file), 'utf8'));

function refsOf(text: string): DocumentReference[] {
  const { identity, province } = extractIdentity(text);
  return extractReferences(text, { province, ownSymbols: identity.symbol ? [identity.symbol] : [], ownTitle: identity.title, sections: [] });
}

/** References of a snippet cited from a Quảng Ninh document. */
const refsIn = (snippet: string, province: string | null = 'Quảng Ninh'): DocumentReference[] => refsOfSnippet(snippet, province);

const bySymbol = (refs: DocumentReference[], symbol: string) => refs.find((r) => r.symbol === symbol);

describe('numbered references in an OCR decision (sample 002)', () => {
  const text = corpus('002_a02de70c305dbdbe.txt');
  const refs = refsOf(text);

  it('repairs damaged numbers and symbols: "56 1 24/NQ-HDND" and "5O 124/NQ-HDND" are one document, 124/NQ-HĐND', () => {
    const r = bySymbol(refs, '124/NQ-HĐND')!;
    expect(r).toMatchObject({ kind: 'NGHI_QUYET', date: '2022-12-04', issuer: 'HĐND tỉnh Quảng Ninh', jurisdiction: 'Quảng Ninh', relation: 'BASIS' });
    expect(r.key).toBe('124/NQ-HĐND@Quảng Ninh');
    expect(r.mentions).toHaveLength(3);
    expect(bySymbol(refs, '1663/QĐ-UBND')?.kind).toBe('QUYET_DINH');
    expect(bySymbol(refs, '1015/QĐ-TTg')?.issuer).toBe('Thủ tướng Chính phủ');
  });

  it('reads "15/7/12021" as 15 July 2021 and keeps each mention\'s claim', () => {
    const r = bySymbol(refs, '76/NQ-CP')!;
    expect(r.date).toBe('2021-07-15');
    expect(r.mentions.map((m) => m.claimedDate)).toEqual(['2021-07-15', '2021-07-15', null]);
    expect(r.mentions[0]!.snippet).toMatch(/^Nghi quyet s6 76\/NQ-CP ngay 15\/7\/12021 ciia Chinh phii/);
    for (const m of r.mentions) expect(text.slice(m.start, m.start + 4).toLowerCase()).toBe('nghi');
  });

  it('gives BASIS to everything under "Căn cứ" (OCR "Can cir", "Cin ctr", "Can cik"), even when also implemented', () => {
    for (const s of ['76/NQ-CP', '23/CT-TTg', '05-NQ/TU', '124/NQ-HĐND', '1663/QĐ-UBND', '3322/QĐ-UBND', '4625/BNV-CCHC', '2238/QĐ-UBND']) {
      expect(bySymbol(refs, s)?.relation, s).toBe('BASIS');
    }
    expect(bySymbol(refs, '05-NQ/TU')!.mentions.map((m) => m.relation)).toContain('IMPLEMENTS');
  });

  it('reads the issuer named before the symbol: "hướng dẫn của Bộ Nội vụ tại Văn bản số 4625/BNV-CCHC"', () => {
    expect(bySymbol(refs, '4625/BNV-CCHC')).toMatchObject({ kind: 'CONG_VAN', issuer: 'Bộ Nội vụ', jurisdiction: 'national' });
  });

  it('gives PROPOSAL to "Theo đề nghị ... tại Tờ trình", AMENDS to the plan the decision amends, IMPLEMENTS to what it carries out', () => {
    expect(bySymbol(refs, '114/TTr-SNV')).toMatchObject({ relation: 'PROPOSAL', issuer: 'Sở Nội vụ tỉnh Quảng Ninh' });
    expect(bySymbol(refs, '3936/QĐ-UBND')?.relation).toBe('AMENDS');
    for (const s of ['1015/QĐ-TTg', '118/2025/NĐ-CP', '766/QĐ-TTg', '04/NQ-CP']) expect(bySymbol(refs, s)?.relation, s).toBe('IMPLEMENTS');
  });

  it('never lists the document itself ("Kem theo Quyet dinh $s6:2898 /QD-UBND") nor the stray URL', () => {
    expect(bySymbol(refs, '2898/QĐ-UBND')).toBeUndefined();
    expect(bySymbol(refs, '1015/QĐ-TTg')!.mentions).toHaveLength(1);
    expect(refs.filter((r) => r.symbol)).toHaveLength(15);
  });

  it('lists the law named without number, with its issuer, under Căn cứ', () => {
    const law = refs.find((r) => r.kind === 'LUAT')!;
    expect(law).toMatchObject({ symbol: null, issuer: 'Quốc hội', jurisdiction: 'national', relation: 'BASIS' });
    expect(law.title).toBe('Ludt Té chirc chinh quyén dia phwong nam 2025');
  });
});

describe('references in a clean council resolution (sample 004)', () => {
  const refs = refsOf(corpus('004_8f07e00dd8583e0d.txt'));

  it('reads lists: "các Nghị định số: 167/2017/NĐ-CP ngày ..., 67/2021/NĐ-CP ngày ... của Chính phủ"', () => {
    expect(bySymbol(refs, '167/2017/NĐ-CP')).toMatchObject({ kind: 'NGHI_DINH', date: '2017-12-31', issuer: 'Chính phủ', relation: 'IMPLEMENTS' });
    expect(bySymbol(refs, '67/2021/NĐ-CP')).toMatchObject({ date: '2021-07-15', issuer: 'Chính phủ', relation: 'IMPLEMENTS' });
  });

  it('applies a trailing "của ..." to the earlier list items it can belong to', () => {
    expect(bySymbol(refs, '929-TB/TU')?.issuer).toBe('Thường trực Tỉnh ủy Quảng Ninh');
    expect(bySymbol(refs, '1456-CV/TU')?.issuer).toBe('Thường trực Tỉnh ủy Quảng Ninh');
    expect(bySymbol(refs, '05-NQ/TU')?.issuer).toBe('Tỉnh ủy Quảng Ninh');
    // "Quyết định số 06/QĐ-TTg ... của Thủ tướng Chính phủ" keeps its own.
    expect(bySymbol(refs, '06/QĐ-TTg')?.issuer).toBe('Thủ tướng Chính phủ');
    expect(bySymbol(refs, '17/QĐ-UBQGCĐS')?.issuer).toBe('Ủy ban Quốc gia về chuyển đổi số');
  });

  it('keeps the date as this document writes it (124/NQ-HĐND: 04/11/2022 here, 04/12/2022 in sample 002)', () => {
    expect(bySymbol(refs, '124/NQ-HĐND')?.date).toBe('2022-11-04');
  });

  it('gives PROPOSAL to the Tờ trình under "Xét" and BASIS to the reports listed with it', () => {
    expect(bySymbol(refs, '1665/TTr-UBND')).toMatchObject({ relation: 'PROPOSAL', issuer: 'UBND tỉnh Quảng Ninh' });
    expect(bySymbol(refs, '156/BC-UBND')).toMatchObject({ relation: 'BASIS', kind: 'BAO_CAO' });
    expect(bySymbol(refs, '1732/UBND-KTTC')).toMatchObject({ relation: 'BASIS', kind: 'CONG_VAN' });
  });

  it('only references a resolution cited inside another citation\'s title, and resumes the list after it', () => {
    expect(bySymbol(refs, '25-CTr/TU')?.relation).toBe('IMPLEMENTS');
    expect(bySymbol(refs, '19-NQ/TW')?.relation).toBe('REFERENCES');
    expect(bySymbol(refs, '06-NQ/TU')?.relation).toBe('IMPLEMENTS');
    expect(bySymbol(refs, '18-NQ/TW')?.relation).toBe('REFERENCES');
    expect(bySymbol(refs, '27-NQ/TW')?.relation).toBe('REFERENCES');
  });

  it('reads the kind from the word where the code cannot tell: "Nghị quyết số 74/2022/QH15"', () => {
    expect(bySymbol(refs, '74/2022/QH15')).toMatchObject({ kind: 'NGHI_QUYET', issuer: 'Quốc hội', jurisdiction: 'national' });
  });

  it('lists named documents: laws, the provincial Party congress resolution, schemes to carry out', () => {
    const titles = refs.filter((r) => !r.symbol).map((r) => r.title);
    expect(titles).toContain('Luật Tổ chức chính quyền địa phương năm 2015');
    expect(titles).toContain('Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương năm 2019');
    expect(titles).toContain('Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XV');
    expect(titles).toContain('Đề án thí điểm mô hình phát triển kinh tế ban đêm trên địa bàn tỉnh giai đoạn 2023 - 2025');
    const congress = refs.find((r) => r.title === 'Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XV')!;
    expect(congress).toMatchObject({ kind: 'NGHI_QUYET', issuer: 'Đại hội Đảng bộ tỉnh Quảng Ninh', jurisdiction: 'Quảng Ninh', relation: 'IMPLEMENTS' });
    // A scheme that is the content of a numbered decision is that decision, not a second document.
    expect(titles.some((t) => t?.includes('1 triệu căn hộ'))).toBe(false);
  });
});

describe('symbols damaged by line breaks and spaces (sample 001)', () => {
  const refs = refsOf(corpus('001_a355fd2d7d9a47bb.txt'));
  it('joins "16-\\nCT/TU", "15- NQ/TU" and "03 -NQ/TU"', () => {
    expect(bySymbol(refs, '16-CT/TU')).toMatchObject({ date: '2021-09-15', issuer: 'Ban Thường vụ Tỉnh ủy Quảng Ninh' });
    expect(bySymbol(refs, '15-NQ/TU')?.date).toBe('2019-04-23');
    expect(bySymbol(refs, '03-NQ/TU')?.issuer).toBe('Ban Thường vụ Tỉnh ủy Quảng Ninh');
    expect(bySymbol(refs, '37-QĐ/TW')?.kind).toBe('QUY_DINH');
  });
});

describe('general rules', () => {
  it('carries "Căn cứ" over a list separated by semicolons and stops at the next sentence', () => {
    const refs = refsIn(
      'Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ; Thông tư số 01/2011/TT-BNV ngày 19/01/2011 của Bộ Nội vụ. ' +
        'Các sở thực hiện Kế hoạch số 12/KH-UBND ngày 3/4/2024 của UBND tỉnh.',
    );
    expect(bySymbol(refs, '30/2020/NĐ-CP')?.relation).toBe('BASIS');
    expect(bySymbol(refs, '01/2011/TT-BNV')).toMatchObject({ relation: 'BASIS', kind: 'THONG_TU', issuer: 'Bộ Nội vụ' });
    expect(bySymbol(refs, '12/KH-UBND')).toMatchObject({ relation: 'IMPLEMENTS', jurisdiction: 'Quảng Ninh', key: '12/KH-UBND@Quảng Ninh' });
  });

  it('reads the law named before its number and the amended document', () => {
    const refs = refsIn(
      'Căn cứ Luật Quản lý, sử dụng tài sản công số 15/2017/QH14 ngày 21/6/2017;\nĐiều 2. Quyết định này thay thế Quyết định số 45/QĐ-UBND ngày 01/02/2020 của UBND tỉnh.',
    );
    expect(bySymbol(refs, '15/2017/QH14')).toMatchObject({ kind: 'LUAT', relation: 'BASIS', title: 'Luật Quản lý, sử dụng tài sản công' });
    expect(bySymbol(refs, '45/QĐ-UBND')?.relation).toBe('AMENDS');
  });

  it('only references what the text merely evaluates ("như đã đánh giá tại ...")', () => {
    const refs = refsIn('- Như đã đánh giá tại Nghị quyết số 74/2022/QH15 ngày 15/11/2022 của Quốc hội, các sở tham mưu giải ngân.');
    expect(bySymbol(refs, '74/2022/QH15')?.relation).toBe('REFERENCES');
  });

  it('puts a local citation in the province its issuer names, else in the citing document\'s', () => {
    const refs = refsIn('Thực hiện Nghị quyết số 05-NQ/TU ngày 09/4/2021 của Tỉnh ủy Quảng Ngãi và Nghị quyết số 06-NQ/TU của Tỉnh ủy.');
    expect(bySymbol(refs, '05-NQ/TU')).toMatchObject({ jurisdiction: 'Quảng Ngãi', issuer: 'Tỉnh ủy Quảng Ngãi', key: '05-NQ/TU@Quảng Ngãi' });
    expect(bySymbol(refs, '06-NQ/TU')).toMatchObject({ jurisdiction: 'Quảng Ninh', issuer: 'Tỉnh ủy Quảng Ninh' });
  });

  it('does not read a trailing issuer into an item it cannot belong to', () => {
    const refs = refsIn('Triển khai Nghị quyết số 05-NQ/TU ngày 09/4/2021, Nghị quyết số 124/NQ-HĐND của Hội đồng nhân dân tỉnh.');
    expect(bySymbol(refs, '05-NQ/TU')?.issuer).toBe('Tỉnh ủy Quảng Ninh');
    expect(bySymbol(refs, '124/NQ-HĐND')?.issuer).toBe('HĐND tỉnh Quảng Ninh');
  });

  it('marks a local citation "unknown" when the citing text names no province', () => {
    const refs = refsIn('Thực hiện Chỉ thị số 02-CT/TU của Ban Thường vụ.', 'none');
    expect(bySymbol(refs, '02-CT/TU')?.jurisdiction).toBe('unknown');
  });

  it('finds nothing in ordinary prose, dates and fractions', () => {
    expect(refsIn('Ngày 15/7/2021, giá 50.000 đồng/kg, tỷ lệ 3/4, giai đoạn 2021 - 2025, COVID-19.')).toEqual([]);
  });
});
