/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** LEAD (chủ trì), COORDINATE (phối hợp), SUPERVISE (giám sát, kiểm tra). */
export type AssignmentRole =
  | 'COORDINATE'
  | 'LEAD'
  | 'SUPERVISE';

/** Every field is optional; given fields must all match. */
export type BodyFilter = {
  /** true: only collectives ("các sở, ban, ngành"). */
  group?: boolean | null | undefined;
  /** "national" or a province, diacritics optional. */
  jurisdiction?: string | null | undefined;
  /** Part of the name, diacritics optional, abbreviations as written in names ("So Noi vu", "UBND tỉnh"). */
  name?: string | null | undefined;
};

/** How the citing document uses the cited one: BASIS (căn cứ), PROPOSAL (xét tờ trình), AMENDS, IMPLEMENTS, REFERENCES. */
export type CitationRelation =
  | 'AMENDS'
  | 'BASIS'
  | 'IMPLEMENTS'
  | 'PROPOSAL'
  | 'REFERENCES';

/** Which fact about a document the claims disagree on. */
export type ConflictField =
  | 'DATE'
  | 'ISSUER';

/** Every field is optional; given fields must all match. */
export type DocumentFilter = {
  /** Earliest issue date, YYYY-MM-DD. */
  dateFrom?: string | null | undefined;
  /** Latest issue date, YYYY-MM-DD. */
  dateTo?: string | null | undefined;
  /** true: ingested texts only; false: documents only known from citations. */
  ingested?: boolean | null | undefined;
  /** Part of the issuer's name, diacritics optional ("UBND tinh Quang Ninh"). */
  issuer?: string | null | undefined;
  /** "national" or a province ("Quảng Ninh"), diacritics optional. */
  jurisdiction?: string | null | undefined;
  kind?: DocumentKind | null | undefined;
};

/** Document type: NGHI_QUYET (Nghị quyết), QUYET_DINH (Quyết định), CHI_THI (Chỉ thị), ... */
export type DocumentKind =
  | 'BAO_CAO'
  | 'CHI_THI'
  | 'CHUONG_TRINH'
  | 'CONG_DIEN'
  | 'CONG_VAN'
  | 'DE_AN'
  | 'KET_LUAN'
  | 'KE_HOACH'
  | 'LUAT'
  | 'NGHI_DINH'
  | 'NGHI_QUYET'
  | 'OTHER'
  | 'QUYET_DINH'
  | 'QUY_DINH'
  | 'THONG_BAO'
  | 'THONG_TU'
  | 'TO_TRINH';

export type DocumentOrder = {
  direction?: OrderDirection;
  field?: DocumentOrderField;
};

export type DocumentOrderField =
  | 'DATE'
  | 'SYMBOL'
  | 'TITLE';

/** UNCHANGED: the same text was ingested before and the rules read it as before; nothing was written. REEXTRACTED: the current text again, read differently by newer extraction rules: what the document owns was rewritten in place (same version, recorded progress carried to the matching tasks). */
export type IngestStatus =
  | 'CREATED'
  | 'REEXTRACTED'
  | 'UNCHANGED'
  | 'UPDATED';

/** UPSTREAM: what the document cites (its bases), and what those cite. DOWNSTREAM: what cites it. BOTH: the two walks in one answer. */
export type LineageDirection =
  | 'BOTH'
  | 'DOWNSTREAM'
  | 'UPSTREAM';

export type OrderDirection =
  | 'ASC'
  | 'DESC';

/** STATUS: a status change (setTaskStatus). DEADLINE: a deadline extension (extendTaskDeadline). */
export type TaskEventKind =
  | 'DEADLINE'
  | 'STATUS';

/** Every field is optional; given fields must all match. */
export type TaskFilter = {
  /** The day tracker cells are computed for, YYYY-MM-DD (default: today, Vietnam time). */
  asOf?: string | null | undefined;
  /** Only tasks assigned to this body (id or key). */
  bodyId?: string | null | undefined;
  /** Only tasks in this tracker cell on the day asOf. */
  cell?: TrackerCell | null | undefined;
  /** Only tasks of this document (id or key) ... */
  documentId?: string | null | undefined;
  /** Due on or after this day (YYYY-MM-DD). */
  dueAfter?: string | null | undefined;
  /** Due on or before this day (YYYY-MM-DD); a period counts as due on its last day. */
  dueBefore?: string | null | undefined;
  /** Only tasks whose last day (dueBy) falls in this month, YYYY-MM; "none": tasks without one. */
  dueMonth?: string | null | undefined;
  /** ... and of every document that cites it, directly or through others. */
  includeDownstream?: boolean | null | undefined;
  /** Only tasks where the body (or, without bodyId, some body) has this role. */
  role?: AssignmentRole | null | undefined;
  status?: TaskStatus | null | undefined;
  /** Words the task text contains, diacritics optional. */
  text?: string | null | undefined;
};

export type TaskStatus =
  | 'DONE'
  | 'IN_PROGRESS'
  | 'NOT_STARTED';

/** Where a task stands on a day, as task trackers count: DONE_ON_TIME / DONE_LATE (done by / after its last day, dueBy), IN_PROGRESS (not done, its last day not passed or none), OVERDUE (not done, its last day passed). */
export type TrackerCell =
  | 'DONE_LATE'
  | 'DONE_ON_TIME'
  | 'IN_PROGRESS'
  | 'OVERDUE';

export type BodiesQueryVariables = Exact<{
  filter?: BodyFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type BodiesQuery = { bodies: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, key: string, name: string, jurisdiction: string | null, group: boolean, aliases: Array<string> }> } };

export type BodyQueryVariables = Exact<{
  id: string;
  role?: AssignmentRole | null | undefined;
  dueBefore?: string | null | undefined;
  dueAfter?: string | null | undefined;
  first?: number | null | undefined;
}>;


export type BodyQuery = { body: { id: string, key: string, name: string, jurisdiction: string | null, group: boolean, aliases: Array<string>, issued: { totalCount: number, nodes: Array<{ date: string | null, key: string, symbol: string | null, title: string | null }> }, tasks: { totalCount: number, nodes: Array<{ id: string, sectionPath: string | null, text: string, dueBy: string | null, status: TaskStatus, overdue: boolean, document: { key: string, symbol: string | null } }> } } | null };

export type CitationPathQueryVariables = Exact<{
  fromId: string;
  toId: string;
  maxDepth?: number;
}>;


export type CitationPathQuery = { citationPath: Array<{ length: number, documents: Array<{ key: string, symbol: string | null, title: string | null }>, citations: Array<{ relation: CitationRelation, from: { key: string }, to: { key: string } }> }> };

export type ConflictsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ConflictsQuery = { conflicts: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ field: ConflictField, likelyDistinctDocuments: boolean, document: { ingested: boolean, key: string, symbol: string | null, title: string | null }, claims: Array<{ value: string | null, fromOwnText: boolean, snippet: string | null, citingDocument: { key: string, symbol: string | null } }> }> } };

export type DeleteDocumentMutationVariables = Exact<{
  id: string;
}>;


export type DeleteDocumentMutation = { deleteDocument: { id: string, deleted: boolean } };

export type DocumentQueryVariables = Exact<{
  id: string;
}>;


export type DocumentQuery = { document: { id: string, place: string | null, issuer: string | null, signer: string | null, sourceFile: string | null, warnings: Array<string>, key: string, kind: DocumentKind | null, symbol: string | null, jurisdiction: string | null, date: string | null, title: string | null, ingested: boolean, issuedBy: { id: string, name: string } | null, identityCandidates: Array<{ confidence: number, evidence: string | null, document: { key: string, symbol: string | null, date: string | null, ingested: boolean } }>, sections: Array<{ path: string, label: string | null, heading: string | null, level: number | null }> } | null };

export type DocumentBySymbolQueryVariables = Exact<{
  symbol: string;
  jurisdiction?: string | null | undefined;
}>;


export type DocumentBySymbolQuery = { documentBySymbol: { id: string, issuer: string | null, key: string, kind: DocumentKind | null, symbol: string | null, jurisdiction: string | null, date: string | null, title: string | null, ingested: boolean, issuedBy: { name: string } | null, citations: { totalCount: number, nodes: Array<{ relation: CitationRelation, claimedDate: string | null, to: { ingested: boolean, key: string, symbol: string | null, title: string | null }, mentions: Array<{ sectionPath: string | null, snippet: string }> }> }, citedBy: { totalCount: number, nodes: Array<{ relation: CitationRelation, from: { key: string, symbol: string | null, title: string | null } }> }, tasks: { totalCount: number, nodes: Array<{ id: string, sectionPath: string | null, text: string, deadlineRaw: string | null, dueDate: string | null, status: TaskStatus, overdue: boolean, assignments: Array<{ role: AssignmentRole, body: { name: string } }> }> } } | null };

export type DocumentsQueryVariables = Exact<{
  filter?: DocumentFilter | null | undefined;
  orderBy?: DocumentOrder | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type DocumentsQuery = { documents: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, issuer: string | null, key: string, kind: DocumentKind | null, symbol: string | null, jurisdiction: string | null, date: string | null, title: string | null, ingested: boolean }> } };

export type ExplorerBodyQueryVariables = Exact<{
  id: string;
  asOf?: string | null | undefined;
  role?: AssignmentRole | null | undefined;
}>;


export type ExplorerBodyQuery = { body: { id: string, key: string, name: string, jurisdiction: string | null, aliases: Array<string>, group: boolean, issued: { totalCount: number, nodes: Array<{ id: string, key: string, symbol: string | null, date: string | null, title: string | null }> }, dashboard: { asOf: string, role: AssignmentRole | null, total: { doneOnTime: number, doneLate: number, inProgress: number, overdue: number, total: number }, byDocument: Array<{ document: { id: string, key: string, symbol: string | null, title: string | null }, counts: { doneOnTime: number, doneLate: number, inProgress: number, overdue: number, total: number } }>, byDueMonth: Array<{ month: string, counts: { doneOnTime: number, doneLate: number, inProgress: number, overdue: number, total: number } }> } } | null };

export type ExplorerCountsFragment = { doneOnTime: number, doneLate: number, inProgress: number, overdue: number, total: number };

export type ExplorerBodyTasksQueryVariables = Exact<{
  id: string;
  cell?: TrackerCell | null | undefined;
  documentId?: string | null | undefined;
  dueMonth?: string | null | undefined;
  asOf?: string | null | undefined;
  role?: AssignmentRole | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ExplorerBodyTasksQuery = { body: { id: string, tasks: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, text: string, deadlineRaw: string | null, dueBy: string | null, status: TaskStatus, completedAt: string | null, trackerCell: TrackerCell, document: { id: string, key: string, symbol: string | null, title: string | null }, assignments: Array<{ role: AssignmentRole, body: { id: string, name: string } }> }> } } | null };

export type ExplorerDocumentQueryVariables = Exact<{
  id: string;
  maxDepth?: number;
  maxNodes?: number | null | undefined;
  tasksFirst?: number | null | undefined;
}>;


export type ExplorerDocumentQuery = { document: { id: string, key: string, kind: DocumentKind | null, symbol: string | null, date: string | null, title: string | null, titleRestored: string | null, titleRestoredShare: number, issuer: string | null, jurisdiction: string | null, ingested: boolean, issuedBy: { id: string, name: string } | null, tasks: { totalCount: number, nodes: Array<{ id: string, sectionPath: string | null, text: string, textRestored: string, deadlineRaw: string | null, dueBy: string | null, status: TaskStatus, trackerCell: TrackerCell, assignments: Array<{ role: AssignmentRole, body: { id: string, name: string } }> }> } } | null, lineage: { truncated: boolean, nodes: Array<{ depth: number, direction: LineageDirection | null, citedOnly: boolean, document: { id: string, key: string, kind: DocumentKind | null, symbol: string | null, date: string | null, title: string | null, titleRestored: string | null, jurisdiction: string | null } }>, edges: Array<{ from: string, to: string, relation: CitationRelation, depth: number }> } };

export type ExplorerDocumentTaskFragment = { id: string, sectionPath: string | null, text: string, textRestored: string, deadlineRaw: string | null, dueBy: string | null, status: TaskStatus, trackerCell: TrackerCell, assignments: Array<{ role: AssignmentRole, body: { id: string, name: string } }> };

export type ExplorerDocumentConflictsQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type ExplorerDocumentConflictsQuery = { conflicts: { totalCount: number, nodes: Array<{ field: ConflictField, likelyDistinctDocuments: boolean, document: { id: string }, claims: Array<{ value: string | null, fromOwnText: boolean, snippet: string | null, citingDocument: { id: string, symbol: string | null } }> }> } };

export type ExplorerExtendTaskDeadlineMutationVariables = Exact<{
  taskId: string;
  dueBy: string;
  reason: string;
}>;


export type ExplorerExtendTaskDeadlineMutation = { extendTaskDeadline: { id: string, dueBy: string | null, trackerCell: TrackerCell, history: Array<{ kind: TaskEventKind, at: string, by: string, dueBy: string | null, previousDueBy: string | null, note: string | null }> } };

export type ExplorerSearchQueryVariables = Exact<{
  query: string;
  first?: number | null | undefined;
}>;


export type ExplorerSearchQuery = { explore: { jurisdiction: string | null, documents: Array<{ id: string, key: string, kind: DocumentKind | null, symbol: string | null, date: string | null, title: string | null, issuer: string | null, jurisdiction: string | null, ingested: boolean }>, tasks: Array<{ id: string, text: string, dueBy: string | null, status: TaskStatus, trackerCell: TrackerCell, document: { id: string, symbol: string | null, title: string | null } }>, bodies: Array<{ id: string, name: string, jurisdiction: string | null, aliases: Array<string> }> } };

export type ExplorerSetTaskStatusMutationVariables = Exact<{
  taskId: string;
  status: TaskStatus;
  note?: string | null | undefined;
  completedAt?: string | null | undefined;
}>;


export type ExplorerSetTaskStatusMutation = { setTaskStatus: { id: string, status: TaskStatus, statusNote: string | null, completedAt: string | null, dueBy: string | null, trackerCell: TrackerCell, history: Array<{ kind: TaskEventKind, at: string, by: string, status: TaskStatus, note: string | null }> } };

export type ExplorerTaskQueryVariables = Exact<{
  id: string;
  maxDepth?: number;
}>;


export type ExplorerTaskQuery = { task: { id: string, key: string, sectionPath: string | null, text: string, textRestored: string, textRestoredShare: number, deadlineRaw: string | null, dueBy: string | null, status: TaskStatus, statusNote: string | null, completedAt: string | null, trackerCell: TrackerCell, history: Array<{ kind: TaskEventKind, at: string, by: string, status: TaskStatus, dueBy: string | null, previousDueBy: string | null, note: string | null }>, assignments: Array<{ role: AssignmentRole, evidence: string | null, body: { id: string, name: string, jurisdiction: string | null } }> } | null, mandate: { truncated: boolean, document: { id: string, key: string, symbol: string | null, title: string | null, date: string | null }, chain: Array<{ depth: number, relation: CitationRelation, evidence: string | null, document: { id: string, key: string, symbol: string | null, kind: DocumentKind | null, title: string | null, date: string | null, jurisdiction: string | null, ingested: boolean }, citedBy: { id: string, key: string, symbol: string | null } }>, national: Array<{ id: string, key: string, symbol: string | null, title: string | null }> } };

export type HealthQueryVariables = Exact<{ [key: string]: never; }>;


export type HealthQuery = { health: { database: boolean, migrated: boolean, version: string } };

export type IngestDocumentMutationVariables = Exact<{
  fileName: string;
  text: string;
  replace?: boolean | null | undefined;
}>;


export type IngestDocumentMutation = { ingestDocument: { status: IngestStatus, version: number, warnings: Array<string>, carriedTasks: number, unmatchedTasks: Array<{ key: string, status: TaskStatus, statusNote: string | null }>, document: { id: string, key: string, symbol: string | null, title: string | null, citations: { totalCount: number }, tasks: { totalCount: number } } } };

export type LineageQueryVariables = Exact<{
  documentId: string;
  direction?: LineageDirection;
  maxDepth?: number;
  relations?: Array<CitationRelation> | CitationRelation | null | undefined;
}>;


export type LineageQuery = { lineage: { paths: Array<Array<string>>, truncated: boolean, root: { id: string, key: string, symbol: string | null, title: string | null }, nodes: Array<{ depth: number, document: { id: string, key: string, kind: DocumentKind | null, symbol: string | null, jurisdiction: string | null, date: string | null, title: string | null, ingested: boolean } }>, edges: Array<{ from: string, to: string, relation: CitationRelation, depth: number }> } };

export type MandateQueryVariables = Exact<{
  taskId: string;
}>;


export type MandateQuery = { mandate: { truncated: boolean, task: { id: string, sectionPath: string | null, text: string, deadlineRaw: string | null, dueDate: string | null, status: TaskStatus, overdue: boolean, assignments: Array<{ role: AssignmentRole, body: { name: string } }> }, document: { issuer: string | null, date: string | null, key: string, symbol: string | null, title: string | null }, chain: Array<{ depth: number, relation: CitationRelation, document: { issuer: string | null, key: string, kind: DocumentKind | null, symbol: string | null, jurisdiction: string | null, date: string | null, title: string | null, ingested: boolean }, citedBy: { key: string, symbol: string | null } }>, national: Array<{ key: string, symbol: string | null, title: string | null }> } };

export type NodeQueryVariables = Exact<{
  id: string;
}>;


export type NodeQuery = { node:
    | { __typename: 'Body', key: string, name: string, id: string }
    | { __typename: 'Document', id: string, key: string, symbol: string | null, title: string | null }
    | { __typename: 'Task', key: string, text: string, id: string }
   | null };

export type SearchQueryVariables = Exact<{
  text: string;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type SearchQuery = { search: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ score: number, node:
        | { __typename: 'Body', id: string, name: string, jurisdiction: string | null }
        | { __typename: 'Document', id: string, key: string, symbol: string | null, title: string | null }
        | { __typename: 'Task', id: string, text: string, document: { symbol: string | null } }
       }> } };

export type SetTaskStatusMutationVariables = Exact<{
  taskId: string;
  status: TaskStatus;
  note?: string | null | undefined;
}>;


export type SetTaskStatusMutation = { setTaskStatus: { id: string, status: TaskStatus, statusNote: string | null, statusUpdatedAt: string | null, overdue: boolean } };

export type TaskQueryVariables = Exact<{
  id: string;
}>;


export type TaskQuery = { task: { id: string, key: string, sectionPath: string | null, text: string, deadlineRaw: string | null, dueDate: string | null, period: string | null, dueBy: string | null, status: TaskStatus, statusNote: string | null, overdue: boolean, document: { key: string, symbol: string | null, title: string | null }, assignments: Array<{ role: AssignmentRole, evidence: string | null, body: { name: string, jurisdiction: string | null } }>, targets: Array<{ raw: string, value: number | null, unit: string | null, comparator: string | null, indicator: { code: string, name: string | null } | null }>, indicators: Array<{ code: string, name: string | null }>, carriesOut: Array<{ ingested: boolean, key: string, symbol: string | null, title: string | null }> } | null };

export type TasksQueryVariables = Exact<{
  filter?: TaskFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type TasksQuery = { tasks: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ dueBy: string | null, id: string, sectionPath: string | null, text: string, deadlineRaw: string | null, dueDate: string | null, status: TaskStatus, overdue: boolean, document: { key: string, symbol: string | null, title: string | null }, assignments: Array<{ role: AssignmentRole, body: { jurisdiction: string | null, name: string } }> }> } };

export type TasksOfBodyQueryVariables = Exact<{
  name: string;
  jurisdiction?: string | null | undefined;
  role?: AssignmentRole | null | undefined;
  dueBefore?: string | null | undefined;
  dueAfter?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type TasksOfBodyQuery = { bodies: { nodes: Array<{ id: string, name: string, jurisdiction: string | null, tasks: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, sectionPath: string | null, text: string, deadlineRaw: string | null, dueDate: string | null, status: TaskStatus, overdue: boolean, document: { key: string, symbol: string | null, title: string | null }, assignments: Array<{ role: AssignmentRole, body: { name: string } }> }> } }> } };

export type UnresolvedReferencesQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type UnresolvedReferencesQuery = { unresolvedReferences: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ citedByCount: number, document: { kind: DocumentKind | null, date: string | null, key: string, symbol: string | null, title: string | null }, citedBy: Array<{ key: string, symbol: string | null }> }> } };

export type DocumentRefFragment = { key: string, symbol: string | null, title: string | null };

export type DocumentSummaryFragment = { key: string, kind: DocumentKind | null, symbol: string | null, jurisdiction: string | null, date: string | null, title: string | null, ingested: boolean };

export type TaskSummaryFragment = { id: string, sectionPath: string | null, text: string, deadlineRaw: string | null, dueDate: string | null, status: TaskStatus, overdue: boolean, assignments: Array<{ role: AssignmentRole, body: { name: string } }> };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const ExplorerCountsFragmentDoc = new TypedDocumentString(`
    fragment ExplorerCounts on TrackerCounts {
  doneOnTime
  doneLate
  inProgress
  overdue
  total
}
    `, {"fragmentName":"ExplorerCounts"}) as unknown as TypedDocumentString<ExplorerCountsFragment, unknown>;
export const ExplorerDocumentTaskFragmentDoc = new TypedDocumentString(`
    fragment ExplorerDocumentTask on Task {
  id
  sectionPath
  text
  textRestored
  deadlineRaw
  dueBy
  status
  trackerCell
  assignments {
    role
    body {
      id
      name
    }
  }
}
    `, {"fragmentName":"ExplorerDocumentTask"}) as unknown as TypedDocumentString<ExplorerDocumentTaskFragment, unknown>;
export const DocumentRefFragmentDoc = new TypedDocumentString(`
    fragment DocumentRef on Document {
  key
  symbol
  title
}
    `, {"fragmentName":"DocumentRef"}) as unknown as TypedDocumentString<DocumentRefFragment, unknown>;
export const DocumentSummaryFragmentDoc = new TypedDocumentString(`
    fragment DocumentSummary on Document {
  key
  kind
  symbol
  jurisdiction
  date
  title
  ingested
}
    `, {"fragmentName":"DocumentSummary"}) as unknown as TypedDocumentString<DocumentSummaryFragment, unknown>;
export const TaskSummaryFragmentDoc = new TypedDocumentString(`
    fragment TaskSummary on Task {
  id
  sectionPath
  text
  deadlineRaw
  dueDate
  status
  overdue
  assignments {
    role
    body {
      name
    }
  }
}
    `, {"fragmentName":"TaskSummary"}) as unknown as TypedDocumentString<TaskSummaryFragment, unknown>;
export const BodiesDocument = new TypedDocumentString(`
    query Bodies($filter: BodyFilter, $first: Int = 20, $after: String) {
  bodies(filter: $filter, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      id
      key
      name
      jurisdiction
      group
      aliases
    }
  }
}
    `) as unknown as TypedDocumentString<BodiesQuery, BodiesQueryVariables>;
export const BodyDocument = new TypedDocumentString(`
    query Body($id: ID!, $role: AssignmentRole, $dueBefore: String, $dueAfter: String, $first: Int = 10) {
  body(id: $id) {
    id
    key
    name
    jurisdiction
    group
    aliases
    issued(first: $first) {
      totalCount
      nodes {
        ...DocumentRef
        date
      }
    }
    tasks(role: $role, dueBefore: $dueBefore, dueAfter: $dueAfter, first: $first) {
      totalCount
      nodes {
        id
        sectionPath
        text
        dueBy
        status
        overdue
        document {
          key
          symbol
        }
      }
    }
  }
}
    fragment DocumentRef on Document {
  key
  symbol
  title
}`) as unknown as TypedDocumentString<BodyQuery, BodyQueryVariables>;
export const CitationPathDocument = new TypedDocumentString(`
    query CitationPath($fromId: ID!, $toId: ID!, $maxDepth: Int! = 6) {
  citationPath(fromId: $fromId, toId: $toId, maxDepth: $maxDepth) {
    length
    documents {
      ...DocumentRef
    }
    citations {
      relation
      from {
        key
      }
      to {
        key
      }
    }
  }
}
    fragment DocumentRef on Document {
  key
  symbol
  title
}`) as unknown as TypedDocumentString<CitationPathQuery, CitationPathQueryVariables>;
export const ConflictsDocument = new TypedDocumentString(`
    query Conflicts($first: Int = 20, $after: String) {
  conflicts(first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      field
      likelyDistinctDocuments
      document {
        ...DocumentRef
        ingested
      }
      claims {
        value
        fromOwnText
        snippet
        citingDocument {
          key
          symbol
        }
      }
    }
  }
}
    fragment DocumentRef on Document {
  key
  symbol
  title
}`) as unknown as TypedDocumentString<ConflictsQuery, ConflictsQueryVariables>;
export const DeleteDocumentDocument = new TypedDocumentString(`
    mutation DeleteDocument($id: ID!) {
  deleteDocument(id: $id) {
    id
    deleted
  }
}
    `) as unknown as TypedDocumentString<DeleteDocumentMutation, DeleteDocumentMutationVariables>;
export const DocumentDocument = new TypedDocumentString(`
    query Document($id: ID!) {
  document(id: $id) {
    id
    ...DocumentSummary
    place
    issuer
    signer
    sourceFile
    warnings
    issuedBy {
      id
      name
    }
    identityCandidates {
      confidence
      evidence
      document {
        key
        symbol
        date
        ingested
      }
    }
    sections {
      path
      label
      heading
      level
    }
  }
}
    fragment DocumentSummary on Document {
  key
  kind
  symbol
  jurisdiction
  date
  title
  ingested
}`) as unknown as TypedDocumentString<DocumentQuery, DocumentQueryVariables>;
export const DocumentBySymbolDocument = new TypedDocumentString(`
    query DocumentBySymbol($symbol: String!, $jurisdiction: String) {
  documentBySymbol(symbol: $symbol, jurisdiction: $jurisdiction) {
    id
    ...DocumentSummary
    issuer
    issuedBy {
      name
    }
    citations(first: 30) {
      totalCount
      nodes {
        relation
        claimedDate
        to {
          ...DocumentRef
          ingested
        }
        mentions {
          sectionPath
          snippet
        }
      }
    }
    citedBy(first: 10) {
      totalCount
      nodes {
        relation
        from {
          ...DocumentRef
        }
      }
    }
    tasks(first: 5) {
      totalCount
      nodes {
        ...TaskSummary
      }
    }
  }
}
    fragment DocumentRef on Document {
  key
  symbol
  title
}
fragment DocumentSummary on Document {
  key
  kind
  symbol
  jurisdiction
  date
  title
  ingested
}
fragment TaskSummary on Task {
  id
  sectionPath
  text
  deadlineRaw
  dueDate
  status
  overdue
  assignments {
    role
    body {
      name
    }
  }
}`) as unknown as TypedDocumentString<DocumentBySymbolQuery, DocumentBySymbolQueryVariables>;
export const DocumentsDocument = new TypedDocumentString(`
    query Documents($filter: DocumentFilter, $orderBy: DocumentOrder, $first: Int = 20, $after: String) {
  documents(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      id
      ...DocumentSummary
      issuer
    }
  }
}
    fragment DocumentSummary on Document {
  key
  kind
  symbol
  jurisdiction
  date
  title
  ingested
}`) as unknown as TypedDocumentString<DocumentsQuery, DocumentsQueryVariables>;
export const ExplorerBodyDocument = new TypedDocumentString(`
    query ExplorerBody($id: ID!, $asOf: String, $role: AssignmentRole) {
  body(id: $id) {
    id
    key
    name
    jurisdiction
    aliases
    group
    issued(first: 20) {
      totalCount
      nodes {
        id
        key
        symbol
        date
        title
      }
    }
    dashboard(asOf: $asOf, role: $role) {
      asOf
      role
      total {
        ...ExplorerCounts
      }
      byDocument {
        document {
          id
          key
          symbol
          title
        }
        counts {
          ...ExplorerCounts
        }
      }
      byDueMonth {
        month
        counts {
          ...ExplorerCounts
        }
      }
    }
  }
}
    fragment ExplorerCounts on TrackerCounts {
  doneOnTime
  doneLate
  inProgress
  overdue
  total
}`) as unknown as TypedDocumentString<ExplorerBodyQuery, ExplorerBodyQueryVariables>;
export const ExplorerBodyTasksDocument = new TypedDocumentString(`
    query ExplorerBodyTasks($id: ID!, $cell: TrackerCell, $documentId: ID, $dueMonth: String, $asOf: String, $role: AssignmentRole, $first: Int = 50, $after: String) {
  body(id: $id) {
    id
    tasks(
      cell: $cell
      documentId: $documentId
      dueMonth: $dueMonth
      asOf: $asOf
      role: $role
      first: $first
      after: $after
    ) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        text
        deadlineRaw
        dueBy
        status
        completedAt
        trackerCell(asOf: $asOf)
        document {
          id
          key
          symbol
          title
        }
        assignments {
          role
          body {
            id
            name
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ExplorerBodyTasksQuery, ExplorerBodyTasksQueryVariables>;
export const ExplorerDocumentDocument = new TypedDocumentString(`
    query ExplorerDocument($id: ID!, $maxDepth: Int! = 3, $maxNodes: Int = 300, $tasksFirst: Int = 100) {
  document(id: $id) {
    id
    key
    kind
    symbol
    date
    title
    titleRestored
    titleRestoredShare
    issuer
    jurisdiction
    ingested
    issuedBy {
      id
      name
    }
    tasks(first: $tasksFirst) {
      totalCount
      nodes {
        ...ExplorerDocumentTask
      }
    }
  }
  lineage(
    documentId: $id
    direction: BOTH
    maxDepth: $maxDepth
    maxNodes: $maxNodes
  ) {
    truncated
    nodes {
      depth
      direction
      citedOnly
      document {
        id
        key
        kind
        symbol
        date
        title
        titleRestored
        jurisdiction
      }
    }
    edges {
      from
      to
      relation
      depth
    }
  }
}
    fragment ExplorerDocumentTask on Task {
  id
  sectionPath
  text
  textRestored
  deadlineRaw
  dueBy
  status
  trackerCell
  assignments {
    role
    body {
      id
      name
    }
  }
}`) as unknown as TypedDocumentString<ExplorerDocumentQuery, ExplorerDocumentQueryVariables>;
export const ExplorerDocumentConflictsDocument = new TypedDocumentString(`
    query ExplorerDocumentConflicts($first: Int = 100) {
  conflicts(first: $first) {
    totalCount
    nodes {
      field
      likelyDistinctDocuments
      document {
        id
      }
      claims {
        value
        fromOwnText
        snippet
        citingDocument {
          id
          symbol
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ExplorerDocumentConflictsQuery, ExplorerDocumentConflictsQueryVariables>;
export const ExplorerExtendTaskDeadlineDocument = new TypedDocumentString(`
    mutation ExplorerExtendTaskDeadline($taskId: ID!, $dueBy: String!, $reason: String!) {
  extendTaskDeadline(taskId: $taskId, dueBy: $dueBy, reason: $reason) {
    id
    dueBy
    trackerCell
    history {
      kind
      at
      by
      dueBy
      previousDueBy
      note
    }
  }
}
    `) as unknown as TypedDocumentString<ExplorerExtendTaskDeadlineMutation, ExplorerExtendTaskDeadlineMutationVariables>;
export const ExplorerSearchDocument = new TypedDocumentString(`
    query ExplorerSearch($query: String!, $first: Int = 10) {
  explore(query: $query, first: $first) {
    jurisdiction
    documents {
      id
      key
      kind
      symbol
      date
      title
      issuer
      jurisdiction
      ingested
    }
    tasks {
      id
      text
      dueBy
      status
      trackerCell
      document {
        id
        symbol
        title
      }
    }
    bodies {
      id
      name
      jurisdiction
      aliases
    }
  }
}
    `) as unknown as TypedDocumentString<ExplorerSearchQuery, ExplorerSearchQueryVariables>;
export const ExplorerSetTaskStatusDocument = new TypedDocumentString(`
    mutation ExplorerSetTaskStatus($taskId: ID!, $status: TaskStatus!, $note: String, $completedAt: String) {
  setTaskStatus(
    taskId: $taskId
    status: $status
    note: $note
    completedAt: $completedAt
  ) {
    id
    status
    statusNote
    completedAt
    dueBy
    trackerCell
    history {
      kind
      at
      by
      status
      note
    }
  }
}
    `) as unknown as TypedDocumentString<ExplorerSetTaskStatusMutation, ExplorerSetTaskStatusMutationVariables>;
export const ExplorerTaskDocument = new TypedDocumentString(`
    query ExplorerTask($id: ID!, $maxDepth: Int! = 5) {
  task(id: $id) {
    id
    key
    sectionPath
    text
    textRestored
    textRestoredShare
    deadlineRaw
    dueBy
    status
    statusNote
    completedAt
    trackerCell
    history {
      kind
      at
      by
      status
      dueBy
      previousDueBy
      note
    }
    assignments {
      role
      evidence
      body {
        id
        name
        jurisdiction
      }
    }
  }
  mandate(taskId: $id, maxDepth: $maxDepth) {
    truncated
    document {
      id
      key
      symbol
      title
      date
    }
    chain {
      depth
      relation
      evidence
      document {
        id
        key
        symbol
        kind
        title
        date
        jurisdiction
        ingested
      }
      citedBy {
        id
        key
        symbol
      }
    }
    national {
      id
      key
      symbol
      title
    }
  }
}
    `) as unknown as TypedDocumentString<ExplorerTaskQuery, ExplorerTaskQueryVariables>;
export const HealthDocument = new TypedDocumentString(`
    query Health {
  health {
    database
    migrated
    version
  }
}
    `) as unknown as TypedDocumentString<HealthQuery, HealthQueryVariables>;
export const IngestDocumentDocument = new TypedDocumentString(`
    mutation IngestDocument($fileName: String!, $text: String!, $replace: Boolean) {
  ingestDocument(fileName: $fileName, text: $text, replace: $replace) {
    status
    version
    warnings
    carriedTasks
    unmatchedTasks {
      key
      status
      statusNote
    }
    document {
      id
      ...DocumentRef
      citations(first: 50) {
        totalCount
      }
      tasks(first: 1) {
        totalCount
      }
    }
  }
}
    fragment DocumentRef on Document {
  key
  symbol
  title
}`) as unknown as TypedDocumentString<IngestDocumentMutation, IngestDocumentMutationVariables>;
export const LineageDocument = new TypedDocumentString(`
    query Lineage($documentId: ID!, $direction: LineageDirection! = UPSTREAM, $maxDepth: Int! = 3, $relations: [CitationRelation!]) {
  lineage(
    documentId: $documentId
    direction: $direction
    maxDepth: $maxDepth
    relations: $relations
  ) {
    root {
      id
      ...DocumentRef
    }
    nodes {
      depth
      document {
        id
        ...DocumentSummary
      }
    }
    edges {
      from
      to
      relation
      depth
    }
    paths
    truncated
  }
}
    fragment DocumentRef on Document {
  key
  symbol
  title
}
fragment DocumentSummary on Document {
  key
  kind
  symbol
  jurisdiction
  date
  title
  ingested
}`) as unknown as TypedDocumentString<LineageQuery, LineageQueryVariables>;
export const MandateDocument = new TypedDocumentString(`
    query Mandate($taskId: ID!) {
  mandate(taskId: $taskId) {
    task {
      ...TaskSummary
    }
    document {
      ...DocumentRef
      issuer
      date
    }
    chain {
      depth
      relation
      document {
        ...DocumentSummary
        issuer
      }
      citedBy {
        key
        symbol
      }
    }
    national {
      ...DocumentRef
    }
    truncated
  }
}
    fragment DocumentRef on Document {
  key
  symbol
  title
}
fragment DocumentSummary on Document {
  key
  kind
  symbol
  jurisdiction
  date
  title
  ingested
}
fragment TaskSummary on Task {
  id
  sectionPath
  text
  deadlineRaw
  dueDate
  status
  overdue
  assignments {
    role
    body {
      name
    }
  }
}`) as unknown as TypedDocumentString<MandateQuery, MandateQueryVariables>;
export const NodeDocument = new TypedDocumentString(`
    query Node($id: ID!) {
  node(id: $id) {
    __typename
    id
    ...DocumentRef
    ... on Task {
      key
      text
    }
    ... on Body {
      key
      name
    }
  }
}
    fragment DocumentRef on Document {
  key
  symbol
  title
}`) as unknown as TypedDocumentString<NodeQuery, NodeQueryVariables>;
export const SearchDocument = new TypedDocumentString(`
    query Search($text: String!, $first: Int = 10, $after: String) {
  search(text: $text, first: $first, after: $after) {
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      score
      node {
        __typename
        ... on Document {
          id
          ...DocumentRef
        }
        ... on Task {
          id
          text
          document {
            symbol
          }
        }
        ... on Body {
          id
          name
          jurisdiction
        }
      }
    }
  }
}
    fragment DocumentRef on Document {
  key
  symbol
  title
}`) as unknown as TypedDocumentString<SearchQuery, SearchQueryVariables>;
export const SetTaskStatusDocument = new TypedDocumentString(`
    mutation SetTaskStatus($taskId: ID!, $status: TaskStatus!, $note: String) {
  setTaskStatus(taskId: $taskId, status: $status, note: $note) {
    id
    status
    statusNote
    statusUpdatedAt
    overdue
  }
}
    `) as unknown as TypedDocumentString<SetTaskStatusMutation, SetTaskStatusMutationVariables>;
export const TaskDocument = new TypedDocumentString(`
    query Task($id: ID!) {
  task(id: $id) {
    id
    key
    sectionPath
    text
    deadlineRaw
    dueDate
    period
    dueBy
    status
    statusNote
    overdue
    document {
      ...DocumentRef
    }
    assignments {
      role
      evidence
      body {
        name
        jurisdiction
      }
    }
    targets {
      raw
      value
      unit
      comparator
      indicator {
        code
        name
      }
    }
    indicators {
      code
      name
    }
    carriesOut {
      ...DocumentRef
      ingested
    }
  }
}
    fragment DocumentRef on Document {
  key
  symbol
  title
}`) as unknown as TypedDocumentString<TaskQuery, TaskQueryVariables>;
export const TasksDocument = new TypedDocumentString(`
    query Tasks($filter: TaskFilter, $first: Int = 20, $after: String) {
  tasks(filter: $filter, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      ...TaskSummary
      dueBy
      document {
        ...DocumentRef
      }
      assignments {
        body {
          jurisdiction
        }
      }
    }
  }
}
    fragment DocumentRef on Document {
  key
  symbol
  title
}
fragment TaskSummary on Task {
  id
  sectionPath
  text
  deadlineRaw
  dueDate
  status
  overdue
  assignments {
    role
    body {
      name
    }
  }
}`) as unknown as TypedDocumentString<TasksQuery, TasksQueryVariables>;
export const TasksOfBodyDocument = new TypedDocumentString(`
    query TasksOfBody($name: String!, $jurisdiction: String, $role: AssignmentRole, $dueBefore: String, $dueAfter: String, $first: Int = 20, $after: String) {
  bodies(filter: {name: $name, jurisdiction: $jurisdiction}, first: 1) {
    nodes {
      id
      name
      jurisdiction
      tasks(
        role: $role
        dueBefore: $dueBefore
        dueAfter: $dueAfter
        first: $first
        after: $after
      ) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        nodes {
          ...TaskSummary
          document {
            ...DocumentRef
          }
        }
      }
    }
  }
}
    fragment DocumentRef on Document {
  key
  symbol
  title
}
fragment TaskSummary on Task {
  id
  sectionPath
  text
  deadlineRaw
  dueDate
  status
  overdue
  assignments {
    role
    body {
      name
    }
  }
}`) as unknown as TypedDocumentString<TasksOfBodyQuery, TasksOfBodyQueryVariables>;
export const UnresolvedReferencesDocument = new TypedDocumentString(`
    query UnresolvedReferences($first: Int = 20, $after: String) {
  unresolvedReferences(first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      citedByCount
      document {
        ...DocumentRef
        kind
        date
      }
      citedBy {
        key
        symbol
      }
    }
  }
}
    fragment DocumentRef on Document {
  key
  symbol
  title
}`) as unknown as TypedDocumentString<UnresolvedReferencesQuery, UnresolvedReferencesQueryVariables>;