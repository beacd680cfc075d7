/**
 * Provinces named right after "các tỉnh", without the colon the eleventh pass read (issue 8, thirteenth
 * assignment pass): one body per province, as annotators list them. Phrases as the Government Office's notices of
 * ../shared/real write them.
 */
import { describe, expect, it } from 'vitest';
import { parseBodyListAt } from '../../src/extract/bodies';
import { tokenize } from '../../src/extract/vocabulary';

const items = (text: string) => parseBodyListAt(tokenize(text), 0, { bareGeneric: true })?.items.map((i) => (i.group ? `[${i.raw}]` : i.raw)) ?? [];

describe('provinces named after "các tỉnh"', () => {
  it('reads one province each, with or without the colon', () => {
    expect(items('Các tỉnh Nghệ An, Quảng Ngãi, Cao Bằng khẩn trương hoàn thiện')).toEqual(['tỉnh Nghệ An', 'tỉnh Quảng Ngãi', 'tỉnh Cao Bằng']);
    expect(items('Thành phố Hà Nội và các tỉnh Bắc Ninh, Gia Lai đẩy nhanh')).toEqual(['Thành phố Hà Nội', 'tỉnh Bắc Ninh', 'tỉnh Gia Lai']);
    expect(items('Ủy ban nhân dân các tỉnh Bắc Ninh, Gia Lai đẩy nhanh')).toEqual(['Ủy ban nhân dân tỉnh Bắc Ninh', 'Ủy ban nhân dân tỉnh Gia Lai']);
  });

  it('keeps a region or the bare kind a group', () => {
    expect(items('các tỉnh Tây Nguyên thực hiện')).toEqual(['[các tỉnh]']);
    expect(items('các tỉnh, thành phố trực thuộc Trung ương chủ động')).toEqual(['[các tỉnh, thành phố trực thuộc Trung ương]']);
  });
});
