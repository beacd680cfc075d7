/**
 * A short form of a body the document names in full elsewhere is that body: a plan's task table writes
 * "Văn phòng Ban Chỉ huy" for the "Văn phòng Ban Chỉ huy Phòng thủ dân sự tỉnh" of its text. Kinds alone, names
 * that could stand for two bodies and names that only run into the sentence stay as written.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../src/extract/extractDocument';
import { readSource } from '../../../src/formats';

async function extract(text: string | Buffer, fileName: string) {
  const source = await readSource(typeof text === 'string' ? Buffer.from(text, 'utf8') : text, { fileName });
  return extractDocument(source.text, { fileName, metadata: source.metadata });
}

describe('short forms of bodies named in full', () => {
  it('reads a task table\'s "Văn phòng Ban Chỉ huy" as the office named in full in the plan (Kế hoạch, Nghệ An)', async () => {
    const file = path.join(__dirname, '../../../data/real/c5d930a5fc8373cd.md');
    const x = await extract(readFileSync(file), path.basename(file));
    const coordinating = x.assignments.filter((a) => a.role === 'COORDINATE').map((a) => a.body);
    expect(coordinating).toContain('Văn phòng Ban Chỉ huy Phòng thủ dân sự tỉnh');
    expect(coordinating).not.toContain('Văn phòng Ban Chỉ huy');
  });

  it('keeps "Phòng thủ dân sự" in a name: no "Phòng" of a body', async () => {
    const x = await extract('Điều 2. Văn phòng Ban Chỉ huy Phòng thủ dân sự tỉnh chủ trì tổng hợp, báo cáo./.', 'x.md');
    expect(x.assignments.map((a) => a.body)).toEqual(['Văn phòng Ban Chỉ huy Phòng thủ dân sự tỉnh']);
  });

  it('leaves a short form that could stand for two bodies, and a kind alone, as written', async () => {
    const x = await extract(
      [
        'Điều 1. Trung tâm Phục vụ hành chính công tỉnh và Trung tâm Phục vụ hành chính công cấp xã tiếp nhận hồ sơ.',
        '',
        'Điều 2. Trung tâm Phục vụ hành chính công chủ trì hướng dẫn; Sở Tài chính phối hợp.',
        '',
        'Điều 3. Giám đốc sở, Thủ trưởng các cơ quan chịu trách nhiệm thi hành Quyết định này./.',
      ].join('\n'),
      'x.md',
    );
    const bodies = x.assignments.map((a) => a.body);
    expect(bodies).toContain('Trung tâm Phục vụ hành chính công');
    expect(bodies).not.toContain('Sở Tài chính tỉnh');
    expect(bodies.filter((b) => /^Sở Tài chính/.test(b))).toEqual(['Sở Tài chính']);
    // "Giám đốc sở": the directors of the departments, not the one department the text names.
    expect(bodies.some((b) => /Tài chính/.test(b) && x.assignments.find((a) => a.body === b)?.section === 'Điều 3')).toBe(false);
  });
});
