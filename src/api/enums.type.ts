/** The schema's enums, built from the extraction contract's value lists so the two never drift. */
import 'reflect-metadata';
import { registerEnumType } from 'type-graphql';
import { ASSIGNMENT_ROLES, CITATION_RELATIONS, DOCUMENT_KINDS } from '../extract/types';
import { TRACKER_CELLS } from '../graph/taskTracker';

function enumOf<const T extends readonly string[]>(values: T): { [K in T[number]]: K } {
  return Object.fromEntries(values.map((v) => [v, v])) as { [K in T[number]]: K };
}

export const DocumentKind = enumOf(DOCUMENT_KINDS);
registerEnumType(DocumentKind, { name: 'DocumentKind', description: 'Document type: NGHI_QUYET (Nghị quyết), QUYET_DINH (Quyết định), CHI_THI (Chỉ thị), ...' });

export const CitationRelation = enumOf(CITATION_RELATIONS);
registerEnumType(CitationRelation, {
  name: 'CitationRelation',
  description: 'How the citing document uses the cited one: BASIS (căn cứ), PROPOSAL (xét tờ trình), AMENDS, IMPLEMENTS, REFERENCES.',
});

export const AssignmentRole = enumOf(ASSIGNMENT_ROLES);
registerEnumType(AssignmentRole, { name: 'AssignmentRole', description: 'LEAD (chủ trì), COORDINATE (phối hợp), SUPERVISE (giám sát, kiểm tra).' });

export const TaskStatus = enumOf(['NOT_STARTED', 'IN_PROGRESS', 'DONE'] as const);
registerEnumType(TaskStatus, { name: 'TaskStatus' });

export const ConflictField = enumOf(['DATE', 'ISSUER'] as const);
registerEnumType(ConflictField, { name: 'ConflictField', description: 'Which fact about a document the claims disagree on.' });

export const LineageDirection = enumOf(['UPSTREAM', 'DOWNSTREAM', 'BOTH'] as const);
registerEnumType(LineageDirection, {
  name: 'LineageDirection',
  description: 'UPSTREAM: what the document cites (its bases), and what those cite. DOWNSTREAM: what cites it. BOTH: the two walks in one answer.',
});

export const TrackerCell = enumOf(TRACKER_CELLS);
registerEnumType(TrackerCell, {
  name: 'TrackerCell',
  description:
    'Where a task stands on a day, as task trackers count: DONE_ON_TIME / DONE_LATE (done by / after its last day, dueBy), ' +
    'IN_PROGRESS (not done, its last day not passed or none), OVERDUE (not done, its last day passed).',
});

export const TaskEventKind = enumOf(['STATUS', 'DEADLINE'] as const);
registerEnumType(TaskEventKind, { name: 'TaskEventKind', description: 'STATUS: a status change (setTaskStatus). DEADLINE: a deadline extension (extendTaskDeadline).' });

export const DocumentOrderField = enumOf(['DATE', 'SYMBOL', 'TITLE'] as const);
registerEnumType(DocumentOrderField, { name: 'DocumentOrderField' });

export const OrderDirection = enumOf(['ASC', 'DESC'] as const);
registerEnumType(OrderDirection, { name: 'OrderDirection' });

export const IngestStatus = enumOf(['CREATED', 'UPDATED', 'REEXTRACTED', 'UNCHANGED'] as const);
registerEnumType(IngestStatus, {
  name: 'IngestStatus',
  description:
    'UNCHANGED: the same text was ingested before and the rules read it as before; nothing was written. ' +
    'REEXTRACTED: the current text again, read differently by newer extraction rules: what the document owns was ' +
    'rewritten in place (same version, recorded progress carried to the matching tasks).',
});

export const SearchResultType = enumOf(['DOCUMENT', 'TASK', 'BODY'] as const);
registerEnumType(SearchResultType, { name: 'SearchResultType', description: 'Which kinds of object a search returns.' });
