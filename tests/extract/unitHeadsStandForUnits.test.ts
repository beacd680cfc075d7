/**
 * The head of a unit defined by what it belongs to stands for the unit (issue 8, seventeenth pass, theme A): a
 * ministry's delegation of powers gives them to "Người đứng đầu đơn vị sự nghiệp thuộc Bộ", which the gold writes
 * "đơn vị sự nghiệp thuộc Bộ" (sixth round: "heads of units are their units"). So does the head of any kind of unit
 * ("Người đứng đầu cơ quan, tổ chức được giao nhiệm vụ"): the consistency audit (gold-real/README.md, rule 6) renamed
 * the gold's "Người đứng đầu ..." entries to their bodies; before anything but a unit the title answers in person.
 * Names and the whole circular of the Bộ Tư pháp on the delegation of staff management (23/2025/TT-BTP).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { officialsBody, resolveBody } from '../../src/extract/bodies';
import { extractDocument } from '../../src/extract/extractDocument';
import { readSource } from '../../src/formats';

const unit = (name: string) => officialsBody(resolveBody(name, 'national'));

describe("the head of a kind of unit", () => {
  it('stands for the unit', () => {
    expect(unit('Người đứng đầu đơn vị sự nghiệp thuộc Bộ')).toBe('đơn vị sự nghiệp thuộc Bộ');
    expect(unit('Người đứng đầu đơn vị sự nghiệp thuộc Cục nhóm 1, nhóm 2')).toBe('đơn vị sự nghiệp thuộc Cục nhóm 1, nhóm 2');
    expect(unit('Người đứng đầu cơ quan chuyên môn về y tế thuộc Ủy ban nhân dân cấp tỉnh')).toBe('cơ quan chuyên môn về y tế thuộc Ủy ban nhân dân cấp tỉnh');
  });

  it('is assigned as the unit in a delegation article (the whole circular, a development file)', async () => {
    const name = '6f76eaad0b5b95d8.md';
    const source = await readSource(readFileSync(path.join(__dirname, '../fixtures/gold-real/docs', name)), { fileName: name });
    const got = extractDocument(source.text, { fileName: name, metadata: source.metadata }).assignments.map((a) => `${a.role} ${a.body}`);
    expect(got).toEqual(expect.arrayContaining(['LEAD Đơn vị sự nghiệp thuộc Bộ', 'LEAD Đơn vị sự nghiệp thuộc Cục']));
    expect(got.filter((a) => a.includes('Người đứng đầu'))).toEqual([]);
  });

  it('also the head of a kind defined by its task or its staff', () => {
    expect(unit('Người đứng đầu cơ quan, tổ chức được giao nhiệm vụ')).toBe('cơ quan, tổ chức được giao nhiệm vụ');
    expect(unit('Người đứng đầu các cơ quan, đơn vị')).toBe('các cơ quan, đơn vị');
    const text = [
      '**2. Yêu cầu**',
      '- Người đứng đầu cơ quan, tổ chức được giao nhiệm vụ',
      'phải tích cực, chủ động triển khai; tổ chức giám sát thực hiện Kế hoạch đúng tiến',
      'độ, bảo đảm chất lượng, thiết thực, hiệu quả.',
    ].join('\n');
    const got = extractDocument(text, { fileName: 'excerpt.md' }).assignments.map((a) => a.body);
    expect(got).toContain('cơ quan, tổ chức được giao nhiệm vụ');
    expect(got.filter((a) => a.includes('Người đứng đầu'))).toEqual([]);
  });

  it('stands for a unit of any kind, as the audited gold writes it', () => {
    expect(unit('Người đứng đầu cơ quan, tổ chức được giao nhiệm vụ')).toBe('cơ quan, tổ chức được giao nhiệm vụ');
    expect(unit('Người đứng đầu cơ quan sử dụng công chức')).toBe('cơ quan sử dụng công chức');
    expect(unit('Người đứng đầu các cơ sở giáo dục công lập')).toBe('các cơ sở giáo dục công lập');
  });

  it('answers in person before anything but a unit', () => {
    expect(unit('Người đứng đầu trong tổ chức')).toBe('Người đứng đầu trong tổ chức');
  });
});
