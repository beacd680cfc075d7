/**
 * A period fronted before a clause's subject (issue 8, twentieth pass, theme A): "Định kỳ 06 tháng các cơ quan có
 * liên quan báo cáo ..." (a Đồng Nai plan, a development file the gold gives LEAD), "Định kỳ 06 (sáu) tháng hoặc đột
 * xuất, Văn phòng UBND tỉnh báo cáo ..." (a provincial regulation on voters' petitions, unannotated): the subject
 * after the period acts, with or without a comma, as it does without the period. A period that is the adverb of a
 * duty with no subject ("định kỳ tham mưu Ban Thường vụ Tỉnh ủy, Tỉnh ủy sơ kết ...", an OCR sample) names no
 * subject after its comma.
 */
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/extract/extractDocument';

const leads = (text: string) =>
  extractDocument(text, { fileName: 'excerpt.md' })
    .assignments.filter((a) => a.role === 'LEAD')
    .map((a) => a.body);

describe('a subject after a fronted period', () => {
  it('acts without a comma after the period', () => {
    const text = [
      'VI. TỔ CHỨC THỰC HIỆN',
      '',
      'Yêu cầu các sở, ban, ngành, đoàn thể tỉnh; UBND các phường, xã; các đơn vị liên quan căn cứ nhiệm vụ được phân công triển khai thực hiện tốt Kế hoạch này. Định kỳ 06 tháng các cơ quan có liên quan báo cáo kết quả thực hiện gửi về Sở Khoa học Công nghệ để tổng hợp báo cáo UBND tỉnh.',
    ].join('\n');
    expect(leads(text)).toContain('các cơ quan có liên quan');
  });

  it('acts after a longer period closed by its comma', () => {
    const text = [
      'Điều 18. Chế độ báo cáo',
      '',
      '2. Định kỳ 06 (sáu) tháng hoặc đột xuất, Văn phòng UBND tỉnh báo cáo UBND tỉnh, Chủ tịch UBND tỉnh tình hình, kết quả giải quyết kiến nghị cử tri của các Sở, ban, ngành, địa phương.',
    ].join('\n');
    expect(leads(text)).toEqual(['Văn phòng Ủy ban nhân dân tỉnh']);
  });

  it('is no subject when the period is the adverb of a duty', () => {
    const text = [
      '3. Ban cán sự đảng Ủy ban nhân dân tỉnh chỉ đạo Ủy ban nhân dân tỉnh:',
      '- Chỉ đạo việc tổ chức thực hiện Nghị quyết; thường xuyên theo dõi, kiểm tra, giám sát thực hiện Nghị quyết; định kỳ tham mưu Ban Thường vụ Tỉnh ủy, Tỉnh ủy sơ kết, tổng kết việc thực hiện.',
    ].join('\n');
    expect(leads(text)).not.toContain('Tỉnh ủy');
  });
});
