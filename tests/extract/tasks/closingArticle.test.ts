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
import { extractSource, roles } from '../../support/realExtraction';
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

describe('a closing article whose list the body parser reads only in part (closingArticle.ts)', () => {
  // Quyết định 125/2025/QĐ-UBND (Huế): "Chánh Văn phòng ...; Giám đốc các Sở: Nội vụ, Tư pháp, Tài chính; Chủ tịch
  // Ủy ban nhân dân các xã, phường thuộc vùng đồng bào dân tộc thiểu số và miền núi; Thủ trưởng các đơn vị liên
  // quan, chịu trách nhiệm thi hành Quyết định này./.": a qualifier inside the list, a comma before the formula.
  it('reads every body of the list across a qualifier and a comma before "chịu trách nhiệm thi hành"', async () => {
    const x = await extractFile('tests/fixtures/gold-real/docs/f40e7ad008712591.md');
    expect(roles(x)).toEqual(
      expect.arrayContaining(['Điều 3 LEAD Văn phòng Ủy ban nhân dân thành phố', 'Điều 3 LEAD Sở Nội vụ', 'Điều 3 LEAD Sở Tư pháp', 'Điều 3 LEAD Sở Tài chính', 'Điều 3 LEAD các đơn vị liên quan']),
    );
    // The communes keep where they are: the qualifier is part of their name.
    expect(x.assignments.some((a) => a.section === 'Điều 3' && a.role === 'LEAD' && a.body.startsWith('Ủy ban nhân dân các xã, phường thuộc vùng'))).toBe(true);
  });

  // Quyết định 3574/QĐ-BYT (Bộ Y tế): "Cục trưởng Cục Quản lý Khám, chữa bệnh; Thủ trưởng các Vụ, Cục thuộc Bộ Y tế;
  // Người đứng đầu cơ quan chuyên môn về y tế thuộc Ủy ban nhân dân cấp tỉnh; ...".
  it('keeps a name with a comma inside and a group the parser reads only from its owner on', async () => {
    const r = roles(await extractFile('tests/fixtures/gold-real/docs/aab8ca5824139565.md'));
    expect(r).toEqual(
      expect.arrayContaining(['Điều 3 LEAD Cục Quản lý Khám, chữa bệnh', 'Điều 3 LEAD các Vụ, Cục thuộc Bộ Y tế', 'Điều 3 LEAD các đơn vị có liên quan']),
    );
    // "Bộ Y tế" is the owner of the group, not a body of the list.
    expect(r).not.toContain('Điều 3 LEAD Bộ Y tế');
  });

  // Nghị quyết of the Ủy ban Thường vụ Quốc hội on a province's units: "... có trách nhiệm tổ chức thi hành Nghị quyết
  // này; sắp xếp, ổn định bộ máy ...".
  it('reads "có trách nhiệm tổ chức thi hành Nghị quyết này" and a qualifier naming an activity ("liên quan đến việc thực hiện sắp xếp")', async () => {
    const r = roles(await extractFile('data/real/4d98410054b11ab4.md'));
    expect(r).toEqual(expect.arrayContaining(['Điều 3.1 LEAD Chính phủ', 'Điều 3.1 LEAD Ủy ban nhân dân tỉnh Cà Mau', 'Điều 3.1 LEAD các cơ quan, tổ chức khác có liên quan']));
    expect(r.some((x) => /Chính quyền địa phương các đơn vị hành chính liên quan đến việc thực hiện sắp xếp$/.test(x))).toBe(true);
  });

  it('lets the members after a colon stand for their group, and a head\'s title open a body where a comma was left out', async () => {
    // Quyết định (Bắc Ninh) and Quyết định (Cà Mau), document exports.
    const members = roles(
      await extractSource(
        [
          '**Điều 4. **Thủ trưởng các cơ quan, đơn vị: Văn',
          'phòng UBND tỉnh, Sở Tài chính; các đơn vị sự nghiệp công lập có chức năng đào',
          'tạo, bồi dưỡng thuộc phạm vi quản lý của UBND tỉnh và các cơ quan, tổ chức và',
          'cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này./.',
        ].join('\n'),
        'closing-members.md',
      ),
    );
    expect(members).toEqual(expect.arrayContaining(['Điều 4 LEAD Văn phòng Ủy ban nhân dân tỉnh', 'Điều 4 LEAD Sở Tài chính']));
    expect(members.some((x) => x.includes('các cơ quan, đơn vị:'))).toBe(false);
    // "Ủy ban nhân dân tỉnh" inside the qualifier ("thuộc phạm vi quản lý của UBND tỉnh") is no body of the list.
    expect(members).not.toContain('Điều 4 LEAD Ủy ban nhân dân tỉnh');
    const titles = roles(
      await extractSource(
        [
          '**Điều 5. **Chánh Văn phòng UBND tỉnh, Giám đốc Sở',
          'Công Thương, Giám đốc Sở Khoa học và Công nghệ Giám đốc Trung tâm Phục vụ hành',
          'chính công tỉnh và các tổ chức, cá nhân có liên quan chịu trách nhiệm thi hành',
          'Quyết định này./.',
        ].join('\n'),
        'closing-titles.md',
      ),
    );
    expect(titles).toEqual(expect.arrayContaining(['Điều 5 LEAD Sở Khoa học và Công nghệ', 'Điều 5 LEAD Trung tâm Phục vụ hành chính công tỉnh']));
  });
});
