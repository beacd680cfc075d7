/**
 * "cơ quan có thẩm quyền" is the name the normative genre gives the competent body: a partner written so keeps its
 * competence in its name, the verb after it is the clause's (issue 8, twenty-second pass, theme B; gold-real README:
 * "phối hợp cơ quan có thẩm quyền" gives COORDINATE to that partner). Before, the name stopped at the bare kind
 * ("cơ quan"), which names no one. Sentences of Nghị định 302/2025/NĐ-CP and Quyết định 39/2025/QĐ-UBND.
 */
import { describe, expect, it } from 'vitest';
import { parseBodyListAt } from '../../../src/extract/bodies';
import { extractDocument } from '../../../src/extract/extractDocument';
import { tokenize } from '../../../src/extract/matching/tokens';

const names = (s: string) => parseBodyListAt(tokenize(s), 0)?.items.map((p) => p.raw) ?? [];

describe('a competent body named by its competence', () => {
  it('keeps "có thẩm quyền" in the name of a bare kind, not the verb after it', () => {
    expect(names('Sở Nông nghiệp và Môi trường, cơ quan có thẩm quyền tham mưu thực hiện')).toEqual(['Sở Nông nghiệp và Môi trường', 'cơ quan có thẩm quyền']);
    expect(names('các cơ quan có thẩm quyền kiểm tra')).toEqual(['các cơ quan có thẩm quyền']);
  });

  it('leaves a named group whose competence is the predicate as it was', () => {
    expect(names('các Cục thuộc Bộ Công Thương có thẩm quyền kiểm tra chuyên ngành')).toEqual(['các Cục thuộc Bộ Công Thương']);
  });

  it("is the partner of a ministry's duty in a decree's responsibility article", () => {
    const text = `CHÍNH PHỦ

Số: 302/2025/NĐ-CP

**NGHỊ ĐỊNH**

**Điều 24. Trách nhiệm của các bộ, ngành, địa phương**

1. Trách nhiệm của Bộ Xây dựng

a) Chủ trì, phối hợp với cơ quan có thẩm quyền trình Thủ tướng Chính phủ cấp ngân sách hoạt động;
`;
    const got = extractDocument(text).assignments.map((a) => `${a.role} ${a.body}`);
    expect(got).toContain('COORDINATE cơ quan có thẩm quyền');
    expect(got).not.toContain('COORDINATE cơ quan');
  });
});
