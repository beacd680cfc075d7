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
  | { label: 'Task'; score: number; record: TaskRecord; document: DocumentRecord | null }
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
// The count comes from the index's top SEARCH_COUNT_CAP + 1 hits, read once for the count and the page: a top-N
// read lets Lucene skip what cannot enter it, so a small cap keeps a common word as cheap as a top-10 lookup
// while still telling a few matches from many.
export const SEARCH_COUNT_CAP = 100;

/** With a kind filter the index's top hits are read this many times deeper, since others are dropped after. */
const FILTERED_READ_FACTOR = 10;

/** Deepest top-N read of the index; past it a page is cut from every match in order. */
const MAX_TOP_READ = 20_000;

export interface SearchPage extends Page<SearchHitRecord> {
  /** True when more than SEARCH_COUNT_CAP items matched: `total` is then SEARCH_COUNT_CAP, a lower bound. */
  totalIsLowerBound: boolean;
}

/**
 * Hits for `words`, best first and equal scores in key order; `labels` keeps only documents, tasks or bodies
 * (null = all). The total stops at `countCap` (see SearchPage).
 */
export async function search(
  graph: GraphReader,
  words: string[],
  slice: Slice,
  labels: SearchLabel[] | null = null,
  countCap = SEARCH_COUNT_CAP,
): Promise<SearchPage> {
  // The index's top hits serve the page and the count when they can tell both; when equal scores at the cut or a
  // kind filter leave them short, a ten times deeper read usually can, then every match (all in search.fulltext,
  // one statement). Equal scores are common (documents and tasks with the same title or text), so even without
  // a count the first read goes twice the page deep: a tie across the page's end then rarely needs the second.
  const depth = Math.max(countCap + 1, 2 * (slice.skip + slice.limit) + 1) * (labels === null ? 1 : FILTERED_READ_FACTOR);
  const depths = depth <= MAX_TOP_READ ? [...new Set([depth, Math.min(depth * 10, MAX_TOP_READ)])] : [];
  const [row] = await graph.read(cypher('search.fulltext'), {
    query: luceneQuery(words),
    labels,
    skip: integer(slice.skip),
    limit: integer(slice.limit),
    depths: depths.map(integer),
    countCap: integer(countCap),
  });
  const page = pageOf(row, (item): SearchHitRecord => {
    const props = item.props as Record<string, unknown>;
    const score = typeof item.score === 'number' ? item.score : 0;
    if (item.label === 'Task') {
      const document = item.document ? toDocument(item.document as Record<string, unknown>) : null;
      return { label: 'Task', score, record: toTask(props), document };
    }
    if (item.label === 'Body') return { label: 'Body', score, record: toBody(props) };
    return { label: 'Document', score, record: toDocument(props) };
  });
  const capped = page.total > countCap;
  return { ...page, total: capped ? countCap : page.total, totalIsLowerBound: capped };
}
