/**
 * A body named through its head's title ("Giám đốc Sở X", "Chủ tịch UBND các xã", "Thủ trưởng các sở, ban,
 * ngành") is that body's duty: policy staff ask what a body is responsible for. The assignment names the body
 * and keeps the title apart (`official`); its node is the body's.
 */
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../src/extract/extractDocument';
import { extractSource as extractMarkdown } from '../../support/realExtraction';

describe('officials name their bodies', () => {
  // Quyết định of UBND tỉnh Nghệ An (November 2025), document export: the closing article as the export wrapped it.
  const closing = [
    '**Điều 2.** Giao Sở Nông nghiệp và Môi trường chủ trì, phối hợp với Văn phòng UBND tỉnh hướng dẫn thực hiện.',
    '',
    '**Điều 4. Hiệu lực và trách nhiệm thi',
    'hành**',
    '',
    'Quyết định này có hiệu lực thi hành',
    'kể từ ngày ký.',
    '',
    'Chánh Văn phòng Ủy ban nhân dân',
    'tỉnh; Giám đốc Sở Nông nghiệp và Môi trường, Thủ trưởng các Sở, ban, ngành cấp',
    'tỉnh; Giám đốc Trung tâm Phục vụ hành chính công tỉnh; Giám đốc Trung tâm Phục',
    'vụ hành chính công cấp xã và các tổ chức, cá nhân có liên quan chịu trách nhiệm',
    'thi hành Quyết định này./.',
    '',
  ].join('\n');

  it('"Chánh Văn phòng UBND tỉnh; Giám đốc Sở ..., Thủ trưởng các Sở, ban, ngành" are the office, the department, the departments', async () => {
    const x = await extractMarkdown(closing, '65fe198460ffa9d9.md');
    const at4 = x.assignments.filter((a) => a.section === 'Điều 4').map((a) => `${a.official ?? '-'} | ${a.body}`);
    expect(at4).toEqual(
      expect.arrayContaining([
        'Chánh | Văn phòng Ủy ban nhân dân tỉnh',
        'Giám đốc | Sở Nông nghiệp và Môi trường',
        'Thủ trưởng | các sở, ban, ngành cấp tỉnh',
        'Giám đốc | Trung tâm Phục vụ hành chính công tỉnh',
        '- | các tổ chức, cá nhân có liên quan',
      ]),
    );
  });

  it('gives the department named through its director the same node as the department named alone', async () => {
    const x = await extractMarkdown(closing, '65fe198460ffa9d9.md');
    const keys = new Set(x.assignments.filter((a) => a.body === 'Sở Nông nghiệp và Môi trường').map((a) => a.bodyKey));
    expect(x.assignments.filter((a) => a.body === 'Sở Nông nghiệp và Môi trường').map((a) => a.section)).toEqual(expect.arrayContaining(['Điều 2', 'Điều 4']));
    expect(keys.size).toBe(1);
  });

  it('"Chủ tịch Ủy ban nhân dân các xã, phường" is the communes\' people\'s committees', async () => {
    // Chỉ thị of UBND thành phố Cần Thơ (November 2025), its closing request.
    const x = await extractMarkdown(
      [
        'Trên đây là Chỉ thị về tăng cường công tác quản lý, bảo vệ tài nguyên nước dưới đất trên địa bàn thành phố Cần',
        'Thơ, yêu cầu Giám đốc sở, Thủ trưởng cơ quan, ban, ngành thành phố, Chủ tịch Ủy',
        'ban nhân dân xã, phường và các tổ chức, cá nhân có liên quan có trách nhiệm tổ',
        'chức triển khai thực hiện nghiêm túc Chỉ thị này./.',
        '',
      ].join('\n'),
      '2847e16133f7b987.md',
    );
    const chair = x.assignments.find((a) => a.official === 'Chủ tịch');
    expect(chair?.body).toBe('Ủy ban nhân dân xã, phường');
    expect(x.bodies.find((b) => b.key === chair?.bodyKey)?.name).toBe('Ủy ban nhân dân xã, phường');
  });

  it('"Giám đốc: Trung tâm A, Trung tâm B" is a title whose colon lists the bodies it heads; the list runs on through it', async () => {
    // Quyết định of UBND tỉnh Hà Tĩnh (November 2025), its closing article as the export wrapped it.
    const x = await extractMarkdown(
      [
        'Điều 4. Chánh Văn phòng',
        'UBND tỉnh; Giám đốc Sở Tài chính, Giám đốc các sở; Thủ trưởng các ban, ngành cấp tỉnh; Giám đốc: Trung tâm Công báo - Tin học tỉnh, Trung tâm Phục vụ hành chính công tỉnh; Chủ tịch UBND các xã, phường và các tổ chức, cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này./.',
        '',
      ].join('\n'),
      'ad3df698d54f5b1d.md',
    );
    expect(x.assignments.map((a) => a.body)).toEqual([
      'Văn phòng Ủy ban nhân dân tỉnh',
      'Sở Tài chính',
      'các sở',
      'các ban, ngành cấp tỉnh',
      'Trung tâm Công báo - Tin học tỉnh',
      'Trung tâm Phục vụ hành chính công tỉnh',
      'Ủy ban nhân dân các xã, phường',
      'các tổ chức, cá nhân có liên quan',
    ]);
  });

  it('reads "Người đứng đầu" before a kind of unit as that unit (consistency audit rule 6: heads standing for bodies)', () => {
    const x = extractDocument('Điều 3. Người đứng đầu cơ quan, tổ chức được giao nhiệm vụ chịu trách nhiệm kiểm tra việc thực hiện./.');
    expect(x.assignments.map((a) => [a.official ?? null, a.body])).toContainEqual(['Người đứng đầu', 'cơ quan, tổ chức được giao nhiệm vụ']);
  });
});
