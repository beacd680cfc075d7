/**
 * A numbered or lettered item whose subject is a body ("1. Sở Dân tộc và Tôn giáo có trách nhiệm chủ trì, ...") reads
 * the same wherever its first line breaks: DOCX exports wrap lines at about 80 characters, inside names too ("2. Sở
 * Giáo dục" / "và Đào tạo chủ trì, ...", "6. Sở Tài" / "chính phối hợp ..." in a city's plan). A heading that names a
 * body alone on its line ("**1. Sở Y tế**", "2. Sở Tư pháp" above its points) stays a title.
 * Excerpts: a province's decision on ethnic affairs, a province's regulation on official e-mail, a city's regulation
 * on low-emission zones, a city's disaster-prevention plan, a city's population plan, a province's digital economy
 * plan; all of the open collection.
 */
import { describe, expect, it } from 'vitest';
import { sectionRoleBodies as roles } from '../../support/assignmentPairs';

interface Item {
  /** The lines before the item (its article, the items above it). */
  before: string[];
  /** The item's label, its subject (a body's name on one line in the document) and the rest of its first line. */
  label: string;
  name: string;
  rest: string;
  /** The lines after its first line. */
  after: string[];
}

const ITEMS: Item[] = [
  {
    before: ['**Điều 3. Hiệu lực thi hành**', 'Quyết định này có hiệu lực thi hành kể từ ngày ký.', '**Điều 4. Tổ chức thực hiện**'],
    label: '1.',
    name: 'Sở Dân tộc và Tôn giáo',
    rest: 'có trách nhiệm chủ trì,',
    after: [
      'phối hợp với các cơ quan, đơn vị liên quan tổ chức triển khai thực hiện Quyết định',
      'này.',
      '2. Chánh Văn phòng Ủy ban nhân dân tỉnh; Giám đốc',
      'các Sở: Dân tộc và Tôn giáo, Nội vụ và các sở, ban, ngành; Chủ tịch Ủy ban nhân',
      'dân các xã, phường, đặc khu; Thủ trưởng các cơ quan, đơn vị có liên quan chịu',
      'trách nhiệm thi hành Quyết định này./.',
    ],
  },
  {
    before: ['**Điều 14. Tổ chức thực hiện**', ''],
    label: '1.',
    name: 'Sở Khoa học và Công nghệ',
    rest: 'chủ',
    after: [
      'trì tổ chức triển khai, hướng dẫn thực hiện Quy chế này; theo dõi, kiểm tra định',
      'kỳ báo cáo Ủy ban nhân dân tỉnh tình hình triển khai của các cơ quan, đơn vị.',
      '',
      '2. Sở Tài chính căn cứ Luật',
      'ngân sách nhà nước và các quy định của pháp luật có liên quan tham mưu Ủy ban',
      'nhân dân tỉnh bố trí kinh phí thực hiện Quy chế này.',
    ],
  },
  {
    before: ['**Điều 5. Lập đề án vùng phát thải thấp**', '', '3. Cơ quan lập đề án vùng phát thải thấp, bao gồm:', ''],
    label: 'a)',
    name: 'Sở Nông nghiệp và Môi trường',
    rest: 'chủ trì, phối hợp với',
    after: [
      'Sở Xây dựng và UBND cấp xã lập đề án vùng phát thải thấp đối với các khu vực',
      'trong phạm vi từ đường Vành đai 3 trở vào;',
      '',
      'b) Ủy ban nhân dân cấp xã tổ chức lập đề án vùng',
      'phát thải thấp đối với khu vực thuộc địa bàn cấp xã quản lý.',
    ],
  },
  {
    before: ['**III. TỔ CHỨC THỰC HIỆN**', '', '1. Sở Nông nghiệp và Môi trường chủ trì, phối hợp với Sở Tài', 'chính tham mưu Ủy ban nhân dân Thành phố bố trí kinh phí.', ''],
    label: '2.',
    name: 'Sở Giáo dục và Đào tạo',
    rest: 'chủ trì, phối hợp với Sở Nông nghiệp và Môi trường, Ủy ban nhân dân',
    after: [
      'các phường, xã, đặc khu:',
      '',
      '- Xây dựng chương trình đào tạo',
      'và tổ chức tập huấn cho đội ngũ giảng viên, giáo viên kiến thức về phòng chống',
      'và giảm nhẹ rủi ro thiên tai;',
    ],
  },
];

/** The item's text with its first line broken after the name's `k`-th word (the rest goes on the next line). */
function wrappedAfter(item: Item, k: number): string {
  const words = item.name.split(' ');
  const first = `${item.label} ${words.slice(0, k).join(' ')}`;
  const second = [...words.slice(k), item.rest].join(' ');
  return [...item.before, first, second, ...item.after].join('\n');
}

describe('an item whose subject\'s name is cut by the line break', () => {
  for (const item of ITEMS) {
    it(`reads "${item.label} ${item.name} ${item.rest}" the same at every break inside the name`, () => {
      const words = item.name.split(' ');
      const whole = roles(wrappedAfter(item, words.length));
      // Guard against a vacuous comparison: the unwrapped item gives its body a duty.
      expect(whole.some((p) => p.endsWith(` ${item.name}`))).toBe(true);
      for (let k = 1; k < words.length; k++) expect(roles(wrappedAfter(item, k)), `break after word ${k}`).toEqual(whole);
    });
  }

  it('reads a title that names a body the same at every break inside the name', () => {
    const plan = (k: number) => {
      const words = 'Sở Nông nghiệp và Môi trường'.split(' ');
      const title = k < words.length ? [`**3. ${words.slice(0, k).join(' ')}`, `${words.slice(k).join(' ')}**`] : [`**3. ${words.join(' ')}**`];
      return [
        '**VI. TỔ CHỨC THỰC HIỆN**',
        '',
        '**1. Sở Tài chính**',
        '',
        'Chủ trì tham mưu bố trí kinh phí thực hiện Kế hoạch.',
        '',
        ...title,
        '',
        'Chủ trì triển khai các nhiệm vụ: Xây dựng cơ chế và',
        'triển khai thử nghiệm có kiểm soát cho công nghệ, sản phẩm, dịch vụ và mô hình',
        'kinh doanh mới thuộc phạm vi quản lý của Sở: Sàn giao dịch tín chỉ carbon; triển',
        'khai các chương trình chuyển đổi số, phát triển kinh tế số và xã hội số trong',
        'lĩnh vực nông nghiệp và môi trường của Kế hoạch.',
      ].join('\n');
    };
    const whole = roles(plan(5));
    expect(whole).toContain('VI.3 LEAD Sở Nông nghiệp và Môi trường');
    for (let k = 1; k < 5; k++) expect(roles(plan(k)), `break after word ${k}`).toEqual(whole);
  });

  it('keeps a heading that names a body alone on its line a title over its points', () => {
    const points = ['**Điều 6. Trách nhiệm thi hành**', '1. Sở Nội vụ chủ trì theo dõi việc thực hiện Quy định này.', '2. Sở Tư pháp', 'a) Chủ trì kiểm tra việc thực hiện Quy định này;', 'b) Hướng dẫn các xã, phường rà soát hồ sơ.'].join('\n');
    expect(roles(points).filter((p) => p.includes('Tư pháp'))).toEqual(['Điều 6.2 LEAD Sở Tư pháp', 'Điều 6.2 SUPERVISE Sở Tư pháp']);
    const plan = ['**IV. TỔ CHỨC THỰC HIỆN**', '', '**1. Sở Y tế**', '', 'Chủ trì phối hợp với các sở,', 'ban, ngành liên quan tổ chức, triển khai thực hiện, theo dõi, đôn đốc, kiểm', 'tra, giám sát việc thực hiện Kế hoạch này.'].join('\n');
    expect(roles(plan)).toContain('IV.1 LEAD Sở Y tế');
  });
});
