/**
 * "Tham mưu UBND Thành phố theo dõi, kiểm tra, đôn đốc các sở ... triển khai", "giúp Bộ trưởng tổng hợp, theo dõi, đôn
 * đốc các tổ chức, đơn vị thuộc bộ thực hiện ...", "Tham mưu Ủy ban nhân dân tỉnh phối hợp các bộ, ngành Trung ương
 * ...": the body advised or helped directs or coordinates, so the bodies pressed or coordinated with there get
 * nothing, nor does the adviser coordinate (the gold of a city's plan, a decree on ministries' units, a province's
 * plan); a body that presses others itself still gives them the duty. One reader (`advisedVerbAt`) serves direction
 * and coordination. Excerpts: a city's plan (Hồ Chí Minh, 2025), a Government decree on ministries' organisation
 * (2025), a province's plan on the marine economy (Đồng Tháp, 2025).
 */
import { describe, expect, it } from 'vitest';
import { assignmentPairs as pairs } from '../../support/assignmentPairs';

describe('direction the subject only advises', () => {
  it('gives the bodies pressed after "tham mưu <body> ... đôn đốc" nothing, the adviser its own roles', () => {
    const text = [
      'KẾ HOẠCH',
      '',
      '**IV. TỔ CHỨC THỰC HIỆN**',
      '',
      '1. Sở Nội vụ chịu trách nhiệm về việc báo cáo, đề nghị ban hành và nội dung Kế hoạch này. Tham mưu Ủy ban nhân dân Thành phố theo dõi, kiểm tra, đôn đốc các sở, ban, ngành và Ủy ban nhân dân phường, xã, đặc khu triển khai thực hiện nhiệm vụ được nêu trong Kế hoạch.',
    ].join('\n');
    const found = pairs(text);
    expect(found).toContain('LEAD Sở Nội vụ');
    expect(found).toContain('SUPERVISE Sở Nội vụ');
    expect(found.filter((p) => /sở, ban, ngành|phường, xã/.test(p))).toEqual([]);
  });

  it('gives the bodies pressed after "giúp Bộ trưởng ... đôn đốc" nothing', () => {
    const text = [
      'NGHỊ ĐỊNH',
      '',
      '**Điều 7. Văn phòng thuộc bộ**',
      '',
      '1. Văn phòng là tổ chức thuộc bộ, thực hiện chức năng tham mưu tổng hợp về chương trình, kế hoạch công tác và phục vụ các hoạt động của bộ; giúp Bộ trưởng tổng hợp, theo dõi, đôn đốc các tổ chức, đơn vị thuộc bộ thực hiện chương trình, kế hoạch công tác của bộ.',
    ].join('\n');
    expect(pairs(text).filter((p) => p.includes('tổ chức, đơn vị thuộc bộ'))).toEqual([]);
  });

  it('still gives the duty to the bodies a subject presses itself', () => {
    const text = [
      'KẾ HOẠCH',
      '',
      '**IV. TỔ CHỨC THỰC HIỆN**',
      '',
      '1. Sở Nội vụ theo dõi, kiểm tra, đôn đốc các sở, ban, ngành triển khai thực hiện nhiệm vụ được nêu trong Kế hoạch.',
    ].join('\n');
    expect(pairs(text)).toContain('LEAD các sở, ban, ngành');
  });

  it('gives the adviser no coordination and the advised body\'s partners nothing after "tham mưu <body> phối hợp"', () => {
    const text = [
      'KẾ HOẠCH',
      '',
      '**IV. TỔ CHỨC THỰC HIỆN**',
      '',
      '**1. Sở Nông nghiệp và Môi trường**',
      '',
      '- Chủ trì, theo dõi, kiểm tra, đôn đốc việc thực hiện các nhiệm vụ đã đề ra của Kế hoạch này.',
      '',
      '**4. Sở Xây dựng**',
      '',
      '- Chủ trì, phối hợp với các sở, ngành, địa phương có liên quan tham mưu đề xuất Ủy ban nhân dân tỉnh chỉ đạo việc tổ chức thực hiện các chính sách, nhiệm vụ về phát triển kết cấu hạ tầng giao thông vùng ven biển, cảng biển, vận tải biển.',
      '',
      '- Tham mưu Ủy ban nhân dân tỉnh phối hợp các bộ, ngành Trung ương xây dựng các dự án, các chương trình, nhiệm vụ phát triển giao thông theo đúng tinh thần Nghị quyết số 48/NQ-CP.',
    ].join('\n');
    const found = pairs(text);
    expect(found).toContain('LEAD Sở Xây dựng');
    expect(found).not.toContain('COORDINATE Sở Xây dựng');
    expect(found.filter((p) => /bộ, ngành Trung ương/.test(p))).toEqual([]);
  });
});

describe('the bodies advised, written as a list', () => {
  // A Quy chế on voters' recommendations (Nghệ An, 2025): after a fronted time limit, the office advises the UBND and
  // its chairman; the chairman after the comma acts only as the one advised, no subject of a clause of his own.
  const regulation = [
    'ỦY BAN NHÂN DÂN TỈNH NGHỆ AN',
    '',
    '**Điều 6. Trách nhiệm của Văn phòng UBND tỉnh**',
    '',
    `5. Đối với kiến nghị thuộc thẩm quyền giải quyết của
UBND tỉnh, Chủ tịch UBND tỉnh mà đã được giải quyết xong nhưng cử tri vẫn tiếp
tục kiến nghị thì Văn phòng UBND tỉnh chủ trì, phối hợp với cơ quan, đơn vị
liên quan rà soát, tổng hợp. Trong thời hạn 10 ngày làm việc, kể từ ngày nhận
được kiến nghị phải tham mưu cho UBND tỉnh, Chủ tịch UBND tỉnh có văn bản thông
báo kèm theo văn bản đã thông báo kết quả giải quyết trước đó đến cử tri.`,
  ].join('\n');

  it('gives the chairman named after the advised UBND, before the act, no duty', () => {
    const found = pairs(regulation);
    expect(found).toContain('LEAD Văn phòng Ủy ban nhân dân tỉnh');
    expect(found).not.toContain('LEAD Ủy ban nhân dân tỉnh');
  });
});
