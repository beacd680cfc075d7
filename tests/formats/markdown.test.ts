import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSource, SourceReadError } from '../../src/formats';
import { splitBarTables } from '../../src/formats/markdown/barTables';
import { decodeDocument } from '../../src/text/decode';

const dir = path.join(__dirname, '..', 'fixtures', 'real-formats');
const bytes = (name: string): Uint8Array => readFileSync(path.join(dir, name));
const tableRows = (text: string): string[] => text.split('\n').filter((l) => l.startsWith('| ') && l.endsWith(' |'));

describe('readSource: a DOCX export to Markdown', () => {
  it('writes the two-column header as table rows and removes every mark', async () => {
    const s = await readSource(bytes('export-quyet-dinh-97-2025-qd-ubnd.md'), { fileName: 'export.md' });
    expect(s.format).toBe('markdown');
    expect(s.metadata).toBeNull();
    const rows = tableRows(s.text);
    expect(rows[0]).toBe('| ỦY BAN NHÂN DÂN TỈNH NGHỆ AN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc |');
    expect(rows[1]).toBe('| Số: 97/2025/QĐ-UBND | Nghệ An, ngày 25 tháng 11 năm 2025 |');
    expect(s.text).not.toMatch(/\*|^#|^\s*\|\s*$/m);
  });

  it('joins the lines of a wrapped paragraph and heading, as Markdown reads them', async () => {
    const s = await readSource(bytes('export-quyet-dinh-97-2025-qd-ubnd.md'));
    const lines = s.text.split('\n');
    expect(lines).toContain(
      'QUY ĐỊNH TRÌNH TỰ, THỦ TỤC HỖ TRỢ CHI PHÍ TƯ VẤN PHÁP LUẬT CHO DOANH NGHIỆP NHỎ VÀ VỪA TRÊN ĐỊA BÀN TỈNH NGHỆ AN',
    );
    expect(lines).toContain('Điều 1. Phạm vi điều chỉnh, đối tượng áp dụng');
    expect(lines).toContain('Căn cứ Luật Hỗ trợ doanh nghiệp nhỏ và vừa số 04/2017/QH14;');
  });

  it('reads a header written one row per line, with the rules and words an export glued together taken apart', async () => {
    const s = await readSource(bytes('export-nghi-quyet-1661-nq-ubtvqh15.md'));
    expect(s.text.split('\n')[0]).toBe('| Số: 1661/NQ-UBTVQH15 | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc |');
    expect(s.text.split('\n')).toContain('NGHỊ QUYẾT');
  });

  it('keeps the signature block as a row at the end', async () => {
    const s = await readSource(bytes('export-quyet-dinh-97-2025-qd-ubnd.md'));
    const last = tableRows(s.text).at(-1)!;
    expect(last).toMatch(/^\| Nơi nhận: - Như Điều 4;.* \| TM\. ỦY BAN NHÂN DÂN KT\. CHỦ TỊCH PHÓ CHỦ TỊCH Bùi Thanh An \|$/);
  });
});

describe('readSource: a page saved from a legal portal', () => {
  it('parses the metadata block, with the date in ISO form', async () => {
    const s = await readSource(bytes('portal-cong-van-5348-ct-cs.md'), { fileName: 'page.md' });
    expect(s.metadata).toEqual({
      symbol: '5348/CT-CS',
      kind: 'Công văn',
      issuer: 'Cục Thuế',
      date: '2025-11-20',
      signer: 'Phạm Thị Minh Hiền',
    });
  });

  it('drops the site notices, the metadata block and the portal content after the document', async () => {
    const s = await readSource(bytes('portal-cong-van-5348-ct-cs.md'));
    for (const chrome of ['THƯ VIỆN PHÁP LUẬT', 'Đang tải văn bản', 'Số hiệu:', 'Tình trạng:', 'Văn bản này chưa cập nhật', 'Tài khoản']) {
      expect(s.text).not.toContain(chrome);
    }
    // The portal's own title line for the document ("Công văn 5348/CT-CS năm 2025 ...") is chrome too.
    expect(s.text).not.toMatch(/^Công văn 5348\/CT-CS/m);
    expect(s.text.startsWith('| BỘ TÀI CHÍNH CỤC THUẾ | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc |\n')).toBe(true);
    expect(s.text.trimEnd().split('\n').at(-1)).toMatch(/^\| Nơi nhận:.*\| TL\. CỤC TRƯỞNG .* Phạm Thị Minh Hiền \|$/);
    expect(s.text).toContain('| Số: 5348/CT-CS V/v hướng dẫn góp vốn điều lệ | Hà Nội, ngày 20 tháng 11 năm 2025 |');
    expect(s.text).not.toMatch(/\*|^\s*\|\s*$/m);
  });

  it('rebuilds tables written one cell per line, and keeps the text between tables out of them', async () => {
    const s = await readSource(bytes('portal-quyet-dinh-2666-qd-ubnd.md'));
    const rows = tableRows(s.text);
    expect(rows).toContain('| STT | Tên thủ tục hành chính | Thời hạn giải quyết | Địa điểm thực hiện | Phí, lệ phí | Căn cứ pháp lý |');
    expect(rows).toContain('| STT | Tên thủ tục hành chính | Tên VBQPPL quy định việc bãi bỏ thủ tục hành chính |');
    expect(rows).toContain('| 3 | Thu hồi chứng chỉ nghiệp vụ chuyên môn về đấu thầu |');
    expect(rows.filter((r) => r.startsWith('| 1 | Cấp chứng chỉ nghiệp vụ')).length).toBe(1);
    // Headings between the tables stay lines of text, not cells.
    expect(s.text.split('\n')).toContain('B. DANH MỤC THỦ TỤC HÀNH CHÍNH BỊ BÃI BỎ');
    expect(rows.some((r) => r.includes('DANH MỤC'))).toBe(false);
    expect(rows.find((r) => r.startsWith('| Nơi nhận:'))).toMatch(/\| KT\. CHỦ TỊCH PHÓ CHỦ TỊCH Vương Quốc Nam \|$/);
  });
});

describe('readSource: line breaks of a portal page', () => {
  it('joins lines the page only wrapped, and keeps headings and paragraphs apart', async () => {
    const s = await readSource(bytes('portal-quyet-dinh-2666-qd-ubnd.md'));
    const lines = s.text.split('\n');
    const at = lines.indexOf('QUYẾT ĐỊNH');
    expect(at).toBeGreaterThan(0);
    expect(lines[at + 1]).toBe('VỀ VIỆC CÔNG BỐ DANH MỤC THỦ TỤC HÀNH CHÍNH ĐƯỢC SỬA ĐỔI, BỔ SUNG, BÃI BỎ THUỘC THẨM QUYỀN GIẢI QUYẾT CỦA SỞ TÀI CHÍNH');
    expect(lines[at + 2]).toBe('CHỦ TỊCH ỦY BAN NHÂN DÂN THÀNH PHỐ CẦN THƠ');
    expect(lines).toContain('Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;');
    expect(lines.filter((l) => l.startsWith('Căn cứ ')).length).toBe(4);
    expect(lines.filter((l) => /^Điều \d\./.test(l)).map((l) => l.slice(0, 8))).toEqual(['Điều 1. ', 'Điều 2. ', 'Điều 3. ']);
  });

  it('joins a line that stops on a word waiting for more ("... ; Chủ tịch" / "Ủy ban nhân dân các xã") even before a capital', async () => {
    // The closing article of a Quyết định of UBND tỉnh Quảng Trị, a page without blank lines, as stored.
    const page = [
      '**Điều 2. **Hiệu lực thi hành',
      '2. Chánh Văn phòng Ủy ban nhân',
      'dân tỉnh; Giám đốc (Thủ trưởng) các sở, ban, ngành, đơn vị cấp tỉnh; Chủ tịch',
      'Ủy ban nhân dân các xã, phường; Thủ trưởng các cơ quan, tổ chức và cá nhân có',
      'liên quan chịu trách nhiệm thi hành Quyết định này./.',
    ].join('\n');
    const lines = (await readSource(Buffer.from(page), { fileName: 'page.md' })).text.trimEnd().split('\n');
    expect(lines).toEqual([
      'Điều 2. Hiệu lực thi hành',
      '2. Chánh Văn phòng Ủy ban nhân dân tỉnh; Giám đốc (Thủ trưởng) các sở, ban, ngành, đơn vị cấp tỉnh; Chủ tịch Ủy ban nhân dân các xã, phường; Thủ trưởng các cơ quan, tổ chức và cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này./.',
    ]);
  });

  it('joins a line that ends with the head of a ministry\'s name ("..., Bộ" / "Nông nghiệp và Môi trường ...")', async () => {
    // A Government Office notice, a page without blank lines, as stored: a ministry's name broken after "Bộ".
    const page = [
      '**1. **Đánh giá',
      'hợp 03 Chương trình thành một Chương trình. Thực hiện nhiệm vụ được giao, Bộ',
      'Nông nghiệp và Môi trường trong thời gian ngắn đã tích cực vào cuộc, đến nay cơ',
      'bản hoàn thành hồ sơ.',
    ].join('\n');
    const lines = (await readSource(Buffer.from(page), { fileName: 'page.md' })).text.trimEnd().split('\n');
    expect(lines.at(-1)).toMatch(/được giao, Bộ Nông nghiệp và Môi trường trong thời gian ngắn đã tích cực vào cuộc, đến nay cơ bản hoàn thành hồ sơ\.$/);
  });

  it('keeps a title in capitals that ends with a body\'s name ("... CỦA SỞ NỘI VỤ") apart from the line after it', async () => {
    const page = [
      '**QUYẾT',
      'ĐỊNH**',
      'BÃI BỎ QUYẾT ĐỊNH',
      'SỐ 15/2025/QĐ-UBND NGÀY 01/3/2025 CỦA ỦY BAN NHÂN DÂN TỈNH BAN HÀNH QUY ĐỊNH CHỨC',
      'NĂNG, NHIỆM VỤ, QUYỀN HẠN VÀ CƠ CẤU TỔ CHỨC CỦA SỞ NỘI VỤ',
      '*Căn cứ Luật Tổ chức chính quyền địa phương số',
      '72/2025/QH15;*',
    ].join('\n');
    const lines = (await readSource(Buffer.from(page), { fileName: 'page.md' })).text.trimEnd().split('\n');
    expect(lines.at(-1)).toBe('Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;');
    expect(lines.at(-2)).toMatch(/CỦA SỞ NỘI VỤ$/);
  });
});

describe('readSource: format and identity of the bytes', () => {
  it('reads Markdown by its marks whatever the file is called', async () => {
    const s = await readSource(bytes('portal-cong-van-5348-ct-cs.md'), { fileName: 'page.txt' });
    expect(s.format).toBe('markdown');
    expect(s.metadata?.symbol).toBe('5348/CT-CS');
  });

  it('reads plain text through decodeDocument, legacy encodings included', async () => {
    const enc = path.join(__dirname, '..', 'fixtures', 'encodings');
    const utf8 = await readSource(readFileSync(path.join(enc, 'nghi-quyet-004.utf8.txt')), { fileName: 'a.txt' });
    const legacy = readFileSync(path.join(enc, 'nghi-quyet-004.tcvn3.txt'));
    const tcvn3 = await readSource(legacy, { fileName: 'b.txt' });
    expect(utf8.format).toBe('text');
    expect(utf8.text).toContain('Căn cứ Nghị quyết số 128/NQ-HĐND ngày 09 tháng 12 năm 2022');
    expect(tcvn3.format).toBe('text');
    expect(tcvn3.encoding).toBe('tcvn3');
    const decoded = decodeDocument(legacy, { fileName: 'b.txt', maxBytes: 0 });
    expect(decoded.ok && tcvn3.text === decoded.text).toBe(true);
    expect(tcvn3.warnings.map((w) => w.message)).toEqual(decoded.ok ? decoded.warnings : null);
  });

  it('records the sha256 of the original bytes', async () => {
    const b = bytes('export-quyet-dinh-97-2025-qd-ubnd.md');
    const s = await readSource(b);
    expect(s.sourceHash).toBe(createHash('sha256').update(b).digest('hex'));
  });

  it('refuses empty and oversized files with decode codes', async () => {
    await expect(readSource(new Uint8Array(0), { fileName: 'e.md' })).rejects.toMatchObject({ code: 'EMPTY' });
    const err = await readSource(bytes('portal-cong-van-5348-ct-cs.md'), { fileName: 'big.md', maxBytes: 1000 }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(SourceReadError);
    expect(err).toMatchObject({ code: 'TOO_LARGE' });
    expect((err as Error).message).toContain('big.md');
  });
});

describe('splitBarTables: empty cells between two rows of a table written one cell per line', () => {
  // Quyết định 2629/QĐ-TTg (Phụ lục II), as exported: row 14, the grouping row "II", then row 1 of part II.
  const excerpt = `|
14
|
Xây dựng và tổ chức triển khai Khung đào tạo, cấp
chứng chỉ quản trị dữ liệu cho các bộ, ngành, địa phương.
|
Bộ Công an (Trung
tâm Dữ liệu quốc gia)
|
Bộ Giáo dục và Đào
tạo
|
Khung đào tạo và
chương trình cấp chứng chỉ quản trị dữ liệu được cấp có thẩm quyền ban hành
|
Tháng 06/2026
|
|
**II**
|
**Phát triển dữ liệu số**
|
|
|
|
|
|
1
|
Tập trung số hóa dữ liệu, khai thác tái sử dụng dữ
liệu để cắt giảm, đơn giản hóa thủ tục hành chính, trọng tâm là lĩnh vực tư
pháp, giáo dục, y tế, đất đai.
|
Các bộ, ngành, địa
phương
|
Bộ Công an, Văn
phòng Chính phủ và các bộ, ngành khác có liên quan
|
Dữ liệu các lĩnh vực
tư pháp, giáo dục, y tế, đất đai được tạo lập, số hóa
|
Năm 2025-2030
|
|
2
|
Thực hiện số hóa 100% hồ sơ
|
Các bộ, ngành, địa phương
|
Bộ Công an
|
Hồ sơ được số hóa
|
Năm 2025-2030
|`.split('\n');

  it('ends a grouping row with the empty cells that fill it to the table\'s width, instead of pushing the next row right', () => {
    const blocks = splitBarTables(excerpt);
    expect(blocks).toHaveLength(1);
    const rows = (blocks[0] as { rows: string[][] }).rows;
    expect(rows.map((r) => r.length)).toEqual([6, 6, 6, 6]);
    expect(rows[1]).toEqual(['**II**', '**Phát triển dữ liệu số**', '', '', '', '']);
    expect(rows[2]![0]).toBe('1');
  });

  it('keeps an empty first cell at the start of its row when the row before is full', () => {
    // The same rows with the number of row 2 left empty (a cell merged with the one above).
    const merged = excerpt.filter((l) => l !== '2');
    const rows = (splitBarTables(merged)[0] as { rows: string[][] }).rows;
    expect(rows[3]).toEqual(['', 'Thực hiện số hóa 100% hồ sơ', 'Các bộ, ngành, địa phương', 'Bộ Công an', 'Hồ sơ được số hóa', 'Năm 2025-2030']);
  });
});
