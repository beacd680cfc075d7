/**
 * Writes and removes documents. A document is never half-written: either all of its nodes and edges land,
 * or none do (documents are written alone, or in batches that fall back to one transaction each). Re-ingesting the same text is a no-op (content hash); a changed text replaces what the
 * document owns and keeps the nodes other documents point to.
 */
import type { Extraction } from '../extract/types';
import { cypher } from './cypherRegistry';
import type { CountingTransaction, GraphClient } from './driver';
import { buildIngestRows, INDICATOR_NAMES, type DocumentSourceInfo, type IngestRows } from './documentRows';
import { scoreIdentity } from './identityCandidates';

export type IngestStatus = 'created' | 'updated' | 'unchanged';

export interface IngestOutcome {
  key: string;
  status: IngestStatus;
  /** Keys of documents this file produced before under another key, now retired. */
  replacedKeys: string[];
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
    rows.carriesOut.length +
    rows.mentions.length;
  return { nodes, relationships };
}

export interface IngestItem {
  extraction: Extraction;
  sourceFile: string | null;
  /** Format and sha256 of the original bytes, when the document came from a file. */
  source?: DocumentSourceInfo | null;
}

/** One document in its own transaction. */
export async function ingestExtraction(
  graph: GraphClient,
  extraction: Extraction,
  sourceFile: string | null,
  source: DocumentSourceInfo | null = null,
): Promise<IngestOutcome> {
  const [outcome] = await graph.writeTransaction((tx) => writeBatch(tx, [buildIngestRows(extraction, sourceFile, source)]));
  return outcome!;
}

/**
 * Several documents in one transaction: the statements take every document's rows at once, so a batch
 * costs the same dozen round trips as one document. If the batch fails, each document is retried in its
 * own transaction, so a bad document still lands alone as nothing, and the good ones land.
 * Results are in input order; a document that failed on its own has an Error in its place.
 */
export async function ingestBatch(graph: GraphClient, items: IngestItem[]): Promise<(IngestOutcome | Error)[]> {
  const rows = items.map((i) => buildIngestRows(i.extraction, i.sourceFile, i.source ?? null));
  const keys = new Set(rows.map((r) => r.document.key));
  if (rows.length > 1 && keys.size === rows.length) {
    try {
      return await graph.writeTransaction((tx) => writeBatch(tx, rows));
    } catch {
      // fall through: find the culprit one document at a time
    }
  }
  const outcomes: (IngestOutcome | Error)[] = [];
  for (const r of rows) {
    try {
      const [outcome] = await graph.writeTransaction((tx) => writeBatch(tx, [r]));
      outcomes.push(outcome!);
    } catch (error) {
      outcomes.push(error instanceof Error ? error : new Error(String(error)));
    }
  }
  return outcomes;
}

async function writeBatch(tx: CountingTransaction, all: IngestRows[]): Promise<IngestOutcome[]> {
  const existing = await tx.run<{ key: string; contentHash: string | null; ingested: boolean | null; replacedKeys: string[] }>(
    cypher('document.byKeyOrFile'),
    { docs: all.map((r) => ({ key: r.document.key, sourceFile: r.document.props.sourceFile ?? null })) },
  );
  const outcomes: IngestOutcome[] = [];
  const toWrite: IngestRows[] = [];
  const toClear: string[] = [];
  const toRetire: string[] = [];
  all.forEach((rows, i) => {
    const found = existing[i];
    const key = rows.document.key;
    const replacedKeys = found?.replacedKeys ?? [];
    if (found?.ingested && found.contentHash === rows.document.props.contentHash && replacedKeys.length === 0) {
      outcomes.push({ key, status: 'unchanged', replacedKeys, nodes: 0, relationships: 0 });
      return;
    }
    outcomes.push({ key, status: found?.ingested ? 'updated' : 'created', replacedKeys, ...countGraphItems(rows) });
    toWrite.push(rows);
    if (found?.contentHash != null || found?.ingested) toClear.push(key);
    toClear.push(...replacedKeys);
    toRetire.push(...replacedKeys);
  });
  if (toWrite.length === 0) return outcomes;

  const pruneDocuments = new Set<string>();
  const pruneBodies = new Set<string>();
  if (toClear.length) {
    const owned = await tx.run<{ citedKeys: string[]; bodyKeys: string[] }>(cypher('document.ownedDelete'), { keys: toClear });
    for (const o of owned) {
      o.citedKeys.forEach((k) => pruneDocuments.add(k));
      o.bodyKeys.forEach((k) => pruneBodies.add(k));
    }
  }
  for (const key of toRetire) await tx.run(cypher('document.retire'), { key });
  await writeRows(tx, toWrite);
  await linkIdentityCandidates(tx, [...new Set(toWrite.flatMap((r) => [r.document.key, ...r.citations.map((c) => c.key)]))]);
  if (pruneDocuments.size + pruneBodies.size > 0) {
    await tx.run(cypher('graph.pruneOrphans'), { documentKeys: [...pruneDocuments], bodyKeys: [...pruneBodies] });
  }
  return outcomes;
}

/** Bodies named by several documents of a batch become one row with every alias. */
function mergeBodies(all: IngestRows[]): IngestRows['bodies'] {
  const byKey = new Map<string, IngestRows['bodies'][number]>();
  for (const b of all.flatMap((r) => r.bodies)) {
    const seen = byKey.get(b.key);
    if (seen) seen.aliases = [...new Set([...seen.aliases, ...b.aliases])];
    else byKey.set(b.key, { ...b, aliases: [...b.aliases] });
  }
  return [...byKey.values()];
}

async function writeRows(tx: CountingTransaction, all: IngestRows[]): Promise<void> {
  const each = <T>(pick: (r: IngestRows) => T[]): T[] => all.flatMap(pick);
  await tx.run(cypher('document.upsert'), { docs: all.map((r) => ({ document: r.document, issuer: r.issuer })) });
  const bodies = mergeBodies(all);
  if (bodies.length) await tx.run(cypher('body.mergeMany'), { bodies });
  const sections = each((r) => r.sections);
  if (sections.length) {
    await tx.run(cypher('section.createMany'), { sections });
    await tx.run(cypher('section.linkMany'), { sections });
  }
  const citations = each((r) => r.citations);
  if (citations.length) await tx.run(cypher('citation.createMany'), { citations });
  const tasks = each((r) => r.tasks);
  if (tasks.length) await tx.run(cypher('task.createMany'), { tasks });
  const assignments = each((r) => r.assignments);
  if (assignments.length) await tx.run(cypher('task.assignMany'), { assignments });
  const targets = each((r) => r.targets);
  if (targets.length) await tx.run(cypher('target.createMany'), { targets, indicatorNames: INDICATOR_NAMES });
  const taskIndicators = each((r) => r.taskIndicators);
  if (taskIndicators.length) {
    await tx.run(cypher('task.concernsMany'), { rows: taskIndicators, indicatorNames: INDICATOR_NAMES });
  }
  const carriesOut = each((r) => r.carriesOut);
  if (carriesOut.length) await tx.run(cypher('task.carriesOutMany'), { rows: carriesOut });
  const mentions = each((r) => r.mentions);
  if (mentions.length) await tx.run(cypher('document.mentionsMany'), { rows: mentions });
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
 * Removes what a document owns; the node itself stays (as cited-only) while others cite it.
 * Returns false when no ingested document has that key.
 */
export async function deleteDocument(graph: GraphClient, key: string): Promise<boolean> {
  return graph.writeTransaction(async (tx) => {
    const [existing] = await tx.run<{ ingested: boolean | null }>(cypher('document.byKeyOrFile'), {
      docs: [{ key, sourceFile: null }],
    });
    if (!existing?.ingested) return false;
    const [owned] = await tx.run<{ citedKeys: string[]; bodyKeys: string[] }>(cypher('document.ownedDelete'), { keys: [key] });
    await tx.run(cypher('document.retire'), { key });
    await tx.run(cypher('graph.pruneOrphans'), { documentKeys: owned?.citedKeys ?? [], bodyKeys: owned?.bodyKeys ?? [] });
    return true;
  });
}
