/**
 * "các ngành, lĩnh vực" are the economy's sectors and fields, a plan's topic: a name made of them is no body. Real
 * text: Đồng Nai's plan for the digital economy (179/KH-UBND), whose part IV.7 is headed "7. Các ngành, lĩnh vực
 * khác".
 */
import { describe, expect, it } from 'vitest';
import { namesSectors } from '../../../src/extract/tasks/nonBodies';
import { extractFile, roles } from '../../support/realExtraction';

describe('the sectors and fields of a plan', () => {
  it('are no body where a heading names them ("7. Các ngành, lĩnh vực khác")', async () => {
    const r = roles(await extractFile('tests/fixtures/gold-real/docs/f004d93b21e7fc5f.md'));
    expect(r.filter((x) => x.includes('lĩnh vực khác'))).toEqual([]);
  });

  it('only the sectors: bodies that manage fields or sectors of bodies stay bodies', () => {
    expect(namesSectors('Các ngành, lĩnh vực khác')).toBe(true);
    expect(namesSectors('các ngành, lĩnh vực')).toBe(true);
    expect(namesSectors('các cơ quan quản lý các lĩnh vực trọng điểm')).toBe(false);
    expect(namesSectors('các sở, ban, ngành')).toBe(false);
  });
});
