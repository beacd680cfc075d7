/**
 * Standing duties in charters and regulations: an article whose first sentence names a body and announces its
 * duties ("Ủy ban kiểm tra các cấp có nhiệm vụ :", "Đơn vị tư vấn ... có nhiệm vụ:"), and clauses opened by a kind
 * of standing body ("Chi bộ lãnh đạo ...", "Ban thường vụ lãnh đạo và kiểm tra, giám sát ..."). Excerpts: Điều lệ
 * Đảng (2011), as exported with each article's label alone on its line; Văn bản hợp nhất 94/VBHN-BQP of the Ministry
 * of Defence (November 2025).
 */
import { describe, expect, it } from 'vitest';
import { assignmentPairs as pairs } from '../../support/assignmentPairs';

const CHARTER = [
  '**ĐIỀU LỆ ĐẢNG**',
  '',
  '**Điều 20.**',
  '1. Hội nghị tỉnh uỷ, thành uỷ, huyện uỷ, quận uỷ, thị uỷ bầu ban thường vụ; bầu bí thư và phó bí thư trong số uỷ viên thường vụ; bầu uỷ ban kiểm tra.',
  '3. Ban thường vụ lãnh đạo và kiểm tra, giám sát việc thực hiện nghị quyết của đại hội đại biểu, nghị quyết, chỉ thị của cấp uỷ cùng cấp và cấp trên; quyết định những vấn đề về chủ trương, tổ chức, cán bộ.',
  '4. Thường trực cấp uỷ gồm bí thư, các phó bí thư, chỉ đạo kiểm tra thực hiện nghị quyết, chỉ thị của cấp uỷ, của ban thường vụ và cấp uỷ cấp trên; giải quyết công việc hằng ngày của đảng bộ.',
  '**Điều 22.**',
  '4. Đảng uỷ, chi uỷ cơ sở họp thường lệ mỗi tháng một lần; họp bất thường khi cần.',
  '**Điều 23. **',
  'Tổ chức cơ sở đảng có nhiệm vụ :',
  '1. Chấp hành đường lối, chính sách của Đảng, pháp luật của Nhà nước; đề ra chủ trương, nhiệm vụ chính trị của đảng bộ, chi bộ và lãnh đạo thực hiện có hiệu quả.',
  '5. Kiểm tra, giám sát việc thực hiện, bảo đảm các nghị quyết, chỉ thị của Đảng và pháp luật của Nhà nước được chấp hành nghiêm chỉnh.',
  '**Điều 24.**',
  '2. Chi bộ lãnh đạo thực hiện nhiệm vụ chính trị của đơn vị; giáo dục, quản lý và phân công công tác cho đảng viên; kiểm tra, giám sát thi hành kỷ luật đảng viên; thu, nộp đảng phí. Chi bộ, chi uỷ họp thường lệ mỗi tháng một lần.',
  '4. Chi bộ có dưới chín đảng viên chính thức, bầu bí thư chi bộ; nếu cần, bầu phó bí thư.',
  '**Điều 32. **',
  'Uỷ ban kiểm tra các cấp có nhiệm vụ :',
  '1. Kiểm tra đảng viên, kể cả cấp uỷ viên cùng cấp khi có dấu hiệu vi phạm tiêu chuẩn đảng viên, tiêu chuẩn cấp uỷ viên và trong việc thực hiện nhiệm vụ đảng viên.',
  '5. Giải quyết tố cáo đối với tổ chức đảng và đảng viên; giải quyết khiếu nại về kỷ luật Đảng.',
].join('\n');

describe('standing duties of charters and regulations', () => {
  it('gives the body an article\'s first sentence names its announced points, after a label alone on its line', () => {
    const found = pairs(CHARTER);
    expect(found).toContain('LEAD Ủy ban kiểm tra các cấp');
    expect(found).toContain('SUPERVISE Ủy ban kiểm tra các cấp');
    expect(found).toContain('LEAD Tổ chức cơ sở đảng');
    expect(found).toContain('SUPERVISE Tổ chức cơ sở đảng');
  });

  it('reads a kind of standing body opening a clause as its subject, not its meetings or elections', () => {
    const found = pairs(CHARTER);
    expect(found).toContain('LEAD Ban thường vụ');
    expect(found).toContain('SUPERVISE Ban thường vụ');
    expect(found).toContain('LEAD Chi bộ');
    expect(found).toContain('SUPERVISE Chi bộ');
    // Its members in apposition ("gồm bí thư, các phó bí thư,"), then its duty.
    expect(found).toContain('LEAD Thường trực cấp ủy');
    expect(found).toContain('SUPERVISE Thường trực cấp ủy');
    // "Đảng uỷ, chi uỷ cơ sở họp thường lệ", "Hội nghị tỉnh uỷ ... bầu ban thường vụ": rules of meetings and elections.
    expect(found.filter((p) => /đảng ủy|chi ủy|hội nghị/i.test(p))).toEqual([]);
  });

  it('reads leading the oversight work ("lãnh đạo công tác kiểm tra việc chấp hành ...") as supervising', () => {
    const text = [
      '**ĐIỀU LỆ ĐẢNG**',
      '',
      '**Điều 42. **',
      '3. Đảng đoàn lãnh đạo, thuyết phục các thành viên trong tổ chức thực hiện đường lối, chính sách của Đảng; liên hệ mật thiết với nhân dân; đề xuất với cấp uỷ về phương hướng, nhiệm vụ, tổ chức, cán bộ và quyết định theo thẩm quyền; lãnh đạo công tác kiểm tra việc chấp hành đường lối, chính sách của Đảng.',
    ].join('\n');
    const found = pairs(text);
    expect(found).toContain('LEAD Đảng đoàn');
    expect(found).toContain('SUPERVISE Đảng đoàn');
  });

  it('reads an article headed "Trách nhiệm <body>" without "của" as that body\'s points', () => {
    // Quy chế on voters' petitions of a province (November 2025), unannotated.
    const text = [
      '**QUY CHẾ**',
      '',
      '**Điều 14. Trách nhiệm các',
      'phòng, ban, đơn vị thuộc UBND cấp xã**',
      '',
      '1. Chịu trách nhiệm trước UBND, Chủ tịch UBND cấp',
      'xã về việc giải quyết, trả lời kiến nghị của cử tri, thực hiện chế độ thông',
      'tin, báo cáo đảm bảo theo quy định.',
      '',
      '5. Phối hợp, theo dõi, đôn đốc các cơ quan phối hợp',
      'việc giải quyết kiến nghị thuộc ngành, lĩnh vực mình.',
      '',
      '**Điều 15. Trách nhiệm thi hành**',
      '',
      '1. Tổng hợp, đánh giá kết quả giải quyết kiến nghị cử tri.',
    ].join('\n');
    const found = pairs(text);
    expect(found).toContain('LEAD các phòng, ban, đơn vị thuộc Ủy ban nhân dân cấp xã');
    expect(found).toContain('SUPERVISE các phòng, ban, đơn vị thuộc Ủy ban nhân dân cấp xã');
    // "Trách nhiệm thi hành" names no body.
    expect(found.filter((p) => /thi hành/i.test(p))).toEqual([]);
  });

  it('reads "X có nhiệm vụ:" in a regulation like "X có trách nhiệm:"', () => {
    const text = [
      '**THÔNG TƯ**',
      '',
      '**Điều 7. Lập dự án, hạng mục, nhiệm vụ điều tra, khảo sát, rà phá bom mìn vật nổ**',
      '',
      '1. Lập dự án, nhiệm vụ điều tra, khảo sát, rà phá bom mìn vật nổ sau chiến tranh sử dụng nguồn vốn ngân sách nhà nước',
      '',
      'b) Chủ đầu tư lựa chọn đơn vị tư vấn, điều tra, khảo sát theo quy định tại Điều 17 Nghị định 18/2019/NĐ-CP. Đơn vị tư vấn, điều tra,',
      'khảo sát bom mìn vật nổ có nhiệm vụ:',
      '',
      '- Điều tra, khảo sát bom mìn vật nổ;',
    ].join('\n');
    expect(pairs(text)).toContain('LEAD Đơn vị tư vấn, điều tra, khảo sát bom mìn vật nổ');
  });
});

describe('a level after a kind of standing body', () => {
  // "cùng cấp" folds to the verb "cung cấp": only the level written with its marks is part of the name, the verb is
  // the duty. (Written in the charter's style: the open collection has "cấp uỷ cùng cấp" but no kind followed by
  // "cung cấp".)
  const text = [
    '**QUY ĐỊNH**',
    '',
    '**Điều 5.**',
    '2. Chi bộ cung cấp đầy đủ thông tin về đảng viên cho cấp ủy cấp trên khi có yêu cầu.',
    '3. Ủy ban kiểm tra cùng cấp kiểm tra, giám sát việc thực hiện quy định này.',
  ].join('\n');

  it('reads "cung cấp" after the kind as its duty, "cùng cấp" as its level', () => {
    expect(pairs(text)).toEqual(['LEAD Chi bộ', 'SUPERVISE Ủy ban kiểm tra cùng cấp']);
  });
});
