/**
 * A steering or command committee named by a lower-case field and a level ("Ban Chỉ đạo phát triển du lịch các địa
 * phương", "Ban Chỉ đạo tổng kiểm kê tài sản cấp xã", "Ban chi dao 35 cac cap") is the committee of that level,
 * though its field opens with a verb; beside a text's own committee defined as "Ban Chỉ đạo", it is not that one
 * (issue 8, thirtieth pass). A verb by which the committee acts on others ("đôn đốc các tỉnh, thành phố", "phối hợp
 * với các địa phương") is its duty, never a field. Passages from a national steering committee's Quy chế, a
 * provincial inventory plan and an OCR-damaged provincial report.
 */
import { describe, expect, it } from 'vitest';
import { parseBodyAt } from '../../../src/extract/bodies';
import { extractDocument } from '../../../src/extract/extractDocument';
import { tokenize } from '../../../src/extract/vocabulary';
import { readSource } from '../../../src/formats';

const bodyAtStart = (s: string) => parseBodyAt(tokenize(s), 0)?.raw ?? null;

describe("a committee's field closed by a level", () => {
  it('is part of its name, verbs included', () => {
    expect(bodyAtStart('Ban Chỉ đạo phát triển du lịch các địa phương có trách nhiệm xây dựng kế hoạch')).toBe('Ban Chỉ đạo phát triển du lịch các địa phương');
    expect(bodyAtStart('Ban Chỉ đạo phát triển du lịch các tỉnh, thành phố định kỳ 06 tháng')).toBe('Ban Chỉ đạo phát triển du lịch các tỉnh, thành phố');
    expect(bodyAtStart('Ban Chỉ đạo tổng kiểm kê tài sản cấp xã để chỉ đạo, đôn đốc, kiểm tra')).toBe('Ban Chỉ đạo tổng kiểm kê tài sản cấp xã');
    expect(bodyAtStart('Ban chi dao 35 cac cap; ludn tao thé chu dong')).toBe('Ban chi dao 35 cac cap');
  });

  it('is no duty the committee does to others', () => {
    expect(bodyAtStart('Ban Chỉ đạo đôn đốc các tỉnh, thành phố thực hiện')).toBe('Ban Chỉ đạo');
    expect(bodyAtStart('Ban Chỉ đạo phối hợp với các bộ, ngành, địa phương')).toBe('Ban Chỉ đạo');
    expect(bodyAtStart('Ban Chỉ đạo Nhà nước về Du lịch')).toBe('Ban Chỉ đạo Nhà nước về Du lịch');
  });

  it("is the local committees, not the text's own defined as 'Ban Chỉ đạo'", async () => {
    const text = [
      '**Điều 1. Phạm vi và đối tượng',
      'áp dụng**',
      '',
      '1. Quy chế này quy định về nguyên tắc làm việc, nhiệm',
      'vụ và quyền hạn, chế độ làm việc và quan hệ công tác của Ban Chỉ đạo Nhà nước về',
      'Du lịch (gọi tắt là Ban Chỉ đạo).',
      '',
      '**Điều 2. Phối hợp hoạt động**',
      '',
      '2. Các bộ, ngành và Ban Chỉ đạo phát triển du lịch',
      'các địa phương có trách nhiệm xây dựng kế hoạch, đề án giải quyết các công việc',
      'liên quan đến phát triển du lịch thuộc chức năng, nhiệm vụ được giao; định kỳ',
      'báo cáo về Ban Chỉ đạo để tổng hợp trình Chính phủ hoặc Thủ tướng Chính phủ.',
    ].join('\n');
    // Read as a saved page is (its wrapped lines joined), the article renumbered to follow Điều 1.
    const source = await readSource(Buffer.from(text), { fileName: 'excerpt.md' });
    const got = extractDocument(source.text, { fileName: 'excerpt.md' })
      .assignments.filter((a) => a.section.startsWith('Điều 2'))
      .map((a) => `${a.role} ${a.body}`);
    expect(got).toContain('LEAD Ban Chỉ đạo phát triển du lịch các địa phương');
    expect(got).not.toContain('LEAD Ban Chỉ đạo Nhà nước về Du lịch');
  });
});
