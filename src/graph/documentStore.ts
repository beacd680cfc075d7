/**
 * Writes and removes documents. A document is never half-written: either all of its nodes and edges land,
 * or none do (documents are written alone, or in batches that fall back to one transaction each).
 * A document is its key, never the file it came from. Re-ingesting a text the document already had is a
 * no-op (its text's or its file's hash is one of its versions': see knownVersionOf), so a folder holding
 * one document in two forms can be ingested again and again, unless the current text from the same file is read
 * differently by this release's rules (REEXTRACTED: rewritten in place, see readsCurrentSourceAgain); a new text becomes a new version: what the document owns is replaced, the previous text stays as a
 * (:Version), recorded task progress moves to the matching new tasks, and a text that looks like an excerpt
 * of the stored one is refused unless the caller says it replaces the document.
 */
import { Neo4jError } from 'neo4j-driver';
import type { Extraction } from '../extract/types';
import { DirectiveGraphError, ErrorCode } from '../errors';
import { cypher } from './cypherRegistry';
import type { CountingTransaction, GraphClient } from './driver';
import { buildIngestRows, extractionHashOf, INDICATOR_NAMES, type DocumentSourceInfo, type IngestRows } from './documentRows';
import { replaceOwned, withdrawDocument } from './documentRemoval';
import {
  carryProgress,
  currentVersionNumber,
  knownVersionOf,
  newVersionRow,
  planVersion,
  versionKey,
  type ProgressCarry,
  type RecordedTask,
  type StoredDocumentState,
  type UnmatchedTask,
  type VersionRow,
} from './documentVersions';
import { scoreIdentity } from './identityCandidates';
import { suspiciousReplacement, suspiciousReplacementError } from './replacementPolicy';

export type IngestStatus = 'created' | 'updated' | 'reextracted' | 'unchanged';
export type { UnmatchedTask } from './documentVersions';

export interface IngestOutcome {
  key: string;
  status: IngestStatus;
  /** The document's current version number (1 for a new document). */
  version: number;
  /**
   * UNCHANGED and REEXTRACTED: the version whose text this is. The current version, or an earlier one when the text
   * is a form the document had before (e.g. another save of the same page, ingested before the current one).
   */
  sameAsVersion: number | null;
  /** Tasks of the previous version whose recorded progress moved to a task of this one. */
  carriedTasks: number;
  /** Tasks of the previous version with recorded progress and no counterpart here (kept on that version). */
  unmatchedTasks: UnmatchedTask[];
  nodes: number;
  relationships: number;
}

/** Nodes and relationships a document's rows create (for progress and benchmarks). */
export function countGraphItems(rows: IngestRows): { nodes: number; relationships: number } {
  const nodes = 1 + rows.bodies.length + rows.sections.length + rows.tasks.length + rows.targets.length + rows.citations.length;
  const relationships =
    (rows.issuer ? 1 : 0) +
    rows.sections.length +
    rows.tasks.length * 2 +
    rows.assignments.length +
    rows.targets.length +
    rows.taskIndicators.length +
    rows.citations.length +
    rows.effects.length +
    rows.carriesOut.length +
    rows.mentions.length;
  return { nodes, relationships };
}

export interface IngestItem {
  extraction: Extraction;
  /** File name shown as the document's sourceFile. */
  sourceFile: string | null;
  /** Where the text came from (a path as given, an upload name): recorded on the version. */
  sourcePath?: string | null;
  /** Format and sha256 of the original bytes, when the document came from a file. */
  source?: DocumentSourceInfo | null;
  /** The text itself (as decoded), kept on the version so earlier texts stay readable. */
  text?: string | null;
  /** Apply even a text that looks like an excerpt of the stored version. */
  replace?: boolean;
}

/** One document in its own transaction; a refused replacement throws SUSPICIOUS_REPLACEMENT. */
export async function ingestExtraction(
  graph: GraphClient,
  extraction: Extraction,
  sourceFile: string | null,
  options: Omit<IngestItem, 'extraction' | 'sourceFile'> = {},
): Promise<IngestOutcome> {
  const [outcome] = await writeWithRetry(graph, [{ extraction, sourceFile, ...options }]);
  if (outcome instanceof Error) throw outcome;
  return outcome!;
}

/** True when the database cannot be reached: retrying other documents now would only wait again. */
export function isDatabaseUnavailable(error: unknown): boolean {
  return error instanceof DirectiveGraphError && error.code === ErrorCode.DATABASE_UNAVAILABLE;
}

/**
 * Several documents in one transaction: the statements take every document's rows at once, so a batch
 * costs the same few round trips as one document (its row statements go back to back). If the batch fails,
 * each document is retried in its own transaction, so a bad document still lands alone as nothing, and the
 * good ones land.
 * Results are in input order; a document that failed or was refused has an Error in its place. `onOutcome`
 * hears each document as soon as its transaction ends. When the database is unreachable, nothing is
 * retried: the error is thrown, and the documents `onOutcome` did not hear about were not written.
 */
export async function ingestBatch(
  graph: GraphClient,
  items: IngestItem[],
  options: {
    onOutcome?: (index: number, outcome: IngestOutcome | Error) => void;
    /** Each statement of the write the database answered: a long write that is alive, not a hung one. */
    onAnswer?: () => void;
  } = {},
): Promise<(IngestOutcome | Error)[]> {
  const rounds = roundsOfDistinctKeys(items);
  if (rounds.length > 1) {
    // Two forms of one document in a batch: each round writes a document once, the later form seeing the earlier.
    const outcomes: (IngestOutcome | Error)[] = new Array(items.length);
    for (const round of rounds) {
      const written = await ingestBatch(graph, round.map((i) => items[i]!), {
        onOutcome: (j, o) => options.onOutcome?.(round[j]!, o),
        ...(options.onAnswer ? { onAnswer: options.onAnswer } : {}),
      });
      written.forEach((o, j) => (outcomes[round[j]!] = o));
    }
    return outcomes;
  }
  if (items.length > 1) {
    try {
      const outcomes = await writeWithRetry(graph, items, options.onAnswer);
      outcomes.forEach((o, i) => options.onOutcome?.(i, o));
      return outcomes;
    } catch (error) {
      if (isDatabaseUnavailable(error)) throw error;
      // otherwise: find the culprit one document at a time
    }
  }
  const outcomes: (IngestOutcome | Error)[] = [];
  for (const [i, item] of items.entries()) {
    let outcome: IngestOutcome | Error;
    try {
      [outcome] = (await writeWithRetry(graph, [item], options.onAnswer)) as [IngestOutcome | Error];
    } catch (error) {
      if (isDatabaseUnavailable(error)) throw error;
      outcome = error instanceof Error ? error : new Error(String(error));
    }
    outcomes.push(outcome);
    options.onOutcome?.(i, outcome);
  }
  return outcomes;
}

/**
 * Indexes of `items` split into rounds in which no document key comes twice; a key's items keep their order
 * (its first item is in round 1, its second in round 2, ...). One round when every key is distinct.
 */
export function roundsOfDistinctKeys(items: IngestItem[]): number[][] {
  const rounds: number[][] = [];
  const seen = new Map<string, number>();
  items.forEach((item, i) => {
    const key = item.extraction.document.key;
    const round = seen.get(key) ?? 0;
    seen.set(key, round + 1);
    (rounds[round] ??= []).push(i);
  });
  return rounds;
}

/** Attempts of a write that lost a race on a uniqueness constraint (another writer created the node first). */
const CONSTRAINT_RACE_ATTEMPTS = 4;

/**
 * Writers of the same document queue on its lock (document.lockForWrite); a writer that still collides with
 * another on a uniqueness constraint runs again and then sees the other's result, so every caller gets
 * CREATED, UPDATED, REEXTRACTED or UNCHANGED. Transient errors (deadlocks) are retried by GraphClient (src/graph/retryPolicy.ts).
 */
async function writeWithRetry(graph: GraphClient, items: IngestItem[], onAnswer?: () => void): Promise<(IngestOutcome | Error)[]> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await graph.writeTransaction((tx) => writeBatch(onAnswer ? answering(tx, onAnswer) : tx, items));
    } catch (error) {
      const lostRace = error instanceof Neo4jError && error.code === 'Neo.ClientError.Schema.ConstraintValidationFailed';
      if (!lostRace || attempt >= CONSTRAINT_RACE_ATTEMPTS) throw error;
      await new Promise((resolve) => setTimeout(resolve, 20 * attempt * Math.random()));
    }
  }
}

/** `tx`, calling `onAnswer` after each statement the database answered. */
function answering(tx: CountingTransaction, onAnswer: () => void): CountingTransaction {
  const observed = Object.create(tx) as CountingTransaction;
  observed.run = async (...args: Parameters<CountingTransaction['run']>) => {
    const rows = await tx.run(...args);
    onAnswer();
    return rows;
  };
  return observed;
}

interface Planned {
  rows: IngestRows;
  item: IngestItem;
  state: StoredDocumentState;
  /** `reextracted`: the current text read again by rules that read it differently; no new version. */
  status: 'created' | 'updated' | 'reextracted';
  number: number;
  previousNumber: number | null;
  legacy: VersionRow | null;
}

const builtRows = new WeakMap<IngestItem, IngestRows>();

/**
 * An item's rows (with their extraction hash), built once per item and kept with it: a caller that builds them
 * while the previous batch is being written (ingestFiles) keeps that work out of the write transaction, and a
 * retried transaction or the one-document fallback reuses them. The item must not change afterwards.
 */
export function ingestRowsOf(item: IngestItem): IngestRows {
  let rows = builtRows.get(item);
  if (!rows) {
    rows = buildIngestRows(item.extraction, item.sourceFile, item.source ?? null);
    rows.document.props.extractionHash = extractionHashOf(rows);
    builtRows.set(item, rows);
  }
  return rows;
}

async function writeBatch(tx: CountingTransaction, items: IngestItem[]): Promise<(IngestOutcome | Error)[]> {
  // The kept rows stay as built: what a transaction adds to a document's properties goes on a copy.
  const all = items.map((i) => {
    const rows = ingestRowsOf(i);
    return { ...rows, document: { ...rows.document } };
  });
  const sortedKeys = [...new Set(all.map((r) => r.document.key))].sort();
  const states = await tx.run<StoredDocumentState>(cypher('document.lockForWrite'), { docs: sortedKeys.map((key) => ({ key })) });
  const stateOf = new Map(states.map((s) => [s.key, s]));

  const outcomes: (IngestOutcome | Error)[] = [];
  const planned: Planned[] = [];
  all.forEach((rows, i) => {
    const item = items[i]!;
    const key = rows.document.key;
    const state = stateOf.get(key)!;
    const text = item.text ?? null;
    const plan = planVersion(state);
    const current = currentVersionNumber(state);
    const sameAs = knownVersionOf(state, { contentHash: String(rows.document.props.contentHash), sourceHash: item.source?.hash ?? null });
    // A text the document already had changes nothing, unless the rules now read the current text differently;
    // `replace` makes an earlier text current again.
    if (sameAs !== null && sameAs === current && readsCurrentSourceAgain(state, rows, item)) {
      const textLength = text === null ? state.textLength : text.length;
      rows.document.props = { ...rows.document.props, sourcePath: item.sourcePath ?? null, textLength, version: current };
      // A document ingested before versions were kept gets its version 1 now, with this (its) text.
      const legacy = plan.legacy ? { ...plan.legacy, props: { ...plan.legacy.props, text, textLength } } : null;
      planned.push({ rows, item, state, status: 'reextracted', number: current, previousNumber: current, legacy });
      outcomes.push({ key, status: 'reextracted', version: current, sameAsVersion: current, carriedTasks: 0, unmatchedTasks: [], ...countGraphItems(rows) });
      return;
    }
    if (sameAs !== null && (sameAs === current || !item.replace)) {
      outcomes.push({ key, status: 'unchanged', version: current!, sameAsVersion: sameAs, carriedTasks: 0, unmatchedTasks: [], nodes: 0, relationships: 0 });
      return;
    }
    if (state.ingested && !item.replace) {
      const reasons = suspiciousReplacement(
        { textLength: state.textLength, tasks: state.tasks, citations: state.citations },
        { textLength: text === null ? null : text.length, tasks: rows.tasks.length, citations: rows.citations.length },
      );
      if (reasons.length) {
        outcomes.push(suspiciousReplacementError(key, reasons));
        return;
      }
    }
    rows.document.props = {
      ...rows.document.props,
      sourcePath: item.sourcePath ?? null,
      textLength: text === null ? null : text.length,
      version: plan.number,
    };
    const status = state.ingested ? 'updated' : 'created';
    planned.push({ rows, item, state, status, ...plan });
    outcomes.push({ key, status, version: plan.number, sameAsVersion: null, carriedTasks: 0, unmatchedTasks: [], ...countGraphItems(rows) });
  });
  if (planned.length === 0) return outcomes;

  const updatedKeys = planned.filter((p) => p.status !== 'created').map((p) => p.rows.document.key);
  const recorded = updatedKeys.length
    ? await tx.run<RecordedTask>(cypher('task.recordedProgress'), { keys: updatedKeys })
    : [];
  // Where each earlier task's recorded progress goes (matched once: it decides a re-reading's version too).
  const carried = new Map(
    planned.filter((p) => p.previousNumber !== null).map((p) => [p, carryProgress(recorded.filter((r) => r.documentKey === p.rows.document.key), p.rows)]),
  );
  keepStrandedProgress(planned, carried, outcomes);
  await replaceOwned(tx, updatedKeys, () => writeVersions(tx, planned, carried, outcomes));
  return outcomes;
}

function outcomeOf(outcomes: (IngestOutcome | Error)[], key: string): IngestOutcome {
  return outcomes.find((o): o is IngestOutcome => !(o instanceof Error) && o.key === key)!;
}

/**
 * The current reading came from this very text and this very file (or both came without a file), and the rules
 * now read it differently. Another form with the same text (say a portal page, whose metadata extraction also
 * reads) is a form the graph holds, not a new reading: were it read again, two forms would take turns. A file
 * whose bytes are known but decode to another text (a newer reader) is not read again either: its text would
 * overwrite the version's only copy of the old one.
 */
function readsCurrentSourceAgain(state: StoredDocumentState, rows: IngestRows, item: IngestItem): boolean {
  return (
    state.contentHash === rows.document.props.contentHash &&
    state.sourceHash === (item.source?.hash ?? null) &&
    state.extractionHash !== rows.document.props.extractionHash
  );
}

/**
 * A new reading of the current text replaces the document's tasks in place. When progress recorded on a task
 * would find no task of the new reading, the reading becomes a new version instead (of the same text), so that
 * progress stays on the version it was recorded on, as for any new text.
 */
function keepStrandedProgress(planned: Planned[], carried: ReadonlyMap<Planned, ProgressCarry>, outcomes: (IngestOutcome | Error)[]): void {
  for (const p of planned) {
    if (p.status !== 'reextracted' || carried.get(p)!.unmatched.length === 0) continue;
    const plan = planVersion(p.state);
    Object.assign(p, { status: 'updated', ...plan });
    p.rows.document.props = { ...p.rows.document.props, version: plan.number };
    Object.assign(outcomeOf(outcomes, p.rows.document.key), { status: 'updated', version: plan.number, sameAsVersion: null });
  }
}

/** Writes the planned documents' rows and versions, moves recorded progress, links identity candidates. */
async function writeVersions(
  tx: CountingTransaction,
  planned: Planned[],
  carried: ReadonlyMap<Planned, ProgressCarry>,
  outcomes: (IngestOutcome | Error)[],
): Promise<void> {
  const versions = planned.flatMap((p) => [
    ...(p.legacy ? [p.legacy] : []),
    ...(p.status === 'reextracted'
      ? []
      : [newVersionRow(p.rows, p.number, { sourceFile: p.item.sourceFile, sourcePath: p.item.sourcePath ?? null, text: p.item.text ?? null })]),
  ]);
  // The rows and the versions answer nothing the writes after them need: sent back to back, the server runs them
  // without waiting for the client between two (bench/HISTORY.md, branch i31).
  await tx.runInOrder([
    ...rowStatements(planned.map((p) => p.rows)),
    ...(versions.length ? [{ cypher: cypher('version.createMany'), params: { versions } }] : []),
  ]);
  const reread = planned.filter((p) => p.status === 'reextracted');
  if (reread.length) {
    const [marked] = await tx.run<{ versions: number }>(cypher('version.reextracted'), {
      rows: reread.map((p) => ({ key: versionKey(p.rows.document.key, p.number), tasks: p.rows.tasks.length, citations: p.rows.citations.length })),
    });
    // Every current version exists by now (legacy ones were just created): a miss is a bug, not a warning.
    if (Number(marked?.versions ?? 0) !== reread.length) {
      throw new DirectiveGraphError(
        ErrorCode.INTERNAL,
        `Re-extraction found ${Number(marked?.versions ?? 0)} of ${reread.length} current versions; nothing was written.`,
      );
    }
  }

  const carryRows: { key: string; progress: Record<string, unknown> }[] = [];
  const supersede: { key: string; props: Record<string, string[]> }[] = [];
  for (const p of planned) {
    const carry = carried.get(p);
    if (!carry || p.previousNumber === null) continue;
    const key = p.rows.document.key;
    carryRows.push(...carry.carry);
    if (p.status !== 'reextracted') supersede.push({ key: versionKey(key, p.previousNumber), props: carry.supersededProps });
    const outcome = outcomeOf(outcomes, key);
    outcome.carriedTasks = carry.carry.length;
    outcome.unmatchedTasks = carry.unmatched;
  }
  if (carryRows.length) await tx.run(cypher('task.carryProgress'), { rows: carryRows });
  if (supersede.length) await tx.run(cypher('version.supersede'), { rows: supersede });

  await linkIdentityCandidates(tx, [...new Set(planned.flatMap((p) => [p.rows.document.key, ...p.rows.citations.map((c) => c.key)]))]);
}

/**
 * Bodies named by several documents of a batch become one row with every alias, each document's issuer before the
 * bodies its text names, in document order: a body is created from the first document that names it and its aliases
 * come in the order documents name them, as when documents are written one at a time, wherever a batch begins.
 */
function mergeBodies(all: IngestRows[]): IngestRows['bodies'] {
  const byKey = new Map<string, IngestRows['bodies'][number]>();
  for (const b of all.flatMap((r) => (r.issuer ? [r.issuer, ...r.bodies] : r.bodies))) {
    const seen = byKey.get(b.key);
    if (seen) seen.aliases = [...new Set([...seen.aliases, ...b.aliases])];
    else byKey.set(b.key, { ...b, aliases: [...b.aliases] });
  }
  return [...byKey.values()];
}

/**
 * The edge statements CREATE (what they link was created or cleared in the same transaction), so each edge
 * must come once: rows repeating an edge become one.
 */
function distinctRows<T>(rows: T[], edge: (row: T) => string[]): T[] {
  const seen = new Set<string>();
  return rows.filter((r) => {
    const key = edge(r).join('\u0000');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** One row per (task, role, body); a repeated assignment's properties apply in order, the later ones winning. */
function oneAssignmentPerEdge(rows: IngestRows['assignments']): IngestRows['assignments'] {
  const byEdge = new Map<string, IngestRows['assignments'][number]>();
  for (const r of rows) {
    const key = `${r.taskKey}\u0000${r.role}\u0000${r.bodyKey}`;
    const seen = byEdge.get(key);
    byEdge.set(key, seen ? { ...seen, props: { ...seen.props, ...r.props } } : r);
  }
  return [...byEdge.values()];
}

/**
 * The statements that write the planned documents' rows, in the order they must run (a document before its
 * sections, tasks before their assignments, ...); statements with no rows are left out.
 */
function rowStatements(all: IngestRows[]): { cypher: string; params: Record<string, unknown> }[] {
  const each = <T>(pick: (r: IngestRows) => T[]): T[] => all.flatMap(pick);
  const out: { cypher: string; params: Record<string, unknown> }[] = [];
  const add = (name: string, rows: unknown[], params: Record<string, unknown>) => {
    if (rows.length) out.push({ cypher: cypher(name), params });
  };
  // Bodies before the documents: the issuers among them, merged by document.upsert as it links them, are then found
  // as mergeBodies left them. Issuers merged first would take a body's name and the first place in its aliases from
  // a later document of the batch than one naming it in its text, so the graph would depend on where batches begin.
  const bodies = mergeBodies(all);
  add('body.mergeMany', bodies, { bodies });
  const docs = all.map((r) => ({ document: r.document, issuer: r.issuer }));
  add('document.upsert', docs, { docs });
  const sections = each((r) => r.sections);
  add('section.createMany', sections, { sections });
  const citations = each((r) => r.citations);
  add('citation.createMany', citations, { citations });
  const effects = each((r) => r.effects);
  add('effect.createMany', effects, { effects });
  const tasks = each((r) => r.tasks);
  add('task.createMany', tasks, { tasks });
  const assignments = oneAssignmentPerEdge(each((r) => r.assignments));
  add('task.assignMany', assignments, { assignments });
  const targets = each((r) => r.targets);
  add('target.createMany', targets, { targets, indicatorNames: INDICATOR_NAMES });
  const taskIndicators = distinctRows(each((r) => r.taskIndicators), (r) => [r.taskKey, r.code]);
  add('task.concernsMany', taskIndicators, { rows: taskIndicators, indicatorNames: INDICATOR_NAMES });
  const carriesOut = distinctRows(each((r) => r.carriesOut), (r) => [r.taskKey, r.documentKey]);
  add('task.carriesOutMany', carriesOut, { rows: carriesOut });
  const mentions = distinctRows(each((r) => r.mentions), (r) => [r.documentKey, r.bodyKey]);
  add('document.mentionsMany', mentions, { rows: mentions });
  return out;
}

interface CandidateRow {
  unnumberedKey: string;
  unnumberedTitle: string | null;
  unnumberedIssuer: string | null;
  unnumberedDate: string | null;
  numberedKey: string;
  numberedTitle: string | null;
  numberedIssuer: string | null;
  numberedDate: string | null;
}

/** Records MAY_BE edges for the documents in `keys` (see identityCandidates.ts). */
export async function linkIdentityCandidates(tx: CountingTransaction, keys: string[]): Promise<number> {
  const candidates = await tx.run<CandidateRow>(cypher('identity.candidates'), { keys });
  const links = candidates.flatMap((c) => {
    const score = scoreIdentity(
      { title: c.unnumberedTitle, issuer: c.unnumberedIssuer, date: c.unnumberedDate },
      { title: c.numberedTitle, issuer: c.numberedIssuer, date: c.numberedDate },
    );
    return score ? [{ unnumberedKey: c.unnumberedKey, numberedKey: c.numberedKey, ...score }] : [];
  });
  if (links.length) await tx.run(cypher('identity.link'), { rows: links });
  return links.length;
}

/**
 * Removes what a document owns and its versions; the node itself stays (as cited-only) while anything
 * points to it. Returns false when no ingested document has that key.
 */
export async function deleteDocument(graph: GraphClient, key: string): Promise<boolean> {
  return graph.writeTransaction((tx) => withdrawDocument(tx, key));
}
