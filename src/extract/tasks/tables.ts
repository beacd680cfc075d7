/**
 * Stage 1b: task tables. Layout text writes a table one row per line, `| cell | cell |` (formats/types.ts).
 * A table whose header row names responsibility columns ("Cơ quan chủ trì", "Đơn vị phối hợp", "Thời gian
 * hoàn thành", "Nhiệm vụ") is a list of tasks: each later row is one task, the bodies in its lead column are
 * LEAD, those in its coordinating column COORDINATE, and its deadline column dates it. Its grouping rows
 * ("| II | Phát triển dữ liệu số |  |  |") head its parts and are no task. Which header words name which
 * column is data (`tableColumns.json`).
 */
import { foldKeepLength } from '../folding';
import { collapsedSpan } from '../../text/whitespace';
import { wordsReading } from './document';
import type { AssignmentRole } from '../types';
import columns from './tableColumns.json';
import type { TableRow } from './types';

export type ColumnKind = AssignmentRole | 'DEADLINE' | 'TASK' | 'OTHER';

export interface TaskTable {
  /** Kind of each column, from the header row. */
  columns: ColumnKind[];
  rows: (TableRow & { start: number; end: number })[];
  /**
   * Grouping rows ("| II | Phát triển dữ liệu số |  |  |", "| A | PHÁT TRIỂN NỀN MÓNG ... |"): the table's own
   * headings, no task; kept apart so that neither a task nor a paragraph is made of them.
   */
  groups: { start: number; end: number }[];
}

interface Line {
  start: number;
  end: number;
  cells: { start: number; end: number }[];
}

/** The task tables of a layout text. */
export function findTaskTables(text: string): TaskTable[] {
  const folded = foldKeepLength(text).toLowerCase();
  const tables: TaskTable[] = [];
  let current: TaskTable | null = null;
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const line = tableLine(text, lineStart, lineEnd);
    if (!line) {
      // Converters leave stray lines between rows (a cell's text on its own line); prose or a new part
      // ends the table.
      const raw = text.slice(lineStart, lineEnd);
      const rest = raw.trim();
      // A grouping row merged across the whole row is one cell: "| I. NHIỆM VỤ CHUNG |".
      const merged = /^\|\s*([^|]*?)\s*\|$/.exec(rest);
      if (current && merged && GROUP_TITLE.test(merged[1]!)) current.groups.push({ start: lineStart + raw.indexOf('|'), end: lineStart + raw.lastIndexOf('|') + 1 });
      else if (rest.length > 120 || /^(phu luc|danh muc|[ivx]+\.|dieu \d)/.test(folded.slice(lineStart, lineEnd).trim())) current = null;
    } else {
      // A numbered row is a task, whatever its words ("| 7.6 | Chủ trì tham mưu triển khai ... |").
      const numberedRow: boolean = current !== null && ROW_NUMBER.test(text.slice(line.cells[0]!.start, line.cells[0]!.end));
      let kinds: ColumnKind[] | null = numberedRow ? null : headerKinds(text, line);
      // A two-row header whose first row names no body column: a merged "Đơn vị" (or "Cơ quan") over "Chủ trì |
      // Phối hợp" in the second. The first row names the columns the second leaves empty (task, deadline).
      const partial: ColumnKind[] | null = kinds || numberedRow ? null : columnKinds(text, line);
      if (partial) {
        const next: Line | null = nextLine(text, lineEnd);
        const below: ColumnKind[] | null = next && headerKinds(text, next);
        if (next && below) {
          kinds = below.map((k, i) => (k === 'OTHER' ? partial[i] ?? 'OTHER' : k));
          current = { columns: kinds, rows: [], groups: [] };
          tables.push(current);
          const after = text.indexOf('\n', next.end);
          lineStart = after < 0 ? text.length + 1 : after + 1;
          continue;
        }
      }
      if (kinds && current && current.rows.length === 0 && current.groups.length === 0) {
        // A two-row header ("| TT | Nhiệm vụ | Cơ quan thực hiện |  | Thời gian |" over "|  |  | Chủ trì | Phối
        // hợp |  |"): the second row names the merged cell's columns, the first the columns it leaves empty.
        const above = current.columns;
        current.columns = kinds.map((k, i) => (k === 'OTHER' ? above[i] ?? 'OTHER' : k));
      } else if (kinds) {
        current = { columns: kinds, rows: [], groups: [] };
        tables.push(current);
      } else if (current) {
        // A row with more cells than the header, its first ones empty, is shifted right: align it left.
        const cells = line.cells.slice();
        // So is a row whose first cell is empty and whose second holds the row's number ("|  | 4 | ...").
        const numbered = () => cells.length > 1 && /^([IVX]{1,5}|\d{1,3}(\.\d{1,2})*|[a-zđ])\.?$/.test(text.slice(cells[1]!.start, cells[1]!.end));
        while (cells[0] && cells[0].end === cells[0].start && (cells.length > current.columns.length || numbered())) cells.shift();
        // A header repeated under each part without its number column ("| Nội dung | Đơn vị thực hiện | ..."
        // over "| 1.1 | task | body | ..."): the rows' extra first cell is that column.
        if (cells.length === current.columns.length + 1 && current.columns[0] !== 'OTHER' && ROW_NUMBER.test(text.slice(cells[0]!.start, cells[0]!.end))) {
          current.columns = ['OTHER', ...current.columns];
        }
        const row = {
          start: line.start,
          end: line.end,
          cells: cells.map((c, i) => ({ role: current!.columns[i] ?? 'OTHER', start: c.start, end: c.end })),
        };
        if (isGroupRow(text, row)) current.groups.push({ start: line.start, end: line.end });
        else current.rows.push(row);
      }
    }
    lineStart = lineEnd + 1;
  }
  return tables.filter((t) => t.rows.length > 0);
}

/** A row's number cell: "1.1", "5.1.2", "IV", "a". */
const ROW_NUMBER = /^([IVX]{1,5}|\d{1,3}(\.\d{1,2})*|[a-zđ])[.)]?$/;

/** A grouping row's label: "II", "III.1", "III.1.2", "A" (a task's number is Arabic: "3", "1.2"). */
const GROUP_LABEL = /^([IVX]{1,5}(\.\d{1,2}){0,2}|[A-Z])\.?$/;

/** A grouping row's label and title in one cell, merged across the row: "I. NHIỆM VỤ TRỌNG TÂM", "B. Giai đoạn 2026-2030". */
const GROUP_TITLE = /^([IVX]{1,5}(\.\d{1,2}){0,2}|[A-Z])[.)]\s+\S/;

/**
 * A grouping row: a part's label and its title, nothing in the columns of bodies and deadlines. A row numbered
 * in Arabic figures is a task even with empty columns (an export drops merged cells).
 */
function isGroupRow(text: string, row: TableRow): boolean {
  const filled = row.cells.filter((c) => c.end > c.start);
  if (filled.length === 0 || filled.length > 2) return false;
  const first = text.slice(filled[0]!.start, filled[0]!.end);
  if (!GROUP_LABEL.test(first) && !(filled.length === 1 && GROUP_TITLE.test(first))) return false;
  return filled.every((c) => c.role === 'OTHER' || c.role === 'TASK');
}

/**
 * Rows (grouping rows too) of `tables` that overlap [start, end): also one a span starts inside, as a section
 * does that the heading parser opens at a row's label ("| I.1 | Cung cấp dịch vụ số ... |").
 */
export function tableRowsIn(tables: readonly TaskTable[], start: number, end: number): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (const t of tables) for (const r of [...t.rows, ...t.groups]) if (r.start < end && r.end > start) out.push(r);
  return out;
}

/** `| a | b |` on one line: its cells' spans, trimmed; null for any other line. */
function tableLine(text: string, start: number, end: number): Line | null {
  let s = start;
  let e = end;
  while (s < e && /[ \t]/.test(text[s]!)) s++;
  while (e > s && /[ \t\r]/.test(text[e - 1]!)) e--;
  if (e - s < 3 || text[s] !== '|' || text[e - 1] !== '|') return null;
  const cells: { start: number; end: number }[] = [];
  let cellStart = s + 1;
  for (let i = s + 1; i < e; i++) {
    if (text[i] !== '|') continue;
    let a = cellStart;
    let b = i;
    while (a < b && /\s/.test(text[a]!)) a++;
    while (b > a && /\s/.test(text[b - 1]!)) b--;
    cells.push({ start: a, end: b });
    cellStart = i + 1;
  }
  return cells.length >= 2 ? { start: s, end: e, cells } : null;
}

/** The next line after the one ending at `lineEnd` when it is a table line, else null. */
function nextLine(text: string, lineEnd: number): Line | null {
  if (lineEnd >= text.length) return null;
  const end = text.indexOf('\n', lineEnd + 1);
  return tableLine(text, lineEnd + 1, end < 0 ? text.length : end);
}

const has = (n: string, list: readonly string[]) => list.some((p) => n.includes(p));

/** Column kinds when `line` is the header of a task table (a lead or coordinating column), else null. */
function headerKinds(text: string, line: Line): ColumnKind[] | null {
  const names = headerNames(text, line);
  const kinds = names && columnKinds(text, line);
  if (!names || !kinds) return null;
  // A body's column: who leads or coordinates, or who leads the monitoring (not a "Nội dung kiểm tra").
  const bodyColumn = kinds.some((k, i) => k === 'LEAD' || k === 'COORDINATE' || (k === 'SUPERVISE' && has(names[i]!, columns.leadAlways)));
  return bodyColumn ? kinds : null;
}

/**
 * A header row's cells, collapsed and read word by word as written (a capital "P" may be OCR's "Đ": "Pon vi chiu
 * trach nhiem"); null when one is too long to be a column's name.
 */
function headerNames(text: string, line: Line): string[] | null {
  // A row is asked up to three times (`headerKinds` and `columnKinds`, for itself and as a header's second row).
  let read = headerNamesOf.get(line);
  if (read === undefined) {
    // A header cell is a short name: a cell longer than 80 characters once collapsed is read only that far.
    const names = line.cells.map((c) => collapsedSpan(text, c.start, c.end, 81));
    // Each word as the tokens read it: "Pon vi chiu trach nhi€m" names the lead column too.
    read = names.some((n) => n.length > 80) ? null : names.map(wordsReading);
    headerNamesOf.set(line, read);
  }
  return read;
}

/** `headerNames` of each line read, by the line (its cells' offsets are into the one text it was read from). */
const headerNamesOf = new WeakMap<Line, string[] | null>();

/** What each cell of `line` names, when it names two columns at least (a header, or its first row), else null. */
function columnKinds(text: string, line: Line): ColumnKind[] | null {
  const names = headerNames(text, line);
  if (!names) return null;
  const taskTable = names.some((n) => has(n, columns.task)) && !names.some((n) => has(n, columns.notTasks));
  const kinds = names.map((n): ColumnKind => {
    // One column for the lead and its partners ("Cơ quan chủ trì, phối hợp"): its cells mark who does which
    // ("Sở X chủ trì, phối hợp với Sở Y"), as a lead column's do.
    if (has(n, columns.coordinate)) return has(n, columns.leadAlways) ? 'LEAD' : 'COORDINATE';
    // "Cơ quan chủ trì theo dõi, đánh giá" (an indicator table's column): who leads the monitoring supervises.
    if (has(n, columns.leadAlways)) return has(n, columns.supervise) ? 'SUPERVISE' : 'LEAD';
    if (has(n, columns.lead) || columns.leadExact.includes(n) || (has(n, columns.leadWho) && has(n, columns.leadDoes))) return taskTable ? 'LEAD' : 'OTHER';
    if (has(n, columns.deadline)) return 'DEADLINE';
    if (has(n, columns.task)) return 'TASK';
    return 'OTHER';
  });
  // A header names more than one column: a row that merely says "phối hợp" ("Có tinh thần trách nhiệm và phối
  // hợp trong thực hiện nhiệm vụ", a scoring table's criterion) is no header.
  return kinds.filter((k) => k !== 'OTHER').length < 2 ? null : kinds;
}
