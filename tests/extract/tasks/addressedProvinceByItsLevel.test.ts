/**
 * A national text about one province calls it by its level alone: a conclusion notice of the Government's Office
 * answering a province's proposals tells it "Tỉnh căn cứ ...", "Tỉnh xem xét ...". The province is the one the
 * title names; the gold writes that body by the place ("tỉnh Điện Biên"). A title naming no province, or several,
 * gives "Tỉnh" no place, and a provincial text's "Tỉnh" is not read so.
 */
import { describe, expect, it } from 'vitest';
import { extractFile } from '../../support/realExtraction';
import { roleBodies } from '../../support/assignmentPairs';
import { addressedPlaceOf } from '../../../src/extract/tasks/addressedPlace';

const notice = (title: string, body: string) =>
  ['VĂN PHÒNG CHÍNH PHỦ', 'Số: 640/TB-VPCP', 'Hà Nội, ngày 20 tháng 11 năm 2025', '', 'THÔNG BÁO', title, '', body].join('\n');

describe('the province a national text is about', () => {
  it('is the one province its title names', () => {
    expect(addressedPlaceOf('KẾT LUẬN CỦA PHÓ THỦ TƯỚNG TẠI BUỔI LÀM VIỆC VỚI LÃNH ĐẠO TỈNH ĐIỆN BIÊN', 'national')).toBe('tỉnh Điện Biên');
    expect(addressedPlaceOf('Kết luận tại buổi làm việc với Thành phố Đà Nẵng về tình hình sắp xếp tổ chức bộ máy', 'national')).toBe('thành phố Đà Nẵng');
    expect(addressedPlaceOf('Kết luận tại buổi làm việc với các tỉnh Gia Lai, Đắk Lắk', 'national')).toBeNull();
    expect(addressedPlaceOf('Kết luận về Chương trình mục tiêu quốc gia xây dựng nông thôn mới', 'national')).toBeNull();
    expect(addressedPlaceOf('Kế hoạch thực hiện Chỉ thị số 27/CT-TTg trên địa bàn tỉnh Nghệ An', 'Nghệ An')).toBeNull();
  });
});

describe('"Tỉnh" alone as the subject of a conclusion', () => {
  it('is the province the title names', () => {
    const text = notice('Kết luận của Phó Thủ tướng Chính phủ tại buổi làm việc với lãnh đạo tỉnh Gia Lai', [
      'Phó Thủ tướng kết luận như sau:',
      '1. Về đề nghị hỗ trợ kinh phí: Giao Bộ Tài chính chủ trì, phối hợp với các cơ quan liên quan xem xét, xử lý theo quy định.',
      '2. Về đề nghị điều chỉnh quy hoạch: Tỉnh chủ động rà soát, hoàn thiện hồ sơ, gửi Bộ Xây dựng thẩm định theo quy định.',
    ].join('\n'));
    expect(roleBodies(text)).toEqual(['LEAD Bộ Tài chính', 'COORDINATE các cơ quan liên quan', 'LEAD Tỉnh Gia Lai']);
  });

  it('is nobody where the title names no single province', () => {
    const text = notice('Kết luận của Phó Thủ tướng Chính phủ tại cuộc họp về Chương trình mục tiêu quốc gia', [
      'Phó Thủ tướng kết luận như sau:',
      '1. Về đề nghị điều chỉnh quy hoạch: Tỉnh chủ động rà soát, hoàn thiện hồ sơ.',
    ].join('\n'));
    expect(roleBodies(text)).toEqual([]);
  });

  it('in a real notice: Kết luận of a Deputy Prime Minister with the leaders of Điện Biên', async () => {
    const x = await extractFile('tests/fixtures/gold-real/docs/296e373d796986f4.md');
    const province = x.assignments.filter((a) => a.body === 'Tỉnh Điện Biên').map((a) => `${a.section} ${a.role}`);
    // "2. Về việc hỗ trợ 20 xe ô tô ...: Tỉnh căn cứ các quy định hiện hành ...", "7. Về dự án ...: Tỉnh thực hiện
    // theo chỉ đạo ...".
    expect(province).toEqual(['II.2 LEAD', 'II.7 LEAD']);
  });
});
