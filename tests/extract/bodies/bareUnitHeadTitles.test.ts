/**
 * A ministry's circular names its units' heads by their titles alone: "Chánh Văn phòng Bộ, Vụ trưởng, Cục trưởng,
 * Người đứng đầu đơn vị sự nghiệp thuộc Bộ quy định ...", "Chánh Văn phòng Bộ, Vụ trưởng quyết định điều động ..."
 * (a Ministry of Justice circular of the open collection, a development document: its gold names them "Vụ thuộc
 * Bộ", "Cục thuộc Bộ"). The title alone named no body, so the list stopped after "Chánh Văn phòng Bộ", no duty
 * followed it and the clause lost every pair. Each title now stands for that kind of the ministry's units
 * (bareUnitHeadTitles in bodyVocabulary.json); "Cục trưởng, Vụ trưởng thuộc Bộ Y tế" is a realistic variant.
 */
import { describe, expect, it } from 'vitest';
import { parseBodyListAt } from '../../../src/extract/bodies';
import { tokenize } from '../../../src/extract/vocabulary';

const items = (text: string) => parseBodyListAt(tokenize(text), 0)?.items.map((i) => i.raw) ?? [];

describe('a unit head\'s title written alone in a ministry\'s list', () => {
  it('stands for that kind of the ministry\'s units, the list going on after it', () => {
    expect(items('Chánh Văn phòng Bộ, Vụ trưởng, Cục trưởng quyết định giao biên chế công chức')).toEqual(['Chánh Văn phòng Bộ', 'Vụ thuộc Bộ', 'Cục thuộc Bộ']);
  });

  it('takes the ministry written after it', () => {
    expect(items('Cục trưởng, Vụ trưởng thuộc Bộ Y tế chịu trách nhiệm')).toEqual(['Cục thuộc Bộ', 'Vụ thuộc Bộ Y tế']);
  });

  it('leaves a title with its unit\'s name, or with "các", as it was', () => {
    expect(items('Vụ trưởng Vụ Pháp chế, Cục trưởng Cục Kiểm tra văn bản chịu trách nhiệm')).toEqual(['Vụ trưởng Vụ Pháp chế', 'Cục trưởng Cục Kiểm tra văn bản']);
    expect(items('Vụ trưởng các Vụ chịu trách nhiệm')).toEqual(['Vụ trưởng các Vụ']);
  });
});
