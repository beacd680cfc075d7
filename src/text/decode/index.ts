/**
 * Bytes in, NFC text out — or a refusal the user can act on.
 *
 * Every document enters the product through `decodeDocument`. Vietnamese government files come as UTF-8,
 * sometimes UTF-16 (Notepad "Unicode"), and — for older documents — in the legacy encodings of the
 * 1990s–2000s: Windows-1258 (CP1258), TCVN3 (the ".Vn" ABC fonts) and VNI (the "VNI-" fonts). A legacy
 * file read as if it were UTF-8 becomes garbage that no extractor can repair, so it is detected here.
 * This module keeps the public API and the order of the checks; each concept has its module:
 * - `fileFormats.ts`: formats handed us instead of text (PDF, DOCX, images...), from the table readSource shares;
 * - `binary.ts`: bytes that are not text, whatever their format;
 * - `unicode.ts`: UTF-8 (truncated, damaged, double-encoded) and UTF-16 with or without BOM;
 * - `legacyVietnamese.ts`: the Windows-1258, TCVN3 and VNI charts;
 * - `choose.ts`: which legacy decoding, if any, a non-UTF-8 file is in (and the Windows-1252 punctuation case);
 * - `result.ts`: the result types, error codes and encoding names;
 * - `windows1252.ts`, `counts.ts`: the byte table and the counts the others share.
 * Tables are data: `data/fileFormats.json`, `data/legacyVietnamese.json`, `data/commonSyllables.json`.
 * `maxBytes` <= 0 or non-finite disables the size limit.
 */
import { normalizeText } from '../fold';
import { binaryEvidence } from './binary';
import { decodeNonUnicode } from './choose';
import { countChar, countNonAscii, startsWith } from './counts';
import { identifyFormat } from './fileFormats';
import { fail, type Decoded, type DecodeFailure, type DecodeOptions, type DecodeResult } from './result';
import { decodeUtf16, decodeUtf8, guessBomlessUtf16, isStrictUtf8, isTruncatedUtf8 } from './unicode';

export {
  ENCODING_LABELS,
  type DecodedDocument,
  type DecodeErrorCode,
  type DecodeFailure,
  type DecodeOptions,
  type DecodeResult,
  type DocumentEncoding,
  type LegacyVietnameseEncoding,
} from './result';

/**
 * Decode one document's bytes. Never throws.
 *
 * Order matters: size first (cheap, and the limit exists to protect the rest), then known binary formats
 * (a PDF is mostly ASCII and would otherwise pass as text), BOMs, UTF-16 without BOM (its NUL bytes would
 * otherwise read as binary), binary heuristics, strict UTF-8, and only then the legacy encodings.
 */
export function decodeDocument(bytes: Uint8Array, opts: DecodeOptions): DecodeResult {
  const name = opts.fileName ?? 'the document';
  const sized = checkDocumentSize(bytes.length, opts);
  if (sized) return sized;

  const format = (opts.format === undefined ? identifyFormat(bytes) : opts.format)?.asText;
  if (format) return fail(format.code, `${name} is ${format.what}, not plain text: ${format.advice}.`);

  const decoded = decodeText(bytes, name);
  if (!decoded.ok) return decoded;

  const text = normalizeText(decoded.text.replace(/^\uFEFF/, ''));
  if (/^[\s\uFEFF\u200B]*$/.test(text)) {
    return fail(
      'EMPTY',
      `${name} contains only whitespace (${formatSize(bytes.length)}); there is nothing to ingest.`,
    );
  }
  return { ...decoded, text };
}

/** The size checks every format shares: over the limit, or empty. Null when the size is fine. */
export function checkDocumentSize(length: number, opts: DecodeOptions): DecodeFailure | null {
  const name = opts.fileName ?? 'the document';
  const limit = Number.isFinite(opts.maxBytes) && opts.maxBytes > 0 ? opts.maxBytes : Infinity;
  if (length > limit) {
    return fail(
      'TOO_LARGE',
      `${name} is ${formatSize(length)}, over the ${formatSize(limit)} limit; ` +
        `split it, or raise MAX_DOCUMENT_BYTES (for example MAX_DOCUMENT_BYTES=${suggestLimit(length)}) to ingest it.`,
    );
  }
  if (length === 0) return fail('EMPTY', `${name} is empty (0 bytes); there is nothing to ingest.`);
  return null;
}

function decodeText(bytes: Uint8Array, name: string): Decoded | DecodeFailure {
  // Byte order marks are unambiguous.
  if (startsWith(bytes, [0xff, 0xfe, 0x00, 0x00]) || startsWith(bytes, [0x00, 0x00, 0xfe, 0xff])) {
    return fail(
      'UNSUPPORTED_ENCODING',
      `${name} is UTF-32 text, which is not supported; save it as UTF-8 and ingest it again.`,
    );
  }
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return decodeUtf8(bytes.subarray(3), name);
  if (startsWith(bytes, [0xff, 0xfe])) return decodeUtf16(bytes.subarray(2), 'utf-16le', name, true);
  if (startsWith(bytes, [0xfe, 0xff])) return decodeUtf16(bytes.subarray(2), 'utf-16be', name, true);

  const bomless = guessBomlessUtf16(bytes);
  if (bomless) return decodeUtf16(bytes, bomless, name, false);

  // A trailing Ctrl-Z is the end-of-file marker of old DOS/Windows tools, not content.
  let body = bytes;
  while (body.length > 0 && body[body.length - 1] === 0x1a) body = body.subarray(0, body.length - 1);

  const binary = binaryEvidence(body);
  if (binary) {
    return fail(
      'BINARY',
      `${name} looks like binary data, not text (${binary}); ingest plain-text files (.txt, UTF-8), ` +
        'or, if it is one, delete the stray bytes and ingest it again.',
    );
  }

  if (isStrictUtf8(body) || isTruncatedUtf8(body)) return decodeUtf8(body, name);

  const lenient = new TextDecoder('utf-8').decode(body);
  const bad = countChar(lenient, '\uFFFD');
  const multibyte = countNonAscii(lenient) - bad;
  // Mostly UTF-8 with a few bad bytes (a truncated file, a pasted fragment): keep it, say where it is damaged.
  if (multibyte >= 20 && bad * 20 <= multibyte) return decodeUtf8(body, name);

  return decodeNonUnicode(body, name);
}

const GROUPED = new Intl.NumberFormat('en-US');

/** "3.4 MB (3,565,000 bytes)": the rounded size to read, the exact one to compare with the setting. */
export function formatSize(bytes: number): string {
  if (!Number.isFinite(bytes)) return 'unlimited';
  if (bytes < 1024) return `${bytes} byte${bytes === 1 ? '' : 's'}`;
  const unit = bytes < 1024 * 1024 ? 'KB' : 'MB';
  const value = bytes / (unit === 'KB' ? 1024 : 1024 * 1024);
  return `${value.toFixed(1).replace(/\.0$/, '')} ${unit} (${GROUPED.format(bytes)} bytes)`;
}

/** The next round number of MiB above the size, as a byte count the setting accepts. */
function suggestLimit(bytes: number): number {
  return Math.ceil(bytes / (1024 * 1024)) * 1024 * 1024;
}
