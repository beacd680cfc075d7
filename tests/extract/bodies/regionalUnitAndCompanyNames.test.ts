/**
 * Units of a national agency's regional tier carry their region in their name ("Kho bạc Nhà nước khu vực III",
 * "Kiểm toán nhà nước khu vực V", as the real documents' recipient lists write them since the 2025
 * reorganisation, "Tổng công ty Điện lực miền Trung"): the region closes the name, so a clause naming such a unit
 * reads its duty after it. So does a company's legal form in capitals ("Công ty TNHH MTV ...").
 */
import { describe, expect, it } from 'vitest';
import { parseBodyListAt } from '../../../src/extract/bodies';
import { extractDocument } from '../../../src/extract/extractDocument';
import { tokenize } from '../../../src/extract/vocabulary';

const items = (text: string) => parseBodyListAt(tokenize(text), 0)?.items.map((i) => i.raw) ?? [];

describe('a company named with its legal form in capitals', () => {
  it('reads "TNHH", "MTV", "CP" as part of the name', () => {
    expect(items('Công ty TNHH MTV Cấp thoát nước tỉnh, Công ty CP Cấp nước Gia Lai bảo đảm')).toEqual(['Công ty TNHH MTV Cấp thoát nước tỉnh', 'Công ty CP Cấp nước Gia Lai']);
  });
});

describe('a regional unit named with its region', () => {
  it('keeps "khu vực" and its number, Roman or Arabic, in the name', () => {
    expect(items('Kho bạc Nhà nước khu vực III, Kiểm toán nhà nước khu vực V thực hiện')).toEqual(['Kho bạc Nhà nước khu vực III', 'Kiểm toán nhà nước khu vực V']);
    expect(items('Chi cục Hải quan khu vực XII và Thống kê tỉnh phối hợp')).toEqual(['Chi cục Hải quan khu vực XII', 'Thống kê tỉnh']);
    expect(items('Bảo hiểm xã hội khu vực 3 thực hiện')).toEqual(['Bảo hiểm xã hội khu vực 3']);
  });

  it('keeps a region named in words ("khu vực Nam Trung Bộ", "miền Trung")', () => {
    expect(items('Đài Khí tượng thủy văn khu vực Nam Trung Bộ, Tổng công ty Điện lực miền Trung theo dõi')).toEqual([
      'Đài Khí tượng thủy văn khu vực Nam Trung Bộ',
      'Tổng công ty Điện lực miền Trung',
    ]);
  });

  it('takes no region without its number, nor one on the next line', () => {
    expect(items('Kho bạc Nhà nước khu vực biên giới thực hiện')).toEqual(['Kho bạc Nhà nước']);
    expect(items('Kho bạc Nhà nước khu vực\nIII thực hiện')).toEqual(['Kho bạc Nhà nước']);
  });

  it('gives the unit its duty in a clause', () => {
    const text = 'ỦY BAN NHÂN DÂN\nTỈNH GIA LAI\n\nSố: 30/CĐ-UBND\n\nCÔNG ĐIỆN\n\nChủ tịch Ủy ban nhân dân tỉnh yêu cầu:\n\n1. Sở Tài chính, Kho bạc Nhà nước khu vực XV bảo đảm kinh phí khắc phục hậu quả mưa lũ.\n';
    expect(extractDocument(text, { fileName: 'x.md' }).assignments.map((a) => `${a.role} ${a.body}`)).toEqual(['LEAD Sở Tài chính', 'LEAD Kho bạc Nhà nước khu vực XV']);
  });
});
