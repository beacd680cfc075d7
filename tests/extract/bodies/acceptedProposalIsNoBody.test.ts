/**
 * A chairman's conclusion often opens a point with his assent: "Đồng ý chủ trương ...", "Đồng ý đề xuất của Sở Y
 * tế ...". Read with OCR tolerance, "Đồng ý" matched "Đảng ủy" (bodies/heads.ts completeOrgAt) and became a body
 * given the point's duty ("LEAD Đồng ý"). The writer's accented words are other words than the vocabulary's, as
 * `otherWordWritten` already says for names. Realistic points of a provincial "Thông báo kết luận".
 */
import { describe, expect, it } from 'vitest';
import { parseBodyAt } from '../../../src/extract/bodies';
import { tokenize } from '../../../src/extract/vocabulary';
import { assignmentPairs as pairs } from '../../support/assignmentPairs';

const conclusion = (point: string) => ['ỦY BAN NHÂN DÂN TỈNH BÌNH ĐỊNH', '', 'Chủ tịch UBND tỉnh có ý kiến như sau:', '', point].join('\n');

describe('"Đồng ý" opening a conclusion\'s point', () => {
  it('names no body', () => {
    expect(parseBodyAt(tokenize('Đồng ý chủ trương'), 0)).toBeNull();
    expect(pairs(conclusion('1. Đồng ý đề xuất của Sở Y tế. Giao Sở Tài chính thẩm định, trình UBND tỉnh.'))).toEqual(['LEAD Sở Tài chính']);
  });

  it('leaves OCR-damaged names read ("Dang uy", "Ủy ban nhân dan")', () => {
    expect(parseBodyAt(tokenize('Dang uy xã lãnh đạo'), 0)?.raw).toBe('Dang uy xã');
    expect(parseBodyAt(tokenize('Ủy ban nhân dan tỉnh chỉ đạo'), 0)?.raw).toBe('Ủy ban nhân dan tỉnh');
  });
});
