/**
 * Worker-thread entry of `preparationPool.ts`: reads and extracts one document per message, so the API's
 * event loop keeps answering (/health, other requests) while a large document is extracted.
 */
import { parentPort } from 'node:worker_threads';
import { prepareDocument } from './ingestFiles';

interface Job {
  id: number;
  bytes: Uint8Array;
  fileName: string;
  maxBytes: number;
}

parentPort!.on('message', (job: Job) => {
  prepareDocument(job.bytes, job.fileName, job.maxBytes).then(
    (result) => parentPort!.postMessage({ id: job.id, result }),
    (error: unknown) => parentPort!.postMessage({ id: job.id, error: error instanceof Error ? error.stack ?? error.message : String(error) }),
  );
});
