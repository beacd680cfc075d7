/**
 * A tax or customs office's reply to a company ("Trả lời công văn số ... của Công ty ...", "Cục Thuế nhận được văn
 * bản số ... của Công ty ...") tells the company which rules to study: guidance to the party that asked, no duty
 * given to a body (the gold's convention for tax letters to a company). Excerpts: Công văn of the Cục Hải quan on
 * customs procedures for outward processing and of the Cục Thuế on VAT (November 2025); a provincial emulation plan
 * (2025) whose closing still gives the enterprises their part.
 */
import { describe, expect, it } from 'vitest';
import { assignmentPairs as pairs } from '../../support/assignmentPairs';

describe('the private addressee of a reply letter', () => {
  it('gives the company told to study the rules no assignment', () => {
    const text = [
      'Trả lời công văn số 1025-CVHQ',
      'ngày 10/10/2025 của Công ty TNHH Sunrise Apparel Việt Nam về việc thủ tục hải quan, Cục Hải quan có ý kiến như sau:',
      '1. Về thủ tục hải quan: đề nghị',
      'Công ty nghiên cứu quy định tại Điều 67 Thông tư số 38/2015/TT-BTC ngày',
      '25/3/2015 của Bộ Tài chính.',
      'Đề nghị Công ty nghiên cứu các',
      'văn bản dẫn trên để thực hiện đúng quy định.',
      'Cục Hải quan trả lời để Công ty',
      'biết./.',
    ].join('\n');
    expect(pairs(text)).toEqual([]);
  });

  it('reads a reply opening "nhận được văn bản ... của Công ty" alike', () => {
    const text = [
      '**Kính gửi: **Công ty TNHH CORNERSTONE VINA.',
      'Cục Thuế nhận được văn',
      'bản số 01/CV-CS ngày 10/09/2025 của Công ty TNHH Cornerstone VINA về chính sách',
      'thuế GTGT. Về vấn đề này, Cục Thuế có ý kiến như sau:',
      'Đề nghị Công ty căn cứ',
      'quy định tại các văn bản quy phạm pháp luật, nghiên cứu ý kiến Cục Thống kê và',
      'tình hình thực tế của đơn vị để thực hiện theo quy định.',
    ].join('\n');
    expect(pairs(text)).toEqual([]);
  });

  it('still gives enterprises their part outside a reply', () => {
    const text = [
      'KẾ HOẠCH',
      '',
      'VI. TỔ CHỨC THỰC HIỆN',
      '',
      'Trên đây là kế hoạch tổ chức phong trào thi đua thực hiện thành công cuộc bầu cử; các cơ quan, đơn vị,',
      'địa phương, doanh nghiệp nghiêm túc tổ chức, triển khai thực hiện./.',
    ].join('\n');
    expect(pairs(text)).toContain('LEAD Doanh nghiệp');
  });
});
