/**
 * Survey of task tables (issue 8): every table line in the given folders whose cells name a lead or coordinating
 * column (folded "chu tri", "phoi hop", "thuc hien", "trach nhiem"), grouped by header form, with the issuers that
 * write it and what `findTaskTables` makes of it (the column kinds it reads, or "not read").
 *   npx tsx scripts/task-table-survey.ts /work/real-open [--rows]
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { readSource } from '../src/formats';
import { extractDocument } from '../src/extract/extractDocument';
import { foldKeepLength } from '../src/extract/folding';
import { findTaskTables } from '../src/extract/tasks/tables';

const BODY_HEADER = /chu tri|phoi hop|(co quan|don vi|bo phan)[^|]{0,30}(thuc hien|tham muu|phu trach|dau moi|trien khai)|trach nhiem|phan cong/;

interface Form { count: number; issuers: Set<string>; read: Map<string, number>; files: Set<string> }

async function main(): Promise<void> {
  const dirs = process.argv.slice(2).filter((a) => !a.startsWith('--'));
  const forms = new Map<string, Form>();
  for (const dir of dirs) {
    for (const name of readdirSync(dir).sort()) {
      const source = await readSource(readFileSync(path.join(dir, name)), { fileName: name });
      const text = source.text;
      const issuer = extractDocument(text).document.issuer ?? '?';
      const tables = findTaskTables(text);
      const folded = foldKeepLength(text).toLowerCase();
      const lines = text.split('\n');
      let offset = 0;
      for (let i = 0; i < lines.length; i++) {
        const line = lines[i]!;
        const start = offset;
        offset += line.length + 1;
        const t = line.trim();
        if (!t.startsWith('|') || !t.endsWith('|')) continue;
        const f = folded.slice(start, start + line.length);
        if (f.length > 400 || !BODY_HEADER.test(f)) continue;
        const cells = f.trim().slice(1, -1).split('|').map((c) => c.trim().replace(/\s+/g, ' '));
        if (cells.some((c) => c.length > 80)) continue;
        // a header: its cells are short names; take the next table line after it and see which table holds it
        let next = offset;
        let j = i + 1;
        while (j < lines.length && !lines[j]!.trim().startsWith('|')) { next += lines[j]!.length + 1; j++; }
        const table = tables.find((tb) => [...tb.rows, ...tb.groups].some((r) => r.start >= next && r.start <= next + (lines[j]?.length ?? 0) + 2 + (lines[j + 1]?.length ?? 0)));
        const key = cells.join(' | ');
        const form = forms.get(key) ?? { count: 0, issuers: new Set(), read: new Map(), files: new Set() };
        form.count++;
        form.issuers.add(issuer);
        form.files.add(name.slice(0, 16));
        const how = table ? table.columns.join(',') : 'not read';
        form.read.set(how, (form.read.get(how) ?? 0) + 1);
        forms.set(key, form);
      }
    }
  }
  const sorted = [...forms.entries()].sort((a, b) => b[1].count - a[1].count);
  for (const [key, f] of sorted) {
    console.log(`${f.count}\t${f.issuers.size} issuers\t${[...f.read].map(([k, v]) => `${v}x ${k}`).join('; ')}\n\t${key}\n\t${[...f.files].slice(0, 6).join(' ')}  ${[...f.issuers].slice(0, 3).join(' / ')}`);
  }
}

main().catch((e) => { console.error(e); process.exit(1); });
