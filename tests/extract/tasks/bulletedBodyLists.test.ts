/**
 * Lists of bodies in the forms the genre writes them: laid out one a line with bullets, or without the colon before
 * their members. Each test takes a real excerpt of the open collection in the inline form the extractor reads and
 * rewrites it in another form (said in each test); both must give the same pairs, named with their kind. Excerpts:
 * a province's decision on its Sở Tư pháp (Hà Tĩnh, 2025), a Government's conclusions on road projects (2025).
 */
import { describe, expect, it } from 'vitest';
import { assignmentPairs as pairs } from '../../support/assignmentPairs';

/** The Hà Tĩnh decision's closing article, its list written as the tests give it. */
const closingArticle = (list: string[]) =>
  ['QUYẾT ĐỊNH', '', '**Điều 2. **Quyết định này có hiệu lực kể từ ngày 05/12/2025;', '', ...list].join('\n');

/** As the decision writes it: one paragraph, the Sở listed after "Giám đốc các Sở:". */
const INLINE_CLOSING = closingArticle([
  'Chánh Văn phòng Ủy ban nhân dân',
  'tỉnh; Giám đốc các Sở: Tư pháp, Nội vụ; Giám đốc các sở, Thủ trưởng các ban, ngành',
  'cấp tỉnh; Chủ tịch Ủy ban nhân dân các xã, phường và các tổ chức, cá nhân có',
  'liên quan chịu trách nhiệm thi hành Quyết định này./.',
]);

const CLOSING_PAIRS = [
  'LEAD Văn phòng Ủy ban nhân dân tỉnh',
  'LEAD Sở Tư pháp',
  'LEAD Sở Nội vụ',
  'LEAD các sở',
  'LEAD các ban, ngành cấp tỉnh',
  'LEAD Ủy ban nhân dân các xã, phường',
  'LEAD các tổ chức, cá nhân có liên quan',
];

/** The Government's conclusions, item d), its subject written as the tests give it. */
const conclusionItem = (subject: string[]) =>
  [
    'KẾT LUẬN',
    '',
    'III. NHIỆM VỤ TRỌNG TÂM',
    '',
    ...subject,
    'quyết liệt chỉ đạo các chủ đầu tư, nhà',
    'thầu đẩy nhanh tiến độ thi công để hoàn thành các dự án Tuyên Quang - Hà Giang,',
    'Vành đai 3 Thành phố Hồ Chí Minh, Biên Hòa - Vũng Tàu, Cao Lãnh - An Hữu theo',
    'đúng cam kết.',
  ].join('\n');

const PROVINCE_PAIRS = [
  'LEAD Ủy ban nhân dân tỉnh Tuyên Quang',
  'LEAD Ủy ban nhân dân tỉnh Đồng Nai',
  'LEAD Ủy ban nhân dân Thành phố Hồ Chí Minh',
  'LEAD Ủy ban nhân dân tỉnh Đồng Tháp',
];

describe('a list of bodies laid out as bullets or without its colon', () => {
  it('reads the inline closing list and the conclusions item as the rewritten forms must (the reference)', () => {
    expect(pairs(INLINE_CLOSING)).toEqual(CLOSING_PAIRS);
    expect(pairs(conclusionItem(['d) Ủy ban nhân dân các tỉnh, thành phố: Tuyên', 'Quang, Đồng Nai, Hồ Chí Minh, Đồng Tháp']))).toEqual(
      expect.arrayContaining(PROVINCE_PAIRS),
    );
  });

  it('gives every body of a closing list written one a bullet, the formula on the last bullet (rewritten from the inline list)', () => {
    const text = closingArticle([
      '- Chánh Văn phòng Ủy ban nhân dân tỉnh;',
      '- Giám đốc các Sở: Tư pháp, Nội vụ;',
      '- Giám đốc các sở, Thủ trưởng các ban, ngành cấp tỉnh;',
      '- Chủ tịch Ủy ban nhân dân các xã, phường và các tổ chức, cá nhân có',
      'liên quan chịu trách nhiệm thi hành Quyết định này./.',
    ]);
    expect(pairs(text)).toEqual(CLOSING_PAIRS);
  });

  it('names each Sở listed one a line after "Giám đốc các Sở:", in a paragraph or a bullet of the list (rewritten from "các Sở: Tư pháp, Nội vụ")', () => {
    const paragraph = closingArticle([
      'Chánh Văn phòng Ủy ban nhân dân',
      'tỉnh; Giám đốc các Sở:',
      '- Tư pháp;',
      '- Nội vụ;',
      'Giám đốc các sở, Thủ trưởng các ban, ngành',
      'cấp tỉnh; Chủ tịch Ủy ban nhân dân các xã, phường và các tổ chức, cá nhân có',
      'liên quan chịu trách nhiệm thi hành Quyết định này./.',
    ]);
    const bullets = closingArticle([
      '- Chánh Văn phòng Ủy ban nhân dân tỉnh;',
      '- Giám đốc các Sở:',
      '+ Tư pháp;',
      '+ Nội vụ;',
      '- Giám đốc các sở, Thủ trưởng các ban, ngành cấp tỉnh;',
      '- Chủ tịch Ủy ban nhân dân các xã, phường và các tổ chức, cá nhân có',
      'liên quan chịu trách nhiệm thi hành Quyết định này./.',
    ]);
    expect(pairs(paragraph)).toEqual(CLOSING_PAIRS);
    expect(pairs(bullets)).toEqual(CLOSING_PAIRS);
  });

  it('names each province listed one a line after "các tỉnh, thành phố:" (rewritten from the inline list)', () => {
    const text = conclusionItem(['d) Ủy ban nhân dân các tỉnh, thành phố:', '- Tuyên Quang;', '- Đồng Nai;', '- Hồ Chí Minh;', '- Đồng Tháp']);
    expect(pairs(text)).toEqual(expect.arrayContaining(PROVINCE_PAIRS));
    expect(pairs(text)).not.toContain('LEAD Ủy ban nhân dân các tỉnh, thành phố');
  });

  it('names each province of "các tỉnh, thành phố" written without the colon, two provinces at least (rewritten from the inline list)', () => {
    const text = conclusionItem(['d) Ủy ban nhân dân các tỉnh, thành phố Tuyên', 'Quang, Đồng Nai, Hồ Chí Minh, Đồng Tháp']);
    expect(pairs(text)).toEqual(expect.arrayContaining(PROVINCE_PAIRS));
    // One city alone after the kinds is the city's own name, no list: nothing is read per province.
    expect(pairs(conclusionItem(['d) Ủy ban nhân dân các tỉnh, thành phố Hà Nội']))).not.toContain('LEAD Ủy ban nhân dân Thành phố Hà Nội');
  });
});
