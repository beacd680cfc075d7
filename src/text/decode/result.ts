/**
 * What decoding returns, shared by every decoder of this folder: the encodings and their names in messages,
 * the error codes, success and failure. Kept apart from `index.ts` so the decoders can build results without
 * importing the entry point that calls them.
 */
import type { FileFormat } from './fileFormats';

export type LegacyVietnameseEncoding = 'windows-1258' | 'tcvn3' | 'vni';

export type DocumentEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | LegacyVietnameseEncoding | 'windows-1252';

export type DecodeErrorCode =
  /** 0 bytes, or nothing but whitespace once decoded. */
  | 'EMPTY'
  /** Over `maxBytes` (`MAX_DOCUMENT_BYTES`). */
  | 'TOO_LARGE'
  /** A known binary format (PDF, DOCX, PNG, ...) or bytes that are not text at all. */
  | 'BINARY'
  /** Text, but in a markup format we do not read (RTF). */
  | 'UNSUPPORTED_FORMAT'
  /** Text in an encoding we cannot identify or decode with confidence. */
  | 'UNSUPPORTED_ENCODING';

export interface DecodeOptions {
  /** Used in messages; defaults to "the document". */
  fileName?: string;
  /** Size limit in bytes (`settings.maxDocumentBytes`); <= 0 or non-finite disables it. */
  maxBytes: number;
  /**
   * The bytes' format as `identifyFormat` (fileFormats.ts) found it, null for none, when the caller has identified
   * it already (`readSource`, which picks a reader by it); identified here when absent.
   */
  format?: FileFormat | null;
}

export interface DecodedDocument {
  ok: true;
  /** `normalizeText` output: NFC, `\n` line ends, no BOM. */
  text: string;
  encoding: DocumentEncoding;
  /** True when the bytes were not Unicode (legacy or Windows-1252) or were repaired double-encoded UTF-8. */
  converted: boolean;
  /** Human-readable, each naming the file; show them in the ingestion summary. */
  warnings: string[];
}

export interface DecodeFailure {
  ok: false;
  code: DecodeErrorCode;
  /** Names the file, what was found and what to do about it. */
  message: string;
}

export type DecodeResult = DecodedDocument | DecodeFailure;

/** A success before `normalizeText`: same shape, raw text. */
export type Decoded = DecodedDocument;

/** How each encoding is named in messages. */
export const ENCODING_LABELS: Record<DocumentEncoding, string> = {
  'utf-8': 'UTF-8',
  'utf-16le': 'UTF-16 (little-endian)',
  'utf-16be': 'UTF-16 (big-endian)',
  'windows-1258': 'Windows-1258 (CP1258)',
  tcvn3: 'TCVN3 (ABC, ".Vn" fonts)',
  vni: 'VNI (VNI-Windows fonts)',
  'windows-1252': 'Windows-1252 (Western European)',
};

export function fail(code: DecodeErrorCode, message: string): DecodeFailure {
  return { ok: false, code, message };
}
