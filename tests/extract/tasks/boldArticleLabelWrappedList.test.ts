/**
 * DOCX exports write every article's label in bold ("**Điều 3. **Chánh Văn phòng ...", "**Điều 3.** Chánh ...") and
 * wrap lines anywhere, inside a body's name too. A closing article whose first line breaks inside a name is a
 * sentence, not a title: its list is read as in the unwrapped text, the label's bold marks notwithstanding. Each
 * break below opens the next line with a capital (a name's own word), the case where a line could start anew.
 */
import { describe, expect, it } from 'vitest';
import { assignmentPairs as pairs } from '../../support/assignmentPairs';

/** The closing article as one line, and the same text with its first line broken at `cut`'s "|" (inside a name). */
function wrapAt(article: string, cut: string): { wrapped: string; unwrapped: string } {
  const [before, after] = cut.split('|') as [string, string];
  expect(article).toContain(`${before} ${after}`);
  return { wrapped: article.replace(`${before} ${after}`, `${before}\n${after}`), unwrapped: article };
}

const CASES: { source: string; article: string; cut: string; cutBody: string }[] = [
  {
    // A provincial decision (data/real, UBND tỉnh Quảng Trị), Điều 3: a group "các Sở: ..." inside the list.
    source: 'Quảng Trị, "**Điều 3. **"',
    article:
      '**Điều 3. **Chánh Văn phòng UBND tỉnh, Giám đốc các Sở: Nông nghiệp và Môi trường, Tài chính; Giám đốc Trung tâm Phục vụ hành chính công tỉnh; Chủ tịch UBND các xã, phường, đặc khu và các tổ chức, cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này./.',
    cut: 'Trung tâm|Phục vụ',
    cutBody: 'Trung tâm Phục vụ hành chính công tỉnh',
  },
  {
    // A ministry's decision on statistics (data/real, Bộ Nội vụ), Điều 3.
    source: 'Bộ Nội vụ, "**Điều 3. **"',
    article:
      '**Điều 3. **Chánh Văn phòng Bộ, Vụ trưởng Vụ Kế hoạch - Tài chính, Thủ trưởng các cơ quan, đơn vị thuộc, trực thuộc Bộ Nội vụ và các cơ quan, tổ chức, cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này./.',
    cut: 'Bộ|Nội vụ',
    cutBody: 'các cơ quan, đơn vị thuộc, trực thuộc Bộ Nội vụ',
  },
  {
    // A ministry's decision (the open collection, Bộ Văn hóa, Thể thao và Du lịch), Điều 3: an institute's long name.
    source: 'Bộ Văn hóa, Thể thao và Du lịch, "**Điều 3. **"',
    article:
      '**Điều 3. **Chánh Văn phòng Bộ, Vụ trưởng Vụ Kế hoạch, Tài chính, Viện trưởng Viện Văn hóa, Nghệ thuật, Thể thao và Du lịch Việt Nam và Thủ trưởng các cơ quan liên quan chịu trách nhiệm thi hành Quyết định này./.',
    cut: 'Thể thao và|Du lịch',
    cutBody: 'Viện Văn hóa, Nghệ thuật, Thể thao và Du lịch Việt Nam',
  },
  {
    // A city's decision (the open collection), Điều 4: the bold closes before the label's space.
    source: 'Ủy ban nhân dân Thành phố, "**Điều 4.** "',
    article:
      '**Điều 4.** Chánh Văn phòng Ủy ban nhân dân Thành phố, Giám đốc Sở Khoa học và Công nghệ, Giám đốc Trung tâm Chuyển đổi số Thành phố và các tổ chức, cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này./.',
    cut: 'Sở Khoa học và|Công nghệ',
    cutBody: 'Sở Khoa học và Công nghệ',
  },
];

describe('a closing article under a bold label, its first line broken inside a name', () => {
  for (const c of CASES) {
    it(`reads the list as in the unwrapped text (${c.source})`, () => {
      const { wrapped, unwrapped } = wrapAt(c.article, c.cut);
      const got = pairs(wrapped);
      expect(got).toEqual(pairs(unwrapped));
      expect(got).toContain(`LEAD ${c.cutBody}`);
    });
  }

  it('reads it as the same text without the bold marks', () => {
    const { wrapped } = wrapAt(CASES[0]!.article, CASES[0]!.cut);
    expect(pairs(wrapped)).toEqual(pairs(wrapped.replace(/\*\*/g, '')));
  });
});
