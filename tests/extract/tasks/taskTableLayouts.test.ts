import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../src/extract/extractDocument';
import { findTaskTables } from '../../../src/extract/tasks/tables';
import { readSource } from '../../../src/formats';

// Rows of the Nghệ An plan's task table (Kế hoạch 980/KH-UBND), laid out as other plans write
// the same table: a header over two rows, and a cell that lists its bodies as bullets once its lines are joined.
const TITLE = 'KẾ HOẠCH\n\nII. NHIỆM VỤ\n';
const ROW = '| 1 | Tổ chức lại Ban Chỉ huy Phòng thủ dân sự cấp tỉnh, cấp xã | Bộ CHQS tỉnh | Văn phòng Ban Chỉ huy; các sở, ban, ngành | Trước ngày 30/11/2025 | Quyết định của Chủ tịch UBND cấp tỉnh, cấp xã |';

describe('a task table whose header takes two rows', () => {
  const header = [
    '| TT | Nội dung thực hiện | Cơ quan thực hiện |  | Thời gian hoàn thành | Sản phẩm dự kiến |',
    '|  |  | Chủ trì | Phối hợp |  |  |',
  ].join('\n');

  it('takes the lead and partner columns from the second row and the task and deadline columns from the first', () => {
    const tables = findTaskTables(`${header}\n${ROW}`);
    expect(tables).toHaveLength(1);
    expect(tables[0]!.columns).toEqual(['OTHER', 'TASK', 'LEAD', 'COORDINATE', 'DEADLINE', 'OTHER']);
    expect(tables[0]!.rows).toHaveLength(1);
  });

  it('gives the row its task text and deadline', () => {
    const x = extractDocument(`${TITLE}\n${header}\n${ROW}\n`);
    const task = x.tasks.find((t) => t.text.startsWith('Tổ chức lại Ban Chỉ huy'));
    expect(task?.text).toBe('Tổ chức lại Ban Chỉ huy Phòng thủ dân sự cấp tỉnh, cấp xã');
    expect(task?.deadline).not.toBeNull();
  });
});

describe('bodies listed in a responsibility cell with dashes', () => {
  const header = '| TT | Nội dung thực hiện | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành | Sản phẩm dự kiến |';
  const roles = (row: string) => {
    const x = extractDocument(`${TITLE}\n${header}\n${row}\n`);
    return x.assignments.map((a) => `${a.role} ${a.body}`).sort();
  };

  it('reads every body of a cell written as bullets ("- Bộ Quốc phòng; - Sở Tài chính")', () => {
    const row = '| 3 | Tiếp nhận và duy trì Hệ thống Tổng đài 112 phục vụ hoạt động phòng thủ dân sự hoạt động hiệu quả | Bộ CHQS tỉnh | - Bộ Quốc phòng; - Sở Tài chính; - Cơ quan, địa phương liên quan | 2025 |  |';
    expect(roles(row)).toEqual(['COORDINATE Bộ Quốc phòng', 'COORDINATE Cơ quan, địa phương liên quan', 'COORDINATE Sở Tài chính', 'LEAD Bộ Chỉ huy Quân sự tỉnh']);
  });

  it('reads the body after a dash between two names ("Sở Y tế - Sở Tài chính")', () => {
    const row = '| 5 | Hướng dẫn thanh toán chi phí khám bệnh, chữa bệnh trong phòng thủ dân sự | Sở Y tế - Sở Tài chính | Cơ quan, địa phương liên quan | 2025 |  |';
    expect(roles(row)).toEqual(['COORDINATE Cơ quan, địa phương liên quan', 'LEAD Sở Tài chính', 'LEAD Sở Y tế']);
  });

  it('keeps a dash inside a name ("tổ chức chính trị - xã hội") in the name', () => {
    const row = '| 4 | Hướng dẫn phương pháp, trình tự thống kê phù hợp với lĩnh vực quản lý các ngành | Sở, ban, ngành, tổ chức chính trị - xã hội | Cơ quan liên quan | 2025 |  |';
    expect(roles(row)).toContain('LEAD Tổ chức chính trị - xã hội');
  });
});

describe('a task row whose whole task is oversight', () => {
  // Rows 5.2.2 and 5.2.3 of the Đồng Nai plan's annex (Kế hoạch 179/KH-UBND).
  const header = '| STT | Nhiệm vụ, giải pháp | Đơn vị thực hiện | Đơn vị phối hợp | Thời gian thực hiện | Sản phẩm đầu ra |';
  const roles = (row: string) => extractDocument(`${TITLE}\n${header}\n${row}\n`).assignments.map((a) => `${a.role} ${a.body}`).sort();

  it('gives its lead column SUPERVISE, its partners COORDINATE ("Theo dõi, giám sát, đôn đốc ngành điện thực hiện ...")', () => {
    const row = '| 5.2.3 | Theo dõi, giám sát, đôn đốc ngành điện thực hiện nhiệm vụ phát triển kinh tế số và xã hội số trong lĩnh vực năng lượng, phát triển lưới điện thông minh | Sở Công Thương | Các sở, ban, ngành; UBND các phường, xã | 2026 - 2030 | Kế hoạch |';
    expect(roles(row)).toEqual(['COORDINATE các sở, ban, ngành', 'COORDINATE Ủy ban nhân dân các phường, xã', 'SUPERVISE Sở Công Thương']);
  });

  it('keeps LEAD for a row that carries work out ("Triển khai Nền tảng số ...")', () => {
    const row = '| 5.2.2 | Triển khai Nền tảng số kết nối doanh nghiệp sản xuất với các chuyên gia công nghệ và các nhà cung cấp giải pháp chuyên nghiệp | Sở Công Thương | Các sở, ban, ngành; UBND các phường, xã | 2026 - 2030 | Nền tảng |';
    expect(roles(row)).toContain('LEAD Sở Công Thương');
    expect(roles(row)).not.toContain('SUPERVISE Sở Công Thương');
  });
});

describe('roles written in a single "Cơ quan thực hiện" column', () => {
  // Row 5 of the Nghệ An plan (Kế hoạch 980/KH-UBND) under one body column, its lead and partners written as plans do
  // when they have no "Cơ quan phối hợp" column.
  const header = '| TT | Nội dung thực hiện | Cơ quan thực hiện | Thời gian hoàn thành |';
  const task = '| 5 | Hướng dẫn thanh toán chi phí khám bệnh, chữa bệnh trong phòng thủ dân sự |';
  const roles = (cell: string) => extractDocument(`${TITLE}\n${header}\n${task} ${cell} | 2025 |\n`).assignments.map((a) => `${a.role} ${a.body}`).sort();

  it('reads "(chủ trì)" and "(phối hợp)" after the names they mark', () => {
    expect(roles('Sở Y tế (chủ trì); Sở Tài chính, Bộ CHQS tỉnh (phối hợp)')).toEqual(['COORDINATE Bộ Chỉ huy Quân sự tỉnh', 'COORDINATE Sở Tài chính', 'LEAD Sở Y tế']);
  });

  it('reads "X chủ trì, phối hợp với Y" and "Chủ trì: X; phối hợp: Y"', () => {
    expect(roles('Sở Y tế chủ trì, phối hợp với Sở Tài chính')).toEqual(['COORDINATE Sở Tài chính', 'LEAD Sở Y tế']);
    expect(roles('Chủ trì: Sở Y tế; phối hợp: Sở Tài chính')).toEqual(['COORDINATE Sở Tài chính', 'LEAD Sở Y tế']);
  });

  it('keeps every body of an unmarked cell in the column\'s role', () => {
    expect(roles('Sở Y tế, Sở Tài chính')).toEqual(['LEAD Sở Tài chính', 'LEAD Sở Y tế']);
  });
});

describe('roles written inside an item\'s "Cơ quan thực hiện:" field', () => {
  // The item of Kế hoạch 172/KH-UBND, its field written with partners as other plans write it.
  const item = (field: string) =>
    `${TITLE}\n1. Phổ biến, giáo dục Luật Việc làm và các văn bản quy định chi tiết, hướng dẫn thi hành\n\n- Nội dung thực hiện: Tổ chức phổ biến, giáo dục Luật Việc làm.\n\n- Cơ quan thực hiện: ${field}\n`;
  const roles = (field: string) => extractDocument(item(field)).assignments.map((a) => `${a.role} ${a.body}`).sort();

  it('gives the partners after "chủ trì, phối hợp với" COORDINATE', () => {
    expect(roles('Sở Nội vụ chủ trì, phối hợp với Sở Tư pháp tham mưu Ủy ban nhân dân Thành phố ban hành Kế hoạch.')).toEqual(['COORDINATE Sở Tư pháp', 'LEAD Sở Nội vụ']);
  });

  it('reads "(chủ trì)" and "(phối hợp)" after the names', () => {
    expect(roles('Sở Nội vụ (chủ trì), Sở Tư pháp (phối hợp).')).toEqual(['COORDINATE Sở Tư pháp', 'LEAD Sở Nội vụ']);
  });
});

describe('a two-row header whose first row names no body column (a merged "Đơn vị" over "Chủ trì | Phối hợp")', () => {
  // Rows of the Thủ tướng's programme (Quyết định 2629/QĐ-TTg, Phụ lục II) and of the Nghệ An plan (Kế hoạch
  // 980/KH-UBND) under the header a DOCX export writes for a merged cell: the second row leaves empty the columns
  // the first row names.
  const header = ['| TT | Nhiệm vụ, giải pháp | Đơn vị |  | Kết quả | Thời gian thực hiện |', '|  |  | Chủ trì | Phối hợp |  |  |'].join('\n');
  const national = '| 3 | Xây dựng Luật An ninh dữ liệu. | Bộ Công an | Bộ Khoa học và Công nghệ, Bộ Tài chính và các bộ, ngành, địa phương khác có liên quan | Trình Quốc hội dự thảo Luật | Tháng 12/2026 |';

  it('takes the task and deadline columns from the first row and the body columns from the second', () => {
    const tables = findTaskTables(`${header}\n${national}\n${ROW}`);
    expect(tables.map((t) => t.columns)).toEqual([['OTHER', 'TASK', 'LEAD', 'COORDINATE', 'OTHER', 'DEADLINE']]);
    expect(tables[0]!.rows).toHaveLength(2);
  });

  it('gives each row its task text and deadline, and its bodies their column\'s role', () => {
    // The Nghệ An row with its cells in this header's order (result, then deadline).
    const local = '| 1 | Tổ chức lại Ban Chỉ huy Phòng thủ dân sự cấp tỉnh, cấp xã | Bộ CHQS tỉnh | Văn phòng Ban Chỉ huy; các sở, ban, ngành | Quyết định của Chủ tịch UBND cấp tỉnh, cấp xã | Trước ngày 30/11/2025 |';
    const x = extractDocument(`${TITLE}\n${header}\n${national}\n${local}\n`);
    expect(x.tasks.find((t) => t.text.startsWith('Xây dựng Luật An ninh dữ liệu'))?.text).toBe('Xây dựng Luật An ninh dữ liệu.');
    const dated = x.tasks.find((t) => t.text.startsWith('Tổ chức lại Ban Chỉ huy'));
    expect(dated?.text).toBe('Tổ chức lại Ban Chỉ huy Phòng thủ dân sự cấp tỉnh, cấp xã');
    expect(dated?.deadline).not.toBeNull();
    const roles = x.assignments.map((a) => `${a.role} ${a.body}`);
    expect(roles).toContain('LEAD Bộ Công an');
    expect(roles).toContain('COORDINATE Bộ Khoa học và Công nghệ');
    expect(roles).toContain('COORDINATE Bộ Tài chính');
  });

  it('reads a first row with a body column as the header itself (the second row only fills its empty columns)', () => {
    const own = ['| TT | Nội dung thực hiện | Cơ quan thực hiện |  | Thời gian hoàn thành | Sản phẩm dự kiến |', '|  |  | Chủ trì | Phối hợp |  |  |'].join('\n');
    expect(findTaskTables(`${own}\n${ROW}`).map((t) => t.columns)).toEqual([['OTHER', 'TASK', 'LEAD', 'COORDINATE', 'DEADLINE', 'OTHER']]);
  });
});

describe('one column for the lead and its partners ("Cơ quan chủ trì, phối hợp")', () => {
  // Row 5 of the Nghệ An plan (Kế hoạch 980/KH-UBND) and row 3 of Quyết định 2629/QĐ-TTg under one column named for
  // both roles: the cell's marks say who leads and who assists.
  const header = '| TT | Nội dung thực hiện | Cơ quan chủ trì, phối hợp | Thời gian hoàn thành |';
  const roles = (row: string) => extractDocument(`${TITLE}\n${header}\n${row}\n`).assignments.map((a) => `${a.role} ${a.body}`).sort();

  it('reads the column as a lead column whose marks name the partners', () => {
    expect(findTaskTables(`${header}\n| 1 | a | b | c |`)[0]?.columns).toEqual(['OTHER', 'TASK', 'LEAD', 'DEADLINE']);
    expect(roles('| 5 | Hướng dẫn thanh toán chi phí khám bệnh, chữa bệnh trong phòng thủ dân sự | Sở Y tế chủ trì, phối hợp với Sở Tài chính | 2025 |')).toEqual(['COORDINATE Sở Tài chính', 'LEAD Sở Y tế']);
    expect(roles('| 3 | Xây dựng Luật An ninh dữ liệu. | Bộ Công an (chủ trì); Bộ Khoa học và Công nghệ, Bộ Tài chính (phối hợp) | Tháng 12/2026 |')).toEqual(['COORDINATE Bộ Khoa học và Công nghệ', 'COORDINATE Bộ Tài chính', 'LEAD Bộ Công an']);
  });

  it('keeps a column named only for partners COORDINATE', () => {
    expect(findTaskTables('| TT | Nhiệm vụ | Chủ trì | Phối hợp thực hiện |\n| 1 | a | b | c |')[0]?.columns).toEqual(['OTHER', 'TASK', 'LEAD', 'COORDINATE']);
  });
});

describe('a grouping row merged across the table (a portal page\'s colspan)', () => {
  // Phụ lục II of Quyết định 2629/QĐ-TTg as a portal page writes it: the part's label and title in one cell spanning
  // the row ("I. Hoàn thiện thể chế"), then its tasks.
  const html = [
    '<html><body><p>PHỤ LỤC II</p><table>',
    '<tr><td>TT</td><td>Nhiệm vụ, giải pháp</td><td>Cơ quan chủ trì</td><td>Cơ quan phối hợp</td><td>Kết quả</td><td>Thời gian thực hiện</td></tr>',
    '<tr><td colspan="6">I. Hoàn thiện thể chế</td></tr>',
    '<tr><td>3</td><td>Xây dựng Luật An ninh dữ liệu.</td><td>Bộ Công an</td><td>Bộ Khoa học và Công nghệ, Bộ Tài chính</td><td>Trình Quốc hội dự thảo Luật</td><td>Tháng 12/2026</td></tr>',
    '</table></body></html>',
  ].join('');

  it('reads the merged row as the table\'s heading, no task', async () => {
    const { text } = await readSource(Buffer.from(html), { fileName: 'plan.html' });
    const [table] = findTaskTables(text);
    expect(table!.groups.map((g) => text.slice(g.start, g.end).split('|')[1]!.trim())).toEqual(['I. Hoàn thiện thể chế']);
    expect(table!.rows).toHaveLength(1);
    expect(extractDocument(text).tasks.map((t) => t.text)).not.toContain('I. Hoàn thiện thể chế');
  });

  it('reads the same row written as one cell ("| I. Hoàn thiện thể chế |", a Markdown export) as the heading', async () => {
    const md = [
      '| TT | Nhiệm vụ, giải pháp | Cơ quan chủ trì | Cơ quan phối hợp | Kết quả | Thời gian thực hiện |',
      '|---|---|---|---|---|---|',
      '| I. Hoàn thiện thể chế |',
      '| 3 | Xây dựng Luật An ninh dữ liệu. | Bộ Công an | Bộ Khoa học và Công nghệ, Bộ Tài chính | Trình Quốc hội dự thảo Luật | Tháng 12/2026 |',
    ].join('\n');
    const { text } = await readSource(Buffer.from(`PHỤ LỤC II\n\n${md}\n`), { fileName: 'plan.md' });
    const [table] = findTaskTables(text);
    expect(table!.groups.map((g) => text.slice(g.start, g.end))).toEqual(['| I. Hoàn thiện thể chế |']);
    expect(table!.rows).toHaveLength(1);
  });
});
