/**
 * Articles that define a text's scope ("Điều 2. Đối tượng áp dụng", "Phạm vi điều chỉnh") list who is
 * concerned; they assign nothing, at any level below them: an item that names bodies as a heading does ("2. Các
 * đảng ủy xã, phường ...") does not end the scope. (Ending it there was tried: on 1,267 snapshot documents it
 * changed only this article, giving the listed đảng ủy a duty the text does not give.) Excerpt: a Hà Nội Party
 * regulation on supporting Party organizations in private enterprises (November 2025).
 */
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../src/extract/extractDocument';

describe('scope and definition articles', () => {
  const text = [
    'QUY ĐỊNH',
    '',
    '**Điều 2. Đối tượng áp dụng**',
    '1. Đảng ủy các cơ quan Đảng Thành phố, Đảng ủy Ủy',
    'ban nhân dân Thành phố, Đảng ủy các trường Đại học và Cao đẳng Hà Nội.',
    '2. Các đảng ủy xã, phường thuộc Đảng bộ thành phố',
    'Hà Nội.',
    '',
    '**Điều 3. Tổ chức thực hiện**',
    '1. Ban Tổ chức Thành ủy chủ trì, phối hợp với Văn phòng Thành ủy hướng dẫn, kiểm tra việc thực hiện Quy định này.',
  ].join('\n');

  it('gives the bodies an "Đối tượng áp dụng" article lists no role', () => {
    const x = extractDocument(text, { fileName: 'excerpt.md' });
    expect(x.assignments.filter((a) => a.section.startsWith('Điều 2'))).toEqual([]);
  });

  it('keeps an item that names bodies as its heading inside the scope', () => {
    const x = extractDocument(text, { fileName: 'excerpt.md' });
    expect(x.sections.find((s) => s.path === 'Điều 2.2')?.heading).toMatch(/^Các đảng ủy xã, phường thuộc Đảng bộ/);
    expect(x.assignments.filter((a) => a.section === 'Điều 2.2')).toEqual([]);
  });

  it('still reads the duties of the articles after it', () => {
    const x = extractDocument(text, { fileName: 'excerpt.md' });
    expect(x.assignments.map((a) => `${a.role} ${a.body}`)).toEqual(expect.arrayContaining(['LEAD Ban Tổ chức Thành ủy', 'COORDINATE Văn phòng Thành ủy']));
  });
});
