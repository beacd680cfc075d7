import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../src/extract/extractDocument';
import { findTaskTables } from '../../../src/extract/tasks/tables';
import { readSource } from '../../../src/formats';

const REAL = path.join(__dirname, '../../../data/real');

async function layoutText(file: string): Promise<string> {
  return (await readSource(readFileSync(path.join(REAL, file)), { fileName: file })).text;
}

describe('task tables in layout text', () => {
  it('maps a plan table\'s header to columns: task, lead, coordinating, deadline', async () => {
    const text = await layoutText('c5d930a5fc8373cd.md');
    const tables = findTaskTables(text);
    expect(tables).toHaveLength(1);
    expect(tables[0]!.columns).toEqual(['OTHER', 'TASK', 'LEAD', 'COORDINATE', 'DEADLINE', 'OTHER']);
    expect(tables[0]!.rows.length).toBeGreaterThan(15);
    // Its parts III-VI are missing from the export itself ("….......").
    expect(tables[0]!.groups.map((g) => text.slice(g.start, g.end).split('|')[1]!.trim())).toEqual(['I', 'II', 'VII', 'VIII']);
  });

  it('aligns a row written with an empty first cell ("|  | 4 | ...") to the header', async () => {
    const text = await layoutText('c5d930a5fc8373cd.md');
    const rows = findTaskTables(text)[0]!.rows;
    const row = rows.find((r) => /Hướng dẫn phương pháp, trình tự thống kê/.test(text.slice(r.start, r.end)))!;
    const lead = row.cells.find((c) => c.role === 'LEAD')!;
    expect(text.slice(lead.start, lead.end)).toBe('Sở, ban, ngành, tổ chức chính trị - xã hội');
  });

  it('does not read an administrative-procedure list ("Cơ quan thực hiện" of each procedure) as tasks', async () => {
    expect(findTaskTables(await layoutText('04e4130eb91f3242.md'))).toEqual([]);
  });

  it('finds nothing in text without tables', () => {
    expect(findTaskTables('1. Sở Nội vụ chủ trì, phối hợp với Sở Tư pháp.\n| not a row')).toEqual([]);
  });

  it('gives a task row the text of its task column, without the other cells or the cell bars', async () => {
    const x = extractDocument(await layoutText('c5d930a5fc8373cd.md'));
    const task = x.tasks.find((t) => t.text.startsWith('Hướng dẫn phương pháp, trình tự thống kê'));
    expect(task).toBeDefined();
    expect(task!.text).not.toContain('|');
    expect(task!.text).not.toContain('Sở, ban, ngành');
  });
});

describe('a plan appendix whose task tables repeat their header per part (Kế hoạch 179/KH-UBND, Đồng Nai)', () => {
  const file = path.join(__dirname, '../../fixtures/gold-real/docs/f004d93b21e7fc5f.md');
  const read = async () => (await readSource(readFileSync(file), { fileName: path.basename(file) })).text;
  const cellOf = (text: string, row: { cells: { role: string; start: number; end: number }[] }, role: string) =>
    row.cells.filter((c) => c.role === role).map((c) => text.slice(c.start, c.end));

  it('reads a numbered row as a task even when its task says "Chủ trì ..." like a lead column\'s name', async () => {
    const text = await read();
    const tables = findTaskTables(text);
    const row = tables.flatMap((t) => t.rows).find((r) => text.slice(r.start, r.end).startsWith('| 7.6 |'))!;
    expect(cellOf(text, row, 'LEAD')).toEqual(['Báo và Phát thanh, Truyền hình Đồng Nai']);
    expect(tables.every((t) => t.columns.includes('TASK'))).toBe(true);
  });

  it('gives a header written without its number column ("| Nội dung | Đơn vị thực hiện | ...") the rows\' number column', async () => {
    const text = await read();
    const row = findTaskTables(text).flatMap((t) => t.rows).find((r) => text.slice(r.start, r.end).startsWith('| 1.1 | Xây dựng và tổ chức triển khai Kế hoạch phát triển kinh tế số và xã hội số trong lĩnh vực nông nghiệp'))!;
    expect(cellOf(text, row, 'LEAD')).toEqual(['Sở Nông nghiệp và Môi trường']);
    expect(cellOf(text, row, 'COORDINATE')).toEqual(['Các sở, ban, ngành; UBND các phường xã']);
  });

  it('reads the bodies of those rows, and no body in a task\'s words or a part\'s title', async () => {
    const x = extractDocument(await read());
    const bodies = new Set(x.assignments.map((a) => `${a.role} ${a.body}`));
    expect(bodies).toContain('LEAD Thuế Đồng Nai');
    expect(bodies).toContain('LEAD Báo và Phát thanh, Truyền hình Đồng Nai');
    for (const junk of ['Xã', 'Phường', 'Trường học', 'Cộng đồng', 'Cơ sở']) expect([...bodies].some((b) => b.endsWith(` ${junk}`))).toBe(false);
  });
});

describe('names in responsibility cells', () => {
  const file = path.join(__dirname, '../../fixtures/gold-real/docs/f004d93b21e7fc5f.md');

  it('runs a group in a cell on to the separator: a cell holds names, not a sentence', async () => {
    const x = extractDocument((await readSource(readFileSync(file), { fileName: path.basename(file) })).text);
    const bodies = new Set(x.assignments.map((a) => `${a.role} ${a.body}`));
    expect(bodies).toContain('COORDINATE các doanh nghiệp cung cấp dịch vụ bưu chính');
    expect(bodies).toContain('COORDINATE Ủy ban nhân dân các phường, xã có liên quan');
    // "... tại điểm d, khoản 1, mục III" points into the text; it is no part of the name.
    expect(bodies).toContain('LEAD các cơ quan quản lý các lĩnh vực trọng điểm');
  });

  it('runs a group on over the cell\'s wrapped lines, to a place that closes its name', async () => {
    // A Prime Minister's programme on cyber security, its task table as the export wraps the cells: "Bộ Khoa học và" /
    // "Công nghệ, Bộ Quốc phòng, Bộ Tài chính, các Hiệp hội và Doanh nghiệp công nghệ" / "số Việt Nam".
    const programme = path.join(__dirname, '../../fixtures/gold-real/docs/2edf5927c71bc4c1.md');
    const x = extractDocument((await readSource(readFileSync(programme), { fileName: path.basename(programme) })).text);
    const bodies = new Set(x.assignments.map((a) => `${a.role} ${a.body}`));
    expect(bodies).toContain('COORDINATE Doanh nghiệp công nghệ số Việt Nam');
    expect(bodies).not.toContain('COORDINATE Doanh nghiệp');
  });

  it('reads no header in a row that merely says "phối hợp" (a scoring table\'s criterion)', () => {
    const text = ['| STT | Tiêu chí | Điểm |', '|  |  |  | c) | Có tinh thần trách nhiệm và phối hợp trong thực hiện nhiệm vụ | 1,25 |', '|  |  |  | d) | Có thái độ đúng mực và phong cách ứng xử, lề lối làm việc chuẩn mực | 1,25 |'].join('\n');
    expect(findTaskTables(text)).toEqual([]);
  });
});

describe('tables written one cell per line, with grouping rows (Quyết định 2629/QĐ-TTg, Chính phủ số)', () => {
  const file = path.join(__dirname, '../../fixtures/gold-real/docs/2edf5927c71bc4c1.md');
  const read = async () => (await readSource(readFileSync(file), { fileName: path.basename(file) })).text;

  it('gives a grouping row ("I | Giai đoạn 2025-2027") its own empty cells, so the next row stays in its columns', async () => {
    const lines = (await read()).split('\n');
    expect(lines).toContain('| I | Giai đoạn 2025-2027 |  |  |  |');
    expect(lines).toContain('| I.1 | Cung cấp dịch vụ số bao trùm, thông minh |  |  |  |');
    expect(lines.find((l) => l.startsWith('| 1 | Tỉ lệ dịch vụ công trực tuyến toàn trình'))).toMatch(/\| % \| 100% \| Văn phòng Chính phủ \|$/);
  });

  it('keeps the annex title out of the table before it and reads the next table\'s header whole', async () => {
    const text = await read();
    const lines = text.split('\n');
    expect(lines).toContain('PHỤ LỤC II');
    const tables = findTaskTables(text);
    expect(tables.map((t) => t.columns)).toEqual([
      ['OTHER', 'TASK', 'OTHER', 'OTHER', 'SUPERVISE'],
      ['OTHER', 'TASK', 'LEAD', 'COORDINATE', 'OTHER', 'DEADLINE'],
    ]);
  });

  it('keeps a grouping row ("| II | Phát triển dữ liệu số |  |  |  |  |") apart from the tasks: no task, no paragraph', async () => {
    const text = await read();
    const [indicators, tasks] = findTaskTables(text);
    const label = (r: { start: number; end: number }) => text.slice(r.start, r.end).split('|')[1]!.trim();
    expect(indicators!.groups.map(label)).toEqual(['I', 'I.1', 'I.2', 'II', 'II.1', 'II.2']);
    expect(tasks!.groups.map(label)).toContain('III.1.2');
    expect(tasks!.rows.every((r) => /^\d+$/.test(label(r)))).toBe(true);
    const lines = [indicators!, tasks!].flatMap((t) => [...t.rows, ...t.groups]);
    const inTables = (at: number) => lines.some((r) => at >= r.start && at < r.end);
    const tableTasks = extractDocument(text).tasks.filter((t) => inTables(t.start));
    expect(tableTasks.length).toBe(indicators!.rows.length + tasks!.rows.length);
    expect(tableTasks.map((t) => t.text)).not.toContain('Phát triển dữ liệu số');
  });

  it('reads an indicator table\'s "Cơ quan chủ trì theo dõi, đánh giá" as who supervises the indicator', async () => {
    const text = await read();
    const indicators = findTaskTables(text)[0]!.rows;
    const inTable = (at: number) => indicators.some((r) => at >= r.start && at < r.end);
    const found = extractDocument(text).assignments.filter((a) => inTable(a.start));
    expect(new Set(found.map((a) => a.role))).toEqual(new Set(['SUPERVISE']));
    expect(new Set(found.map((a) => a.body))).toEqual(new Set(['Văn phòng Chính phủ', 'Bộ Khoa học và Công nghệ', 'Bộ Công an', 'Bộ Nội vụ']));
  });
});

describe('header words of a task table\'s body columns', () => {
  // A row of a provincial civil-defence plan's task table, under the headers plans write in other words.
  const row = '| 1 | Hướng dẫn thanh toán chi phí khám bệnh, chữa bệnh trong phòng thủ dân sự | Sở Y tế | Sở Tài chính và cơ quan, địa phương liên quan | 2025 |';
  const kinds = (header: string) => findTaskTables(`${header}\n${row}`)[0]?.columns ?? null;

  it('reads "Trách nhiệm", "Đơn vị phụ trách", "Cơ quan/đơn vị đầu mối", "Đơn vị/người thực hiện" as the lead column of a task table', () => {
    expect(kinds('| TT | Nội dung công việc | Trách nhiệm | Phối hợp | Thời gian |')).toEqual(['OTHER', 'TASK', 'LEAD', 'COORDINATE', 'DEADLINE']);
    expect(kinds('| TT | Nhiệm vụ | Đơn vị phụ trách | Đơn vị phối hợp | Tiến độ |')).toEqual(['OTHER', 'TASK', 'LEAD', 'COORDINATE', 'DEADLINE']);
    expect(kinds('| STT | Nội dung | Cơ quan/đơn vị đầu mối | Cơ quan phối hợp | Thời hạn |')).toEqual(['OTHER', 'TASK', 'LEAD', 'COORDINATE', 'DEADLINE']);
    expect(kinds('| STT | Công việc | Đơn vị/người thực hiện | Đơn vị phối hợp | Thời gian thực hiện |')).toEqual(['OTHER', 'TASK', 'LEAD', 'COORDINATE', 'DEADLINE']);
  });

  it('reads no task table in the steps of a procedure, whose "Đơn vị/người thực hiện" handles a file', async () => {
    // Quy trình nội bộ of a provincial procedure (a step table: who handles the file, what, how long), as the reader
    // writes it.
    const steps = [
      '| Thứ tự công việc | Đơn vị/người thực hiện | Nội dung công việc | Thời gian thực hiện (tính mỗi ngày 08 giờ làm việc) | Dịch vụ công trực tuyến |',
      '| Bước 2 | Lãnh đạo phòng Phòng Kinh tế/Kinh tế, Hạ tầng và Đô thị | Nhận hồ sơ, phân công công chức xử lý hồ sơ | 04 giờ |',
    ].join('\n');
    expect(findTaskTables(steps)).toEqual([]);
    expect(kinds('| TT | Trình tự | Trách nhiệm | Thời gian | Biểu mẫu/Kết quả |')).toBeNull();
  });
});
