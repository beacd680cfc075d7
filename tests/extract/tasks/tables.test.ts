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
    const tables = findTaskTables(await layoutText('c5d930a5fc8373cd.md'));
    expect(tables).toHaveLength(1);
    expect(tables[0]!.columns).toEqual(['OTHER', 'TASK', 'LEAD', 'COORDINATE', 'DEADLINE', 'OTHER']);
    expect(tables[0]!.rows.length).toBeGreaterThan(20);
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
