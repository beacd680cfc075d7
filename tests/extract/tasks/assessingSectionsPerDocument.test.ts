/**
 * Whether a section assesses the past is read with the document it is read in: its parents are that document's.
 * The same Section object read under an assessing part of one text ("I. BỐI CẢNH") and under a part that sets duties
 * in another ("I. NHIỆM VỤ", a heading of the same length, so the item's offsets are the same in both) gives its
 * duty in the second. When the answer was kept per Section object for the whole process, the first text's answer
 * hid the second's duty.
 * Passage: a provincial decision's assignment article (Hà Tĩnh, Quyết định công bố thủ tục hành chính).
 */
import { describe, expect, it } from 'vitest';
import { extractSections } from '../../../src/extract/sections';
import { extractTasks } from '../../../src/extract/tasks';

const ITEM =
  '1. Giao Sở Nông nghiệp và Môi trường chủ trì, phối hợp với Văn phòng UBND tỉnh và các cơ quan, đơn vị liên quan ' +
  'căn cứ Quyết định này, trong thời hạn 03 ngày làm việc xây dựng quy trình điện tử giải quyết TTHC trên Hệ thống ' +
  'thông tin giải quyết TTHC tỉnh để áp dụng thực hiện theo đúng quy định.\n';

const leads = (text: string, sections: ReturnType<typeof extractSections>) =>
  extractTasks(text, sections, { jurisdiction: 'Hà Tĩnh', references: [] })
    .assignments.filter((a) => a.role === 'LEAD')
    .map((a) => `${a.section} ${a.body}`);

describe('a section read in two documents', () => {
  it('assesses in the one whose part assesses, and carries duties in the one whose part sets them', () => {
    const assessing = `I. BỐI CẢNH\n${ITEM}`;
    const duties = `I. NHIỆM VỤ\n${ITEM}`;
    expect(assessing.length).toBe(duties.length);
    const first = extractSections(assessing);
    const item = first.find((s) => s.path === 'I.1')!;
    expect(leads(assessing, first)).toEqual([]);

    // The second text's own part, with the first text's item section (same path, same offsets).
    const second = extractSections(duties).map((s) => (s.path === item.path ? item : s));
    expect(second.filter((s) => s === item)).toHaveLength(1);
    expect(leads(duties, second)).toEqual(['I.1 Sở Nông nghiệp và Môi trường']);
  });
});
