/**
 * A ministry's unit named by two fields, the second of which is also a body's name (issue 8, eighteenth pass, theme
 * B): "Cục Tiền lương và Bảo hiểm xã hội" (a Bộ Nội vụ decision, November 2025) is one department, not "Cục Tiền
 * lương" and "Bảo hiểm xã hội". Only a field written as a field is (sentence case, nothing placing it after it)
 * joins: "Bảo hiểm xã hội tỉnh", "Kho bạc Nhà nước" and a unit of known fields ("Cục Thuế và ...") stay two bodies.
 */
import { describe, expect, it } from 'vitest';
import { parseBodyListAt } from '../../src/extract/bodies';
import { tokenize } from '../../src/extract/vocabulary';

const items = (text: string) => parseBodyListAt(tokenize(text), 0)?.items.map((i) => i.raw) ?? [];

describe('a ministry unit whose second field names a body', () => {
  it('keeps the field in the unit\'s name', () => {
    expect(items('Cục Tiền lương và Bảo hiểm xã hội chủ trì, phối hợp với các cơ quan liên quan')).toEqual(['Cục Tiền lương và Bảo hiểm xã hội']);
    expect(items('Cục Tiền lương và Bảo hiểm xã hội, Vụ Pháp chế')).toEqual(['Cục Tiền lương và Bảo hiểm xã hội', 'Vụ Pháp chế']);
  });

  it('leaves a placed body, a proper name and a unit of known fields apart', () => {
    expect(items('Cục Tiền lương và Bảo hiểm xã hội tỉnh phối hợp')).toEqual(['Cục Tiền lương', 'Bảo hiểm xã hội tỉnh']);
    expect(items('Cục Quản lý giá và Kho bạc Nhà nước phối hợp')).toEqual(['Cục Quản lý giá', 'Kho bạc Nhà nước']);
    expect(items('Cục Thuế và Bảo hiểm xã hội phối hợp')).toEqual(['Cục Thuế', 'Bảo hiểm xã hội']);
  });
});
