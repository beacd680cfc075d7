/**
 * A modal right after a kind of body opens the clause's predicate, so no qualifier joins the kind's name (issue 8,
 * eighteenth pass, theme B): "Cá nhân cam kết chịu trách nhiệm trước pháp luật ..." (the dossier table of a Bộ Y tế
 * circular, November 2025) names no body "Cá nhân cam kết"; "Các cơ quan phải có trách nhiệm ..." is still "các cơ
 * quan".
 */
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../src/extract/extractDocument';

function bodies(text: string): string[] {
  return [...new Set(extractDocument(text, { fileName: 'excerpt.md' }).assignments.map((a) => a.body))];
}

describe('a modal right after a kind of body', () => {
  it('is the predicate, not a qualifier of the kind', () => {
    const text = [
      '| 5.2 | Bản báo cáo thành tích phải nêu rõ quá trình hành nghề và thâm niên công tác. Cá nhân',
      'cam kết chịu trách nhiệm trước pháp luật về tính chính xác, trung thực và tính pháp lý của hồ sơ đề nghị xét tặng; |',
    ].join('\n');
    expect(bodies(text)).not.toContain('Cá nhân cam kết');
  });

  it('leaves the kind its own name', () => {
    expect(bodies('2. Các cơ quan phải có trách nhiệm báo cáo kết quả thực hiện.')).toContain('các cơ quan');
  });
});
