/** The sample corpus in the test database, for tests whose subject is the real documents. */
import path from 'node:path';
import { PROJECT_ROOT } from '../../src/config';
import type { GraphClient } from '../../src/graph/driver';
import { deleteDocument } from '../../src/graph/documentStore';
import { expandPaths, ingestFiles } from '../../src/ingest/ingestFiles';

/**
 * Ingests the sample corpus (idempotent: already-ingested files come back `unchanged`) and returns a cleanup
 * that deletes only the documents this call created, so tests sharing the database keep theirs.
 */
export async function ingestSampleCorpus(graph: GraphClient): Promise<{ created: string[]; cleanup: () => Promise<void> }> {
  const { files } = await expandPaths([path.join(PROJECT_ROOT, 'data', 'corpus')]);
  const reports = await ingestFiles(graph, files, { maxBytes: 2 * 1024 * 1024 });
  const failed = reports.filter((r) => r.error);
  if (failed.length) throw new Error(`Sample corpus did not ingest: ${failed.map((r) => `${r.file}: ${r.error!.message}`).join('; ')}`);
  const created = reports.filter((r) => r.status === 'created' && r.key).map((r) => r.key!);
  return {
    created,
    cleanup: async () => {
      for (const key of created) await deleteDocument(graph, key);
    },
  };
}
