/** Diacritic-insensitive full-text search over document titles, task text and body names. */
import { foldForSearch } from '../text/fold';
import { cypher } from './cypherRegistry';
import {
  integer,
  pageOf,
  toBody,
  toDocument,
  toTask,
  type BodyRecord,
  type DocumentRecord,
  type GraphReader,
  type Page,
  type Slice,
  type TaskRecord,
} from './records';

export type SearchHitRecord =
  | { label: 'Document'; score: number; record: DocumentRecord }
  | { label: 'Task'; score: number; record: TaskRecord }
  | { label: 'Body'; score: number; record: BodyRecord };

/** The folded words of a query: letters and digits only, so no Lucene syntax reaches the index. */
export function searchWords(text: string): string[] {
  return foldForSearch(text)
    .replace(/[^a-z0-9]+/g, ' ')
    .split(' ')
    .filter(Boolean);
}

/**
 * The Lucene query for `words`: every word must occur, and the words as a phrase rank first
 * ("cai cach hanh chinh" finds "cải cách hành chính", exact phrase on top).
 */
export function luceneQuery(words: string[]): string {
  const all = words.join(' AND ');
  return words.length > 1 ? `"${words.join(' ')}"^4 OR (${all})` : all;
}

export type SearchLabel = SearchHitRecord['label'];

/** Matches a search counts at most; beyond it the total is reported as "at least SEARCH_COUNT_CAP". */
// Each hit counted costs a read of the index's stored fields (~0.1 ms at 10k documents): counting 1,000
// cost search 3-4x a bare top-10 lookup, counting 100 keeps it close while still telling a few from many.
export const SEARCH_COUNT_CAP = 100;

export interface SearchPage extends Page<SearchHitRecord> {
  /** True when more than SEARCH_COUNT_CAP items matched: `total` is then SEARCH_COUNT_CAP, a lower bound. */
  totalIsLowerBound: boolean;
}

/**
 * Hits for `words`, best first; `labels` keeps only documents, tasks or bodies (null = all). The total
 * stops at `countCap` (see SearchPage).
 */
export async function search(
  graph: GraphReader,
  words: string[],
  slice: Slice,
  labels: SearchLabel[] | null = null,
  countCap = SEARCH_COUNT_CAP,
): Promise<SearchPage> {
  // The pages within the first countCap + 1 hits are cut from one read of the ranking's stream
  // (search.fulltext); a page past them reads the stream again (search.fulltextStream), whose count may ask
  // the index for countCap + 1 hits when no label filter follows. Pages always come from the full ranking's
  // stream: the index's top-N of different N order equal scores differently.
  const indexLimit = (n: number) => (labels === null ? { limit: integer(Math.max(1, n)) } : {});
  const withinCap = slice.skip + slice.limit <= countCap + 1;
  const [row] = await graph.read(cypher(withinCap ? 'search.fulltext' : 'search.fulltextStream'), {
    query: luceneQuery(words),
    labels,
    skip: integer(slice.skip),
    limit: integer(slice.limit),
    countCap: integer(countCap),
    ...(withinCap ? {} : { countOptions: indexLimit(countCap + 1), pageOptions: {} }),
  });
  const page = pageOf(row, (item): SearchHitRecord => {
    const props = item.props as Record<string, unknown>;
    const score = typeof item.score === 'number' ? item.score : 0;
    if (item.label === 'Task') return { label: 'Task', score, record: toTask(props) };
    if (item.label === 'Body') return { label: 'Body', score, record: toBody(props) };
    return { label: 'Document', score, record: toDocument(props) };
  });
  const capped = page.total > countCap;
  return { ...page, total: capped ? countCap : page.total, totalIsLowerBound: capped };
}
