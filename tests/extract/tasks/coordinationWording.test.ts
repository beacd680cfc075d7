/**
 * How "phối hợp" is written decides who coordinates: "phối hợp, hướng dẫn Bộ Y tế, Ban Quản lý dự án và các nhà
 * thầu" names the bodies coordinated with and guided (COORDINATE, as after "phối hợp với"); "các chương trình phối
 * hợp, kế hoạch phối hợp liên ngành" are kinds of programmes, no duty to coordinate. "có trách nhiệm phối hợp với X
 * và Y" is the duty, its partners named (not the noun "trách nhiệm phối hợp"); "phối hợp Văn phòng UBND tỉnh" names the
 * office ("Văn" is no OCR-damaged "với"); "phối hợp cùng X" names X as "phối hợp với X" does; "phối hợp với cơ quan chủ
 * trì" names a role, no body. Excerpts: a Government
 * office's notice on a hospital project (2025), the Quy chế of the Ban Chỉ đạo Nhà nước về Du lịch (2025), a city's
 * Quy chế on the notarial database (Hải Phòng, 2025), a province's decision on internal procedures (Bắc Ninh, 2025),
 * a city's plan (2025), a province's plan for the marine economy (Đồng Tháp, 2025).
 */
import { describe, expect, it } from 'vitest';
import { assignmentPairs as pairs } from '../../support/assignmentPairs';

describe('the wording of coordination', () => {
  it('makes the bodies after "phối hợp, hướng dẫn" partners', () => {
    const text = [
      'THÔNG BÁO',
      '',
      '1. Kết luận',
      '',
      '(3) Bộ Công an tiếp tục chủ động phối hợp, hướng dẫn Bộ Y tế, Ban Quản lý dự án và các nhà thầu để thực hiện hiệu quả các phương án, giải pháp đã được thống nhất.',
    ].join('\n');
    expect(pairs(text)).toEqual(expect.arrayContaining(['COORDINATE Bộ Công an', 'COORDINATE Bộ Y tế', 'COORDINATE Ban Quản lý dự án', 'COORDINATE các nhà thầu']));
  });

  it('reads "phối hợp, hướng dẫn" on its folded form, as OCR and old typing write it ("huớng dẫn")', () => {
    const text = [
      'THÔNG BÁO',
      '',
      '1. Kết luận',
      '',
      '(3) Bộ Công an tiếp tục chủ động phối hợp, huớng dẫn Bộ Y tế, Ban Quản lý dự án và các nhà thầu để thực hiện hiệu quả các phương án, giải pháp đã được thống nhất.',
    ].join('\n');
    expect(pairs(text)).toEqual(expect.arrayContaining(['COORDINATE Bộ Y tế', 'COORDINATE Ban Quản lý dự án']));
  });

  it('reads "chương trình phối hợp" as a programme, not a duty to coordinate', () => {
    const text = [
      'QUY CHẾ',
      '',
      '**Điều 1. Trách nhiệm của các Ủy viên Ban Chỉ đạo**',
      '',
      '1. Tham gia đầy đủ các cuộc họp và chương trình công tác của Ban Chỉ đạo.',
      '',
      '2. Xây dựng và chỉ đạo tổ chức các chương trình phối hợp, kế hoạch phối hợp liên ngành tạo điều kiện cho du lịch phát triển.',
    ].join('\n');
    const found = pairs(text);
    expect(found).toContain('LEAD Các Ủy viên Ban Chỉ đạo');
    expect(found.filter((p) => p.startsWith('COORDINATE'))).toEqual([]);
  });

  it('names the partners of "có trách nhiệm phối hợp với X và Y"', () => {
    const text = [
      'QUY CHẾ',
      '',
      'Điều 1. Kết nối, chia sẻ dữ liệu',
      '',
      '1. Sở Tư pháp có trách nhiệm phối hợp với Sở Khoa học và Công nghệ và các cơ quan, đơn vị có liên quan thực hiện việc kết nối, chia sẻ Cơ sở dữ liệu theo quy định của pháp luật.',
    ].join('\n');
    expect(pairs(text)).toEqual(expect.arrayContaining(['COORDINATE Sở Khoa học và Công nghệ', 'COORDINATE các cơ quan, đơn vị có liên quan']));
  });

  it('reads "phối hợp Văn phòng UBND tỉnh (...)" as the office, its unit in brackets left to it', () => {
    const text = [
      'QUYẾT ĐỊNH',
      '',
      '**Điều 1. **Công bố kèm theo Quyết định này danh mục thủ tục hành chính.',
      '',
      '**Điều 2. **Sở Dân tộc và Tôn giáo có trách nhiệm',
      'phối hợp Văn phòng UBND tỉnh (Trung tâm Thông tin tỉnh) công khai Quyết định',
      'này trên Cổng Thông tin điện tử tỉnh.',
    ].join('\n');
    const found = pairs(text);
    expect(found).toEqual(expect.arrayContaining(['COORDINATE Sở Dân tộc và Tôn giáo', 'COORDINATE Văn phòng Ủy ban nhân dân tỉnh']));
    expect(found.filter((p) => /Phòng Ủy ban|Trung tâm/.test(p))).toEqual([]);
  });

  it('gives "cơ quan chủ trì" after "phối hợp với" no role: it names a role, not a body', () => {
    const text = [
      'KẾ HOẠCH',
      '',
      'IV. TỔ CHỨC THỰC HIỆN',
      '',
      '1. Các cơ quan, đơn vị được giao chủ trì có trách nhiệm hoàn thành nhiệm vụ được phân công, các cơ quan phối hợp có trách nhiệm phối hợp với cơ quan chủ trì thực hiện các nhiệm vụ được giao theo Kế hoạch này.',
    ].join('\n');
    expect(pairs(text).filter((p) => /COORDINATE cơ quan( chủ trì)?$/.test(p))).toEqual([]);
  });
  it('names the partners of "phối hợp cùng X" as of "phối hợp với X"', () => {
    // A province's plan for the marine economy, its closing section.
    const text = [
      'KẾ HOẠCH',
      '',
      '**VI. TỔ CHỨC THỰC HIỆN**',
      '',
      '2. Các sở, ban, ngành tỉnh',
      'có liên quan tới việc thực hiện Kế hoạch này có trách nhiệm thường xuyên phối hợp',
      'cùng các cơ quan chuyên môn thuộc các bộ, ngành Trung ương trong việc hỗ trợ vốn,',
      'khoa học và công nghệ, đào tạo phát triển nguồn nhân lực để sớm hoàn thành các',
      'công trình, dự án phát triển kinh tế biển trên địa bàn tỉnh.',
    ].join('\n');
    expect(pairs(text)).toContain('COORDINATE các cơ quan chuyên môn thuộc các bộ, ngành Trung ương');
  });
});
