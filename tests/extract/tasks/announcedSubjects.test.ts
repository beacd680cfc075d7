/**
 * An article that announces its subjects' duties ("Điều 2. Sở Y tế, UBND cấp xã và các cơ quan, đơn vị có liên quan
 * đến các lĩnh vực kiến nghị đơn giản hóa nêu tại Điều 1 của Quyết định này, có trách nhiệm:") names the last kind
 * with a long qualifier: the whole list acts for the points below, the qualifier belongs to the kind's name and the
 * reference to the text ("nêu tại Điều 1 ...") does not. A partner list followed by "căn cứ" is no such subject.
 * Excerpts: decisions of a provincial UBND approving simplification plans and publishing procedures (2025).
 */
import { describe, expect, it } from 'vitest';
import { assignmentPairs as pairs } from '../../support/assignmentPairs';

describe('subjects an article announces', () => {
  it('reads a long qualifier up to "có trách nhiệm:" and gives the list the points below', () => {
    const text = [
      'QUYẾT ĐỊNH',
      '',
      'Điều 2. Sở',
      'Y tế, UBND cấp xã và các cơ quan, đơn vị có liên quan đến các lĩnh vực kiến nghị',
      'đơn giản hóa nêu tại Điều 1 của Quyết định này, có trách nhiệm:',
      '',
      '1. Chủ động triển khai thực hiện giảm thời gian xử lý hồ sơ.',
      '',
      '2. Thường xuyên theo dõi, phối hợp tham mưu Chủ tịch UBND tỉnh trong việc triển khai thực thi các phương án đơn giản hóa.',
      '',
      'Điều 3. Quyết định này có hiệu lực kể từ ngày ký.',
    ].join('\n');
    expect(pairs(text)).toEqual(
      expect.arrayContaining([
        'LEAD Sở Y tế',
        'LEAD Ủy ban nhân dân cấp xã',
        'COORDINATE Ủy ban nhân dân cấp xã',
        'LEAD các cơ quan, đơn vị có liên quan đến các lĩnh vực kiến nghị đơn giản hóa',
        'COORDINATE các cơ quan, đơn vị có liên quan đến các lĩnh vực kiến nghị đơn giản hóa',
      ]),
    );
  });

  it('leaves a partner list before "căn cứ" as the parser reads it', () => {
    const text = [
      'QUYẾT ĐỊNH',
      '',
      'Điều 2. Giao Sở Công',
      'Thương chủ trì, phối hợp với cơ quan, đơn vị có liên quan căn cứ Danh mục thủ',
      'tục hành chính được công bố tại Điều 1 Quyết định này có trách nhiệm:',
      '1. Cung cấp đúng, đầy đủ nội dung, quy trình giải quyết thủ tục hành chính.',
    ].join('\n');
    const found = pairs(text);
    expect(found).toContain('COORDINATE cơ quan, đơn vị có liên quan');
    expect(found.some((p) => p.includes('căn cứ'))).toBe(false);
  });
});
