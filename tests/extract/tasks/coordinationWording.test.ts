/**
 * How "phối hợp" is written decides who coordinates: "phối hợp, hướng dẫn Bộ Y tế, Ban Quản lý dự án và các nhà
 * thầu" names the bodies coordinated with and guided (COORDINATE, as after "phối hợp với"); "các chương trình phối
 * hợp, kế hoạch phối hợp liên ngành" are kinds of programmes, no duty to coordinate. Excerpts: a Government office's
 * notice on a hospital project (2025), the Quy chế of the Ban Chỉ đạo Nhà nước về Du lịch (2025).
 */
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../src/extract/extractDocument';

function pairs(text: string): string[] {
  return [...new Set(extractDocument(text, { fileName: 'excerpt.md' }).assignments.map((a) => `${a.role} ${a.body}`))];
}

describe('the wording of coordination', () => {
  it('makes the bodies after "phối hợp, hướng dẫn" partners', () => {
    const text = [
      'THÔNG BÁO',
      '',
      '1. Kết luận',
      '',
      '(3) Bộ Công an tiếp tục chủ động phối hợp, hướng dẫn Bộ Y tế, Ban Quản lý dự án và các nhà thầu để thực hiện hiệu quả các phương án, giải pháp đã được thống nhất.',
    ].join('\n');
    expect(pairs(text)).toEqual(expect.arrayContaining(['COORDINATE Bộ Công an', 'COORDINATE Bộ Y tế', 'COORDINATE Ban Quản lý dự án', 'COORDINATE các nhà thầu']));
  });

  it('reads "chương trình phối hợp" as a programme, not a duty to coordinate', () => {
    const text = [
      'QUY CHẾ',
      '',
      '**Điều 1. Trách nhiệm của các Ủy viên Ban Chỉ đạo**',
      '',
      '1. Tham gia đầy đủ các cuộc họp và chương trình công tác của Ban Chỉ đạo.',
      '',
      '2. Xây dựng và chỉ đạo tổ chức các chương trình phối hợp, kế hoạch phối hợp liên ngành tạo điều kiện cho du lịch phát triển.',
    ].join('\n');
    const found = pairs(text);
    expect(found).toContain('LEAD Các Ủy viên Ban Chỉ đạo');
    expect(found.filter((p) => p.startsWith('COORDINATE'))).toEqual([]);
  });
});
