/**
 * A document's effect status on a day, derived from what its text says (effectiveFrom / effectiveUntil) and
 * from the events other documents cause to it (AFFECTS edges), never typed by hand:
 * NOT_YET_IN_FORCE before it is issued or takes effect; EXPIRED once replaced or repealed as a whole, or past
 * its own end; SUSPENDED once suspended as a whole; PARTLY_EXPIRED once part of it is replaced or repealed;
 * IN_FORCE when it states a date of effect that has come, or another document amended, supplemented, guided
 * or corrected it (which presupposes it is in force); UNKNOWN when nothing says. An event whose acting
 * document has no date counts as past. The Cypher walks use the same rule for "in force"
 * (lineage.walk).
 */
import type { DocumentRecord } from './records';

export const EFFECT_STATUSES = ['IN_FORCE', 'NOT_YET_IN_FORCE', 'PARTLY_EXPIRED', 'EXPIRED', 'SUSPENDED', 'UNKNOWN'] as const;
export type EffectStatus = (typeof EFFECT_STATUSES)[number];

/** What another document did to this one, named from this one's side. */
export const EVENT_KINDS = ['REPLACED', 'REPEALED', 'AMENDED', 'SUPPLEMENTED', 'GUIDED', 'SUSPENDED', 'CORRECTED'] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

const EVENT_OF: Record<string, EventKind> = {
  REPLACES: 'REPLACED',
  REPEALS: 'REPEALED',
  AMENDS: 'AMENDED',
  SUPPLEMENTS: 'SUPPLEMENTED',
  GUIDES: 'GUIDED',
  SUSPENDS: 'SUSPENDED',
  CORRECTS: 'CORRECTED',
};

export interface DocumentEventRecord {
  /** Day it takes effect: the acting document's date of effect, else its date of issue; null when unknown. */
  date: string | null;
  kind: EventKind;
  /** The acting document. */
  by: DocumentRecord;
  /** The part affected as written ("khoản 2 Điều 3"); null when the whole. */
  part: string | null;
  whole: boolean;
  evidence: string | null;
}

type Row = Record<string, unknown>;

/** An AFFECTS edge's properties and its acting document -> the event. */
export function toEvent(edge: Row, by: DocumentRecord): DocumentEventRecord {
  return {
    date: typeof edge.effectiveOn === 'string' ? edge.effectiveOn : null,
    kind: EVENT_OF[String(edge.kind)] ?? 'AMENDED',
    by,
    part: typeof edge.part === 'string' ? edge.part : null,
    whole: edge.whole === true,
    evidence: typeof edge.evidence === 'string' ? edge.evidence : null,
  };
}

/** Today as an ISO day (UTC): the default `asOf`. */
export function today(): string {
  return new Date().toISOString().slice(0, 10);
}

const ENDS = new Set<EventKind>(['REPLACED', 'REPEALED']);
const PRESUPPOSE_FORCE = new Set<EventKind>(['AMENDED', 'SUPPLEMENTED', 'GUIDED', 'CORRECTED']);

/** The document's status on `asOf` (ISO day). */
export function statusOn(doc: DocumentRecord, events: readonly DocumentEventRecord[], asOf: string): EffectStatus {
  if (doc.date !== null && doc.date > asOf) return 'NOT_YET_IN_FORCE';
  if (doc.effectiveFrom !== null && doc.effectiveFrom > asOf) return 'NOT_YET_IN_FORCE';
  const past = events.filter((e) => e.date === null || e.date <= asOf);
  if (past.some((e) => e.whole && ENDS.has(e.kind))) return 'EXPIRED';
  if (doc.effectiveUntil !== null && doc.effectiveUntil < asOf) return 'EXPIRED';
  if (past.some((e) => e.whole && e.kind === 'SUSPENDED')) return 'SUSPENDED';
  if (past.some((e) => !e.whole && ENDS.has(e.kind))) return 'PARTLY_EXPIRED';
  if (doc.effectiveFrom !== null) return 'IN_FORCE';
  if (past.some((e) => PRESUPPOSE_FORCE.has(e.kind))) return 'IN_FORCE';
  return 'UNKNOWN';
}

/** The day the document stopped being in force (the earliest whole replacement, repeal or suspension, or its own end), if by `asOf`. */
export function noLongerInForceSince(doc: DocumentRecord, events: readonly DocumentEventRecord[], asOf: string): string | null {
  const days = events
    .filter((e) => e.whole && (ENDS.has(e.kind) || e.kind === 'SUSPENDED') && e.date !== null && e.date <= asOf)
    .map((e) => e.date!);
  if (doc.effectiveUntil !== null && doc.effectiveUntil < asOf) days.push(doc.effectiveUntil);
  return days.length ? days.sort()[0]! : null;
}

/** The documents that replaced it (wholly or in part) by `asOf`. */
export function replacedByOn(events: readonly DocumentEventRecord[], asOf: string): DocumentRecord[] {
  const seen = new Map<string, DocumentRecord>();
  for (const e of events) if (e.kind === 'REPLACED' && (e.date === null || e.date <= asOf)) seen.set(e.by.key, e.by);
  return [...seen.values()];
}
