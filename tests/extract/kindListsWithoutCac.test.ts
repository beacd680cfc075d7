/**
 * Kinds listed without "các" are a group (issue 8, nineteenth pass, theme A): "Sở, ban, ngành thuộc Ủy ban nhân
 * dân Thành phố có trách nhiệm rà soát ..." (a city's plan for the Luật Việc làm, November 2025) and "Sở, ban,
 * ngành, đơn vị thuộc Ủy ban nhân dân tỉnh quyết định ..." (a province's phân cấp decision) keep what the kinds
 * belong to in their name, as "các sở, ban, ngành thuộc ..." does; a body cut at "thuộc" is a single body's parent.
 */
import { describe, expect, it } from 'vitest';
import { resolveBody } from '../../src/extract/bodies';
import { extractDocument } from '../../src/extract/extractDocument';

function bodies(text: string): string[] {
  return [...new Set(extractDocument(text, { fileName: 'excerpt.md' }).assignments.map((a) => a.body))];
}

describe('kinds listed without "các"', () => {
  it('keep what they belong to in their name', () => {
    const text = [
      'Sở, ban, ngành thuộc Ủy ban',
      'nhân dân Thành phố có trách nhiệm rà soát, tham mưu Ủy ban nhân dân Thành phố',
      'ban hành theo thẩm quyền văn bản quy phạm pháp luật quy định chi tiết các nội dung được giao trong Luật Việc làm.',
    ].join('\n');
    expect(bodies(text)).toContain('Sở, ban, ngành thuộc Ủy ban nhân dân Thành phố');
  });

  it('are a group, a named Sở is not', () => {
    expect(resolveBody('Sở, ban, ngành, đơn vị thuộc Ủy ban nhân dân tỉnh', 'Gia Lai').group).toBe(true);
    expect(resolveBody('Sở, ban, ngành, đơn vị thuộc Ủy ban nhân dân tỉnh', 'Gia Lai').name).toBe('Sở, ban, ngành, đơn vị thuộc Ủy ban nhân dân tỉnh');
    expect(resolveBody('Sở Tài chính', 'Gia Lai').group).toBe(false);
  });
});
