/** Read queries about responsible bodies for the API. */
import { cypher } from './cypherRegistry';
import {
  inKeyOrder,
  pageOf,
  pagesInKeyOrder,
  sliceParams,
  toBody,
  toDocument,
  type BodyRecord,
  type DocumentRecord,
  type GraphReader,
  type Page,
  type Slice,
} from './records';

type Row = Record<string, unknown>;

export async function bodiesByKeys(graph: GraphReader, keys: readonly string[]): Promise<(BodyRecord | null)[]> {
  const rows = await graph.read(cypher('body.byKeys'), { keys });
  return inKeyOrder(keys, rows, (r) => String(r.key), (r) => toBody(r.body as Row), () => null);
}

export interface BodyFilter {
  /** Folded phrase the name contains. */
  nameFolded: string | null;
  jurisdictionFolded: string | null;
  group: boolean | null;
}

export async function findBodies(graph: GraphReader, filter: BodyFilter, slice: Slice): Promise<Page<BodyRecord>> {
  const [row] = await graph.read(cypher('body.find'), { ...filter, ...sliceParams(slice) });
  return pageOf(row, toBody);
}

export async function documentsIssuedBy(graph: GraphReader, keys: readonly string[], slice: Slice): Promise<Page<DocumentRecord>[]> {
  const rows = await graph.read(cypher('body.issued'), { keys, ...sliceParams(slice) });
  return pagesInKeyOrder(keys, rows, toDocument);
}
