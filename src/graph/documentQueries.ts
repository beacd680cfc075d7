/**
 * Read queries about documents for the API: batched lookups (one Cypher statement per batch of keys, results
 * in key order) and the filtered, sorted document list.
 */
import { cypher } from './cypherRegistry';
import {
  groupedInKeyOrder,
  inKeyOrder,
  pageOf,
  sliceParams,
  toBody,
  toDocument,
  toSection,
  type BodyRecord,
  type DocumentRecord,
  type GraphReader,
  type Page,
  type SectionRecord,
  type Slice,
} from './records';

type Row = Record<string, unknown>;

export async function documentsByKeys(graph: GraphReader, keys: readonly string[]): Promise<(DocumentRecord | null)[]> {
  const rows = await graph.read(cypher('document.byKeys'), { keys });
  return inKeyOrder(keys, rows, (r) => String(r.key), (r) => toDocument(r.doc as Row), () => null);
}

/** Documents whose folded symbol is one of `symbolsFolded`, ingested ones first. */
export async function documentsBySymbol(graph: GraphReader, symbolsFolded: string[]): Promise<DocumentRecord[]> {
  const rows = await graph.read(cypher('document.bySymbol'), { symbolsFolded });
  return rows.map((r) => toDocument(r.doc as Row));
}

export interface DocumentFilter {
  kind: string | null;
  /** Folded (foldForSearch) phrase the issuer contains. */
  issuerFolded: string | null;
  /** Folded jurisdiction, compared whole. */
  /** Folded jurisdictions, any of which matches (a province and the former ones it continues); null = any. */
  jurisdictionsFolded: string[] | null;
  dateFrom: string | null;
  dateTo: string | null;
  ingested: boolean | null;
  /** ISO day: only documents issued by then (unknown dates stay); null = any. */
  asOf: string | null;
}

export type DocumentOrderField = 'DATE' | 'SYMBOL' | 'TITLE';

export async function listDocuments(
  graph: GraphReader,
  filter: DocumentFilter,
  order: { field: DocumentOrderField; descending: boolean },
  slice: Slice,
): Promise<Page<DocumentRecord>> {
  const [row] = await graph.read(cypher('document.list'), {
    ...filter,
    orderField: order.field,
    descending: order.descending,
    ...sliceParams(slice),
  });
  return pageOf(row, toDocument);
}

export async function issuersOf(graph: GraphReader, keys: readonly string[]): Promise<(BodyRecord | null)[]> {
  const rows = await graph.read(cypher('document.issuers'), { keys });
  return inKeyOrder(keys, rows, (r) => String(r.key), (r) => toBody(r.body as Row), () => null);
}

export async function sectionsOf(graph: GraphReader, keys: readonly string[]): Promise<SectionRecord[][]> {
  const rows = await graph.read(cypher('document.sections'), { keys });
  return groupedInKeyOrder(keys, rows, (r) => String(r.key), (r) => toSection(r.section as Row));
}

export interface IdentityCandidateRecord {
  document: DocumentRecord;
  confidence: number;
  evidence: string | null;
}

export async function identityCandidatesOf(graph: GraphReader, keys: readonly string[]): Promise<IdentityCandidateRecord[][]> {
  const rows = await graph.read(cypher('document.identityCandidates'), { keys });
  return groupedInKeyOrder(keys, rows, (r) => String(r.key), (r) => ({
    document: toDocument(r.doc as Row),
    confidence: typeof r.confidence === 'number' ? r.confidence : 0,
    evidence: typeof r.evidence === 'string' ? r.evidence : null,
  }));
}

export interface TaskProgressRecord {
  taskKey: string;
  text: string;
  status: string;
  statusNote: string | null;
  statusUpdatedAt: string | null;
  carriedTo: string | null;
}

export interface DocumentVersionRecord {
  number: number;
  contentHash: string;
  ingestedAt: string | null;
  supersededAt: string | null;
  reextractedAt: string | null;
  sourceFile: string | null;
  sourcePath: string | null;
  sourceFormat: string | null;
  sourceHash: string | null;
  text: string | null;
  recordedProgress: TaskProgressRecord[];
}

/** A version node's properties -> a record; recorded progress is stored as parallel lists (see documentVersions.ts). */
export function toVersion(row: Row): DocumentVersionRecord {
  const text = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null);
  const list = (name: string): unknown[] => (Array.isArray(row[name]) ? (row[name] as unknown[]) : []);
  const texts = list('taskTexts');
  const statuses = list('taskStatuses');
  const notes = list('taskNotes');
  const times = list('taskStatusUpdatedAt');
  const carried = list('taskCarriedTo');
  return {
    number: Number(row.number),
    contentHash: String(row.contentHash ?? ''),
    ingestedAt: text(row.ingestedAt),
    supersededAt: text(row.supersededAt),
    reextractedAt: text(row.reextractedAt),
    sourceFile: text(row.sourceFile),
    sourcePath: text(row.sourcePath),
    sourceFormat: text(row.sourceFormat),
    sourceHash: text(row.sourceHash),
    text: typeof row.text === 'string' ? row.text : null,
    recordedProgress: list('taskKeys').map((k, i) => ({
      taskKey: String(k),
      text: String(texts[i] ?? ''),
      status: text(statuses[i]) ?? 'NOT_STARTED',
      statusNote: text(notes[i]),
      statusUpdatedAt: text(times[i]),
      carriedTo: text(carried[i]),
    })),
  };
}

export async function versionsOf(graph: GraphReader, keys: readonly string[]): Promise<DocumentVersionRecord[][]> {
  const rows = await graph.read(cypher('document.versions'), { keys });
  return groupedInKeyOrder(keys, rows, (r) => String(r.key), (r) => toVersion(r.version as Row));
}
