/**
 * Two bodies joined when a comma is lost between them (issue 8, thirteenth assignment pass, the body side): a Sở or
 * Bộ is named by its field and belongs to no body but a people's committee, so a complete body written right after
 * its name starts the next item of the list; a unit's owner written the same way still closes the unit's name.
 */
import { describe, expect, it } from 'vitest';
import { parseBodyListAt } from '../../../src/extract/bodies';
import { tokenize } from '../../../src/extract/vocabulary';

const items = (text: string) => parseBodyListAt(tokenize(text), 0, { bareGeneric: true })?.items.map((i) => (i.group ? `[${i.raw}]` : i.raw)) ?? [];

describe('a Sở or Bộ followed by a complete body with no comma', () => {
  it('reads two bodies', () => {
    expect(items('Sở Tài chính Công an tỉnh có trách nhiệm hướng dẫn thực hiện')).toEqual(['Sở Tài chính', 'Công an tỉnh']);
    expect(items('Sở Nội vụ, Sở Tài chính Bảo hiểm xã hội tỉnh và Kho bạc Nhà nước tỉnh phối hợp')).toEqual([
      'Sở Nội vụ',
      'Sở Tài chính',
      'Bảo hiểm xã hội tỉnh',
      'Kho bạc Nhà nước tỉnh',
    ]);
  });

  it("keeps a unit's owner and a committee's department in one name", () => {
    expect(items('Cục Pháp chế Bộ Quốc phòng chủ trì')).toEqual(['Cục Pháp chế Bộ Quốc phòng']);
    expect(items('Văn phòng Ủy ban nhân dân tỉnh chủ trì')).toEqual(['Văn phòng Ủy ban nhân dân tỉnh']);
  });
});
