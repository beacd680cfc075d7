/**
 * Writes and removes documents. One transaction per document: either all of a document's nodes and edges
 * land, or none do. Re-ingesting the same text is a no-op (content hash); a changed text replaces what the
 * document owns and keeps the nodes other documents point to.
 */
import type { Extraction } from '../extract/types';
import { cypher } from './cypherRegistry';
import type { CountingTransaction, GraphClient } from './driver';
import { buildIngestRows, INDICATOR_NAMES, type IngestRows } from './documentRows';
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
    rows.carriesOut.length;
  return { nodes, relationships };
}

export async function ingestExtraction(
  graph: GraphClient,
  extraction: Extraction,
  sourceFile: string | null,
): Promise<IngestOutcome> {
  const rows = buildIngestRows(extraction, sourceFile);
  const key = rows.document.key;
  const counts = countGraphItems(rows);
  return graph.writeTransaction(async (tx) => {
    const [existing] = await tx.run<{ contentHash: string | null; ingested: boolean | null; replacedKeys: string[] }>(
      cypher('document.byKeyOrFile'),
      { key, sourceFile },
    );
    const replacedKeys = existing?.replacedKeys ?? [];
    if (existing?.ingested && existing.contentHash === extraction.contentHash && replacedKeys.length === 0) {
      return { key, status: 'unchanged', replacedKeys, nodes: 0, relationships: 0 };
    }
    const status: IngestStatus = existing?.ingested ? 'updated' : 'created';
    const pruneDocuments = new Set<string>();
    const pruneBodies = new Set<string>();
    for (const oldKey of [key, ...replacedKeys]) {
      const [owned] = await tx.run<{ citedKeys: string[]; bodyKeys: string[] }>(cypher('document.ownedDelete'), {
        key: oldKey,
      });
      owned?.citedKeys.forEach((k) => pruneDocuments.add(k));
      owned?.bodyKeys.forEach((k) => pruneBodies.add(k));
      if (oldKey !== key) await tx.run(cypher('document.retire'), { key: oldKey });
    }
    await writeRows(tx, rows);
    await linkIdentityCandidates(tx, [key, ...rows.citations.map((c) => c.key)]);
    if (pruneDocuments.size + pruneBodies.size > 0) {
      await tx.run(cypher('graph.pruneOrphans'), { documentKeys: [...pruneDocuments], bodyKeys: [...pruneBodies] });
    }
    return { key, status, replacedKeys, ...counts };
  });
}

async function writeRows(tx: CountingTransaction, rows: IngestRows): Promise<void> {
  const documentKey = rows.document.key;
  await tx.run(cypher('document.upsert'), { doc: rows.document, issuer: rows.issuer });
  if (rows.bodies.length) await tx.run(cypher('body.mergeMany'), { bodies: rows.bodies });
  if (rows.sections.length) {
    await tx.run(cypher('section.createMany'), { sections: rows.sections });
    await tx.run(cypher('section.linkMany'), { documentKey, sections: rows.sections });
  }
  if (rows.citations.length) await tx.run(cypher('citation.createMany'), { documentKey, citations: rows.citations });
  if (rows.tasks.length) await tx.run(cypher('task.createMany'), { documentKey, tasks: rows.tasks });
  if (rows.assignments.length) await tx.run(cypher('task.assignMany'), { assignments: rows.assignments });
  if (rows.targets.length) {
    await tx.run(cypher('target.createMany'), { targets: rows.targets, indicatorNames: INDICATOR_NAMES });
  }
  if (rows.taskIndicators.length) {
    await tx.run(cypher('task.concernsMany'), { rows: rows.taskIndicators, indicatorNames: INDICATOR_NAMES });
  }
  if (rows.carriesOut.length) await tx.run(cypher('task.carriesOutMany'), { rows: rows.carriesOut });
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
    const [existing] = await tx.run<{ ingested: boolean | null }>(cypher('document.byKeyOrFile'), { key, sourceFile: null });
    if (!existing?.ingested) return false;
    const [owned] = await tx.run<{ citedKeys: string[]; bodyKeys: string[] }>(cypher('document.ownedDelete'), { key });
    await tx.run(cypher('document.retire'), { key });
    await tx.run(cypher('graph.pruneOrphans'), { documentKeys: owned?.citedKeys ?? [], bodyKeys: owned?.bodyKeys ?? [] });
    return true;
  });
}
