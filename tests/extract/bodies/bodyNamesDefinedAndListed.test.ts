/**
 * Where a body's name ends and what a list names (issue 8, eleventh assignment pass, the body side): a
 * committee's field after "về", a short form the text defines, one body per commune or ministry a colon lists,
 * the tax offices' names since 2025, and look-alike matches that must not swallow a function word. Phrases as
 * the real documents of ../shared/real write them; whole documents from tests/fixtures/gold-real/docs.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseBodyListAt, resolveBody } from '../../../src/extract/bodies';
import { extractDocument } from '../../../src/extract/extractDocument';
import { tokenize } from '../../../src/extract/vocabulary';
import { readSource } from '../../../src/formats';

/** The bodies a list starting the text names, as parsed (raw), groups marked. */
const items = (text: string) => parseBodyListAt(tokenize(text), 0, { bareGeneric: true })?.items.map((i) => (i.group ? `[${i.raw}]` : i.raw)) ?? [];

async function extractFile(name: string) {
  const file = path.join(__dirname, '../../fixtures/gold-real/docs', name);
  const source = await readSource(readFileSync(file), { fileName: name });
  return extractDocument(source.text, { fileName: name, metadata: source.metadata });
}

async function extractText(text: string) {
  const source = await readSource(Buffer.from(text, 'utf8'), { fileName: 'x.md' });
  return extractDocument(source.text, { fileName: 'x.md', metadata: source.metadata });
}

describe("a committee's name goes on with the field it steers", () => {
  it('reads "về" and the capitalized field, verbs included, even across a wrapped line', () => {
    expect(items('Ban Chỉ đạo Nhà nước về Du lịch thực hiện')).toEqual(['Ban Chỉ đạo Nhà nước về Du lịch']);
    expect(items('Hội đồng Quốc gia về Phát triển bền vững chủ trì')).toEqual(['Hội đồng Quốc gia về Phát triển bền vững']);
    expect(items('Ban Chỉ đạo Nhà nước về\nDu lịch (gọi tắt là Ban Chỉ đạo)')).toEqual(['Ban Chỉ đạo Nhà nước về Du lịch']);
    expect(items('Văn phòng Ban Chỉ đạo Nhà nước về Du lịch, Bộ Văn hóa, Thể thao và Du lịch')).toEqual([
      'Văn phòng Ban Chỉ đạo Nhà nước về Du lịch',
      'Bộ Văn hóa, Thể thao và Du lịch',
    ]);
  });

  it('stops before a kind of document or a body after "về", and for heads that take no field', () => {
    expect(items('Ban Chỉ đạo Nhà nước về Kế hoạch phát triển')).toEqual(['Ban Chỉ đạo Nhà nước']);
    expect(items('Ủy ban nhân dân về Dự án')).toEqual(['Ủy ban nhân dân']);
  });
});

describe('a short form the text defines stands for the body it follows', () => {
  it('names every "Ban Chỉ đạo" of a steering committee\'s Quy chế after the committee (Ban Chỉ đạo Nhà nước về Du lịch)', async () => {
    const x = await extractFile('322358d6040a153b.md');
    const bodies = new Set(x.assignments.map((a) => a.body));
    expect(bodies).toContain('Ban Chỉ đạo Nhà nước về Du lịch');
    expect(bodies).not.toContain('Ban Chỉ đạo Nhà nước');
  });

  it('keeps a level the text names for a list of communes as the text writes it ("UBND cấp xã")', async () => {
    const x = await extractText(
      [
        'Điều 1. Phân cấp thẩm quyền',
        '',
        '1. Ủy ban nhân dân xã, phường (sau đây gọi tắt là Ủy ban nhân dân cấp xã) quyết định thanh lý tài sản cố định.',
        '',
        '2. Ủy ban nhân dân cấp xã có trách nhiệm báo cáo kết quả./.',
      ].join('\n'),
    );
    expect(x.assignments.map((a) => a.body)).not.toContain('Ủy ban nhân dân xã, phường');
  });
});

describe('a colon lists the members of a group one body each', () => {
  it('names each commune\'s committee, with a count or "các" before the unit (Kế hoạch, Đồng Tháp)', async () => {
    expect(items('Ủy ban nhân dân các xã: Gia Thuận, Tân Điền, Gò Công Đông, Tân Phú Đông\n- Xây dựng kế hoạch')).toEqual([
      'Ủy ban nhân dân xã Gia Thuận',
      'Ủy ban nhân dân xã Tân Điền',
      'Ủy ban nhân dân xã Gò Công Đông',
      'Ủy ban nhân dân xã Tân Phú Đông',
    ]);
    expect(items('Chủ tịch UBND các phường: Hải Châu, Thanh Khê và Sơn Trà chịu trách nhiệm')).toEqual(['Chủ tịch UBND phường Hải Châu', 'Chủ tịch UBND phường Thanh Khê', 'Chủ tịch UBND phường Sơn Trà']);
    // A place name accented otherwise than a vocabulary phrase is the place's own ("Gò Công Đông", no "cộng đồng").
    expect(resolveBody('Ủy ban nhân dân xã Gò Công Đông', 'Đồng Tháp').name).toBe('Ủy ban nhân dân xã Gò Công Đông');
    const x = await extractFile('bffd9da6f0d38031.md');
    const leads = x.assignments.filter((a) => a.role === 'LEAD').map((a) => a.body);
    expect(leads).toEqual(expect.arrayContaining(['Ủy ban nhân dân xã Gia Thuận', 'Ủy ban nhân dân xã Tân Phú Đông']));
    expect(x.assignments.map((a) => a.body)).not.toContain('Ủy ban nhân dân');
  });

  it('names each ministry by its field and other bodies by their whole name after "Các Bộ, cơ quan:" (Thông báo, Văn phòng Chính phủ)', () => {
    expect(items('Các Bộ, cơ quan: Tài chính, Xây dựng, Nông nghiệp\nvà Môi trường, Văn hóa, Thể thao và Du lịch, Công Thương,\nNgoại giao, Tập đoàn Điện lực Việt Nam theo chức năng')).toEqual([
      'Bộ Tài chính',
      'Bộ Xây dựng',
      'Bộ Nông nghiệp và Môi trường',
      'Bộ Văn hóa, Thể thao và Du lịch',
      'Bộ Công Thương',
      'Bộ Ngoại giao',
      'Tập đoàn Điện lực Việt Nam',
    ]);
    expect(items('Các Sở, ban, ngành: Tư pháp, Nội vụ thực hiện')).toEqual(['Sở Tư pháp', 'Sở Nội vụ']);
    // Without a colon the kinds stay one group.
    expect(items('các Bộ, cơ quan liên quan thực hiện')).toEqual(['[các Bộ, cơ quan liên quan]']);
  });
});

describe('names of bodies as the 2025 reorganization writes them', () => {
  it('reads the tax offices of every province or base level as a group (Công văn, Cục Thuế)', () => {
    expect(items('các Thuế tỉnh, thành phố khẩn trương báo cáo')).toEqual(['[các Thuế tỉnh, thành phố]']);
    expect(items('các Thuế cơ sở thực hiện')).toEqual(['[các Thuế cơ sở]']);
    expect(items('Thuế tỉnh Đắk Lắk chủ trì')).toEqual(['Thuế tỉnh Đắk Lắk']);
  });
});

describe('where other names end', () => {
  it('never reads a function word into a look-alike name ("Hà Nội và" is no "Nội vụ")', () => {
    expect(items('Giám đốc Đại học Công nghiệp Hà Nội và các cơ quan, tổ chức, cá nhân có liên quan')).toEqual([
      'Giám đốc Đại học Công nghiệp Hà Nội',
      '[các cơ quan, tổ chức, cá nhân có liên quan]',
    ]);
    expect(items('Học viện Chính trị quốc gia Hồ Chí Minh chủ trì')).toEqual(['Học viện Chính trị quốc gia Hồ Chí Minh']);
  });

  it('ends a management board at its province, keeps "hàng không" and reads kinds of military and media bodies', () => {
    expect(items('Ban Quản lý các khu chế xuất và công nghiệp Cần Thơ chỉ đạo các đơn vị')).toEqual(['Ban Quản lý các khu chế xuất và công nghiệp Cần Thơ']);
    expect(items('Tổng công ty Cảng hàng không Việt Nam (ACV) khẩn trương')).toEqual(['Tổng công ty Cảng hàng không Việt Nam']);
    expect(items('các quân khu thực hiện')).toEqual(['[các quân khu]']);
    expect(items('các cơ quan thông tấn, báo chí trên địa bàn Thành phố thực hiện')).toEqual(['[các cơ quan thông tấn, báo chí trên địa bàn Thành phố]']);
    expect(items('Các doanh nghiệp viễn thông, doanh nghiệp bưu chính thực hiện')).toEqual(['[Các doanh nghiệp viễn thông, doanh nghiệp bưu chính]']);
    // "cơ quan ngang bộ" and "cơ quan thuộc Chính phủ" are collectives of their own, as annotators list them; the
    // "thuộc Chính phủ" of the second is its kind's name, no owner of the first.
    expect(items('các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ thực hiện')).toEqual(['[các bộ]', '[cơ quan ngang bộ]', '[cơ quan thuộc Chính phủ]']);
    expect(items('các tổ chức hành chính khác, đơn vị sự nghiệp công lập thuộc thành phố')).toEqual([
      '[các tổ chức hành chính khác thuộc thành phố]',
      '[đơn vị sự nghiệp công lập thuộc thành phố]',
    ]);
    // Mass organizations listed together are one group; state agencies before them stay apart.
    expect(items('các tổ chức chính trị - xã hội, hội, đoàn thể thực hiện')).toEqual(['[các tổ chức chính trị - xã hội, hội, đoàn thể]']);
    expect(items('các sở, ban, ngành, tổ chức chính trị - xã hội thực hiện')).toEqual(['[các sở, ban, ngành]', '[tổ chức chính trị - xã hội]']);
  });
});

describe('Party officials and provinces laid out as bullets', () => {
  it('reads "Bí thư" as the secretary\'s title, no OCR-damaged "Bộ", and a province list across its bullets (Công điện, Thủ tướng)', () => {
    const r = resolveBody('Phó Bí thư Thành ủy Hà Nội', 'national');
    expect(r.name).toBe('Thành ủy Hà Nội');
    expect(r.official).toBe('Phó Bí thư');
    expect(resolveBody('Sớ Nội vụ', 'national').name).toBe('Sở Nội vụ');
    expect(items('Bí thư tỉnh ủy, Chủ tịch Ủy ban nhân dân các tỉnh: Gia Lai, - Đắk Lắk và Khánh Hòa; - Các Bộ: Quốc phòng')).toEqual([
      'Bí thư Tỉnh ủy Gia Lai',
      'Bí thư Tỉnh ủy Đắk Lắk',
      'Bí thư Tỉnh ủy Khánh Hòa',
      'Chủ tịch Ủy ban nhân dân tỉnh Gia Lai',
      'Chủ tịch Ủy ban nhân dân tỉnh Đắk Lắk',
      'Chủ tịch Ủy ban nhân dân tỉnh Khánh Hòa',
    ]);
  });
});

describe("a ministry's unit named in lower-case words", () => {
  it('runs on to the ministry that closes it, never past a duty verb or a place (Quy chế, Lâm Đồng)', () => {
    expect(items('Cục Cảnh sát quản lý hành chính về trật tự xã hội, Bộ Công an quản lý')).toEqual(['Cục Cảnh sát quản lý hành chính về trật tự xã hội, Bộ Công an']);
    expect(items('Cục Cảnh sát giao thông - Bộ Công an chủ trì')).toEqual(['Cục Cảnh sát giao thông - Bộ Công an']);
    expect(items('Cục Thuế thực hiện, Bộ Tài chính')).toEqual(['Cục Thuế']);
    expect(items('Cục Thuế tỉnh, Bộ Tài chính')).toEqual(['Cục Thuế tỉnh', 'Bộ Tài chính']);
  });
});
