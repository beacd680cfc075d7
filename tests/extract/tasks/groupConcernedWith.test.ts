/**
 * A group named by what it is concerned with (issue 8, seventeenth pass, theme A): "Các sở, ban, ngành tỉnh có liên
 * quan tới việc thực hiện Kế hoạch này có trách nhiệm ..." has its responsibility after the concern ("tới / đến
 * ..."), and the gold names the group "Các sở, ban, ngành tỉnh có liên quan". Sentence as the Đồng Tháp plan on the
 * marine economy writes it (a development file).
 */
import { describe, expect, it } from 'vitest';
import { roleBodies } from '../../support/assignmentPairs';

function assigned(clause: string): string[] {
  const text = `ỦY BAN NHÂN DÂN\nTỈNH ĐỒNG THÁP\n\nSố: 20/KH-UBND\n\nKẾ HOẠCH\n\nĐiều 1. Phạm vi.\n\n${clause}\n`;
  return roleBodies(text);
}

describe('a group "có liên quan tới ..."', () => {
  it('takes the responsibility after its concern', () => {
    expect(
      assigned(
        'VI. TỔ CHỨC THỰC HIỆN\n\n2. Các sở, ban, ngành tỉnh\ncó liên quan tới việc thực hiện Kế hoạch này có trách nhiệm thường xuyên phối hợp\ncùng các cơ quan chuyên môn thuộc các bộ, ngành Trung ương trong việc hỗ trợ vốn.',
      ),
    ).toContain('COORDINATE các sở, ban, ngành tỉnh có liên quan');
  });

  it('not past punctuation or a name of its own', () => {
    expect(assigned('VI. TỔ CHỨC THỰC HIỆN\n\n2. Các sở, ban, ngành tỉnh có liên quan tới việc thực hiện Kế hoạch này. Sở Tài chính có trách nhiệm bố trí kinh phí.')).toEqual([
      'LEAD Sở Tài chính',
    ]);
  });
});
