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
  jurisdictionFolded: string | null;
  dateFrom: string | null;
  dateTo: string | null;
  ingested: boolean | null;
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
