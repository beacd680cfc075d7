/**
 * Reading and extracting one document's bytes (formats, extraction, restoration of display texts): pure CPU,
 * run on the extraction worker threads (preparationWorker.ts) or on the calling thread. Its own module so a
 * worker loads only what it runs, not the graph layer and the driver (about a second of start-up per worker).
 */
import path from 'node:path';
import { readSource, SourceReadError, type SourceFormat } from '../formats';
import { extractDocument } from '../extract/extractDocument';
import type { Extraction } from '../extract/types';
import { restoreDisplayTexts, type DisplayRestoration } from '../restore/displayTexts';

/** The file a document came from: its format and the sha256 of its original bytes. */
export interface DocumentSource {
  format: SourceFormat;
  hash: string;
  /** Restored title and task texts when the text is damaged (OCR), stored beside the originals. */
  restoration: DisplayRestoration | null;
}

/**
 * Read (any supported format) and extract one document's bytes; a rejection carries the reader's code and
 * message. `text` is the source text that extraction read (what a version keeps).
 */
export async function prepareDocument(
  bytes: Uint8Array,
  fileName: string,
  maxBytes: number,
): Promise<
  | { ok: true; extraction: Extraction; text: string; warnings: string[]; source: DocumentSource }
  | { ok: false; code: string; message: string }
> {
  let source;
  try {
    source = await readSource(bytes, { fileName, maxBytes });
  } catch (error) {
    if (error instanceof SourceReadError) return { ok: false, code: error.code, message: error.message };
    throw error;
  }
  const extraction = extractDocument(source.text, { fileName: path.basename(fileName), metadata: source.metadata });
  // A text with no sign of a government document would only add noise to the graph: refuse it whole.
  const notADocument = extraction.warnings.find((w) => w.code === 'NOT_A_GOVERNMENT_DOCUMENT');
  if (notADocument) {
    return {
      ok: false,
      code: 'NOT_A_GOVERNMENT_DOCUMENT',
      message: `${fileName}: ${notADocument.message} Nothing was ingested; check that this is the right file.`,
    };
  }
  return {
    ok: true,
    extraction,
    text: source.text,
    warnings: [...source.warnings.map((w) => w.message), ...extraction.warnings.map((w) => w.message)],
    source: { format: source.format, hash: source.sourceHash, restoration: restoreDisplayTexts(extraction, source.text) },
  };
}
