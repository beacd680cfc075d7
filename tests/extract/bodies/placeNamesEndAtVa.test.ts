/**
 * A place written after a kind of body ("thành phố", "xã") takes the capitalized words after it as its name; in a
 * heading set in capitals every word is capitalized, and "VÀ" joining the next body must end the place (no place's
 * name holds "và"). The heading is of Cần Thơ's population plan (a development document: "2. Sở, ban, ngành thành phố
 * và Ủy ban nhân dân xã, phường"), in capitals as tests/extract/layoutVariants.fixtures.ts `headingcaps` writes it.
 */
import { describe, expect, it } from 'vitest';
import { parseBodyListAt } from '../../../src/extract/bodies';
import { extractDocument } from '../../../src/extract/extractDocument';
import { tokenize } from '../../../src/extract/vocabulary';
import { LAYOUT_VARIANTS } from '../layoutVariants.fixtures';

const items = (text: string) => parseBodyListAt(tokenize(text), 0, { bareGeneric: true })?.items.map((i) => i.raw) ?? [];

const PLAN = `KẾ HOẠCH

THỰC HIỆN CHỈ THỊ SỐ 27/CT-TTG NGÀY 15 THÁNG 8 NĂM 2024 CỦA THỦ TƯỚNG CHÍNH PHỦ VỀ VIỆC TĂNG CƯỜNG THỰC HIỆN CÔNG TÁC DÂN SỐ TRONG TÌNH HÌNH MỚI

III. TỔ CHỨC THỰC HIỆN

1. Sở Y tế

Chủ trì phối hợp với các sở, ban, ngành liên quan tổ chức, triển khai thực hiện, theo dõi, đôn đốc, kiểm tra, giám sát việc thực hiện Kế hoạch này; định kỳ tổng hợp, báo cáo Ủy ban nhân dân thành phố kết quả thực hiện theo quy định.

2. Sở, ban, ngành thành phố và Ủy ban nhân dân xã, phường

Căn cứ chức năng, nhiệm vụ, quyền hạn được giao tổ chức triển khai thực hiện Kế hoạch theo quy định.
`;

describe('a place after a kind of body ends before "và"', () => {
  it('splits a list in capitals where the same list in ordinary case splits', () => {
    expect(items('Sở, ban, ngành thành phố và Ủy ban nhân dân xã, phường')).toEqual(['Sở, ban, ngành thành phố', 'Ủy ban nhân dân xã, phường']);
    expect(items('SỞ, BAN, NGÀNH THÀNH PHỐ VÀ ỦY BAN NHÂN DÂN XÃ, PHƯỜNG')).toEqual(['SỞ, BAN, NGÀNH THÀNH PHỐ', 'ỦY BAN NHÂN DÂN XÃ, PHƯỜNG']);
  });

  it('keeps a capitalized place name after the kind', () => {
    expect(items('Ủy ban nhân dân thành phố Cần Thơ và Sở Y tế')).toEqual(['Ủy ban nhân dân thành phố Cần Thơ', 'Sở Y tế']);
  });

  it('gives each body of a heading in capitals the duty under it, as in ordinary case', () => {
    const pairs = (text: string) =>
      extractDocument(text)
        .assignments.filter((a) => a.section === 'III.2')
        .map((a) => `${a.role} ${a.body.toLowerCase()}`)
        .sort();
    const asWritten = pairs(PLAN);
    expect(asWritten).toEqual(['LEAD sở, ban, ngành thành phố', 'LEAD ủy ban nhân dân xã, phường']);
    expect(pairs(LAYOUT_VARIANTS.headingcaps!(PLAN))).toEqual(asWritten);
  });
});
