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

export type SearchLabel = SearchHitRecord['label'];

/** The folded words of a query: letters and digits only, so no Lucene syntax reaches the index. */
export function searchWords(text: string): string[] {
  return foldForSearch(text)
    .replace(/[^a-z0-9]+/g, ' ')
    .split(' ')
    .filter(Boolean);
}

/**
 * The fields of the full-text index `search_folded` (migration 0007) by the kind of node that carries them. A
 * node carries only its own kind's fields (a task has no title, a document no task text), which is what lets
 * luceneQuery ask each kind's fields apart.
 */
export const SEARCH_FIELDS_BY_KIND: Record<SearchLabel, readonly string[]> = {
  Task: ['textFolded', 'textRestoredFolded'],
  Document: ['titleFolded', 'titleRestoredFolded'],
  Body: ['nameFolded'],
};

/**
 * The Lucene query for `words`: every word must occur, and the words as a phrase rank first
 * ("cai cach hanh chinh" finds "cải cách hành chính", exact phrase on top). The ranking is that of
 * `"w1 w2"^4 OR (w1 AND w2)` over all five fields, written once per kind over that kind's fields: a node matches
 * only its own kind's clause, which adds the same per-field scores in the same grouping, so every score is the
 * same float. Lucene's top-N read skips documents by an upper bound that adds each clause's best field scores;
 * with all five fields in one clause that bound adds fields no node has together and skips little (at 100k
 * documents 15.6 ms of Lucene CPU for the bench's phrases against 4.5 per kind, bench/HISTORY.md Addendum 15).
 */
export function luceneQuery(words: string[]): string {
  return Object.values(SEARCH_FIELDS_BY_KIND)
    .map((fields) => {
      const all = words.map((word) => `+(${fields.map((field) => `${field}:${word}`).join(' ')})`).join(' ');
      if (words.length === 1) return `(${all})`;
      const phrase = fields.map((field) => `${field}:"${words.join(' ')}"`).join(' ');
      return `((${phrase})^4 (${all}))`;
    })
    .join(' ');
}

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

/** The reads of the index a search tries in turn: top-N depths, then null for every match (which always tells). */
export type ReadDepths = (number | null)[];

/**
 * How deep recent searches had to read before their page was certain, so a repeated search starts there. A
 * search whose first read ends inside a run of equal scores (65 bodies of one name) pays a second pass of
 * Lucene's matching for the deeper read; the next time it reads that deep at once. Only a starting point: the
 * statement still checks that the read tells and goes deeper when it does not, so the answer never depends on
 * it. A hint is learned only from the default plan and forgotten after `ttlMs` (then learned again), so a graph
 * that changed under it costs at most one more pass per search until then, never a wrong page.
 */
export class ReadDepthHints {
  private readonly told = new Map<string, { depth: number | null; until: number }>();

  constructor(
    private readonly kept = 2_000,
    private readonly ttlMs = 5 * 60_000,
    private readonly now: () => number = Date.now,
  ) {}

  /** The reads to try for `key`: `planned` (the default), or its tail from the depth that told last time. */
  depths(key: string, planned: ReadDepths): ReadDepths {
    const hint = this.told.get(key);
    if (hint === undefined) return planned;
    if (hint.until <= this.now()) {
      this.told.delete(key);
      return planned;
    }
    const from = planned.indexOf(hint.depth);
    return from > 0 ? planned.slice(from) : planned;
  }

  /** Records which read of `planned` told (null: every match); a plan shortened by a hint teaches nothing. */
  learn(key: string, planned: ReadDepths, tried: ReadDepths, told: number | null): void {
    if (tried !== planned) return;
    if (told === planned[0]) {
      this.told.delete(key);
      return;
    }
    // Oldest first in a Map's order: past `kept` keys the oldest hint goes.
    this.told.delete(key);
    this.told.set(key, { depth: told, until: this.now() + this.ttlMs });
    if (this.told.size > this.kept) this.told.delete(this.told.keys().next().value!);
  }
}

const readDepthHints = new ReadDepthHints();

/**
 * Hits for `words`, best first and equal scores in key order; `labels` keeps only documents, tasks or bodies
 * (null = all). The total stops at `countCap` (see SearchPage). `hints`: where repeated searches start reading
 * (the process's own by default; a test passes its own).
 */
export async function search(
  graph: GraphReader,
  words: string[],
  slice: Slice,
  labels: SearchLabel[] | null = null,
  countCap = SEARCH_COUNT_CAP,
  hints: ReadDepthHints = readDepthHints,
): Promise<SearchPage> {
  // The index's top hits serve the page and the count when they can tell both; when equal scores at the cut or a
  // kind filter leave them short, a ten times deeper read usually can, then every match (all in search.fulltext,
  // one statement). Equal scores are common (documents and tasks with the same title or text), so even without
  // a count the first read goes twice the page deep: a tie across the page's end then rarely needs the second.
  const depth = Math.max(countCap + 1, 2 * (slice.skip + slice.limit) + 1) * (labels === null ? 1 : FILTERED_READ_FACTOR);
  const planned: ReadDepths = depth <= MAX_TOP_READ ? [...new Set([depth, Math.min(depth * 10, MAX_TOP_READ)]), null] : [null];
  const query = luceneQuery(words);
  const hintKey = `${depth}|${labels?.join(',') ?? ''}|${query}`;
  const tried = hints.depths(hintKey, planned);
  // A read of every match sorts by key only what a top read of the same statement shows can reach the page
  // (search.fulltext), so a hint that skips to it still starts with the plan's first read: that read is the
  // bound's one Lucene pass, and it may tell on its own when the graph changed since the hint.
  const run = tried[0] === null && planned[0] !== null ? [planned[0]!, null] : tried;
  const [row] = await graph.read(cypher('search.fulltext'), {
    query,
    labels,
    skip: integer(slice.skip),
    limit: integer(slice.limit),
    depths: run.map((d) => (d === null ? null : integer(d))),
    countCap: integer(countCap),
  });
  if (row) hints.learn(hintKey, planned, tried, typeof row.told === 'number' ? row.told : null);
  const page = pageOf(row, (item): SearchHitRecord => {
    // [score, task, body, document] (search.fulltext): the one of task and body that is set says the kind.
    const [score, task, body, document] = item as unknown as [unknown, unknown[] | null, unknown[] | null, unknown[] | null];
    const hitScore = typeof score === 'number' ? score : 0;
    if (task) return { label: 'Task', score: hitScore, record: toTask(task), document: document ? toDocument(document) : null };
    if (body) return { label: 'Body', score: hitScore, record: toBody(body) };
    return { label: 'Document', score: hitScore, record: toDocument(document ?? []) };
  });
  const capped = page.total > countCap;
  return { ...page, total: capped ? countCap : page.total, totalIsLowerBound: capped };
}
