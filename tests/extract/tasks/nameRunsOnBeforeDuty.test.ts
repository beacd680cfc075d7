/**
 * Names the parser cannot finish before the duty (tasks/nameTail.ts, tasks/groupPlace.ts): a named body whose
 * name runs on in capitalized words the vocabulary does not know ("Cảng vụ Hàng hải Quy Nhơn phối hợp ..."), and a
 * group of local bodies with its place before its duty ("Ủy ban nhân dân các tỉnh, thành phố từ Quảng Trị đến Lâm
 * Đồng chủ động ..."), an honorific before an official's title ("Đồng chí Bộ trưởng Bộ Quốc phòng") and a body
 * named by a number ("Quân khu 4"). The clause had no subject: every pair of it was lost. Clauses as provincial and
 * Prime Minister's telegrams write them.
 */
import { describe, expect, it } from 'vitest';
import { roleBodies as roles } from '../../support/assignmentPairs';

const telegram = (item: string) => ['Chủ tịch Ủy ban nhân dân tỉnh yêu cầu:', '', `1. ${item}`].join('\n');

describe('a name that runs on in unknown capitalized words', () => {
  it('is the subject when the duty follows on its line', () => {
    expect(roles(telegram('Cảng vụ Hàng hải Quy Nhơn, Chi cục Thủy sản tỉnh phối hợp kiểm đếm tàu thuyền.'))).toEqual([
      'COORDINATE Cảng vụ Hàng hải Quy Nhơn',
      'COORDINATE Chi cục Thủy sản tỉnh',
    ]);
  });

  it('takes no person\'s name, no other body and no cut known name', () => {
    expect(roles(telegram('Sở Y tế Công an tỉnh phối hợp kiểm tra.'))).toEqual(['COORDINATE Sở Y tế', 'COORDINATE Công an tỉnh']);
    expect(roles(telegram('Cảng vụ Hàng hải Quy Nhơn trên địa bàn phối hợp.'))).not.toContain('COORDINATE Cảng vụ Hàng hải Quy Nhơn trên địa bàn');
  });
});

describe('a group of local bodies with its place before its duty', () => {
  it('is the subject, named without the place', () => {
    expect(roles(telegram('Ủy ban nhân dân các tỉnh, thành phố từ Quảng Trị đến Lâm Đồng chủ động sơ tán dân.'))).toEqual(['LEAD Ủy ban nhân dân các tỉnh, thành phố']);
    expect(roles(telegram('Chủ tịch Ủy ban nhân dân các tỉnh khu vực Trung Bộ khẩn trương sơ tán dân.'))).toEqual(['LEAD Ủy ban nhân dân các tỉnh']);
  });

  it('needs a place named: lower-case words alone are the group\'s own', () => {
    expect(roles(telegram('Ủy ban nhân dân các tỉnh, thành phố từ sáng nay chủ động sơ tán dân.'))).toEqual([]);
  });
});

describe('an honorific before an official\'s title ("Đồng chí Bộ trưởng Bộ Quốc phòng")', () => {
  it('is no part of the subject\'s name', () => {
    expect(roles(telegram('Đồng chí Bộ trưởng Bộ Quốc phòng chỉ đạo các đơn vị quân đội sẵn sàng lực lượng.'))).toEqual(['LEAD Bộ Quốc phòng', 'LEAD các đơn vị quân đội']);
    expect(roles(telegram('Đồng chí Chủ tịch Ủy ban nhân dân tỉnh Quảng Trị chỉ đạo sơ tán dân.'))).toEqual(['LEAD Ủy ban nhân dân tỉnh Quảng Trị']);
  });
});

describe('a body named by a number ("Quân khu 4")', () => {
  it('keeps its number, alone or after its command', () => {
    expect(roles(telegram('Bộ Tư lệnh Quân khu 4, Quân khu 5 chủ động triển khai lực lượng.'))).toEqual(['LEAD Bộ Tư lệnh Quân khu 4', 'LEAD Quân khu 5']);
  });
});

describe('a Deputy Prime Minister named without "Chính phủ" ("Giao Phó Thủ tướng Trần Hồng Hà ...")', () => {
  it('is the office the person holds, named with the person, as with "Chính phủ"', () => {
    expect(roles(['Thủ tướng Chính phủ yêu cầu:', '', '1. Giao Phó Thủ tướng Trần Hồng Hà trực tiếp chỉ đạo công tác khắc phục hậu quả.'].join('\n'))).toEqual([
      'LEAD Phó Thủ tướng Trần Hồng Hà',
    ]);
  });
});
