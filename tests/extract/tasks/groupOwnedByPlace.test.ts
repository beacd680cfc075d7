/**
 * A group owned by a named city or province ("các đơn vị trực thuộc thành phố Hà Nội", "đơn vị sự nghiệp công lập
 * thuộc tỉnh Nam Định", "các cơ quan liên quan của thành phố Huế") keeps the place's name in its own: the name is the
 * owner's, and "và các ..." after it opens the next body of the list. When only "thành phố" was read as the owner,
 * "Hà Nội và các cơ quan, đơn vị liên quan" was left between the list and its predicate and the whole clause gave
 * nothing. Excerpts: the Quy chế of a city award
 * (Hà Nội, 2025), a decision on electronic documents citing the rules of Nam Định (Ninh Bình, 2025), a plan for an
 * emulation movement (2025), the Cục Thuế's letter to Thuế thành phố Huế (2025).
 */
import { describe, expect, it } from 'vitest';
import { assignmentPairs as pairs } from '../../support/assignmentPairs';
import { parseBodyListAt } from '../../../src/extract/bodies';
import { tokenize } from '../../../src/extract/matching/tokens';

describe('a group owned by a named place', () => {
  it('reads the list on past the city, to the bodies after "và" (Quy chế, Hà Nội)', () => {
    const text = [
      'QUY CHẾ',
      '',
      'Điều 12. Tổ chức thực hiện',
      '',
      '1. Ủy ban Mặt trận Tổ quốc Việt Nam thành phố Hà Nội; các sở, ban, ngành; Ủy ban nhân dân các xã, phường; các đơn vị trực thuộc thành phố Hà Nội và các cơ quan, đơn vị liên quan có trách nhiệm tổ chức triển khai thực hiện nghiêm túc Quy chế này.',
    ].join('\n');
    expect(pairs(text)).toEqual(
      expect.arrayContaining(['LEAD các sở, ban, ngành', 'LEAD Ủy ban nhân dân các xã, phường', 'LEAD các đơn vị trực thuộc thành phố Hà Nội', 'LEAD các cơ quan, đơn vị liên quan']),
    );
  });

  it('names the owner with its province ("thuộc tỉnh Nam Định"), and leaves a bare "thuộc tỉnh" as it was', () => {
    const named = tokenize('các cơ quan hành chính Nhà nước, đơn vị sự nghiệp công lập thuộc tỉnh Nam Định.');
    expect(parseBodyListAt(named, 0)?.items.at(-1)?.raw).toBe('đơn vị sự nghiệp công lập thuộc tỉnh Nam Định');
    const city = tokenize('các cơ quan liên quan của thành phố Huế báo cáo Ủy ban nhân dân thành phố Huế chỉ đạo thực hiện');
    expect(parseBodyListAt(city, 0)?.items.map((p) => p.raw)).toEqual(['các cơ quan liên quan của thành phố Huế']);
    const bare = tokenize('các xã, phường và đơn vị thuộc tỉnh tổ chức triển khai thực hiện tốt phong trào thi đua');
    expect(parseBodyListAt(bare, 0)?.items.map((p) => p.raw)).toEqual(['các xã, phường và đơn vị thuộc tỉnh']);
  });
});
