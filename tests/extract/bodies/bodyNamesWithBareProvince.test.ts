/**
 * A body named by a province written bare after its head ("Báo Hải Phòng", "Đài Phát thanh - Truyền hình Quảng
 * Nam", "Trường Đại học Nam Định"): the province is read whole. Word by word, "Phòng" is a head that ended the name
 * and "Nam" folds to the verb "nắm", so the name was cut inside the province ("Truyền hình Quảng") and the clause
 * lost its duty. Realistic members of a provincial plan's partner column; "Quảng Nam", "Hà Nam", "Nam Định" are in
 * 4 documents of the open collection, after "tỉnh" there.
 */
import { describe, expect, it } from 'vitest';
import { parseBodyListAt } from '../../../src/extract/bodies';
import { tokenize } from '../../../src/extract/vocabulary';

const items = (text: string) => parseBodyListAt(tokenize(text), 0)?.items.map((i) => i.raw) ?? [];

describe('a province written bare in a body\'s name', () => {
  it('is read whole, though one of its words is a head or a verb without marks', () => {
    expect(items('Báo Quảng Nam, Đài Phát thanh - Truyền hình Quảng Nam phối hợp')).toEqual(['Báo Quảng Nam', 'Đài Phát thanh - Truyền hình Quảng Nam']);
    expect(items('Báo Hải Phòng phối hợp')).toEqual(['Báo Hải Phòng']);
    expect(items('Trường Đại học Nam Định, Sở Y tế Hà Nam thực hiện')).toEqual(['Trường Đại học Nam Định', 'Sở Y tế Hà Nam']);
  });

  it('still ends at a verb after the province', () => {
    expect(items('Sở Y tế Hà Nội phối hợp')).toEqual(['Sở Y tế Hà Nội']);
  });
});
