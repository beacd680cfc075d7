/**
 * Migration 0008's data step: documents stored before it get the folded province and issuer the documents
 * page filters on, folded by the same foldForSearch as ingestion and the API's filter arguments.
 */
import { cypher } from './cypherRegistry';
import type { GraphClient } from './driver';
import { foldedOrNull } from './documentRows';
import { integer } from './records';

const BATCH = 5000;

/** Fills the missing folded copies in batches; returns how many documents were updated. Idempotent. */
export async function fillDocumentFilterFolds(graph: GraphClient): Promise<number> {
  let updated = 0;
  for (;;) {
    const rows = await graph.read<{ key: string; jurisdiction: string | null; issuer: string | null }>(cypher('document.unfoldedFilters'), {
      limit: integer(BATCH),
    });
    if (rows.length === 0) return updated;
    await graph.write(cypher('document.setFilterFolds'), {
      rows: rows.map((r) => ({ key: r.key, jurisdictionFolded: foldedOrNull(r.jurisdiction), issuerFolded: foldedOrNull(r.issuer) })),
    });
    updated += rows.length;
  }
}
