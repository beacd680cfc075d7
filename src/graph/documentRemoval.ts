/**
 * Removing what documents own, in the one order both callers need: clear what they own (sections, tasks,
 * targets, outgoing edges), optionally retire them (deletion), then prune the nodes that only they pointed
 * to. A new version clears and prunes around writing its rows; deleteDocument clears, retires and prunes.
 */
import { cypher } from './cypherRegistry';
import type { CountingTransaction } from './driver';

/** Cited documents and bodies the cleared documents pointed to: pruned if nothing points to them after. */
export interface PruneCandidates {
  documentKeys: Set<string>;
  bodyKeys: Set<string>;
}

export function noPruneCandidates(): PruneCandidates {
  return { documentKeys: new Set(), bodyKeys: new Set() };
}

/** Deletes what the documents own; the Document nodes and their versions stay. */
export async function clearOwned(tx: CountingTransaction, keys: string[], into: PruneCandidates = noPruneCandidates()): Promise<PruneCandidates> {
  if (keys.length === 0) return into;
  const owned = await tx.run<{ citedKeys: string[]; bodyKeys: string[] }>(cypher('document.ownedDelete'), { keys });
  for (const o of owned) {
    o.citedKeys.forEach((k) => into.documentKeys.add(k));
    o.bodyKeys.forEach((k) => into.bodyKeys.add(k));
  }
  return into;
}

/** Removes candidates nothing points to any more (see graph.pruneOrphans). */
export async function pruneOrphans(tx: CountingTransaction, candidates: PruneCandidates): Promise<void> {
  if (candidates.documentKeys.size + candidates.bodyKeys.size === 0) return;
  await tx.run(cypher('graph.pruneOrphans'), { documentKeys: [...candidates.documentKeys], bodyKeys: [...candidates.bodyKeys] });
}

/**
 * Withdraws an ingested document: what it owns and its versions go; the node stays as cited-only while
 * anything points to it. False when no ingested document has that key.
 */
export async function withdrawDocument(tx: CountingTransaction, key: string): Promise<boolean> {
  const [existing] = await tx.run<{ ingested: boolean | null }>(cypher('document.lockExisting'), { key });
  if (!existing?.ingested) return false;
  const candidates = await clearOwned(tx, [key]);
  await tx.run(cypher('document.retire'), { key });
  await pruneOrphans(tx, candidates);
  return true;
}
