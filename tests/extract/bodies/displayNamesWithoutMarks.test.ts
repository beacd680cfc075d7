/**
 * Display names read from a text that lost its marks: an official's title spelt exactly is that title ("Bi thu" is
 * "Bí thư", which the name drops, not an OCR-damaged "Bộ"), and a province's name after its level or its party
 * committee is restored even where its first word reads as a function word ("Da Nang": "đã").
 */
import { describe, expect, it } from 'vitest';
import { canonicalName } from '../../../src/extract/bodies';
import { roleBodies as roles } from '../../support/assignmentPairs';

describe('a name without its marks', () => {
  it('reads an official\'s title as the title', () => {
    expect(canonicalName('Bi thu Tinh uy Quang Tri')).toBe('Bí thư Tỉnh ủy Quảng Trị');
    expect(canonicalName('B6 Noi vu')).toBe('Bộ Nội vụ');
  });

  it('restores a province after its level or its party committee', () => {
    expect(canonicalName('Thanh uy Da Nang')).toBe('Thành ủy Đà Nẵng');
    expect(canonicalName('Uy ban nhan dan thanh pho Da Nang')).toBe('Ủy ban nhân dân thành phố Đà Nẵng');
  });

  it('reads a capitalized word of a name as the name\'s, not as the preposition it folds like', () => {
    // "tại" (at) and "từ" (from) fold like "Tài" and "Tư": written capitalized inside a name they are its words.
    expect(canonicalName('So Tai chinh')).toBe('Sở Tài chính');
    expect(canonicalName('So Tu phap tinh Nghe An')).toBe('Sở Tư pháp tỉnh Nghệ An');
    expect(canonicalName('cac co quan tai dia phuong')).toBe('các cơ quan tai địa phương');
  });

  it('gives a telegram\'s party committees their places', () => {
    const text = ['Thu tuong Chinh phu yeu cau:', '', '1. Bi thu Tinh uy, Thanh uy, Chu tich Uy ban nhan dan cac tinh, thanh pho: Quang Tri, Da Nang chi dao ung pho.'].join('\n');
    expect(roles(text)).toEqual(['LEAD Tỉnh ủy Quảng Trị', 'LEAD Thành ủy Đà Nẵng', 'LEAD Ủy ban nhân dân tỉnh Quảng Trị', 'LEAD Ủy ban nhân dân Thành phố Đà Nẵng']);
  });
});
