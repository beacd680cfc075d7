/**
 * A body named with its place after it, before its duty (issue 8, twenty-first pass, theme A). "Hằng năm, Sở Nội vụ
 * thành phố Hà Nội ban hành văn bản hướng dẫn, đôn đốc ..." is a Hà Nội regulation on awards (a development file whose
 * gold gives the Sở SUPERVISE): the parser stopped before "thành phố Hà Nội", and the clause had no subject. A place
 * taken after "của" ("... của thành phố Hà Nội có trách nhiệm") is read the same way.
 */
import { describe, expect, it } from 'vitest';
import { roleBodies as roles } from '../../support/assignmentPairs';

describe('a place after a subject', () => {
  it('belongs to the subject when the duty follows it', () => {
    const text = [
      'Điều 12. Tổ chức thực hiện',
      '',
      '4. Hằng năm, Sở Nội vụ thành phố Hà Nội ban hành văn bản hướng dẫn, đôn đốc các cấp, các ngành, các đơn vị tổ chức thực hiện Quy chế này.',
    ].join('\n');
    expect(roles(text)).toContain('SUPERVISE Sở Nội vụ thành phố Hà Nội');
  });

  it('is read after "của" too', () => {
    const text = [
      'Điều 12. Tổ chức thực hiện',
      '',
      '3. Các cơ quan báo chí của thành phố Hà Nội có trách nhiệm phát hiện, giới thiệu tới các cơ quan liên quan để xem xét.',
    ].join('\n');
    expect(roles(text)).toContain('LEAD các cơ quan báo chí của thành phố Hà Nội');
  });

  it('is read alike for a subject and for the object of "Đề nghị" (one reader serves both)', () => {
    // A city's plan: "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam các cấp Thành phố phối hợp tuyên truyền, vận động và
    // giám sát ..."; a province writes its level in lower case, and a clause may open with the group itself. The
    // group of every level ends with the place it serves, whichever way the duty reaches it.
    const duty = 'phối hợp tuyên truyền, vận động và giám sát việc thực hiện Kế hoạch.';
    for (const place of ['Thành phố', 'tỉnh']) {
      const group = `Ủy ban Mặt trận Tổ quốc Việt Nam các cấp ${place}`;
      const want = [`COORDINATE ${group}`, `SUPERVISE ${group}`];
      const read = (line: string) => roles(['Điều 12. Tổ chức thực hiện', '', line].join('\n'));
      expect(read(`3. Đề nghị ${group} ${duty}`), place).toEqual(want);
      expect(read(`3. ${group} ${duty}`), place).toEqual(want);
    }
  });

  it('leaves a subject without a place as it was', () => {
    const text = ['Điều 12. Tổ chức thực hiện', '', '4. Sở Nội vụ có trách nhiệm hướng dẫn thực hiện Quy chế này.'].join('\n');
    expect(roles(text)).toEqual(['LEAD Sở Nội vụ']);
  });
});
