/**
 * Worker-thread entry of `preparationPool.ts`: reads and extracts one document per message, so the API's
 * event loop keeps answering (/health, other requests) while a large document is extracted.
 */
import { parentPort, receiveMessageOnPort, workerData } from 'node:worker_threads';
import { prepareDocument } from './prepareDocument';
import { provideRestorationModel } from '../restore/displayTexts';
import { SyllableModel } from '../restore/languageModel';
import type { ModelTables } from '../restore/modelTables';
import type { ModelRequestChannel } from './preparationPool';
import { MODEL_FILE } from '../restore/modelFile';

/** How long a worker waits for the shared model before reading the model file itself. */
const MODEL_WAIT_MS = 60_000;

const channel = (workerData as { model?: ModelRequestChannel } | null)?.model;
if (channel) {
  provideRestorationModel(() => {
    channel.port.postMessage('model');
    const waited = Atomics.wait(channel.answered, 0, 0, MODEL_WAIT_MS);
    const answer = waited === 'timed-out' ? undefined : (receiveMessageOnPort(channel.port)?.message as { tables?: ModelTables } | undefined);
    // No answer (the pool's thread was stuck) or a failed build: this thread reads the file as it would alone.
    return answer?.tables ? new SyllableModel(answer.tables) : SyllableModel.fromFile(MODEL_FILE);
  });
}

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
