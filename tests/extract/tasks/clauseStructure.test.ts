/**
 * The sixth assignment pass: how a clause says who acts, as the genre writes it (real documents read end to end,
 * formats -> extraction): duty verbs of the genre beyond the body vocabulary's ("niêm yết", "lồng ghép",
 * "tiên phong"), bodies pressed to act ("đôn đốc X <verb>"), a subject qualified by its given task ("được giao
 * nhiệm vụ ..."), lists joined by ";" sharing one predicate, a qualified kind running on to the next bodies, and
 * later sentences of a paragraph that make its body LEAD.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../src/extract/extractDocument';
import type { Extraction } from '../../../src/extract/types';
import { readSource } from '../../../src/formats';

const ROOT = path.join(__dirname, '../../..');
const DOCS = 'tests/fixtures/gold-real/docs';

async function extractFile(rel: string): Promise<Extraction> {
  const fileName = path.basename(rel);
  const source = await readSource(readFileSync(path.join(ROOT, rel)), { fileName });
  return extractDocument(source.text, { fileName, metadata: source.metadata });
}

function roles(x: Extraction): string[] {
  return x.assignments.map((a) => `${a.section} ${a.role} ${a.body}`);
}

describe('duty verbs of the genre (clauseWords.json dutyVerbs)', () => {
  it('"UBND các xã, phường niêm yết công khai nội dung TTHC ..." makes the communes LEAD (Quyết định, Sở VHTTDL procedures)', async () => {
    expect(roles(await extractFile(`${DOCS}/8bb752497f83eeee.md`))).toContain('Điều 2.2 LEAD Ủy ban nhân dân các xã, phường');
  });

  it('"Các doanh nghiệp nhà nước, Tổng Công ty tiên phong, dẫn dắt ..." is a duty of the enterprises (Kế hoạch, Đồng Nai)', async () => {
    expect(roles(await extractFile(`${DOCS}/f004d93b21e7fc5f.md`))).toContain('VI.20 LEAD các doanh nghiệp nhà nước, Tổng Công ty');
  });

  it('"Căn cứ chức năng nhiệm vụ, chỉ đạo các cơ sở giáo dục phổ thông, các cơ sở giáo dục nghề nghiệp trực thuộc quản lý lồng ghép ...": both groups, named up to the verb', async () => {
    const r = roles(await extractFile(`${DOCS}/a83fffe08d7aeed7.md`));
    expect(r).toEqual(expect.arrayContaining(['II.3 LEAD các cơ sở giáo dục phổ thông', 'II.3 LEAD các cơ sở giáo dục nghề nghiệp trực thuộc quản lý']));
    expect(r.some((x) => x.includes('lồng ghép'))).toBe(false);
  });
});

describe('bodies pressed to act', () => {
  it('"Chủ trì tổ chức, hướng dẫn, đôn đốc, các cơ quan, đơn vị tổ chức triển khai ..." makes the pressed bodies LEAD, the Sở keeps its supervision', async () => {
    const r = roles(await extractFile(`${DOCS}/f004d93b21e7fc5f.md`));
    expect(r).toEqual(expect.arrayContaining(['VI.1 LEAD các cơ quan, đơn vị', 'VI.1 SUPERVISE Sở Khoa học và Công nghệ']));
    // The pressed bodies own their clause only: the Sở's later verbs ("kiểm tra, giám sát") are not theirs.
    expect(r).not.toContain('VI.1 SUPERVISE các cơ quan, đơn vị');
  });
});

describe('subjects written across qualifiers and semicolons (closing articles)', () => {
  it('"Thủ trưởng các đơn vị thuộc, trực thuộc Bộ được giao nhiệm vụ phổ biến thông tin thống kê chịu trách nhiệm ...": the given task is part of the name', async () => {
    const r = roles(await extractFile('data/real/295bcce4a429a236.md'));
    expect(r).toContain('Điều 2 LEAD Thủ trưởng các đơn vị thuộc, trực thuộc Bộ được giao nhiệm vụ phổ biến thông tin thống kê');
  });

  it('"Chánh Văn phòng UBND tỉnh; Giám đốc Sở Tài chính, Giám đốc các sở; Thủ trưởng các ban, ngành cấp tỉnh; Giám đốc: Trung tâm ...; ... chịu trách nhiệm thi hành": every list shares the predicate', async () => {
    const r = roles(await extractFile(`${DOCS}/ad3df698d54f5b1d.md`));
    expect(r).toEqual(
      expect.arrayContaining([
        'Điều 4 LEAD Chánh Văn phòng Ủy ban nhân dân tỉnh',
        'Điều 4 LEAD Giám đốc các sở',
        'Điều 4 LEAD Thủ trưởng các ban, ngành cấp tỉnh',
        'Điều 4 LEAD Trung tâm Công báo - Tin học tỉnh',
        'Điều 4 LEAD các tổ chức, cá nhân có liên quan',
      ]),
    );
  });

  it('"..., các tổ chức hành nghề công chứng trên địa bàn thành phố và các tổ chức, cá nhân có liên quan chịu trách nhiệm thi hành": the qualified kind and the list after it', async () => {
    const r = roles(await extractFile(`${DOCS}/d71b3a48efad6d2c.md`));
    expect(r).toEqual(
      expect.arrayContaining([
        'Điều 3 LEAD Thủ trưởng các sở, ban, ngành thành phố',
        'Điều 3 LEAD các tổ chức hành nghề công chứng trên địa bàn thành phố',
        'Điều 3 LEAD các tổ chức, cá nhân có liên quan',
      ]),
    );
  });
});

describe('a paragraph whose later sentences act', () => {
  it('"7. Đề nghị Ủy ban MTTQ thành phố" then "Phối hợp với các ngành, các cấp ... . Chú trọng công tác tuyên truyền ...": LEAD as well as COORDINATE', async () => {
    const r = roles(await extractFile(`${DOCS}/a83fffe08d7aeed7.md`));
    expect(r).toEqual(expect.arrayContaining(['II.7 LEAD Ủy ban Mặt trận Tổ quốc Việt Nam thành phố', 'II.7 COORDINATE Ủy ban Mặt trận Tổ quốc Việt Nam thành phố', 'II.7 COORDINATE các ngành, các cấp']));
  });
});
