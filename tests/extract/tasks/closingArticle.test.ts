/**
 * The closing article of a decision ("Chánh Văn phòng ..., Giám đốc ..., Chủ tịch UBND ... và các tổ chức, cá
 * nhân có liên quan chịu trách nhiệm thi hành Quyết định này./."): every body it lists executes the decision,
 * and the "./." that ends it ends the document's duties. Real documents read end to end (formats -> extraction).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../src/extract/extractDocument';
import type { Extraction } from '../../../src/extract/types';
import { readSource } from '../../../src/formats';
import { normalizeText } from '../../../src/text/fold';

const ROOT = path.join(__dirname, '../../..');

/** The extraction and the normalized text its offsets point into. */
async function extractMarkdown(text: string | Buffer, fileName: string): Promise<Extraction & { text: string }> {
  const source = await readSource(typeof text === 'string' ? Buffer.from(text, 'utf8') : text, { fileName });
  return { ...extractDocument(source.text, { fileName, metadata: source.metadata }), text: normalizeText(source.text) };
}

async function extractFile(rel: string): Promise<Extraction & { text: string }> {
  return extractMarkdown(readFileSync(path.join(ROOT, rel)), path.basename(rel));
}

function roles(x: Extraction): string[] {
  return x.assignments.map((a) => `${a.section} ${a.role} ${a.body}`);
}

describe('a decision whose closing article is followed by its signature and an attached table of procedures', () => {
  // Quyết định 2703/QĐ-UBND (Quảng Trị): "Điều 3. Chánh Văn phòng UBND tỉnh, Giám đốc các Sở: ..." then the
  // signature block and "PHỤ LỤC THỦ TỤC HÀNH CHÍNH" with a table ("Cơ quan thực hiện").
  it('makes every listed body LEAD of the closing article, each department of "Giám đốc các Sở: A, B" apart', async () => {
    const x = await extractFile('data/real/a4a312239ee6c741.md');
    expect(roles(x)).toEqual(
      expect.arrayContaining([
        'Điều 3 LEAD Văn phòng Ủy ban nhân dân tỉnh',
        'Điều 3 LEAD Sở Nông nghiệp và Môi trường',
        'Điều 3 LEAD Sở Tài chính',
        'Điều 3 LEAD Trung tâm Phục vụ hành chính công tỉnh',
        'Điều 3 LEAD các tổ chức, cá nhân có liên quan',
      ]),
    );
  });

  it('reads nothing after "./." as a duty: the signature and the attached procedures give no roles', async () => {
    const x = await extractFile('data/real/a4a312239ee6c741.md');
    const closing = x.text.indexOf('./.');
    expect(closing).toBeGreaterThan(0);
    expect(x.assignments.filter((a) => a.start > closing)).toEqual([]);
    expect(x.assignments.some((a) => a.role === 'SUPERVISE')).toBe(false);
  });
});

describe('a closing article whose first line the export wrapped inside the list of bodies', () => {
  // Quyết định (Quảng Trị), document export: the line breaks after "Giám đốc", before "Sở Nông nghiệp ...".
  const excerpt = [
    '# QUYẾT ĐỊNH:',
    '**Điều 1. **Công bố kèm theo Quyết định này thủ',
    'tục hành chính nội bộ trong lĩnh vực Đo đạc và Bản đồ thuộc thẩm quyền giải',
    'quyết của Sở Nông nghiệp và Môi trường tỉnh Quảng Trị.',
    '**Điều 2. **Quyết định này có hiệu lực thi hành',
    'kể từ ngày ký.',
    '**Điều 3. **Chánh Văn phòng UBND tỉnh, Giám đốc',
    'Sở Nông nghiệp và Môi trường, Giám đốc Trung tâm Phục vụ hành chính công tỉnh',
    'và các tổ chức, cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này./.',
    '',
  ].join('\n');

  it('reads the article as one sentence, not "Chánh Văn phòng UBND tỉnh, Giám đốc" as a title', async () => {
    const x = await extractMarkdown(excerpt, '0c462ec3eec6e18d.md');
    expect(x.assignments.map((a) => `${a.role} ${a.body}`)).toEqual(
      expect.arrayContaining([
        'LEAD Văn phòng Ủy ban nhân dân tỉnh',
        'LEAD Sở Nông nghiệp và Môi trường',
        'LEAD Trung tâm Phục vụ hành chính công tỉnh',
        'LEAD các tổ chức, cá nhân có liên quan',
      ]),
    );
    expect(x.assignments.map((a) => a.body)).not.toContain('Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc');
  });
});

describe('the names a closing article lists', () => {
  it('keeps the level a centre works at ("Trung tâm Phục vụ hành chính công cấp xã") in its name', async () => {
    const x = await extractFile('data/real/65fe198460ffa9d9.md');
    expect(roles(x)).toEqual(
      expect.arrayContaining(['Điều 4 LEAD Trung tâm Phục vụ hành chính công tỉnh', 'Điều 4 LEAD Trung tâm Phục vụ hành chính công cấp xã']),
    );
  });

  it('reads "các tổ chức cá nhân có liên quan" written without its comma as one group', async () => {
    const x = await extractFile('tests/fixtures/real-formats/export-quyet-dinh-97-2025-qd-ubnd.md');
    expect(roles(x)).toEqual(expect.arrayContaining(['Điều 4.2 LEAD Ủy ban nhân dân các xã, phường', 'Điều 4.2 LEAD các tổ chức cá nhân có liên quan']));
  });

  it('reads a ministry\'s units: "Vụ trưởng Vụ ...", "các cơ quan, đơn vị thuộc, trực thuộc Bộ Nội vụ"', async () => {
    const x = await extractFile('data/real/295bcce4a429a236.md');
    expect(roles(x)).toEqual(
      expect.arrayContaining([
        'Điều 3 LEAD Vụ Kế hoạch - Tài chính',
        'Điều 3 LEAD các cơ quan, đơn vị thuộc, trực thuộc Bộ Nội vụ',
        'Điều 3 LEAD các cơ quan, tổ chức, cá nhân có liên quan',
      ]),
    );
  });

  it('keeps the ministry a department belongs to ("Cục Pháp chế Bộ Quốc phòng") and "... tổ chức và cá nhân có liên quan" as one group', async () => {
    const x = await extractFile('data/real/8ea98f884cf1d2a7.md');
    expect(roles(x)).toEqual(
      expect.arrayContaining(['Điều 2.2 LEAD Cục Pháp chế Bộ Quốc phòng', 'Điều 2.2 LEAD các cơ quan, đơn vị, tổ chức và cá nhân có liên quan']),
    );
    expect(x.assignments.map((a) => a.body)).not.toContain('Cá nhân có liên quan');
  });
});
