/**
 * A fronted phrase set between commas after the bodies, before their duty (issue 8, twenty-first pass, theme A): the
 * Standing Committee's resolutions on reorganised communes (unannotated open documents) write "Giao Chính phủ, căn
 * cứ vào Nghị quyết này và Đề án số .../ĐA-CP ..., tổ chức việc xác định ..."; the assignment had no duty. A verb
 * the opener starts ("theo dõi") is no such phrase.
 */
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../src/extract/extractDocument';

const extract = (text: string) => extractDocument(text, { fileName: 'excerpt.md' });

describe('a phrase between the bodies and their duty', () => {
  it('is passed over to the duty', () => {
    const text = [
      'Điều 3. Tổ chức thực hiện',
      '',
      '2. Giao Chính phủ, căn cứ vào Nghị quyết này và Đề án số 371/ĐA-CP ngày 09 tháng 5 năm 2025 của Chính phủ, tổ chức việc xác định chính xác diện tích tự nhiên của các đơn vị hành chính cấp xã và công bố công khai trước ngày 30 tháng 9 năm 2025.',
    ].join('\n');
    const x = extract(text);
    expect(x.assignments.map((a) => `${a.role} ${a.body} ${a.section}`)).toEqual(['LEAD Chính phủ Điều 3']);
  });

  it('is not a verb the opener starts', () => {
    const text = ['Điều 3. Tổ chức thực hiện', '', '1. Giao Sở Tài chính, theo dõi việc thực hiện.'].join('\n');
    expect(extract(text).assignments).toEqual([]);
  });
});

/**
 * A means written between the bodies and their duty, without a comma before it: "Đề nghị Ủy ban Mặt trận Tổ quốc Việt
 * Nam tỉnh và các Đoàn thể tỉnh bằng nhiều hình thức và phương pháp thích hợp, tổ chức tuyên truyền ..." (a Khánh Hòa
 * marine-economy plan, a development file whose gold gives both LEAD).
 */
describe('a means between the bodies and their duty', () => {
  it('is passed over to the duty', () => {
    const text = [
      'VI. TỔ CHỨC THỰC HIỆN',
      '',
      '3. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các Đoàn thể tỉnh bằng nhiều hình thức và phương pháp thích hợp, tổ chức tuyên truyền và vận động đoàn viên, hội viên và Nhân dân tích cực tham gia thực hiện Kế hoạch này.',
    ].join('\n');
    expect(extract(text).assignments.map((a) => `${a.role} ${a.body}`)).toEqual(['LEAD Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh', 'LEAD các Đoàn thể tỉnh']);
  });
});
