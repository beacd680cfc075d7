/**
 * Warnings of the running process (not of one document's extraction, which `stage()` in extractDocument
 * collects on the extraction): the one place a process says it goes on in a degraded way, with a code and an
 * actionable message. By default they go to stderr as `warning CODE: message`, the form the CLIs use; a test
 * hears them through `listenToWarnings`.
 */

/** Codes of process warnings. */
export const WarningCode = {
  /** The Bolt connection package is not the one src/graph/boltPackage.ts pins: a patch of it left the stock (slower) code. */
  BOLT_STOCK_READING: 'BOLT_STOCK_READING',
  /** The database stopped answering during ingestion; it is waited for. */
  DATABASE_UNAVAILABLE: 'DATABASE_UNAVAILABLE',
  /** The server bundle could not be built: the extraction workers run the sources through tsx. */
  SERVER_BUILD_FAILED: 'SERVER_BUILD_FAILED',
  /** A path given to ingest matched no file. */
  NO_MATCHING_FILE: 'NO_MATCHING_FILE',
  /** Sample documents of the corpus could not be ingested at the server's start. */
  CORPUS_NOT_INGESTED: 'CORPUS_NOT_INGESTED',
  /** A playground example's operation could not be read (the example is left out) or its lookup failed (no variable). */
  PLAYGROUND_EXAMPLE_INCOMPLETE: 'PLAYGROUND_EXAMPLE_INCOMPLETE',
} as const;
export type WarningCode = (typeof WarningCode)[keyof typeof WarningCode];

export interface ProcessWarning {
  code: WarningCode;
  message: string;
}

type WarningListener = (warning: ProcessWarning) => void;

const toStderr: WarningListener = (w) => console.error(`warning ${w.code}: ${w.message}`);
let listener: WarningListener = toStderr;

export function reportWarning(code: WarningCode, message: string): void {
  listener({ code, message });
}

/** Sends the warnings to `heard` instead of stderr until the function returned is called. */
export function listenToWarnings(heard: WarningListener): () => void {
  const before = listener;
  listener = heard;
  return () => {
    listener = before;
  };
}
