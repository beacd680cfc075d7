/**
 * Why a file could not be read. Codes extend text/decode's codes (kept as they are for plain text) with the
 * ones only other formats can raise; every message names the file and says what to do.
 */
import type { DecodeErrorCode } from '../text/decode';

export type SourceErrorCode =
  | DecodeErrorCode
  /** The bytes claim a format (PDF, DOCX, ...) but the file is damaged, encrypted or unreadable. */
  | 'UNREADABLE_FILE'
  /** A scan or an image, and the OCR engine is not installed. */
  | 'OCR_UNAVAILABLE'
  /** OCR ran but found no text. */
  | 'OCR_FAILED';

export class SourceReadError extends Error {
  override readonly name = 'SourceReadError';
  constructor(
    readonly code: SourceErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}
