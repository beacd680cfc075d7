/**
 * One set of DataLoaders per request; each batch is a single parameterized Cypher query with the keys as
 * a parameter, results back in key order. A nested query (documents -> citations -> cited document ->
 * tasks -> bodies) therefore costs one query per level, whatever the page sizes; a task page brings along
 * the assignments (and, for a body's tasks, the documents) the query reads, and primes their loaders, so
 * those cost no level of their own. Lists that take arguments (a page, a filter) get one loader per
 * distinct argument set.
 *
 * Every read goes through the request's deadline: a query gets the time left as its server-side
 * transaction timeout, and nothing starts once the budget is spent.
 */
import { eventsOf } from '../graph/effectQueries';
import DataLoader from 'dataloader';
import { DirectiveGraphError, ErrorCode } from '../errors';
import type { GraphClient, Params } from '../graph/driver';
import { bodiesByKeys, documentsIssuedBy } from '../graph/bodyQueries';
import { incomingCitations, outgoingCitations, type CitationWithDocument } from '../graph/citationQueries';
import { documentsByKeys, identityCandidatesOf, issuersOf, sectionsOf, versionsOf, type IdentityCandidateRecord } from '../graph/documentQueries';
import type { AssignmentRecord, BodyRecord, DocumentRecord, GraphReader, Page, Slice, TaskRecord } from '../graph/records';
import { assignmentsOf, carriedOutBy, indicatorsOf, NOTHING_ALONG, targetsOf, tasksByKeys, tasksOfBodies, tasksOfDocuments, type TaskFilter, type TaskPageAlong } from '../graph/taskQueries';
import { timeoutError } from './protection';
import { RequestSlots } from './requestSlots';

/**
 * Reads with the request's remaining time as the transaction timeout, at most
 * MAX_QUERIES_IN_FLIGHT_PER_REQUEST at once (src/api/requestSlots.ts).
 */
export class DeadlineReader implements GraphReader {
  constructor(
    private readonly graph: GraphClient,
    private readonly deadline: () => number,
    readonly slots = new RequestSlots(),
  ) {}

  async read<R extends Record<string, unknown> = Record<string, unknown>>(cypher: string, params: Params = {}): Promise<R[]> {
    const deadline = this.deadline();
    if (deadline - Date.now() <= 0) throw timeoutError();
    return this.slots.run(deadline, () => {
      const remaining = deadline - Date.now();
      if (remaining <= 0) throw timeoutError();
      return this.graph.read<R>(cypher, params, Number.isFinite(remaining) ? { timeoutMs: remaining } : {});
    });
  }
}

/** The request's loaders, reached as `ctx.loaders` (src/api/context.ts). */
export class ApiLoaders {
  readonly reader: GraphReader;

  /** `deadline`: epoch ms after which no query of this request starts. */
  constructor(graph: GraphClient, deadline: number) {
    this.reader = new DeadlineReader(graph, () => deadline);
  }

  readonly documents = new DataLoader<string, DocumentRecord | null>((keys) => documentsByKeys(this.reader, keys));
  readonly tasks = new DataLoader<string, TaskRecord | null>((keys) => tasksByKeys(this.reader, keys));
  readonly bodies = new DataLoader<string, BodyRecord | null>((keys) => bodiesByKeys(this.reader, keys));
  readonly issuers = new DataLoader((keys: readonly string[]) => issuersOf(this.reader, keys));
  readonly sections = new DataLoader((keys: readonly string[]) => sectionsOf(this.reader, keys));
  readonly versions = new DataLoader((keys: readonly string[]) => versionsOf(this.reader, keys));
  readonly identityCandidates = new DataLoader<string, IdentityCandidateRecord[]>((keys) => identityCandidatesOf(this.reader, keys));
  readonly assignments = new DataLoader((keys: readonly string[]) => assignmentsOf(this.reader, keys));
  readonly targets = new DataLoader((keys: readonly string[]) => targetsOf(this.reader, keys));
  readonly indicators = new DataLoader((keys: readonly string[]) => indicatorsOf(this.reader, keys));
  readonly carriesOut = new DataLoader((keys: readonly string[]) => carriedOutBy(this.reader, keys));
  readonly events = new DataLoader((keys: readonly string[]) => eventsOf(this.reader, keys));

  private readonly withArgs = new Map<string, DataLoader<string, unknown>>();

  /** One loader per list field and argument set, so `citations(first: 5)` and `citations(first: 10)` never mix. */
  private loaderFor<V>(name: string, args: unknown, batch: (keys: readonly string[]) => Promise<V[]>): DataLoader<string, V> {
    const id = `${name}:${JSON.stringify(args)}`;
    let loader = this.withArgs.get(id) as DataLoader<string, V> | undefined;
    if (!loader) {
      loader = new DataLoader<string, V>(batch);
      this.withArgs.set(id, loader as DataLoader<string, unknown>);
    }
    return loader;
  }

  /** Citations each document makes, one page per document; primes the cited documents. `withDetails`: see outgoingCitations. */
  citations(relations: string[] | null, slice: Slice, withDetails = true): DataLoader<string, Page<CitationWithDocument>> {
    return this.loaderFor('citations', [relations, slice, withDetails], async (keys) => {
      const pages = await outgoingCitations(this.reader, keys, relations, slice, withDetails);
      pages.forEach((p) => this.primeDocuments(p.items.map((i) => i.other)));
      return pages;
    });
  }

  /** Citations of each document by others; primes the citing documents. */
  citedBy(relations: string[] | null, slice: Slice, withDetails = true): DataLoader<string, Page<CitationWithDocument>> {
    return this.loaderFor('citedBy', [relations, slice, withDetails], async (keys) => {
      const pages = await incomingCitations(this.reader, keys, relations, slice, withDetails);
      pages.forEach((p) => this.primeDocuments(p.items.map((i) => i.other)));
      return pages;
    });
  }

  /** Tasks of each document, one page per document; primes the tasks and their assignments when brought along. */
  tasksOfDocument(slice: Slice, along: Pick<TaskPageAlong, 'assignments'> = NOTHING_ALONG): DataLoader<string, Page<TaskRecord>> {
    return this.loaderFor('tasksOfDocument', [slice, along.assignments], async (keys) => {
      const { pages, assignments } = await tasksOfDocuments(this.reader, keys, slice, along);
      pages.forEach((p) => this.primeTasks(p.items));
      for (const [key, list] of assignments) this.primeAssignments(key, list);
      return pages;
    });
  }

  /** Tasks of each body, one page per body; primes the tasks, what `along` brought with them and the bodies. */
  tasksOfBody(filter: TaskFilter, slice: Slice, along: TaskPageAlong = NOTHING_ALONG): DataLoader<string, Page<TaskRecord>> {
    return this.loaderFor('tasksOfBody', [filter, slice, along], async (keys) => {
      const { pages, assignments, documents, owners } = await tasksOfBodies(this.reader, keys, filter, slice, along);
      pages.forEach((p) => this.primeTasks(p.items));
      for (const [key, list] of assignments) this.primeAssignments(key, list);
      this.primeDocuments(documents);
      // The bodies came with their pages: `body(id) { tasks }` reads its body from here (see BodyResolver.body).
      this.primeBodies(owners);
      return pages;
    });
  }

  issued(slice: Slice): DataLoader<string, Page<DocumentRecord>> {
    return this.loaderFor('issued', slice, async (keys) => {
      const pages = await documentsIssuedBy(this.reader, keys, slice);
      pages.forEach((p) => this.primeDocuments(p.items));
      return pages;
    });
  }

  /**
   * Records a list query already returned, so fields that load them by key need no extra query. Documents and
   * assignments are also kept here to hand out as they are: a field that resolves to a value graphql completes
   * at once, while a loader's promise, even a primed one, costs graphql a promise per object (a nested page
   * resolves hundreds of cited documents and a thousand tasks' assignments this way). The first record primed
   * for a key stays, as in a DataLoader.
   */
  private readonly knownDocuments = new Map<string, DocumentRecord>();
  private readonly knownAssignments = new Map<string, AssignmentRecord[]>();

  primeDocuments(records: Iterable<DocumentRecord>): void {
    for (const r of records) {
      this.documents.prime(r.key, r);
      if (!this.knownDocuments.has(r.key)) this.knownDocuments.set(r.key, r);
    }
  }
  primeTasks(records: Iterable<TaskRecord>): void {
    for (const r of records) this.tasks.prime(r.key, r);
  }
  primeBodies(records: Iterable<BodyRecord>): void {
    for (const r of records) this.bodies.prime(r.key, r);
  }
  primeAssignments(taskKey: string, list: AssignmentRecord[]): void {
    this.assignments.prime(taskKey, list);
    if (!this.knownAssignments.has(taskKey)) this.knownAssignments.set(taskKey, list);
  }

  /** Forgets a document this request changed, so it is read again. */
  forgetDocument(key: string): void {
    this.documents.clear(key);
    this.knownDocuments.delete(key);
  }

  /** A document that must exist (a citation's end, a task's document): its absence is a server-side fault. */
  document(key: string): DocumentRecord | Promise<DocumentRecord> {
    return this.knownDocuments.get(key) ?? this.loadDocument(key);
  }

  private async loadDocument(key: string): Promise<DocumentRecord> {
    const record = await this.documents.load(key);
    if (!record) throw new DirectiveGraphError(ErrorCode.NOT_FOUND, `Document ${key} is no longer in the graph; it was removed while this request ran. Retry.`);
    return record;
  }

  /** A task's assignments, lead first. */
  assignmentsOf(taskKey: string): AssignmentRecord[] | Promise<AssignmentRecord[]> {
    return this.knownAssignments.get(taskKey) ?? this.assignments.load(taskKey);
  }
}

/** A fresh set of loaders for one request, bound to its deadline. */
export function createLoaders(graph: GraphClient, deadline: number): ApiLoaders {
  return new ApiLoaders(graph, deadline);
}
