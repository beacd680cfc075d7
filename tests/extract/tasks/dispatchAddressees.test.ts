/**
 * Dispatches and conclusion notices write their duties to heads of bodies named in a request sentence: "Thủ tướng
 * Chính phủ yêu cầu Chủ tịch Ủy ban nhân dân các tỉnh, thành phố nêu trên và lãnh đạo các Bộ, ngành có liên quan,
 * nhất là các Bộ: Quốc phòng, Công an ... tập trung chỉ đạo ...". "nêu trên" points back to the addressees (no part of
 * the name, the list goes on after it) and "nhất là" singles out members that are bodies of the same list. An
 * oversight duty closed by a report ("theo dõi, đôn đốc ...; kịp thời báo cáo Thủ tướng ...") also leads
 * (seventh-round decision of gold-real/README.md). One "các Bộ" written before the first field is shared by the
 * fields after it ("thông báo để các Bộ Y tế, Công an, ... biết, thực hiện"), and a body of another kind after the
 * fields goes on the list. Excerpts: Công điện 217/CĐ-TTg (2025), Thông báo 637/TB-VPCP (2025).
 */
import { describe, expect, it } from 'vitest';
import { assignmentPairs as pairs } from '../../support/assignmentPairs';

const DISPATCH = [
  '**CÔNG ĐIỆN**',
  '',
  '**THỦ TƯỚNG CHÍNH PHỦ điện:**',
  '',
  '- Chủ tịch Ủy ban nhân dân các tỉnh, thành phố: Hà Tĩnh, Quảng Trị, Huế, Đà Nẵng;',
  '',
  '- Các Bộ: Quốc phòng, Công an, Nông nghiệp và Môi trường, Xây dựng, Công Thương.',
  '',
];

describe('heads addressed in a dispatch request', () => {
  it('reads the bodies after "nêu trên" and the members "nhất là" singles out', () => {
    const text = [
      ...DISPATCH,
      'Để chủ động phòng, tránh, ứng phó, bảo đảm an toàn tính mạng cho người dân, Thủ tướng Chính phủ yêu cầu Chủ tịch Ủy ban nhân dân các tỉnh, thành phố nêu trên và lãnh đạo các Bộ, ngành có liên quan, nhất là các Bộ: Quốc phòng, Công an theo chức năng, nhiệm vụ, thẩm quyền tập trung chỉ đạo khắc phục nhanh hậu quả các đợt bão lũ vừa qua, trong đó tập trung một số nhiệm vụ cụ thể sau:',
      '',
      '1. Bộ Xây dựng chỉ đạo triển khai các giải pháp bảo đảm an toàn giao thông, hoạt động xây dựng.',
    ].join('\n');
    const found = pairs(text);
    expect(found).toContain('LEAD Ủy ban nhân dân các tỉnh, thành phố');
    expect(found).toContain('LEAD các bộ, ngành có liên quan');
    expect(found).toContain('LEAD Bộ Quốc phòng');
    expect(found).toContain('LEAD Bộ Công an');
    expect(found.some((p) => /nêu trên/.test(p))).toBe(false);
  });
});

describe('oversight closed by a report', () => {
  it('gives SUPERVISE and LEAD for "theo dõi, đôn đốc ...; kịp thời báo cáo ..."', () => {
    const text = [
      ...DISPATCH,
      '1. Bộ Xây dựng chỉ đạo triển khai các giải pháp bảo đảm an toàn giao thông, hoạt động xây dựng.',
      '',
      '2. Văn phòng Chính phủ theo dõi, đôn đốc thực hiện nghiêm túc Công điện theo chức năng, nhiệm vụ được giao; kịp thời báo cáo Thủ tướng Chính phủ và Phó Thủ tướng phụ trách lĩnh vực những vấn đề đột xuất, phát sinh./.',
    ].join('\n');
    const found = pairs(text);
    expect(found).toContain('SUPERVISE Văn phòng Chính phủ');
    expect(found).toContain('LEAD Văn phòng Chính phủ');
  });

  it('keeps SUPERVISE only where the oversight ends with a proposal ("; kịp thời đề xuất giải pháp")', () => {
    const text = [
      ...DISPATCH,
      '1. Bộ Xây dựng chỉ đạo triển khai các giải pháp bảo đảm an toàn giao thông, hoạt động xây dựng.',
      '',
      '2. Văn phòng Chính phủ theo dõi, đôn đốc thực hiện nghiêm túc Công điện theo chức năng, nhiệm vụ được giao; kịp thời đề xuất giải pháp tháo gỡ khó khăn, vướng mắc./.',
    ].join('\n');
    const found = pairs(text);
    expect(found).toContain('SUPERVISE Văn phòng Chính phủ');
    expect(found).not.toContain('LEAD Văn phòng Chính phủ');
  });
});

describe('one "các Bộ" shared by the fields after it', () => {
  it('reads each ministry of "các Bộ Y tế, Công an, ..." and the bodies after the fields', () => {
    const text = [
      '**THÔNG BÁO**',
      '',
      '**Kết luận của Phó Thủ tướng Chính phủ tại cuộc họp về tiến độ dự án**',
      '',
      '1. Ủy ban nhân dân tỉnh Ninh Bình khẩn trương hoàn thiện các hạng mục hạ tầng bên ngoài công trình dự án.',
      '',
      'Văn phòng Chính phủ thông báo để các Bộ Y tế, Công an, Xây dựng, Quốc phòng, Tài chính, Ủy ban nhân dân tỉnh Ninh Bình và các bộ, cơ quan, tổ chức, cá nhân liên quan biết, thực hiện./.',
    ].join('\n');
    const found = pairs(text);
    for (const field of ['Y tế', 'Công an', 'Xây dựng', 'Quốc phòng', 'Tài chính']) expect(found).toContain(`LEAD Bộ ${field}`);
    expect(found).toContain('LEAD các bộ, cơ quan, tổ chức, cá nhân liên quan');
    expect(found).not.toContain('LEAD Công an');
  });
});
