/**
 * Body names that run on where a reader would cut them (issue 8, twenty-first pass, theme C): the forces a kind of
 * unit belongs to, joined by a comma under one "các"; a corporation's hyphenated name wrapped before its dash in a
 * hard-wrapped export; a kind of body whose last word the vocabulary spells one letter otherwise.
 */
import { describe, expect, it } from 'vitest';
import { parseBodyListAt, resolveBody } from '../../../src/extract/bodies';
import { extractDocument } from '../../../src/extract/extractDocument';
import { foldForSearch } from '../../../src/text/fold';
import { tokenize } from '../../../src/extract/vocabulary';

const items = (text: string) => parseBodyListAt(tokenize(text), 0)?.items.map((i) => i.raw) ?? [];

describe('modifiers joined by a comma under one "các"', () => {
  it('reads "các đơn vị quân đội, công an đóng trên địa bàn" as one group (15e6fb: the gold writes it so)', () => {
    expect(items('các đơn vị quân đội, công an đóng trên địa bàn, đồng thời chủ động huy động tối đa lực lượng')).toEqual([
      'các đơn vị quân đội, công an đóng trên địa bàn',
    ]);
  });

  it('still splits a complete body after the comma, and reads nothing new without "các"', () => {
    expect(items('các đơn vị quân đội, Công an tỉnh phối hợp')).toEqual(['các đơn vị quân đội', 'Công an tỉnh']);
    expect(items('lực lượng quân đội, công an hỗ trợ')).toEqual([]);
  });
});

describe('a group owned by a group of kinds', () => {
  it('keeps "thuộc / trực thuộc các <kinds>" in the name (bffd9d, 1726b1)', () => {
    expect(items('các cơ quan chuyên môn thuộc các bộ, ngành Trung ương trong việc hỗ trợ vốn')).toEqual(['các cơ quan chuyên môn thuộc các bộ, ngành Trung ương']);
    expect(items('các cơ quan, tổ chức, đơn vị trực thuộc các Sở, ban, ngành; các cơ quan')).toEqual([
      'các cơ quan, tổ chức, đơn vị trực thuộc các Sở, ban, ngành',
      'các cơ quan',
    ]);
    // No kind of body after "các": the case of a rule, no owner.
    expect(items('các đơn vị thuộc các trường hợp sau')).toEqual(['các đơn vị']);
  });
});

describe('a hyphenated name wrapped before its dash', () => {
  // A Government office's notice listing state groups after a colon, as the export wraps the list: one group's
  // hyphenated name ("Công nghiệp - Năng lượng Quốc gia Việt Nam") broken before its dash.
  const text = [
    'THÔNG BÁO',
    'Kết luận của Thủ tướng Chính phủ',
    '',
    '1. Bộ Xây dựng khẩn trương rà soát dự án.',
    '',
    '2. Các Bộ, cơ quan liên quan và các Tập đoàn: Công',
    'nghiệp - Năng lượng Quốc gia Việt Nam, Bưu chính viễn thông Việt Nam, Công nghiệp',
    '- Viễn thông Quân đội theo chức năng, nhiệm vụ và thẩm quyền, trao đổi, phối hợp',
    'chặt chẽ với Tỉnh để tập trung nghiên cứu, rà soát, khẩn trương xử lý các kiến',
    'nghị của tỉnh; báo cáo cấp có thẩm quyền đối với những vấn đề vượt thẩm quyền,',
    'bảo đảm kịp thời, hiệu quả và theo đúng quy định của pháp luật.',
    '',
  ].join('\n');

  it('reads the whole name of each corporation the colon lists', () => {
    const bodies = new Set(extractDocument(text).assignments.map((a) => a.body));
    expect(bodies).toContain('Tập đoàn Công nghiệp - Viễn thông Quân đội');
    expect(bodies).toContain('Tập đoàn Công nghiệp - Năng lượng Quốc gia Việt Nam');
    expect(bodies).not.toContain('Tập đoàn Công nghiệp');
  });

  it('keeps a dash that opens a line of a bulleted list a bullet', () => {
    const bulleted = tokenize('- các Tập đoàn: Điện lực Việt Nam, Công nghiệp\n- Viễn thông Quân đội;');
    expect(parseBodyListAt(bulleted, 1)?.items.map((i) => i.raw)).toEqual(['Tập đoàn Điện lực Việt Nam', 'Tập đoàn Công nghiệp']);
  });
});

describe('a kind of body written with another last word than the vocabulary', () => {
  it('keeps "cơ quan thông tin" (no "thông tấn") and still repairs words that only lost their marks', () => {
    expect(resolveBody('Các cơ quan thông tin', 'Hà Nội').name).toBe('các cơ quan thông tin');
    expect(resolveBody('cơ quan thông tin đại chúng', 'Hà Nội').name).toBe('cơ quan thông tin đại chúng');
    expect(resolveBody('các cơ quan thông tấn, báo chí', 'Hà Nội').name).toBe('các cơ quan thông tấn, báo chí');
    expect(foldForSearch(resolveBody('Uy ban nhan dan tinh', 'Hà Nội').name)).toBe('uy ban nhan dan tinh');
    expect(resolveBody('Uy ban nhan dan tinh', 'Hà Nội').name).toBe('Ủy ban nhân dân tỉnh');
  });
});
