/**
 * Versions of a document and the progress recorded on its tasks, across versions. Every ingested text is a
 * (:Version) numbered per document, holding the text, its hash, the hash of the file it was read from, where
 * it came from and when. A text the document already had (the same text, or the same file's bytes) is a form
 * the graph already holds, never a new version: re-running a folder that holds one document in two forms
 * changes nothing, whichever form comes last (knownVersionOf). When a new
 * text replaces the current one, what was recorded on the old tasks (status, note, time, history) moves to
 * the task of the new text that states the same duty (taskMatching.ts); the superseded version keeps a
 * copy of all of it with where each went, and tasks with no counterpart are reported, never dropped silently.
 */
import type { IngestRows } from './documentRows';
import { matchTasks } from './taskMatching';
import { isProgressProperty } from './taskTracker';

/** What the graph holds for a document about to be written (document.lockForWrite). */
export interface StoredDocumentState {
  key: string;
  ingested: boolean | null;
  contentHash: string | null;
  textLength: number | null;
  sourceFile: string | null;
  /** sha256 of the file the current text was read from (null before it was recorded). */
  sourceHash: string | null;
  /** What extraction read in the current text (documentRows.extractionHashOf); null before it was kept. */
  extractionHash: string | null;
  ingestedAt: string | null;
  tasks: number;
  citations: number;
  versionNumbers: number[];
  /** Every version's text hash and file hash (the file hash is null on versions recorded before it was kept). */
  knownTexts: KnownText[];
}

export interface KnownText {
  number: number;
  contentHash: string | null;
  sourceHash: string | null;
}

/** The hashes of a text about to be written: of the normalized text, and of the file's bytes when known. */
export interface IncomingText {
  contentHash: string;
  sourceHash: string | null;
}

/** The current version's number: the highest, or 1 for a document ingested before versions were kept. */
export function currentVersionNumber(state: StoredDocumentState): number | null {
  if (state.ingested !== true) return null;
  return state.versionNumbers.length ? Math.max(...state.versionNumbers) : 1;
}

/**
 * The version whose text `incoming` is: the current one when it is the current text (or read from the same
 * file), else the latest earlier version that had it; null for a text the document never had. Matching on
 * the file's bytes as well as the text means a reader that decodes the same file a little differently
 * (a newer release) does not make a version the issuer never wrote.
 */
export function knownVersionOf(state: StoredDocumentState, incoming: IncomingText): number | null {
  const current = currentVersionNumber(state);
  if (current === null) return null;
  const same = (contentHash: string | null, sourceHash: string | null) =>
    contentHash === incoming.contentHash || (incoming.sourceHash !== null && sourceHash === incoming.sourceHash);
  if (same(state.contentHash, state.sourceHash)) return current;
  const earlier = state.knownTexts.filter((t) => same(t.contentHash, t.sourceHash)).map((t) => t.number);
  return earlier.length ? Math.max(...earlier) : null;
}

/** A task of the previous version with recorded progress (task.recordedProgress). */
export interface RecordedTask {
  documentKey: string;
  key: string;
  text: string | null;
  textFolded: string | null;
  sectionPath: string | null;
  props: Record<string, unknown>;
}

/** Recorded progress that found no task in the new version. It stays on the superseded version. */
export interface UnmatchedTask {
  key: string;
  text: string;
  sectionPath: string | null;
  status: string;
  statusNote: string | null;
  statusUpdatedAt: string | null;
}

export interface VersionRow {
  /** Only for a version recorded after the fact; otherwise the database's now. */
  ingestedAt: string | null;
  props: Record<string, string | number | null>;
}

export function versionKey(documentKey: string, number: number): string {
  return `${documentKey}#v${number}`;
}

export interface VersionPlan {
  /** The version a document ingested before versions existed gets for its old text (text unknown). */
  legacy: VersionRow | null;
  previousNumber: number | null;
  number: number;
}

export function planVersion(state: StoredDocumentState): VersionPlan {
  const known = state.versionNumbers.length ? Math.max(...state.versionNumbers) : null;
  const hadText = state.ingested === true && state.contentHash !== null;
  const legacy: VersionRow | null =
    hadText && known === null
      ? {
          ingestedAt: state.ingestedAt,
          props: {
            key: versionKey(state.key, 1),
            documentKey: state.key,
            number: 1,
            contentHash: state.contentHash,
            sourceHash: state.sourceHash,
            sourceFile: state.sourceFile,
            textLength: state.textLength,
            text: null,
          },
        }
      : null;
  const previousNumber = known ?? (legacy ? 1 : null);
  return { legacy, previousNumber, number: (previousNumber ?? 0) + 1 };
}

export function newVersionRow(
  rows: IngestRows,
  number: number,
  source: { sourceFile: string | null; sourcePath: string | null; text: string | null },
): VersionRow {
  const props = rows.document.props;
  return {
    ingestedAt: null,
    props: {
      key: versionKey(rows.document.key, number),
      documentKey: rows.document.key,
      number,
      contentHash: String(props.contentHash),
      sourceHash: typeof props.sourceHash === 'string' ? props.sourceHash : null,
      sourceFormat: typeof props.sourceFormat === 'string' ? props.sourceFormat : null,
      sourceFile: source.sourceFile,
      sourcePath: source.sourcePath,
      text: source.text,
      textLength: source.text === null ? null : source.text.length,
      tasks: rows.tasks.length,
      citations: rows.citations.length,
    },
  };
}

/** Progress properties: status, note, time, the day it was done, a deadline extension and the history. */
function progressOf(task: RecordedTask): Record<string, unknown> {
  return Object.fromEntries(Object.entries(task.props).filter(([name]) => isProgressProperty(name)));
}

function str(value: unknown): string | null {
  return value === null || value === undefined ? null : String(value);
}

export interface ProgressCarry {
  /** task.carryProgress rows: the new task's key and the properties it takes over. */
  carry: { key: string; progress: Record<string, unknown> }[];
  unmatched: UnmatchedTask[];
  /** version.supersede properties of the previous version: every recorded task and where it went. */
  supersededProps: Record<string, string[]>;
}

export function carryProgress(recorded: RecordedTask[], next: IngestRows): ProgressCarry {
  const matches = matchTasks(
    recorded.map((t) => ({ key: t.key, sectionPath: t.sectionPath, text: t.text ?? t.textFolded ?? '' })),
    next.tasks.map((t) => ({ key: t.key, sectionPath: str(t.props.sectionPath), text: String(t.props.text ?? '') })),
  );
  const to = new Map(matches.map((m) => [m.previousKey, m.nextKey]));
  const carry = recorded.flatMap((t) => {
    const nextKey = to.get(t.key);
    return nextKey ? [{ key: nextKey, progress: progressOf(t) }] : [];
  });
  const unmatched = recorded
    .filter((t) => !to.has(t.key))
    .map((t) => ({
      key: t.key,
      text: t.text ?? '',
      sectionPath: t.sectionPath,
      status: str(t.props.status) ?? 'NOT_STARTED',
      statusNote: str(t.props.statusNote),
      statusUpdatedAt: str(t.props.statusUpdatedAt),
    }));
  const supersededProps = {
    taskKeys: recorded.map((t) => t.key),
    taskTexts: recorded.map((t) => t.text ?? ''),
    taskStatuses: recorded.map((t) => str(t.props.status) ?? 'NOT_STARTED'),
    taskNotes: recorded.map((t) => str(t.props.statusNote) ?? ''),
    taskStatusUpdatedAt: recorded.map((t) => str(t.props.statusUpdatedAt) ?? ''),
    taskCarriedTo: recorded.map((t) => to.get(t.key) ?? ''),
  };
  return { carry, unmatched, supersededProps };
}
