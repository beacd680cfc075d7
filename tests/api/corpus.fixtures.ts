/** The sample data in the test database, for tests whose subject is the real documents. */
import path from 'node:path';
import { PROJECT_ROOT } from '../../src/config';
import type { GraphClient } from '../../src/graph/driver';
import { deleteDocument } from '../../src/graph/documentStore';
import { expandPaths, ingestFiles } from '../../src/ingest/ingestFiles';
import { testNeo4jSettings } from '../support/neo4j';

/**
 * Ingests the sample data, by default the five OCR samples of data/corpus; `real` adds data/real (idempotent: files already ingested come back `unchanged`, so parallel test files
 * doing the same don't disturb each other). The cleanup removes the documents this call created only on a
 * server the tests don't own (NEO4J_URI): the throwaway test server is discarded whole, and removing them
 * early could pull them from under a parallel test file that uses them.
 */
export async function ingestSampleCorpus(
  graph: GraphClient,
  folders: readonly ('corpus' | 'real')[] = ['corpus'],
): Promise<{ created: string[]; cleanup: () => Promise<void> }> {
  const { files } = await expandPaths(folders.map((f) => path.join(PROJECT_ROOT, 'data', f)));
  const reports = await ingestFiles(graph, files, { maxBytes: 5 * 1024 * 1024 });
  const failed = reports.filter((r) => r.error);
  if (failed.length) throw new Error(`Sample corpus did not ingest: ${failed.map((r) => `${r.file}: ${r.error!.message}`).join('; ')}`);
  const created = reports.filter((r) => r.status === 'created' && r.key).map((r) => r.key!);
  return {
    created,
    cleanup: async () => {
      if (testNeo4jSettings().throwaway) return;
      for (const key of created) await deleteDocument(graph, key);
    },
  };
}
