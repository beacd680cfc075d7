/**
 * A heading that names only the subjects of a scheme ("1. Đối tượng thi đua", "2. Đối tượng nộp phí") lists who
 * takes part or pays: the bodies under it are given no duty, and its lines set no task. (A heading that joins
 * another topic, "II. ĐỐI TƯỢNG VÀ THỜI GIAN THI ĐUA", does not close the parts under it by itself; the articles
 * after such parts keep their duties: scopeArticles.test.ts.)
 * Excerpts: a Cần Thơ UBND plan launching an emulation movement and a Hà Nội HĐND resolution on visiting fees
 * (November 2025).
 */
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../src/extract/extractDocument';

describe('headings naming the subjects of a scheme', () => {
  const emulationPlan = [
    '**ỦY BAN NHÂN DÂN**',
    'THÀNH PHỐ CẦN THƠ',
    '',
    'Số: 157/KH-UBND',
    '',
    '**KẾ HOẠCH**',
    '',
    '**II. ĐỐI TƯỢNG VÀ THỜI GIAN',
    'THI ĐUA**',
    '',
    '**1. Đối tượng thi đua**',
    '',
    'a) Tập thể',
    '',
    '- Ủy ban nhân dân xã, phường',
    'trên địa bàn thành phố;',
    '',
    '- Các tổ chức, doanh nghiệp, cơ',
    'quan, đơn vị cung cấp dịch vụ chi trả không dùng tiền mặt tham gia.',
    '',
    'b) Cá nhân',
    '',
    '- Nhân viên các tổ chức cung',
    'cấp dịch vụ chi trả không dùng tiền mặt.',
    '',
    '**2. Thời gian thi đua**',
    '',
    'a) Thời gian thi đua chia thành',
    '02 đợt:',
  ].join('\n');

  it('gives the competitors an "Đối tượng thi đua" part lists no role', () => {
    const x = extractDocument(emulationPlan, { fileName: 'excerpt.md' });
    expect(x.assignments.filter((a) => a.section.startsWith('II'))).toEqual([]);
  });

  it('sets no task from the payers a fee\'s "Đối tượng nộp phí" part lists', () => {
    const text = [
      '**HỘI ĐỒNG NHÂN DÂN**',
      '**THÀNH PHỐ HÀ NỘI**',
      '',
      '**NGHỊ QUYẾT**',
      '',
      '**1. Đơn vị tổ chức thu phí:**',
      '',
      'Đơn vị trực tiếp quản lý di tích lịch sử, công',
      'trình văn hóa trên địa bàn thành phố Hà Nội (Ban quản lý hồ Hoàn Kiếm và phố cổ',
      'Hà Nội)',
      '',
      '**2. Đối tượng nộp phí:**',
      '',
      'Các tổ chức, cá nhân trong và ngoài nước tham quan',
      'di tích lịch sử, công trình văn hóa trên địa bàn thành phố Hà Nội tại Đền Bạch',
      'Mã số 76 Hàng Buồm, Đình Kim Ngân số 42-44 Hàng Bạc, Di tích số 28 Hàng Buồm,',
      'Trung tâm Giao lưu Văn hóa Phố cổ Hà Nội số 50 Đào Duy Từ.',
    ].join('\n');
    const x = extractDocument(text, { fileName: 'excerpt.md' });
    expect(x.tasks.filter((t) => t.text.includes('tham quan'))).toEqual([]);
  });
});
