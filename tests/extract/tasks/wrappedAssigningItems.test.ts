/**
 * A numbered item that assigns ("3. Đề nghị Ủy ban Mặt trận ...") and whose line breaks before its sentence ends is
 * one duty, not a title over the next line: the body's name runs over the break ("Ủy ban Mặt trận" / "Tổ quốc Việt
 * Nam tỉnh", "các cấp thành phố" / "Hà Nội"). Its reading must not depend on whether the items around it are read as
 * sections (an article heading and an item "1." above it, its label on one line or wrapped after "Điều") or as plain
 * paragraphs. Excerpts: a city council's and a
 * province council's resolutions (Hà Nội, Vĩnh Long, 2025), a city's decision announcing procedures (Hồ Chí Minh).
 */
import { describe, expect, it } from 'vitest';
import { assignmentPairs, sectionRoleBodies as roles } from '../../support/assignmentPairs';

const CITY_ITEMS = [
  '2. Giao Thường trực Hội đồng nhân dân Thành phố,',
  'các Ban Hội đồng nhân dân Thành phố, các Tổ đại biểu và các đại biểu Hội đồng',
  'nhân dân Thành phố giám sát thực hiện Nghị quyết.',
  '3. Đề nghị Ủy ban Mặt trận Tổ quốc các cấp thành phố',
  'Hà Nội tham gia giám sát việc thực hiện Nghị quyết.',
  '4. Đề nghị Văn phòng Thành ủy, các cơ quan thuộc',
  'Thành ủy phối hợp tổ chức thực hiện Nghị quyết này.',
];

const CITY_ARTICLE = ['**Điều 3. Tổ chức thực hiện**', '1. Giao Ủy ban nhân dân Thành phố tổ chức thực hiện', 'Nghị quyết này.', ...CITY_ITEMS];

const FRONT = (pairs: string[]) => pairs.filter((p) => p.includes('Mặt trận'));

describe('an assigning item wrapped inside its body name', () => {
  it('keeps the whole name under an article as in plain paragraphs', () => {
    const inArticle = CITY_ARTICLE.join('\n');
    expect(FRONT(roles(inArticle))).toEqual(['Điều 3.3 SUPERVISE Ủy ban Mặt trận Tổ quốc các cấp thành phố Hà Nội']);
    expect(FRONT(assignmentPairs(inArticle))).toEqual(FRONT(assignmentPairs(CITY_ITEMS.join('\n'))));
  });

  it('keeps a name cut after its second word whole, with its partners, the article label on one line or wrapped', () => {
    const article = (label: string[]) => [
      ...label,
      '1. Giao Ủy ban nhân dân tỉnh tổ chức triển khai thực hiện Nghị quyết.',
      '2.',
      'Giao Thường trực Hội đồng nhân dân tỉnh, các',
      'Ban của Hội đồng nhân dân tỉnh, các Tổ đại biểu Hội đồng nhân dân tỉnh và đại',
      'biểu Hội đồng nhân dân tỉnh giám sát việc thực hiện Nghị quyết.',
      '3. Đề nghị Ủy ban Mặt trận',
      'Tổ quốc Việt Nam tỉnh phối hợp với Thường trực Hội đồng nhân dân tỉnh, các Ban',
      'của Hội đồng nhân dân tỉnh, các Tổ đại biểu Hội đồng nhân dân tỉnh và đại biểu',
      'Hội đồng nhân dân tỉnh giám sát việc thực hiện Nghị quyết.',
      '4. Nghị quyết có hiệu lực',
      'thi hành từ ngày 01 tháng 01 năm 2026.',
    ].join('\n');
    for (const label of [['**Điều 4. Điều khoản thi hành**'], ['**Điều', '4. Điều khoản thi hành**']]) {
      expect(FRONT(roles(article(label)))).toEqual(['Điều 4.3 COORDINATE Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh', 'Điều 4.3 SUPERVISE Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh']);
    }
  });

  it('reads the wrapped item\'s body with the verb on the next line', () => {
    const text = [
      '**Điều 2. **Tổ chức thực hiện',
      '1. Giao Sở Nông nghiệp và Môi trường',
      'rà soát, đánh giá tiêu chí để cung cấp dịch vụ công trực tuyến trong thực hiện thủ',
      'tục hành chính trên môi trường điện tử.',
      '2. Giao Trung tâm Chuyển đổi số',
      'Thành phố cấu hình thủ tục hành chính trên Hệ thống Thông tin giải quyết thủ',
      'tục hành chính Thành phố.',
    ].join('\n');
    expect(roles(text)).toContain('Điều 2.2 LEAD Trung tâm Chuyển đổi số Thành phố');
  });
});
