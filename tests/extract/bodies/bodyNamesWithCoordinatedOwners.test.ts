/**
 * A group owned by two bodies of one kind, the kind's head repeated: "các cơ quan liên quan thuộc Bộ Xây dựng, Bộ
 * Quốc phòng" (a Government Office notice on a hospital project), "đơn vị trực thuộc Bộ Quốc phòng, Bộ Công an" (a housing
 * regulation), "các cơ sở giáo dục thuộc Bộ Quốc phòng và Bộ Công an" (a circular of the Ministry of Education):
 * the group is the units of both owners, one body; the second owner is no body of the list.
 */
import { describe, expect, it } from 'vitest';
import { parseBodyListAt } from '../../../src/extract/bodies';
import { extractDocument } from '../../../src/extract/extractDocument';
import { tokenize } from '../../../src/extract/vocabulary';

const items = (text: string) => parseBodyListAt(tokenize(text), 0, { bareGeneric: true })?.items.map((i) => i.raw) ?? [];

describe('coordinated owners after "thuộc"', () => {
  it('keeps every owner of the same head in the group\'s name', () => {
    expect(items('các cơ quan liên quan thuộc Bộ Xây dựng, Bộ Quốc phòng chỉ đạo các nhà thầu')).toEqual(['các cơ quan liên quan thuộc Bộ Xây dựng, Bộ Quốc phòng']);
    expect(items('đơn vị trực thuộc Bộ Quốc phòng, Bộ Công an có trách nhiệm ký hợp đồng thuê')).toEqual(['đơn vị trực thuộc Bộ Quốc phòng, Bộ Công an']);
    expect(items('các cơ sở giáo dục thuộc Bộ Quốc phòng và Bộ Công an.')).toEqual(['các cơ sở giáo dục thuộc Bộ Quốc phòng và Bộ Công an']);
  });

  it('leaves another head, a bare owner and a titled head bodies of the list', () => {
    expect(items('các đơn vị thuộc Bộ Xây dựng, Sở Tài chính chủ trì')).toEqual(['các đơn vị thuộc Bộ Xây dựng', 'Sở Tài chính']);
    expect(items('Thủ trưởng các đơn vị thuộc Bộ, Bộ Tài chính chịu trách nhiệm')).toEqual(['Thủ trưởng các đơn vị thuộc Bộ', 'Bộ Tài chính']);
    expect(items('Thủ trưởng các đơn vị thuộc Bộ Công an, Bộ trưởng Bộ Quốc phòng chịu trách nhiệm')).toEqual([
      'Thủ trưởng các đơn vị thuộc Bộ Công an',
      'Bộ trưởng Bộ Quốc phòng',
    ]);
    expect(items('Bộ Xây dựng, Bộ Quốc phòng chủ trì')).toEqual(['Bộ Xây dựng', 'Bộ Quốc phòng']);
  });

  it('gives the partner group its role and the second ministry none of its own (Thông báo, Văn phòng Chính phủ)', () => {
    const text = [
      'THÔNG BÁO',
      '',
      '2. Đối với dự án:',
      '',
      '(1) Bộ Y tế chỉ đạo Ban Quản lý dự án, các đơn vị liên quan phối hợp chặt chẽ với các cơ quan liên quan thuộc Bộ Xây dựng, Bộ Quốc phòng chỉ đạo các nhà thầu tập trung tối đa nguồn lực, khẩn trương hoàn thiện hồ sơ thiết kế phòng cháy, chữa cháy.',
    ].join('\n');
    const pairs = extractDocument(text, { fileName: 'excerpt.txt' }).assignments.map((a) => `${a.role} ${a.body}`);
    expect(pairs).toContain('COORDINATE các cơ quan liên quan thuộc Bộ Xây dựng, Bộ Quốc phòng');
    expect(pairs.filter((p) => p.endsWith(' Bộ Quốc phòng') && !p.includes('thuộc'))).toEqual([]);
  });
});
