import { describe, expect, it } from 'vitest';
import { canonicalName, resolveBody } from '../../../src/extract/bodies';
import { extractDocument } from '../../../src/extract/extractDocument';

// A body defined by reference to the regulation's scope article, in a decision issuing a regulation (a
// Markdown export: every word carries its marks, "quy" is the writer's own word, not the vocabulary's "Quỹ").
const SCOPE_PASSAGE = `QUYẾT ĐỊNH
Ban hành Quy chế gửi, nhận văn bản điện tử

Điều 5. Bảo đảm hạ tầng kỹ thuật

1. Các cơ quan, đơn vị quy định
tại Điều 2 Quy chế này có trách nhiệm bảo đảm điều kiện về hạ tầng công nghệ
thông tin để thực hiện gửi, nhận, luân chuyển, xử lý văn bản điện tử được thông
suốt, an toàn, phù hợp với quy định của pháp luật về ứng dụng công nghệ thông
tin.
`;

describe('display names keep the words a writer wrote with marks', () => {
  it('keeps a plain word read inside a name whose words carry marks', () => {
    expect(canonicalName('Các cơ quan, đơn vị quy định tại Điều 2 Quy chế này')).toBe('các cơ quan, đơn vị quy định tại Điều 2 Quy chế này');
    expect(canonicalName('các sở, ban, ngành quản lý quy hoạch')).toBe('các sở, ban, ngành quản lý quy hoạch');
  });

  it('shows the scope article\'s bodies of a real decision as written', () => {
    const names = extractDocument(SCOPE_PASSAGE).assignments.map((a) => a.body);
    expect(names).toContain('các cơ quan, đơn vị quy định tại Điều 2 Quy chế này');
    expect(names.join('\n')).not.toMatch(/quỹ/i);
  });

  it('keeps a plain word whose letters are not the vocabulary word\'s', () => {
    // "Trung" is a word of its own (OCR damage of "Trường" writes no such valid syllable).
    expect(canonicalName('Trung Quốc')).toBe('Trung Quốc');
  });

  it('leaves the folded key as it was: pairs match as before', () => {
    const written = resolveBody('Các cơ quan, đơn vị quy định tại Điều 2 Quy chế này', 'Ninh Bình');
    expect(written.key).toBe(resolveBody('Các cơ quan, đơn vị quỹ định tại Điều 2 Quỹ chế này', 'Ninh Bình').key);
    expect(written.name).not.toMatch(/quỹ/i);
  });
});

describe('OCR damage is still restored', () => {
  it('restores a name that lost its marks or got impossible ones', () => {
    // The OCR samples: marks dropped throughout, or replaced by impossible syllables.
    expect(canonicalName('Uy ban nhan dan tinh')).toBe('Ủy ban nhân dân tỉnh');
    expect(canonicalName('Hoéi dong nhan déan tinh')).toBe('Hội đồng nhân dân tỉnh');
    expect(canonicalName('Uy ban nhén dan tinh')).toBe('Ủy ban nhân dân tỉnh');
    expect(canonicalName('Sớ Nội vụ')).toBe('Sở Nội vụ');
  });

  it('restores the frame of a name whose one word lost its marks', () => {
    // A recipients list of a real plan: one unit written without its mark among marked words.
    expect(canonicalName('Bộ Chỉ huy Quân sự tinh')).toBe('Bộ Chỉ huy Quân sự tỉnh');
    // The head opening a name or an item and the word closing an item, damaged the same way.
    expect(canonicalName('Bo Tư pháp')).toBe('Bộ Tư pháp');
    expect(canonicalName('Sở Nội vụ, Bo Tư pháp')).toBe('Sở Nội vụ, Bộ Tư pháp');
    expect(canonicalName('các sở, ban, nganh')).toBe('các sở, ban, ngành');
  });
});
