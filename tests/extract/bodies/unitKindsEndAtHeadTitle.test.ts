/**
 * A ministry's closing article names its units' heads one by one: "Vụ trưởng các Vụ, Cục trưởng Cục Đường bộ Việt
 * Nam, ...". The kinds of a ministry's units after "các" ("các Vụ, Cục, đơn vị thuộc Bộ", bodies/qualifiers.ts
 * unitKindsAt) took "Cục" of the next title ("Cục trưởng") as one more kind, and the list became "các Vụ, Cục
 * trưởng Cục Đường bộ Việt Nam". Realistic closing articles of a ministry's decision (the form is not in the open
 * collection, whose ministry decisions write "Thủ trưởng các Vụ, Cục"; that reading is kept).
 */
import { describe, expect, it } from 'vitest';
import { parseBodyListAt } from '../../../src/extract/bodies';
import { tokenize } from '../../../src/extract/vocabulary';

const items = (text: string) => parseBodyListAt(tokenize(text), 0)?.items.map((i) => i.raw) ?? [];

describe('the kinds of a ministry\'s units after "các"', () => {
  it('end at the next head\'s title', () => {
    expect(items('Vụ trưởng các Vụ, Cục trưởng Cục Đường bộ Việt Nam, Thủ trưởng các cơ quan có liên quan chịu trách nhiệm')).toEqual([
      'Vụ trưởng các Vụ',
      'Cục trưởng Cục Đường bộ Việt Nam',
      'Thủ trưởng các cơ quan có liên quan',
    ]);
    expect(items('Vụ trưởng các Vụ, Cục trưởng các Cục, Thủ trưởng các đơn vị thuộc Bộ chịu trách nhiệm')).toEqual([
      'Vụ trưởng các Vụ',
      'Cục trưởng các Cục',
      'Thủ trưởng các đơn vị thuộc Bộ',
    ]);
  });

  it('still take several kinds written without titles', () => {
    expect(items('Thủ trưởng các Vụ, Cục, đơn vị thuộc Bộ chịu trách nhiệm')).toEqual(['Thủ trưởng các Vụ, Cục, đơn vị thuộc Bộ']);
  });
});
