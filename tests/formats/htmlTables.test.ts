import { describe, expect, it } from 'vitest';
import { findTaskTables } from '../../src/extract/tasks/tables';
import { htmlToMarkdown } from '../../src/formats/html/htmlToMarkdown';
import { readMarkdown } from '../../src/formats/markdown/readMarkdown';

// The head of Phụ lục II of Quyết định 2629/QĐ-TTg (Chính phủ số) as a Word table: a two-row header whose
// "Cơ quan thực hiện" spans "Chủ trì" and "Phối hợp", a grouping row across the table, and rows 18-19 whose
// lead, coordinating body, result and time are one merged cell each.
const table = `<table>
<tr><th rowspan="2">TT</th><th rowspan="2">Nhiệm vụ, giải pháp</th><th colspan="2">Cơ quan thực hiện</th><th rowspan="2">Kết quả</th><th rowspan="2">Thời gian thực hiện</th></tr>
<tr><th>Chủ trì</th><th>Phối hợp</th></tr>
<tr><td colspan="6"><b>III.1</b> Nhóm ứng dụng, nền tảng số quy mô quốc gia</td></tr>
<tr><td>18</td><td>Xây dựng Nền tảng chuỗi khối (blockchain) quốc gia.</td><td rowspan="2">Bộ Công an</td><td rowspan="2">Các bộ, ngành, địa phương</td><td rowspan="2">Hoàn thành, khai thác sử dụng</td><td rowspan="2">Năm 2025-2026</td></tr>
<tr><td>19</td><td>Xây dựng nền tảng Trợ lý ảo quốc gia.</td></tr>
</table>`;

describe('HTML tables with merged cells (a Word table through mammoth, a portal page)', () => {
  it('lays merged cells out on the grid: a cell across columns once, a cell down rows in each row', () => {
    const rows = htmlToMarkdown(table).trim().split('\n');
    expect(rows).toEqual([
      '| TT | Nhiệm vụ, giải pháp | Cơ quan thực hiện |  | Kết quả | Thời gian thực hiện |',
      '| TT | Nhiệm vụ, giải pháp | Chủ trì | Phối hợp | Kết quả | Thời gian thực hiện |',
      '| III.1 Nhóm ứng dụng, nền tảng số quy mô quốc gia |  |  |  |  |  |',
      '| 18 | Xây dựng Nền tảng chuỗi khối (blockchain) quốc gia. | Bộ Công an | Các bộ, ngành, địa phương | Hoàn thành, khai thác sử dụng | Năm 2025-2026 |',
      '| 19 | Xây dựng nền tảng Trợ lý ảo quốc gia. | Bộ Công an | Các bộ, ngành, địa phương | Hoàn thành, khai thác sử dụng | Năm 2025-2026 |',
    ]);
  });

  it('gives each row of a merged lead cell its lead and coordinating bodies, under the second header row', () => {
    const text = readMarkdown(htmlToMarkdown(table)).text;
    const [t] = findTaskTables(text);
    expect(t!.columns).toEqual(['OTHER', 'TASK', 'LEAD', 'COORDINATE', 'OTHER', 'DEADLINE']);
    const cell = (r: number, role: string) => t!.rows[r]!.cells.filter((c) => c.role === role).map((c) => text.slice(c.start, c.end));
    expect(t!.rows.map((_, r) => [cell(r, 'LEAD'), cell(r, 'COORDINATE')])).toEqual([
      [[''], ['']],
      [['Bộ Công an'], ['Các bộ, ngành, địa phương']],
      [['Bộ Công an'], ['Các bộ, ngành, địa phương']],
    ]);
  });
});
