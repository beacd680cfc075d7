/**
 * DOCX exports wrap lines anywhere, inside a body's name too: a line break inside a sentence is a space, and a dash
 * opening the next line is the name's own dash ("Vụ Kế hoạch" / "- Tài chính"), not a bullet, when the line before
 * opens with no bullet of its own. And a group's members written after its colon may be
 * separated by ";" as by ",": a field after ";" that is no body on its own ("Xây dựng") is one more member.
 */
import { describe, expect, it } from 'vitest';
import { assignmentPairs as pairs } from '../../support/assignmentPairs';

describe('a name wrapped before its dash', () => {
  // A Ministry of Home Affairs decision on disseminating statistics (data/real), Điều 3,
  // re-wrapped so that the break falls before the dash of "Vụ Kế hoạch - Tài chính" (the export breaks after
  // "**Điều 3. **Chánh"; its bold marks are left out here: with them the wrapped list is still lost, outside the
  // body parser).
  const wrapped = [
    'Điều 3. Chánh Văn phòng Bộ, Vụ trưởng Vụ Kế hoạch',
    '- Tài chính, Thủ trưởng các cơ quan, đơn vị thuộc, trực thuộc Bộ Nội vụ và các cơ quan, tổ',
    'chức, cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này./.',
  ].join('\n');

  it('reads the list as it reads the unwrapped text', () => {
    const unwrapped = wrapped.replace('Kế hoạch\n- Tài chính', 'Kế hoạch - Tài chính');
    expect(pairs(wrapped)).toEqual(pairs(unwrapped));
    expect(pairs(wrapped)).toEqual(expect.arrayContaining(['LEAD Văn phòng Bộ', 'LEAD Vụ Kế hoạch - Tài chính']));
  });

  it('keeps a bulleted line\'s dash a bullet', () => {
    // The line before opens with its own bullet: the dash opens the next item.
    const bulleted = ['Điều 3. Trách nhiệm thi hành', '- Vụ Kế hoạch', '- Tài chính chủ trì tổng hợp báo cáo.'].join('\n');
    expect(pairs(bulleted)).not.toContain('LEAD Vụ Kế hoạch - Tài chính');
  });

  it('keeps the bullets under a labelled heading that names a body', () => {
    // A plan's duties by body (as synthetic OCR plans write them): "2. Sở Xây dựng" heads its bulleted tasks.
    const text = ['II. TỔ CHỨC THỰC HIỆN', '1. Sở Tài chính', '- Bố trí kinh phí thực hiện Kế hoạch.', '2. Sở Xây dựng', '- Đầu tư hạ tầng giao thông nông thôn, thủy lợi, nước sạch.'].join('\n');
    expect(pairs(text)).toContain('LEAD Sở Xây dựng');
    expect(pairs(text)).not.toContain('LEAD Sở Xây dựng - Đầu tư hạ tầng giao thông nông thôn');
  });
});

describe('a group\'s members separated by ";"', () => {
  // Quyết định 125/2025/QĐ-UBND (Huế), Điều 3 ("Giám đốc các Sở: Nội vụ, Tư pháp, Tài chính; Chủ tịch ..."), rewritten
  // with ";" between the members, as r34b's report found other issuers write them.
  const closing = (members: string) =>
    `Điều 3. Chánh Văn phòng Ủy ban nhân dân thành phố; Giám đốc các Sở: ${members}; Chủ tịch Ủy ban nhân dân các xã, phường; Thủ trưởng các đơn vị liên quan chịu trách nhiệm thi hành Quyết định này./.`;

  it('gives each member the group\'s duty, as with ","', () => {
    const got = pairs(closing('Nội vụ; Tư pháp; Tài chính'));
    expect(got).toEqual(pairs(closing('Nội vụ, Tư pháp, Tài chính')));
    for (const body of ['Sở Nội vụ', 'Sở Tư pháp', 'Sở Tài chính', 'Ủy ban nhân dân các xã, phường']) expect(got).toContain(`LEAD ${body}`);
  });

  it('reads the last member before the predicate', () => {
    const got = pairs('Điều 3. Chánh Văn phòng Ủy ban nhân dân thành phố; Giám đốc các Sở: Tài chính; Xây dựng; Nội vụ chịu trách nhiệm thi hành Quyết định này./.');
    for (const body of ['Sở Tài chính', 'Sở Xây dựng', 'Sở Nội vụ']) expect(got).toContain(`LEAD ${body}`);
  });

  it('ends the group at a body of its own after ";"', () => {
    // "Công an thành phố" is a body: it is no member of the departments.
    const got = pairs(closing('Nội vụ; Tư pháp; Công an thành phố'));
    expect(got).toContain('LEAD Sở Tư pháp');
    expect(got).not.toContain('LEAD Sở Công an thành phố');
  });
});
