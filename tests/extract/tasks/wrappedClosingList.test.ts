/**
 * A closing article whose list wraps at a line ending in a name, the next line opening with a capital ("2. Chánh
 * Văn phòng ...; Chủ tịch, Tổng Giám đốc các Công ty TNHH Một thành viên" / "Khai thác công trình thủy lợi; ...
 * chịu trách nhiệm thi hành Quyết định này./."): the first line is the start of the sentence, not a title, so
 * every body it lists carries the decision out. A heading of its own ("Điều 3. Trách nhiệm thi hành") stays one.
 * Excerpt: a city UBND's decision on irrigation services (November 2025), the one document of the shared real set
 * whose pairs change without this rule; tests/extract/bodies/bodyNamesHoldNounsOfVerbWords.test.ts reads the same passage
 * for another rule (a company's name holding "công trình"), likewise the only one there. The list may also open on the
 * line of the article's effect sentence ("... kể từ ngày ký, ban hành. Chánh Văn phòng Ủy ban nhân dân tỉnh;" / "Thủ
 * trưởng các sở, ...; ... chịu trách nhiệm thi hành Quyết định này./."): a province's TTHC decision (2025).
 */
import { describe, expect, it } from 'vitest';
import { assignmentPairs as pairs } from '../../support/assignmentPairs';

describe('a closing article wrapped after a name', () => {
  it('gives every listed body LEAD when its first line ends inside a name', () => {
    const text = [
      'Điều 4. Điều khoản thi hành',
      '1. Quyết định này có hiệu lực kể từ ngày 17 tháng',
      '11 năm 2025.',
      '2. Chánh Văn phòng Ủy ban nhân dân thành phố; Giám',
      'đốc các Sở: Nông nghiệp và Môi trường, Tài chính; Chủ tịch Ủy ban nhân dân các',
      'xã, phường, đặc khu; Chủ tịch, Tổng Giám đốc các Công ty TNHH Một thành viên',
      'Khai thác công trình thủy lợi; Thủ trưởng các ngành, đơn vị có liên quan chịu',
      'trách nhiệm thi hành Quyết định này./.',
    ].join('\n');
    const got = pairs(text);
    for (const body of ['Văn phòng Ủy ban nhân dân thành phố', 'Sở Nông nghiệp và Môi trường', 'Sở Tài chính', 'Ủy ban nhân dân các xã, phường, đặc khu', 'các ngành, đơn vị có liên quan']) {
      expect(got).toContain(`LEAD ${body}`);
    }
  });

  it('keeps a heading of its own above the list', () => {
    const text = [
      'Điều 3. Trách nhiệm thi hành',
      'Chánh Văn phòng Ủy ban nhân dân',
      'thành phố; Giám đốc các Sở; Chủ tịch Ủy ban nhân dân các phường, xã và Thủ trưởng',
      'các cơ quan, tổ chức, đơn vị có liên quan chịu trách nhiệm',
      'thi hành Quyết định này./.',
    ].join('\n');
    expect(pairs(text)).toContain('LEAD Văn phòng Ủy ban nhân dân thành phố');
  });
});

describe('a closing list that opens after the effect sentence on its line', () => {
  // Quyết định 1973/QĐ-UBND (Hưng Yên), Điều 3, as exported (lines wrapped inside sentences).
  it('gives the body before the line\'s ";" the list\'s duty too', () => {
    const text = [
      '**Điều 3. **Quyết định này',
      'có hiệu lực thi hành kể từ ngày ký, ban hành. Chánh Văn phòng Ủy ban nhân dân tỉnh;',
      'Thủ trưởng các sở, ban, ngành tỉnh; Chủ tịch Ủy ban nhân dân các xã, phường và',
      'các tổ chức, cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này./.',
    ].join('\n');
    const got = pairs(text);
    for (const body of ['Văn phòng Ủy ban nhân dân tỉnh', 'các sở, ban, ngành tỉnh', 'Ủy ban nhân dân các xã, phường', 'các tổ chức, cá nhân có liên quan']) {
      expect(got).toContain(`LEAD ${body}`);
    }
  });
});
