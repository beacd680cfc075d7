/**
 * A fronted purpose before an item's subject ("1. Để nâng cao ..., các Sở, ngành, ... triển khai thực hiện những nội
 * dung sau:") is read on the folded words, so an "Để" whose mark OCR lost or changed ("Dể", "Đế") still leaves the
 * subject the owner of the points; "Đề" (written with its grave accent) fronts nothing. Excerpt: a directive on
 * investment projects (Đắk Lắk, 2025), its opening word damaged as OCR damages it.
 */
import { describe, expect, it } from 'vitest';
import { assignmentPairs } from '../../support/assignmentPairs';

function directive(opening: string): string[] {
  const text = [
    'CHỈ THỊ',
    '',
    'II. NHIỆM VỤ',
    '',
    `1. ${opening} nâng cao hiệu lực, hiệu quả quản lý nhà nước về đầu tư, tăng cường công tác đánh giá, kiểm tra và giám sát các dự án đầu tư, các Sở, ngành, UBND cấp xã và các đơn vị có liên quan theo chức năng, nhiệm vụ, thẩm quyền quy định triển khai thực hiện những nội dung sau:`,
    '',
    'a) Thực hiện đầy đủ, nghiêm túc các quy định của pháp luật về đầu tư, doanh nghiệp, đất đai trong quá trình thẩm định và quản lý các dự án đầu tư.',
    '',
    'b) Tham gia kiểm tra, khảo sát vị trí đầu tư xây dựng; tham gia công tác giám sát, đánh giá đầu tư hoặc kiểm tra định kỳ hay đột xuất dự án đầu tư theo quy định.',
  ].join('\n');
  return assignmentPairs(text);
}

const OWNED_POINTS = ['SUPERVISE các sở, ngành', 'SUPERVISE Ủy ban nhân dân cấp xã', 'SUPERVISE các đơn vị có liên quan'];

describe('a fronted purpose whose "Để" OCR damaged', () => {
  it('gives the subject after "Dể ..., " or "Đế ..., " the points it announces, as after "Để"', () => {
    for (const opening of ['Để', 'Dể', 'Đế', 'ĐỂ']) expect(directive(opening)).toEqual(expect.arrayContaining(OWNED_POINTS));
  });

  it('reads "Để" written as such as a purpose whatever follows ("Để thi hành", "Để cập nhật"), though "Đề thi", "Đề cập" are nouns', () => {
    for (const opening of ['Để thi hành Luật Đầu tư và', 'Để cập nhật kịp thời và']) expect(directive(opening)).toEqual(expect.arrayContaining(OWNED_POINTS));
  });

  it('reads no fronted purpose in "Đề", whose grave accent makes it another word', () => {
    expect(directive('Đề').filter((p) => p.startsWith('SUPERVISE'))).toEqual([]);
  });
});
