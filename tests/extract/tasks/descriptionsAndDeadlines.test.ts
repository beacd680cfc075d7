/**
 * The fourteenth assignment pass (clause structure): what a body is is no duty, and a deadline written between a
 * body and its duty does not hide the duty (real documents read end to end, formats -> extraction).
 */
import { describe, expect, it } from 'vitest';
import { extractFile, extractSource, roles } from '../../support/realExtraction';

const DOCS = 'tests/fixtures/gold-real/docs';

describe('a body described, not assigned', () => {
  it('"Điều 2. Đại học Công nghiệp" / "Hà Nội là đơn vị sự nghiệp công lập, ...": the text under the heading says what the body is; the items after it still assign (Quyết định, Thủ tướng Chính phủ)', async () => {
    const r = roles(await extractFile(`${DOCS}/71ce6a1744e0ae6c.md`));
    expect(r.filter((x) => x.startsWith('Điều 2 '))).toEqual([]);
    expect(r).toEqual(expect.arrayContaining(['Điều 2.1 LEAD Đại học Công nghiệp Hà Nội', 'Điều 2.3 LEAD Bộ Giáo dục và Đào tạo']));
  });

  it('"là cơ quan đầu mối, chủ trì ..." is a role in the plan and its duty follows; "là đơn vị sự nghiệp công lập, ..." is not', async () => {
    const text = [
      'KẾ HOẠCH',
      '1. Giao Sở Nông nghiệp và Môi trường là cơ quan đầu mối, chủ trì, hướng dẫn các xã triển khai kế hoạch.',
      '2. Trung tâm Khuyến nông là đơn vị sự nghiệp công lập, cơ sở dịch vụ công trực thuộc Sở Nông nghiệp và Môi trường.',
    ].join('\n');
    const r = roles(await extractSource(text, 'plan.md'));
    expect(r).toContain('1 LEAD Sở Nông nghiệp và Môi trường');
    expect(r.filter((x) => x.startsWith('2 '))).toEqual([]);
  });
});

describe('a deadline between the body and its duty', () => {
  it('"Giao Phó Thủ tướng Chính phủ Trần Hồng Hà trước ngày 15 tháng 11 năm 2025 trực tiếp kiểm tra, đôn đốc ...": the deadline and the adverb are passed over (Thông báo kết luận, Văn phòng Chính phủ)', async () => {
    const r = roles(await extractFile(`${DOCS}/50f694478a35aefd.md`));
    expect(r).toEqual(expect.arrayContaining(['III.2 LEAD Phó Thủ tướng Chính phủ Trần Hồng Hà', 'III.2 SUPERVISE Phó Thủ tướng Chính phủ Trần Hồng Hà']));
  });

  it('"Giao Sở Tài chính, trước ngày 30/11/2025, tham mưu ...": a deadline set off by commas', async () => {
    const r = roles(await extractSource('KẾ HOẠCH\n1. Giao Sở Tài chính, trước ngày 30/11/2025, tham mưu Ủy ban nhân dân tỉnh ban hành kế hoạch.', 'plan.md'));
    expect(r).toContain('1 LEAD Sở Tài chính');
  });
});

describe('a unit named in brackets in a task table', () => {
  it('"| Bộ Công an (Trung tâm Dữ liệu quốc gia) |" in the lead column: the ministry leads, the unit in brackets is its own and gets no entry (gold-real README, audit rule 4) (Quyết định, Thủ tướng Chính phủ, Chính phủ số)', async () => {
    const r = roles(await extractFile(`${DOCS}/2edf5927c71bc4c1.md`)).map((x) => x.replace(/^\S* ?(?=(LEAD|COORDINATE|SUPERVISE) )/, ''));
    expect(r).toContain('LEAD Bộ Công an');
    expect(r.some((x) => x.includes('Trung tâm Dữ liệu'))).toBe(false);
  });
});
