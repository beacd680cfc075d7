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

  // A decree or a resolution defines the body it regulates by the head of its name: "Quỹ nhà ở quốc gia (sau đây gọi
  // là Quỹ)", "Ban Quản lý các khu công nghệ cao ... (sau đây gọi tắt là “Ban Quản lý”)". The full name may be one the
  // body parser does not read (lower case after "Quỹ", a list inside it), and a verb after the short form
  // ("Quỹ tổ chức thực hiện ...") is the predicate, not more of the name.
  const DECREE = [
    'CHÍNH PHỦ',
    '',
    'Số: 302/2025/NĐ-CP',
    '',
    '**NGHỊ ĐỊNH**',
    '',
    '**Điều 1. Phạm vi điều chỉnh**',
    '',
    'Nghị',
    'định này quy định chi tiết về Quỹ nhà ở quốc gia (sau đây gọi là Quỹ) và biện',
    'pháp thi hành một số điều của Nghị quyết số 201/2025/QH15',
    '',
    '**Điều 11. Chế độ báo cáo, kế toán**',
    '',
    '1.',
    'Quỹ tổ chức bộ máy kế toán theo quy định của pháp luật về kế toán.',
    '',
    '2.',
    'Quỹ tổ chức thực hiện công tác kế toán, thống kê theo quy định của pháp luật; lập,',
    'ghi chép chứng từ ban đầu, cập nhật sổ sách kế toán.',
    '',
    '3.',
    'Chế độ báo cáo thực hiện theo quy định pháp luật về đơn vị sự nghiệp công lập.',
  ].join('\n');

  it("reads a decree's short form before a verb as the body it defines, named in lower case (Nghị định)", async () => {
    const x = await extract(DECREE, 'x.md');
    const bodies = x.assignments.map((a) => `${a.section} ${a.body}`);
    expect(bodies).toContain('Điều 11.2 Quỹ nhà ở quốc gia');
    expect(bodies.some((b) => / Quỹ( tổ chức)?$/.test(b))).toBe(false);
  });

  const RESOLUTION = [
    'HỘI ĐỒNG NHÂN DÂN',
    'THÀNH PHỐ HÀ NỘI',
    '',
    'Số:',
    '73/2025/NQ-HĐND',
    '',
    '**NGHỊ QUYẾT**',
    '',
    '**Điều 16. Trách nhiệm của Ủy',
    'ban nhân dân Thành phố và cơ quan, tổ chức quản lý nhà nước có liên quan**',
    '',
    '2. Ban Quản lý các khu công nghệ cao và khu công',
    'nghiệp thành phố Hà Nội (sau đây gọi tắt là “Ban Quản lý”) có trách nhiệm:',
    '',
    'a) Chủ trì tiếp nhận, xét duyệt hồ sơ cấp mới, cấp',
    'đổi, cấp lại, nâng hạng, thu hồi thẻ nhân lực công nghệ cao;',
    '',
    '**PHỤ LỤC I**',
    '',
    '**1. Trình tự, thủ tục, thẩm định,',
    'phê duyệt cấp mới thẻ nhân lực công nghệ cao**',
    '',
    'a) Cơ quan, tổ chức, doanh nghiệp sử dụng lao động',
    '(sau đây gọi tắt là “đơn vị”) lập 01 bộ hồ sơ cấp mới thẻ nhân lực công nghệ',
    'cao và trình Ban Quản lý các khu công nghệ cao và khu công nghiệp Thành phố',
    '(sau đây gọi tắt là “Ban Quản lý”) phê duyệt hồ sơ cấp mới thẻ nhân lực công',
    'nghệ cao thông qua hình thức: trực tiếp hoặc trực tuyến hoặc qua dịch vụ bưu',
    'chính;',
    '',
    'b) Trong thời hạn 10 ngày làm việc kể từ ngày tiếp',
    'nhận hồ sơ, Ban Quản lý tổ chức đánh giá, thẩm định hồ sơ cấp mới thẻ nhân lực',
    'công nghệ cao theo quy định tại Điều 5 Nghị quyết này;',
  ].join('\n');

  it("reads a short form defined twice for one body, with a list in its name, as that body (Nghị quyết HĐND)", async () => {
    const x = await extract(RESOLUTION, 'x.md');
    const bodies = [...new Set(x.assignments.map((a) => a.body))];
    expect(bodies).toContain('Ban Quản lý các khu công nghệ cao và khu công nghiệp thành phố Hà Nội');
    expect(bodies.some((b) => /^Ban Quản lý( tổ chức)?$/.test(b))).toBe(false);
  });
});
