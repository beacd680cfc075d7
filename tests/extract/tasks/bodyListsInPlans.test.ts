/**
 * How plans list the bodies of one duty, and how annotators split those lists: one body per item, a bracketed
 * note or a scope between items does not end the list, a group keeps its place ("trong khối thi đua tỉnh"),
 * individuals closing a list of kinds of bodies ("... và cá nhân có liên quan") are part of that group.
 * Real documents read end to end (formats -> extraction).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Extraction } from '../../../src/extract/types';
import { extractSource as extractMarkdown, roles } from '../../support/realExtraction';

const ROOT = path.join(__dirname, '../../..');

describe('a plan whose tasks label their bodies ("Cơ quan chủ trì:", "Cơ quan phối hợp:", "Cơ quan thực hiện:")', () => {
  // Kế hoạch 172/KH-UBND (Thành phố Hồ Chí Minh), triển khai thi hành Luật Việc làm.
  let x: Extraction;
  beforeAll(async () => {
    x = await extractMarkdown(readFileSync(path.join(ROOT, 'data/real/2f6f80b9918e52de.md')), '2f6f80b9918e52de.md');
  });

  it('reads every coordinator of a list that carries a bracketed note ("Trung tâm Dịch vụ việc làm Thành phố (Sở Nội vụ), ...")', () => {
    expect(roles(x)).toEqual(
      expect.arrayContaining([
        'II.2 COORDINATE Bảo hiểm xã hội Thành phố',
        'II.2 COORDINATE Chi nhánh Ngân hàng Chính sách xã hội Thành phố',
        'II.2 COORDINATE Trung tâm Dịch vụ việc làm Thành phố',
        'II.2 COORDINATE Ủy ban nhân dân xã, phường, đặc khu',
        'II.2 COORDINATE các cơ quan, đơn vị có liên quan',
      ]),
    );
  });

  it('continues a list after a scope ("các sở, ban, ngành Thành phố trong phạm vi chức năng, nhiệm vụ của mình và ...")', () => {
    // "- Cơ quan thực hiện:" under "4. Tổ chức kiểm tra việc thi hành ...": the executing bodies supervise (sixth pass).
    expect(roles(x)).toEqual(expect.arrayContaining(['II.4 SUPERVISE các sở, ban, ngành Thành phố', 'II.4 SUPERVISE các cơ quan, tổ chức khác có liên quan']));
  });

  it('reads each body of a clause after ";" ("...; Sở Tư pháp và các sở, ban, ngành Thành phố, Đài ..., cơ quan thông tấn báo chí và ...")', () => {
    expect(roles(x)).toEqual(
      expect.arrayContaining(['II.1 LEAD Sở Tư pháp', 'II.1 LEAD Đài Phát thanh và Truyền hình Thành phố', 'II.1 LEAD cơ quan thông tấn báo chí']),
    );
  });
});

describe('a group subject with its place before the verb', () => {
  // Kế hoạch 0125/KH-UBND (Đắk Lắk), phong trào thi đua.
  const excerpt = [
    '2. Yêu cầu',
    '',
    'a) Các cơ quan Đảng trực thuộc',
    'Tỉnh ủy; các cơ quan Trung ương đóng trên địa bàn tỉnh; các sở, ban, ngành, Mặt',
    'trận Tổ quốc, các hội, đoàn thể; UBND các xã, phường và các doanh nghiệp trong',
    'khối thi đua tỉnh (gọi tắt là các cơ quan, đơn vị, địa phương) xác định đây là',
    'nhiệm vụ trọng tâm của cơ quan, đơn vị, địa phương.',
    '',
  ].join('\n');

  it('reads the whole list up to its predicate, the last group with its place ("các doanh nghiệp trong khối thi đua tỉnh")', async () => {
    const x = await extractMarkdown(excerpt, '2957e4f4f0e41373.md');
    const bodies = x.assignments.filter((a) => a.role === 'LEAD').map((a) => a.body);
    expect(bodies).toEqual(
      expect.arrayContaining(['các cơ quan Đảng trực thuộc Tỉnh ủy', 'các cơ quan Trung ương đóng trên địa bàn tỉnh', 'các hội, đoàn thể', 'các doanh nghiệp trong khối thi đua tỉnh']),
    );
  });

  it('does not take a time or an activity for a place ("các cơ quan có liên quan trong việc triển khai ...")', async () => {
    const x = await extractMarkdown('1. Các cơ quan có liên quan trong việc triển khai thực hiện Chương trình báo cáo kết quả.\n', 'x.md');
    expect(x.assignments.map((a) => a.body).some((b) => /trong việc/.test(b))).toBe(false);
  });

  it('does not take a basis for a place ("Các bộ, ngành trên cơ sở nhiệm vụ được giao ...", Thông báo, Đà Nẵng)', async () => {
    const x = await extractMarkdown(readFileSync(path.join(ROOT, 'data/real/abca9704d4c889cd.md')), 'abca9704d4c889cd.md');
    expect(roles(x).filter((r) => r.startsWith('II.3 ')).some((r) => r.endsWith(' các bộ, ngành'))).toBe(true);
    expect(x.assignments.map((a) => a.body).some((b) => /cơ sở nhiệm vụ/.test(b))).toBe(false);
  });
});

describe('partners of an item that opens with "Phối hợp với", and bodies named by "Trách nhiệm của ..."', () => {
  it('makes the partners of a subjectless "- Phối hợp với ..." item COORDINATE (Kế hoạch, Đồng Nai)', async () => {
    const x = await extractMarkdown(readFileSync(path.join(ROOT, 'data/real/a49ef8a0da1f62dd.md')), 'a49ef8a0da1f62dd.md');
    expect(roles(x)).toEqual(expect.arrayContaining(['IV.6 COORDINATE Lực lượng quân đội', 'IV.6 COORDINATE Ngành giáo dục']));
  });

  it('leaves a "Phối hợp với ..." sentence inside a long paragraph of a resolution to its own subject (none here)', async () => {
    const text = readFileSync(path.join(ROOT, 'data/corpus/004_8f07e00dd8583e0d.txt'));
    const x = await extractMarkdown(text, '004_8f07e00dd8583e0d.txt');
    expect(x.assignments.map((a) => `${a.role} ${a.body}`)).not.toContain('COORDINATE các bộ, ngành Trung ương');
  });

  it('makes the one a heading "Trách nhiệm của ..." names the body of the duties under it, not an individual (Quy chế, Ninh Bình)', async () => {
    const x = await extractMarkdown(readFileSync(path.join(ROOT, 'data/real/3928ef06a8929828.md')), '3928ef06a8929828.md');
    const bodies = x.assignments.map((a) => a.body);
    expect(bodies).toEqual(expect.arrayContaining(['Văn thư', 'Doanh nghiệp cung cấp dịch vụ Hệ thống QLVB&ĐH']));
    expect(bodies.some((b) => /^cán bộ/i.test(b))).toBe(false);
  });

  it('reads "Giao Thường trực HĐND, các Ban của" wrapped at the line end as the start of the sentence (Nghị quyết, Hà Nội)', async () => {
    const x = await extractMarkdown(readFileSync(path.join(ROOT, 'data/real/98b67fb117d01944.md')), '98b67fb117d01944.md');
    expect(roles(x)).toEqual(expect.arrayContaining(['Điều 4.2 SUPERVISE Thường trực Hội đồng nhân dân Thành phố', 'Điều 4.2 SUPERVISE các Ban của Hội đồng nhân dân Thành phố', 'Điều 4.2 SUPERVISE các Tổ đại biểu Hội đồng nhân dân Thành phố']));
    expect(roles(x)).not.toContain('Điều 4.2 SUPERVISE Hội đồng nhân dân');
  });
});
