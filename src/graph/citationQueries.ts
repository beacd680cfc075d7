/**
 * Read queries about citations for the API: a document's citations either way (batched, paged per
 * document), conflicting claims about a document, and cited documents not ingested yet.
 */
import { cypher } from './cypherRegistry';
import {
  pageOf,
  pagesInKeyOrder,
  sliceParams,
  toCitation,
  toDocument,
  type CitationRecord,
  type DocumentRecord,
  type GraphReader,
  type Page,
  type Slice,
} from './records';

type Row = Record<string, unknown>;

/** A citation with the document at its other end (cited for outgoing, citing for incoming). */
export interface CitationWithDocument {
  citation: CitationRecord;
  other: DocumentRecord;
}

export async function outgoingCitations(
  graph: GraphReader,
  keys: readonly string[],
  relations: string[] | null,
  slice: Slice,
  /** False: the citations carry their relation only (no claims, evidence or mentions), for a query that reads no more. */
  withDetails = true,
): Promise<Page<CitationWithDocument>[]> {
  const rows = await graph.read(cypher('citation.outgoing'), { keys, relations, withDetails, ...sliceParams(slice) });
  return pagesInKeyOrder(keys, rows, (item) => item).map((page, i) => ({
    total: page.total,
    items: page.items.map((item) => {
      const other = toDocument(item.other as Row);
      return { citation: toCitation(keys[i]!, other.key, item.edge as Row), other };
    }),
  }));
}

export async function incomingCitations(
  graph: GraphReader,
  keys: readonly string[],
  relations: string[] | null,
  slice: Slice,
  /** False: the citations carry their relation only (no claims, evidence or mentions), for a query that reads no more. */
  withDetails = true,
): Promise<Page<CitationWithDocument>[]> {
  const rows = await graph.read(cypher('citation.incoming'), { keys, relations, withDetails, ...sliceParams(slice) });
  return pagesInKeyOrder(keys, rows, (item) => item).map((page, i) => ({
    total: page.total,
    items: page.items.map((item) => {
      const other = toDocument(item.other as Row);
      return { citation: toCitation(other.key, keys[i]!, item.edge as Row), other };
    }),
  }));
}

export type ConflictField = 'DATE' | 'ISSUER';

export interface ConflictClaimRecord {
  value: string | null;
  claimant: DocumentRecord;
  snippet: string | null;
  /** True when the claim is the document's own header, not a citing document's. */
  own: boolean;
}

export interface ConflictRecord {
  document: DocumentRecord;
  field: ConflictField;
  claims: ConflictClaimRecord[];
}

export async function conflicts(graph: GraphReader, slice: Slice): Promise<Page<ConflictRecord>> {
  const [row] = await graph.read(cypher('citation.conflicts'), sliceParams(slice));
  return pageOf(row, (item) => ({
    document: toDocument(item.doc as Row),
    field: item.field === 'ISSUER' ? 'ISSUER' : 'DATE',
    claims: (item.claims as Row[]).map((c) => ({
      value: typeof c.value === 'string' ? c.value : null,
      claimant: toDocument(c.claimant as Row),
      snippet: typeof c.snippet === 'string' && c.snippet !== '' ? c.snippet : null,
      own: c.own === true,
    })),
  }));
}

export interface UnresolvedRecord {
  document: DocumentRecord;
  citedByCount: number;
  citedBy: DocumentRecord[];
}

export async function unresolvedReferences(graph: GraphReader, slice: Slice): Promise<Page<UnresolvedRecord>> {
  const [row] = await graph.read(cypher('citation.unresolved'), sliceParams(slice));
  return pageOf(row, (item) => ({
    document: toDocument(item.doc as Row),
    citedByCount: typeof item.citedByCount === 'number' ? item.citedByCount : 0,
    citedBy: (item.citedBy as Row[]).map(toDocument),
  }));
}
