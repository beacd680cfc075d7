/**
 * The commas of a list of kinds ("sở, ban, ngành") separate its items: after a fronted phrase the last kind alone
 * ("ngành") is no subject of its own. The excerpt is real text: a provincial regulation on answering voters'
 * recommendations (Nghệ An, 98/2025/QĐ-UBND).
 */
import { describe, expect, it } from 'vitest';
import { sectionRoleBodies as roles } from '../../support/assignmentPairs';

describe('kinds of a list after a fronted phrase', () => {
  it('reads no body out of the last kind of "các sở, ban, ngành" or "sở, ban, ngành cấp tỉnh"', () => {
    const text = [
      'QUYẾT ĐỊNH:',
      '',
      'Điều 11. Trách nhiệm của các sở, ban, ngành',
      '',
      '3. Đối với kiến nghị liên quan đến việc ban hành, sửa đổi, bãi bỏ cơ chế, chính sách pháp luật hoặc kiến nghị khi giải quyết cần có nguồn lực, chưa xác định được thời gian giải quyết thì các sở, ban, ngành có văn bản giải trình, trả lời để cử tri biết.',
      '',
      '6. Trong 07 ngày làm việc kể từ ngày nhận được văn bản về các kiến nghị thuộc thẩm quyền giải quyết của chính quyền cấp xã nhưng vượt quá khả năng hoặc có khó khăn, vướng mắc liên quan đến thẩm quyền của sở, ban, ngành, UBND tỉnh, Chủ tịch UBND tỉnh thì sở, ban, ngành cấp tỉnh phải có văn bản trả lời địa phương hoặc có văn bản đề xuất, báo cáo Chủ tịch UBND tỉnh chỉ đạo.',
    ].join('\n');
    const got = roles(text);
    expect(got).toContain('Điều 11 LEAD các sở, ban, ngành');
    expect(got.filter((r) => /LEAD Ngành/i.test(r))).toEqual([]);
  });
});
