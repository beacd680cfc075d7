/** Markdown tables for RESULTS.md. */

export interface Table {
  title: string;
  header: string[];
  rows: string[][];
  /** Lines under the table (what was measured, how, caveats). */
  notes?: string[];
}

function cell(s: string): string {
  return s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

export function renderTable(t: Table): string {
  const out = [`#### ${t.title}`, '', `| ${t.header.map(cell).join(' | ')} |`, `|${t.header.map(() => '---').join('|')}|`];
  for (const r of t.rows) out.push(`| ${r.map(cell).join(' | ')} |`);
  if (t.notes?.length) out.push('', ...t.notes.map((n) => `- ${n}`));
  return out.join('\n');
}
