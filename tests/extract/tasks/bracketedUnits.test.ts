/**
 * A partner named with its own unit in brackets ("phối hợp với Văn phòng UBND tỉnh (Trung tâm Phục vụ hành chính
 * công)") is the outer body: the annotators leave the unit to it (gold-real README, audit rule 4). A bracket after
 * a kind of body lists its members, each a partner. Excerpts: decisions of a provincial UBND publishing
 * administrative procedures (2025).
 */
import { describe, expect, it } from 'vitest';
import { assignmentPairs as pairs } from '../../support/assignmentPairs';

describe('units in brackets after a partner', () => {
  it('keeps the outer body only', () => {
    const text = [
      'QUYẾT ĐỊNH',
      '',
      'Điều 2. Tổ chức thực hiện',
      '',
      '1. Sở Nông nghiệp và Môi trường chủ trì, phối hợp với Văn phòng UBND tỉnh (Trung tâm Phục vụ hành chính công): Rà soát, xây dựng quy trình nội bộ, quy trình điện tử giải quyết thủ tục hành chính.',
    ].join('\n');
    const found = pairs(text);
    expect(found).toContain('COORDINATE Văn phòng Ủy ban nhân dân tỉnh');
    expect(found.some((p) => p.includes('Trung tâm Phục vụ'))).toBe(false);
  });

  it('reads the members a kind lists in brackets', () => {
    const text = [
      'KẾ HOẠCH',
      '',
      'IV. TỔ CHỨC THỰC HIỆN',
      '',
      '1. Sở Nội vụ chủ trì, phối hợp với các cơ quan chuyên môn (Sở Tài chính, Sở Xây dựng) tổ chức triển khai Kế hoạch.',
    ].join('\n');
    expect(pairs(text)).toEqual(expect.arrayContaining(['COORDINATE Sở Tài chính', 'COORDINATE Sở Xây dựng']));
  });
});
