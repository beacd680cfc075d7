/**
 * The formats stage: a file's bytes, in any supported form, become `SourceText` (types.ts).
 *
 * Size first (the limit protects everything after it), then the format from the bytes, then that format's
 * reader. Failures throw `SourceReadError` with a code and a message naming the file and what to do.
 */
import { createHash } from 'node:crypto';
import { decodeDocument, type DecodedDocument } from '../text/decode';
import { normalizeText } from '../text/fold';
import { detectBinaryFormat, detectTextFormat } from './detect';
import { SourceReadError } from './errors';
import { readMarkdown } from './markdown/readMarkdown';
import type { SourceFormat, SourceText, SourceWarning } from './types';

export type { SourceText, SourceFormat, SourceMetadata, SourceWarning } from './types';
export { SourceReadError, type SourceErrorCode } from './errors';

export interface ReadSourceOptions {
  /** Used in messages and as a format hint; defaults to "the document". */
  fileName?: string;
  /** Size limit in bytes; <= 0, non-finite or absent disables it. */
  maxBytes?: number;
}

export async function readSource(bytes: Uint8Array, opts: ReadSourceOptions = {}): Promise<SourceText> {
  const name = opts.fileName ?? 'the document';
  const maxBytes = opts.maxBytes ?? 0;
  const sourceHash = createHash('sha256').update(bytes).digest('hex');
  const binary = detectBinaryFormat(bytes);
  if (binary) {
    throw new SourceReadError('UNSUPPORTED_FORMAT', `${name} is a ${binary} file, which this version cannot read yet.`);
  }

  const decoded = decodeDocument(bytes, { fileName: name, maxBytes });
  if (!decoded.ok) throw new SourceReadError(decoded.code, decoded.message);
  return fromDecodedText(decoded, sourceHash, opts.fileName);
}

function decodeWarnings(decoded: DecodedDocument): SourceWarning[] {
  return decoded.warnings.map((message) => ({ code: 'TEXT_CONVERTED', message }));
}

function fromDecodedText(decoded: DecodedDocument, sourceHash: string, fileName?: string): SourceText {
  const format: SourceFormat = detectTextFormat(decoded.text, fileName);
  const base = { encoding: decoded.encoding, sourceHash, ocr: false, warnings: decodeWarnings(decoded) };
  if (format === 'markdown') {
    const md = readMarkdown(decoded.text);
    return { ...base, format, text: normalizeText(md.text), metadata: md.metadata };
  }
  if (format === 'html') {
    throw new SourceReadError('UNSUPPORTED_FORMAT', `${fileName ?? 'the document'} is HTML, which this version cannot read yet.`);
  }
  return { ...base, format: 'text', text: decoded.text, metadata: null };
}
