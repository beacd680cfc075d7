/** Vietnamese labels for the API's enums (the table is data: labels.json) and the display of dates. */
import type { AssignmentRole, CitationRelation, DocumentKind, TaskStatus } from './generated/operations';
import table from './labels.json';

export type TrackerCell = keyof typeof table.cell;
export const TRACKER_CELLS = Object.keys(table.cell) as TrackerCell[];
export const RELATIONS = Object.keys(table.relation) as CitationRelation[];

export const relationLabel = (relation: CitationRelation) => table.relation[relation] ?? relation;
export const roleLabel = (role: AssignmentRole) => table.role[role] ?? role;
export const statusLabel = (status: TaskStatus) => table.status[status] ?? status;
export const cellLabel = (cell: TrackerCell) => table.cell[cell];
export const kindLabel = (kind: DocumentKind | null | undefined) => (kind ? (table.kind[kind] ?? kind) : 'Văn bản');

/** ISO date (YYYY-MM-DD, or a date-time) as Vietnamese staff write it: 20/12/2025. */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '—';
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return match ? `${match[3]}/${match[2]}/${match[1]}` : iso;
}

export function jurisdictionLabel(jurisdiction: string | null | undefined): string {
  if (!jurisdiction) return '';
  return jurisdiction === 'national' ? 'Trung ương' : jurisdiction;
}
