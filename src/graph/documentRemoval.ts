/**
 * Removing what documents own, in the one order both callers need (`replaceOwned`): clear what they own
 * (sections, tasks, targets, outgoing edges), then write the new version's rows or retire the document,
 * then prune the nodes that only the cleared rows pointed to.
 */
import { cypher } from './cypherRegistry';
import type { CountingTransaction } from './driver';

/** Cited documents and bodies the cleared documents pointed to: pruned if nothing points to them after. */
interface PruneCandidates {
  documentKeys: Set<string>;
  bodyKeys: Set<string>;
}

/**
 * The one removal sequence: deletes what the documents own (the Document nodes and their versions stay),
 * runs `then` (the new version's rows, or the retirement), and prunes the cited documents and bodies that
 * only the deleted rows pointed to. Pruning comes last so `then` can point to them again and keep them.
 */
export async function replaceOwned(tx: CountingTransaction, keys: string[], then: () => Promise<void>): Promise<void> {
  const candidates = await clearOwned(tx, keys);
  await then();
  await pruneOrphans(tx, candidates);
}

async function clearOwned(tx: CountingTransaction, keys: string[]): Promise<PruneCandidates> {
  const into: PruneCandidates = { documentKeys: new Set(), bodyKeys: new Set() };
  if (keys.length === 0) return into;
  const owned = await tx.run<{ citedKeys: string[]; bodyKeys: string[] }>(cypher('document.ownedDelete'), { keys });
  for (const o of owned) {
    o.citedKeys.forEach((k) => into.documentKeys.add(k));
    o.bodyKeys.forEach((k) => into.bodyKeys.add(k));
  }
  return into;
}

/** Removes candidates nothing points to any more (see graph.pruneOrphans). */
async function pruneOrphans(tx: CountingTransaction, candidates: PruneCandidates): Promise<void> {
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
  await replaceOwned(tx, [key], async () => {
    await tx.run(cypher('document.retire'), { key });
  });
  return true;
}
