/**
 * A body's tracker dashboard: its tasks counted per tracker cell (src/graph/taskTracker.ts), per source
 * document and per month of the last day. One Cypher statement counts them grouped by (document, month,
 * cell); the three views are sums over those few groups.
 */
import { cypher } from './cypherRegistry';
import { toDocument, type DocumentRecord, type GraphReader } from './records';
import { NO_DUE_MONTH, type TrackerCell } from './taskTracker';

type Row = Record<string, unknown>;

export interface TrackerCounts {
  doneOnTime: number;
  doneLate: number;
  inProgress: number;
  overdue: number;
  total: number;
}

export interface BodyDashboardRecord {
  asOf: string;
  role: string | null;
  total: TrackerCounts;
  byDocument: { document: DocumentRecord; counts: TrackerCounts }[];
  byDueMonth: { month: string; counts: TrackerCounts }[];
}

const FIELD: Record<TrackerCell, keyof Omit<TrackerCounts, 'total'>> = {
  DONE_ON_TIME: 'doneOnTime',
  DONE_LATE: 'doneLate',
  IN_PROGRESS: 'inProgress',
  OVERDUE: 'overdue',
};

function emptyCounts(): TrackerCounts {
  return { doneOnTime: 0, doneLate: 0, inProgress: 0, overdue: 0, total: 0 };
}

function add(counts: TrackerCounts, cell: TrackerCell, n: number): void {
  counts[FIELD[cell]] += n;
  counts.total += n;
}

export async function bodyDashboard(graph: GraphReader, bodyKey: string, asOf: string, role: string | null): Promise<BodyDashboardRecord> {
  const rows = await graph.read(cypher('body.dashboard'), { key: bodyKey, asOf, role });
  const total = emptyCounts();
  const byDocument = new Map<string, { document: DocumentRecord; counts: TrackerCounts }>();
  const byMonth = new Map<string, TrackerCounts>();
  for (const row of rows) {
    const cell = String(row.cell) as TrackerCell;
    const n = typeof row.n === 'number' ? row.n : 0;
    const document = toDocument(row.document as Row);
    const month = typeof row.month === 'string' ? row.month : NO_DUE_MONTH;
    add(total, cell, n);
    let doc = byDocument.get(document.key);
    if (!doc) byDocument.set(document.key, (doc = { document, counts: emptyCounts() }));
    add(doc.counts, cell, n);
    let m = byMonth.get(month);
    if (!m) byMonth.set(month, (m = emptyCounts()));
    add(m, cell, n);
  }
  return {
    asOf,
    role,
    total,
    byDocument: [...byDocument.values()].sort((a, b) => b.counts.total - a.counts.total || (a.document.key < b.document.key ? -1 : 1)),
    byDueMonth: [...byMonth.entries()]
      .sort(([a], [b]) => (a === NO_DUE_MONTH ? 1 : b === NO_DUE_MONTH ? -1 : a < b ? -1 : 1))
      .map(([month, counts]) => ({ month, counts })),
  };
}
