/**
 * A body's display name is chosen from every spelling the texts used for it by one rule (expanded, naming the
 * jurisdiction, properly marked, agreed on by most spellings), whatever order the documents came in.
 * Spellings are those of real documents (data/real, data/corpus).
 */
import { describe, expect, it } from 'vitest';
import { bodyDisplayName } from '../../src/extract/bodyDisplayName';

// Spellings the Quảng Ninh documents used for the provincial People's Committee (headers, OCR scans, task text).
const UBND_QUANG_NINH = ['Ủy ban nhân dân tỉnh', 'UBND tinh', 'UY BAN NHAN DAN TiNH QUANG NINH', 'Uy ban nhén dan tinh', 'UBND tỉnh Quảng Ninh', 'UY BAN NHAN DAN'];

describe('bodyDisplayName', () => {
  it('prefers the expanded, marked form that names the jurisdiction over an abbreviation, a capitals header or a stripped scan', () => {
    const name = bodyDisplayName({ key: 'uy ban nhan dan@Quảng Ninh', name: 'Uy ban nhan dan tinh', jurisdiction: 'Quảng Ninh', aliases: UBND_QUANG_NINH });
    expect(name).toBe('Ủy ban nhân dân tỉnh Quảng Ninh');
  });

  it('gives the same name whatever spelling was seen first', () => {
    const names = new Set(
      [0, 1, 2, 3, 4, 5].map((shift) => {
        const aliases = [...UBND_QUANG_NINH.slice(shift), ...UBND_QUANG_NINH.slice(0, shift)];
        return bodyDisplayName({ key: 'uy ban nhan dan@Quảng Ninh', name: aliases[0]!, jurisdiction: 'Quảng Ninh', aliases });
      }),
    );
    expect([...names]).toEqual(['Ủy ban nhân dân tỉnh Quảng Ninh']);
    // Nor does a stored name title-cased from a capitals header outvote the spelling the texts wrote.
    expect(bodyDisplayName({ key: 'uy ban nhan dan@Quảng Ninh', name: 'Ủy ban nhân dân Tỉnh Quảng Ninh', jurisdiction: 'Quảng Ninh', aliases: UBND_QUANG_NINH })).toBe(
      'Ủy ban nhân dân tỉnh Quảng Ninh',
    );
  });

  it('completes "... tỉnh" with the province when no spelling names it, but not "cấp tỉnh" or an OCR "tính"', () => {
    expect(bodyDisplayName({ key: 'uy ban nhan dan@Quảng Ngãi', name: 'Ủy ban nhân dân tỉnh', jurisdiction: 'Quảng Ngãi', aliases: ['Uy ban nhéan dan tinh'] })).toBe(
      'Ủy ban nhân dân tỉnh Quảng Ngãi',
    );
    expect(
      bodyDisplayName({ key: 'chu tich uy ban nhan dan cap xa@Quảng Trị', name: 'Chủ tịch Ủy ban nhân dân cấp xã', jurisdiction: 'Quảng Trị', aliases: ['Chủ tịch UBND cấp xã'] }),
    ).toBe('Chủ tịch Ủy ban nhân dân cấp xã');
    expect(bodyDisplayName({ key: 'hoi dong nhan dan@Đắk Lắk', name: 'Hội đồng nhân dân cấp tỉnh', jurisdiction: 'Đắk Lắk', aliases: ['Hội đồng nhân dân cấp tỉnh'] })).toBe(
      'Hội đồng nhân dân cấp tỉnh',
    );
  });

  it('keeps a national body as its most agreed, marked spelling, and ignores a spelling that is another body', () => {
    const name = bodyDisplayName({ key: 'bo noi vu@national', name: 'B6 Ngi vu', jurisdiction: 'national', aliases: ['B6 Ngi vu', 'Bo Noi vu', 'Bộ Nội vụ', 'BỘ NỘI VỤ', 'Thứ trưởng Bộ Nội vụ'] });
    expect(name).toBe('Bộ Nội vụ');
    expect(bodyDisplayName({ key: 'so noi vu@Quảng Ninh', name: 'Sở Nội vụ', jurisdiction: 'Quảng Ninh', aliases: ['Sở Nội vụ', 'Sở Tài chính'] })).toBe('Sở Nội vụ');
  });
});
