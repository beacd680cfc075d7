/**
 * A body's name ends at a lower-case word written with other marks than a one-word name it folds like (issue 8,
 * seventeenth pass, theme A): "Bộ Tài chính đang xây dựng ..." is no "Bộ Tài chính Đảng", "Sở Khoa học và Công nghệ
 * đồng bộ ..." no "... Đông". Phrases as the real documents of ../shared/real write them; "Đảng" written as such
 * still names ("Ban Tuyên giáo Đảng ủy tỉnh").
 */
import { describe, expect, it } from 'vitest';
import { parseBodyListAt } from '../../../src/extract/bodies';
import { tokenize } from '../../../src/extract/vocabulary';

const items = (text: string) => parseBodyListAt(tokenize(text), 0)?.items.map((i) => i.raw) ?? [];

describe('a lower-case look-alike of a one-word name after a body', () => {
  it('ends the name', () => {
    expect(items('Bộ Tài chính đang xây dựng Luật Quản lý thuế (sửa đổi)')).toEqual(['Bộ Tài chính']);
    expect(items('Sở Khoa học và Công nghệ đồng bộ lên Cổng Dịch vụ công quốc gia')).toEqual(['Sở Khoa học và Công nghệ']);
  });

  it('not the word written as the name writes it', () => {
    expect(items('Ban Tuyên giáo Đảng ủy tỉnh chủ trì')).toEqual(['Ban Tuyên giáo Đảng ủy tỉnh']);
    expect(items('Ban xây dựng Đảng chủ trì')).toEqual(['Ban xây dựng Đảng']);
  });
});
