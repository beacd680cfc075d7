/**
 * A body's name holds a noun one of whose words alone is a verb (issue 8, twenty-second pass, theme D): units named
 * after the works they run ("Công ty TNHH Một thành viên Khai thác công trình thủy lợi", a province's irrigation
 * company; "Ban Quản lý dự án đầu tư xây dựng công trình giao thông", a province's project board) were cut at
 * "trình" (submit) or stopped by "giao" (assign). A city's decision on irrigation services closes so; the nouns are
 * data (`verbNouns` in bodyVocabulary.json), the verbs still end a name where they are verbs. The closing list is the
 * passage tests/extract/tasks/wrappedClosingList.test.ts reads for its wrapped lines: no other document of the shared
 * real set changes without `verbNouns`.
 */
import { describe, expect, it } from 'vitest';
import { parseBodyListAt } from '../../../src/extract/bodies';
import { roleBodies as bodies } from '../../support/assignmentPairs';
import { tokenize } from '../../../src/extract/vocabulary';

const items = (text: string) => parseBodyListAt(tokenize(text), 0)?.items.map((i) => i.raw) ?? [];

describe('a noun holding a verb word inside a body name', () => {
  it('goes on with the name in a closing list', () => {
    const text = [
      'Điều 3. Tổ chức thực hiện',
      '',
      '2. Chánh Văn phòng Ủy ban nhân dân thành phố; Giám',
      'đốc các Sở: Nông nghiệp và Môi trường, Tài chính; Chủ tịch Ủy ban nhân dân các',
      'xã, phường, đặc khu; Chủ tịch, Tổng Giám đốc các Công ty TNHH Một thành viên',
      'Khai thác công trình thủy lợi; Thủ trưởng các ngành, đơn vị có liên quan chịu',
      'trách nhiệm thi hành Quyết định này./.',
    ].join('\n');
    expect(bodies(text)).toContain('LEAD các Công ty TNHH Một thành viên Khai thác công trình thủy lợi');
  });

  it('goes on with the name of a subject, and "giao thông" stops no closing list', () => {
    expect(items('Ban Quản lý dự án đầu tư xây dựng công trình giao thông tỉnh chủ trì')).toEqual(['Ban Quản lý dự án đầu tư xây dựng công trình giao thông tỉnh']);
    const text = [
      'Điều 3. Tổ chức thực hiện',
      '',
      'Chánh Văn phòng Ủy ban nhân dân tỉnh; Giám đốc Ban Quản lý dự án đầu tư xây dựng công trình giao thông tỉnh; Thủ trưởng các đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này./.',
    ].join('\n');
    expect(bodies(text)).toEqual(['LEAD Văn phòng Ủy ban nhân dân tỉnh', 'LEAD Ban Quản lý dự án đầu tư xây dựng công trình giao thông tỉnh', 'LEAD các đơn vị có liên quan']);
  });

  it('leaves the verb a verb where no noun holds it', () => {
    expect(items('Sở Tài chính trình Ủy ban nhân dân tỉnh')).toEqual(['Sở Tài chính']);
  });
});
