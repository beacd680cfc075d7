/**
 * Functions regulations ("Quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Tư pháp"; a decree on
 * those of every "bộ"): the article "Nhiệm vụ và quyền hạn" lists the regulated body's duties without a subject.
 * That body leads them, supervises where a point is itself theo dõi / đôn đốc / kiểm tra, and its partners
 * coordinate; the body itself never coordinates in its own list. Excerpts: Quyết định 2979/QĐ-UBND of Hà Tĩnh
 * (functions of the Sở Tư pháp), Nghị định 303/2025/NĐ-CP (November 2025).
 */
import { describe, expect, it } from 'vitest';
import { assignmentPairs as pairs } from '../../support/assignmentPairs';

const SO_TU_PHAP = [
  '**QUY ĐỊNH**',
  'CHỨC NĂNG, NHIỆM VỤ, QUYỀN HẠN VÀ CƠ CẤU TỔ CHỨC CỦA SỞ TƯ',
  'PHÁP',
  '',
  '**Điều 1. Vị',
  'trí và chức năng**',
  '',
  '1. Sở Tư pháp là cơ quan chuyên',
  'môn thuộc Ủy ban nhân dân tỉnh; thực hiện chức năng tham mưu Ủy ban nhân dân tỉnh',
  'quản lý nhà nước về công tác xây dựng pháp luật.',
  '',
  '2. Sở Tư pháp có tư cách pháp',
  'nhân, có con dấu và tài khoản riêng; chịu sự chỉ đạo, quản lý về tổ chức, biên',
  'chế của Ủy ban nhân dân tỉnh theo thẩm quyền.',
  '',
  '**Điều 2.',
  'Nhiệm vụ và quyền hạn**',
  '',
  '1. Về xây dựng',
  'pháp luật',
  '',
  '1.3. Tham mưu Ủy ban nhân dân tỉnh',
  'quản lý công tác xây dựng pháp luật tại địa phương và thực hiện các nhiệm vụ sau:',
  '',
  'b) Chủ trì, phối hợp với Văn',
  'phòng Ủy ban nhân dân tỉnh, các cơ quan, tổ chức có liên quan lập và trình Chủ',
  'tịch Ủy ban nhân dân tỉnh ban hành danh mục quyết định của Ủy ban nhân dân tỉnh;',
  '',
  'd) Theo dõi, đôn đốc, kiểm tra',
  'việc soạn thảo văn bản quy định chi tiết văn bản quy phạm pháp luật tại địa',
  'phương;',
  '',
  '4. Về bổ trợ tư pháp',
  '',
  'đ) Thực hiện quản lý nhà nước về công chứng; phối hợp với các cơ quan liên quan để theo dõi, kiểm tra,',
  'rà soát đội ngũ công chứng viên;',
  '',
  'c) Cung cấp thông tin về việc cấp, cấp lại, thu hồi Chứng chỉ hành nghề luật sư; đề nghị Đoàn',
  'Luật sư cung cấp thông tin về tổ chức và hoạt động của luật sư, yêu cầu tổ chức',
  'hành nghề luật sư báo cáo về tổ chức và hoạt động khi cần thiết;',
  '',
  '**Điều 3. Cơ cấu tổ chức**',
  '',
  '1. Lãnh đạo Sở gồm Giám đốc và không quá 03 Phó Giám đốc.',
  '',
  '2. Các đơn vị sự nghiệp công',
  'lập trực thuộc:',
  '',
  'Phòng Công chứng số 1;',
  '',
  '3. Hằng năm, Sở Tư pháp xây dựng kế hoạch biên chế công chức trình Ủy ban nhân dân tỉnh.',
].join('\n');

describe('functions regulations', () => {
  it('gives the regulated body its duties article: LEAD, SUPERVISE for oversight points, partners COORDINATE', () => {
    const found = pairs(SO_TU_PHAP);
    expect(found).toContain('LEAD Sở Tư pháp');
    expect(found).toContain('SUPERVISE Sở Tư pháp');
    expect(found).toContain('COORDINATE Văn phòng Ủy ban nhân dân tỉnh');
    expect(found).toContain('COORDINATE các cơ quan, tổ chức có liên quan');
    expect(found).toContain('COORDINATE các cơ quan liên quan');
    expect(found).not.toContain('COORDINATE Sở Tư pháp');
  });

  it('gives other bodies nothing in the duties and structure articles, the regulated body its own structure duty', () => {
    const found = pairs(SO_TU_PHAP);
    expect(found.filter((p) => / (Đoàn Luật sư|các đơn vị sự nghiệp công lập trực thuộc)$/.test(p))).toEqual([]);
    expect(found).toContain('LEAD Sở Tư pháp');
  });

  it('reads the duties article of a named body inside a decree on another subject, naming the body once', () => {
    const text = [
      'NGHỊ ĐỊNH',
      'Quy định về tuyển dụng, sử dụng và quản lý công chức',
      '',
      '**Điều 65. Nhiệm vụ, quyền hạn của Bộ Nội vụ**',
      '',
      'Bộ Nội vụ chịu trách nhiệm trước Chính phủ thực hiện chức năng quản lý nhà nước về công chức, có nhiệm vụ, quyền hạn sau đây:',
      '',
      '1. Xây dựng dự án luật, pháp lệnh, Nghị quyết về công chức để Chính phủ trình Quốc hội.',
      '',
      '7. Kiểm tra, giám sát việc thực hiện các quy định của pháp luật về công chức.',
    ].join('\n');
    const found = pairs(text);
    expect(found).toContain('LEAD Bộ Nội vụ');
    expect(found).toContain('SUPERVISE Bộ Nội vụ');
    expect(found.some((p) => p.includes('Bộ Nội vụ Bộ Nội vụ'))).toBe(false);
  });

  it('reads "Nhiệm vụ, quyền hạn của bộ" in a decree for every ministry as the group of ministries', () => {
    const text = [
      'NGHỊ ĐỊNH',
      'QUY ĐỊNH CHỨC NĂNG, NHIỆM VỤ, QUYỀN HẠN VÀ CƠ CẤU TỔ CHỨC CỦA BỘ, CƠ QUAN NGANG BỘ',
      '',
      '**Điều 4. Nhiệm vụ, quyền hạn của bộ**',
      '',
      '1. Trình Chính phủ dự án luật, dự thảo nghị quyết của Quốc hội theo chương trình xây dựng pháp luật.',
      '',
      '5. Hướng dẫn và kiểm tra, phối hợp với các cơ quan liên quan thực hiện nhiệm vụ công tác thuộc ngành,',
      'lĩnh vực được phân công.',
    ].join('\n');
    const found = pairs(text);
    expect(found).toContain('LEAD các bộ');
    expect(found).toContain('SUPERVISE các bộ');
    expect(found).toContain('COORDINATE các cơ quan liên quan');
    expect(found).not.toContain('COORDINATE các bộ');
  });

  it('gives nothing to a "Nhiệm vụ và quyền hạn" article outside a functions regulation', () => {
    const text = [
      'QUY CHẾ',
      'HOẠT ĐỘNG CỦA TỔ CÔNG TÁC',
      '',
      '**Điều 3. Nhiệm vụ và quyền hạn**',
      '',
      '1. Theo dõi, đôn đốc, kiểm tra việc thực hiện các nhiệm vụ được giao.',
    ].join('\n');
    expect(pairs(text)).toEqual([]);
  });
});
