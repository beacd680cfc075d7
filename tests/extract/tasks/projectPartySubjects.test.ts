/**
 * A party of a project written alone at a clause's start ("Chủ đầu tư", "Nhà đầu tư", "Nhà thầu") is the subject of
 * the duty after it, as a named body is: "(ii) Chủ đầu tư phối hợp chặt chẽ với các đơn vị liên quan hoàn thành
 * nghiệm thu ..." makes the investor and its partners COORDINATE. A kind that may be a verb or the public stays
 * out unless a responsibility follows it. Excerpt: a Government office's notice of conclusions on the Nhơn Trạch
 * 3 and 4 power plants (Đồng Nai, 2025).
 */
import { describe, expect, it } from 'vitest';
import { assignmentPairs as pairs } from '../../support/assignmentPairs';

const NOTICE = [
  'THÔNG BÁO',
  '',
  '1. Về Dự án Nhà máy điện Nhơn Trạch 3 và Nhơn Trạch 4',
  '',
  'b) Để làm tốt các nhiệm vụ sắp tới, đề nghị:',
  '',
  '(ii) Chủ đầu tư phối hợp chặt chẽ với các đơn vị liên quan hoàn thành nghiệm thu các hạng mục còn lại của Nhà máy điện Nhơn Trạch 4 trong tháng 11 năm 2025.',
  '',
  '(iii) Ủy ban nhân dân tỉnh Đồng Nai chỉ đạo đơn vị liên quan hoàn thành bàn giao mặt bằng xây dựng các móng trụ theo đúng tiến độ.',
].join('\n');

describe('a party of a project written alone', () => {
  it('is the subject of the duty after it, with the partners it coordinates with', () => {
    const found = pairs(NOTICE);
    expect(found).toEqual(expect.arrayContaining(['COORDINATE Chủ đầu tư', 'COORDINATE các đơn vị liên quan', 'LEAD Ủy ban nhân dân tỉnh Đồng Nai']));
  });

  it('leads a plain duty ("Nhà đầu tư khẩn trương rà soát ...")', () => {
    const text = ['THÔNG BÁO', '', '1. Kết luận', '', 'a) Nhà đầu tư khẩn trương rà soát, điều chỉnh lại kế hoạch, biện pháp tổ chức thi công bảo đảm thông xe kỹ thuật các dự án.'].join('\n');
    expect(pairs(text)).toContain('LEAD Nhà đầu tư');
  });

  it('leaves a bare kind that is no party of a project to its responsibility ("Cơ quan kiểm tra hồ sơ ...")', () => {
    const text = ['THÔNG BÁO', '', '1. Kết luận', '', 'a) Cơ quan kiểm tra hồ sơ trong thời hạn 05 ngày làm việc.'].join('\n');
    expect(pairs(text).filter((p) => p.includes('Cơ quan'))).toEqual([]);
  });
});
