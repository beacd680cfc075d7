/** Diacritic-insensitive full-text search over document titles, task text and body names. */
import { foldForSearch } from '../text/fold';
import { cypher } from './cypherRegistry';
import {
  pageOf,
  sliceParams,
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

/** Hits for `words`, best first; `labels` keeps only documents, tasks or bodies (null = all). */
export async function search(graph: GraphReader, words: string[], slice: Slice, labels: SearchLabel[] | null = null): Promise<Page<SearchHitRecord>> {
  const [row] = await graph.read(cypher('search.fulltext'), { query: luceneQuery(words), labels, ...sliceParams(slice) });
  return pageOf(row, (item): SearchHitRecord => {
    const props = item.props as Record<string, unknown>;
    const score = typeof item.score === 'number' ? item.score : 0;
    if (item.label === 'Task') return { label: 'Task', score, record: toTask(props) };
    if (item.label === 'Body') return { label: 'Body', score, record: toBody(props) };
    return { label: 'Document', score, record: toDocument(props) };
  });
}
