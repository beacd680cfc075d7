/**
 * Bytes in, NFC text out — or a refusal the user can act on.
 *
 * Every document enters the product through `decodeDocument`. Vietnamese government files come as UTF-8,
 * sometimes UTF-16 (Notepad "Unicode"), and — for older documents — in the legacy encodings of the
 * 1990s–2000s: Windows-1258 (CP1258), TCVN3 (the ".Vn" ABC fonts) and VNI (the "VNI-" fonts). A legacy
 * file read as if it were UTF-8 becomes garbage that no extractor can repair, so we detect it here:
 * each legacy decoding is tried and scored by how many of its accented words are valid Vietnamese
 * syllables, and the file is converted only when one decoding is clearly right.
 *
 * Decisions:
 * - A legacy decoding is accepted when >= 85% of accented words are valid syllables and no other decoding
 *   comes within 10 points, or — for OCR text with wrong accents — when it is the only decoding that yields
 *   valid syllables at all (then with a "looks damaged" warning). Anything in between is refused with the
 *   likely encoding named: converting the wrong way would write garbage into the graph.
 * - Non-UTF-8 text that is not Vietnamese in any legacy encoding is refused, with one exception:
 *   when its only non-ASCII bytes are typographic punctuation in Windows-1252 (“ ” – …), the common
 *   case of an unaccented OCR text saved by a Windows tool, it is decoded as Windows-1252 with a warning.
 *   Accented Western letters (é, ü, ñ outside Vietnamese words) mean a text in an encoding we would
 *   garble or a non-Vietnamese document: refusing is safer than writing mojibake into the graph.
 * - TCVN3 bytes 0x80–0x9F are read as Windows-1252 punctuation (Word wrote smart quotes and dashes that
 *   way in ".VnTime" documents); the unused TCVN3 slots at 0xA0–0xFF take their TCVN 5712 (VN1) capitals.
 * - `maxBytes` <= 0 or non-finite disables the size limit.
 */
import { isUtf8 } from 'node:buffer';
import iconv from 'iconv-lite';
import { normalizeText } from './fold';

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

// ---------------------------------------------------------------------------------------------------------
// Entry point

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

  const format = sniffFormat(bytes);
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

function fail(code: DecodeErrorCode, message: string): DecodeFailure {
  return { ok: false, code, message };
}

/** A success before `normalizeText`: same shape, raw text. */
type Decoded = DecodedDocument;

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
    return fail('BINARY', `${name} looks like binary data, not text (${binary}); ingest plain-text files (.txt, UTF-8).`);
  }

  if (isStrictUtf8(body) || isTruncatedUtf8(body)) return decodeUtf8(body, name);

  const lenient = new TextDecoder('utf-8').decode(body);
  const bad = countChar(lenient, '\uFFFD');
  const multibyte = countNonAscii(lenient) - bad;
  // Mostly UTF-8 with a few bad bytes (a truncated file, a pasted fragment): keep it, say where it is damaged.
  if (multibyte >= 20 && bad * 20 <= multibyte) return decodeUtf8(body, name);

  return decodeLegacy(body, name);
}

// ---------------------------------------------------------------------------------------------------------
// Unicode encodings

function decodeUtf8(bytes: Uint8Array, name: string): Decoded {
  const warnings: string[] = [];
  let text = new TextDecoder('utf-8').decode(bytes);
  if (!isStrictUtf8(bytes)) {
    warnings.push(
      isTruncatedUtf8(bytes)
        ? `${name} ends in the middle of a UTF-8 character (the file may be truncated); the broken character was replaced by "\uFFFD".`
        : `${name} is UTF-8 with ${countChar(text, '\uFFFD')} invalid byte sequence(s), the first at byte ${firstInvalidUtf8(bytes)}; they were replaced by "\uFFFD".`,
    );
  }
  const repaired = repairDoubleEncodedUtf8(text);
  if (repaired !== null) {
    text = repaired;
    warnings.push(
      `${name} was UTF-8 encoded twice (Vietnamese letters showed as "á»‡"-style mojibake); repaired.`,
    );
    return { ok: true, text, encoding: 'utf-8', converted: true, warnings };
  }
  return { ok: true, text, encoding: 'utf-8', converted: false, warnings };
}

function decodeUtf16(
  bytes: Uint8Array,
  encoding: 'utf-16le' | 'utf-16be',
  name: string,
  hadBom: boolean,
): Decoded | DecodeFailure {
  const warnings: string[] = [];
  let body = bytes;
  if (body.length % 2 === 1) {
    body = body.subarray(0, body.length - 1);
    warnings.push(`${name} is ${ENCODING_LABELS[encoding]} with an odd number of bytes; the last byte was dropped.`);
  }
  let text: string;
  try {
    text = new TextDecoder(encoding, { fatal: true }).decode(body);
  } catch {
    text = new TextDecoder(encoding).decode(body);
    warnings.push(`${name} is ${ENCODING_LABELS[encoding]} with broken surrogate pairs; they were replaced by "\uFFFD".`);
  }
  const controls = countControls(text);
  if (controls > 0 && controls / Math.max(text.length, 1) > CONTROL_SHARE_LIMIT) {
    return fail(
      'BINARY',
      `${name} looks like binary data, not text (${percent(controls / text.length)} control characters when read as ${ENCODING_LABELS[encoding]}); ingest plain-text files (.txt, UTF-8).`,
    );
  }
  if (!hadBom) warnings.push(`${name} is ${ENCODING_LABELS[encoding]} without a byte order mark; decoded as such.`);
  return { ok: true, text, encoding, converted: false, warnings };
}

/** UTF-16 of mostly-Latin text has a NUL in every other byte; Vietnamese text is ~70% ASCII letters and spaces. */
function guessBomlessUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes.length < 8) return null;
  const n = Math.min(bytes.length, 64 * 1024) & ~1;
  let zeroEven = 0;
  let zeroOdd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) zeroEven++;
    if (bytes[i + 1] === 0) zeroOdd++;
  }
  const pairs = n / 2;
  if (zeroOdd / pairs >= 0.3 && zeroEven / pairs <= 0.02) return 'utf-16le';
  if (zeroEven / pairs >= 0.3 && zeroOdd / pairs <= 0.02) return 'utf-16be';
  return null;
}

/** Valid UTF-8 (what a fatal TextDecoder accepts), checked without decoding: every UTF-8 file passes here twice. */
function isStrictUtf8(bytes: Uint8Array): boolean {
  return isUtf8(bytes);
}

/** Valid UTF-8 except for an incomplete character at the very end: a file cut mid-character. */
function isTruncatedUtf8(bytes: Uint8Array): boolean {
  const prefix = validPrefix(bytes);
  return prefix.length < bytes.length && isStrictUtf8(prefix);
}

/** The bytes without a trailing incomplete multi-byte sequence (at most 3 bytes are cut). */
function validPrefix(bytes: Uint8Array): Uint8Array {
  for (let back = 1; back <= 3 && back <= bytes.length; back++) {
    const b = bytes[bytes.length - back]!;
    if ((b & 0xc0) === 0x80) continue; // continuation byte: keep looking for the lead byte
    const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
    return need > back ? bytes.subarray(0, bytes.length - back) : bytes;
  }
  return bytes;
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  // Binary search on the longest strictly valid prefix would miss prefixes cut mid-character; a linear
  // scan over sequence boundaries is simple and only runs on files already known to be damaged.
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const len = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (len === 0 || i + len > bytes.length || !isStrictUtf8(bytes.subarray(i, i + len))) return i;
    i += len;
  }
  return i;
}

/**
 * "Của" saved as UTF-8, read back as Windows-1252 and saved again reads "Cá»§a". When every non-ASCII
 * character maps back to one Windows-1252 byte and those bytes are valid UTF-8, undo it. Genuine text
 * almost never passes: real Vietnamese has letters outside Windows-1252, and real Western text is not
 * valid UTF-8 once re-encoded.
 */
function repairDoubleEncodedUtf8(text: string): string | null {
  if (!/[\u00C2-\u00F4][\u0080-\u00BF\u0152-\u0192\u02C6-\u02DC\u2013-\u2122]/.test(text)) return null;
  const out: number[] = [];
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (cp < 0x80 || (cp >= 0x80 && cp <= 0x9f) || (cp >= 0xa0 && cp <= 0xff)) out.push(cp);
    else {
      const b = CP1252_REVERSE.get(ch);
      if (b === undefined) return null;
      out.push(b);
    }
  }
  const bytes = Uint8Array.from(out);
  if (!isStrictUtf8(bytes)) return null;
  const repaired = new TextDecoder('utf-8').decode(bytes);
  return repaired === text ? null : repaired;
}

// ---------------------------------------------------------------------------------------------------------
// Binary detection

interface FormatVerdict {
  code: 'BINARY' | 'UNSUPPORTED_FORMAT';
  what: string;
  advice: string;
}

const SAVE_AS_TEXT = 'open it in Word or LibreOffice and save it as "Plain Text (.txt)" with UTF-8 encoding, then ingest the .txt';
const OCR_FIRST = 'run OCR on it first and ingest the resulting text';

/** Magic numbers of the formats people actually hand us instead of text. */
function sniffFormat(bytes: Uint8Array): FormatVerdict | null {
  const head = latin1(bytes.subarray(0, 8));
  if (head.startsWith('%PDF-')) {
    return {
      code: 'BINARY',
      what: 'a PDF',
      advice: 'extract its text first (for example `pdftotext -layout file.pdf file.txt`, or OCR it if it is a scan) and ingest the .txt',
    };
  }
  if (head.startsWith('PK\x03\x04') || head.startsWith('PK\x05\x06') || head.startsWith('PK\x07\x08')) {
    // Office Open XML and OpenDocument are ZIP files; the member names near the start tell them apart.
    const names = latin1(bytes.subarray(0, Math.min(bytes.length, 64 * 1024)));
    if (names.includes('word/')) return { code: 'BINARY', what: 'a Word document (.docx)', advice: SAVE_AS_TEXT };
    if (names.includes('xl/')) return { code: 'BINARY', what: 'an Excel workbook (.xlsx)', advice: 'export the text you need as UTF-8 .txt' };
    if (names.includes('ppt/')) return { code: 'BINARY', what: 'a PowerPoint file (.pptx)', advice: 'export its text as UTF-8 .txt' };
    if (names.includes('opendocument.text')) return { code: 'BINARY', what: 'an OpenDocument text (.odt)', advice: SAVE_AS_TEXT };
    return { code: 'BINARY', what: 'a ZIP archive', advice: 'unpack it and ingest the .txt files inside' };
  }
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) {
    return { code: 'BINARY', what: 'a legacy Microsoft Office file (.doc/.xls)', advice: SAVE_AS_TEXT };
  }
  if (head.startsWith('{\\rtf')) return { code: 'UNSUPPORTED_FORMAT', what: 'an RTF document', advice: SAVE_AS_TEXT };
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return { code: 'BINARY', what: 'a PNG image', advice: OCR_FIRST };
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return { code: 'BINARY', what: 'a JPEG image', advice: OCR_FIRST };
  if (head.startsWith('GIF87a') || head.startsWith('GIF89a')) return { code: 'BINARY', what: 'a GIF image', advice: OCR_FIRST };
  if (head.startsWith('II*\x00') || head.startsWith('MM\x00*')) return { code: 'BINARY', what: 'a TIFF image', advice: OCR_FIRST };
  if (head.startsWith('RIFF') && latin1(bytes.subarray(8, 12)) === 'WEBP') return { code: 'BINARY', what: 'a WebP image', advice: OCR_FIRST };
  if (startsWith(bytes, [0x1f, 0x8b])) return { code: 'BINARY', what: 'a gzip-compressed file', advice: 'decompress it and ingest the text inside' };
  if (head.startsWith('Rar!\x1a\x07')) return { code: 'BINARY', what: 'a RAR archive', advice: 'unpack it and ingest the .txt files inside' };
  if (startsWith(bytes, [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c])) return { code: 'BINARY', what: 'a 7-Zip archive', advice: 'unpack it and ingest the .txt files inside' };
  return null;
}

/** Share of control characters above which bytes are not text. Text has tabs and line ends, not these. */
const CONTROL_SHARE_LIMIT = 0.01;

function binaryEvidence(bytes: Uint8Array): string | null {
  let nul = 0;
  let controls = 0;
  // Every byte of every file passes here: an indexed loop over the bytes, with text's bytes (>= 0x20) first.
  for (let i = 0, n = bytes.length; i < n; i++) {
    const b = bytes[i]!;
    if (b >= 0x20 && b !== 0x7f) continue;
    if (b === 0) nul++;
    else if (isControlByte(b)) controls++;
  }
  if (nul > 0) return `${nul} NUL byte${nul === 1 ? '' : 's'}`;
  if (controls > 0 && controls / bytes.length > CONTROL_SHARE_LIMIT) return `${percent(controls / bytes.length)} control bytes`;
  return null;
}

/** C0 controls other than tab, line feed, vertical tab, form feed (page breaks from pdftotext) and CR; DEL. */
function isControlByte(b: number): boolean {
  return (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0b && b !== 0x0c && b !== 0x0d) || b === 0x7f;
}

function countControls(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) if (isControlByte(text.charCodeAt(i))) n++;
  return n;
}

// ---------------------------------------------------------------------------------------------------------
// Legacy Vietnamese encodings

/** Windows-1252 byte -> character (undefined bytes -> U+FFFD), the fallback of the VNI and TCVN3 fonts. */
const CP1252: string[] = Array.from({ length: 256 }, (_, b) => iconv.decode(Buffer.from([b]), 'windows1252'));
const CP1252_REVERSE = new Map<string, number>(
  CP1252.map((ch, b) => [ch, b] as const).filter(([ch, b]) => b >= 0x80 && ch !== '\uFFFD'),
);

/** The Windows-1252 byte of a character that is not Latin-1 (“ ” – … €), if it has one. */
export function cp1252ByteOf(ch: string): number | undefined {
  return CP1252_REVERSE.get(ch);
}

/**
 * TCVN3 (TCVN 5712:1993, the ABC ".Vn" fonts), bytes 0xA0..0xFF. Lower-case letters carry all tones;
 * of the capitals only Ă Â Ê Ô Ơ Ư Đ exist (0xA1–0xA7): other capitals were typed with the lower-case
 * codes in a capitals font (".VnTimeH"), see `restoreTcvn3Capitals`. The slots VN3 leaves unused hold the
 * VN1 capitals and, at 0xB0–0xB4, the combining tone marks.
 */
const TCVN3_HIGH =
  '\u00A0\u0102\u00C2\u00CA\u00D4\u01A0\u01AF\u0110\u0103\u00E2\u00EA\u00F4\u01A1\u01B0\u0111\u1EB0' + // A0
  '\u0300\u0309\u0303\u0301\u0323\u00E0\u1EA3\u00E3\u00E1\u1EA1\u1EB2\u1EB1\u1EB3\u1EB5\u1EAF\u1EB4' + // B0
  '\u1EAE\u1EA6\u1EA8\u1EAA\u1EA4\u1EC0\u1EB7\u1EA7\u1EA9\u1EAB\u1EA5\u1EAD\u00E8\u1EC2\u1EBB\u1EBD' + // C0
  '\u00E9\u1EB9\u1EC1\u1EC3\u1EC5\u1EBF\u1EC7\u00EC\u1EC9\u1EC4\u1EBE\u1ED2\u0129\u00ED\u1ECB\u00F2' + // D0
  '\u1ED4\u1ECF\u00F5\u00F3\u1ECD\u1ED3\u1ED5\u1ED7\u1ED1\u1ED9\u1EDD\u1EDF\u1EE1\u1EDB\u1EE3\u00F9' + // E0
  '\u1ED6\u1EE7\u0169\u00FA\u1EE5\u1EEB\u1EED\u1EEF\u1EE9\u1EF1\u1EF3\u1EF7\u1EF9\u00FD\u1EF5\u1ED0'; // F0

const TCVN3: string[] = Array.from({ length: 256 }, (_, b) => (b < 0xa0 ? CP1252[b]! : TCVN3_HIGH[b - 0xa0]!));

/**
 * VNI-Windows: a vowel is an ASCII letter followed by one "mark" byte that draws its accents, e.g.
 * "caùc" = "các", "Nghò quyeát" = "Nghị quyết"; ơ, ư, đ and the accented i/ỵ are single bytes.
 * Capital marks are the lower-case ones minus 0x20 (ù/Ù), as in the fonts.
 */
const VNI_TONES: Record<string, string> = { 'ù': '\u0301', 'ø': '\u0300', 'û': '\u0309', 'õ': '\u0303', 'ï': '\u0323' };
const VNI_CIRCUMFLEX: Record<string, string> = { 'â': '', 'á': '\u0301', 'à': '\u0300', 'å': '\u0309', 'ã': '\u0303', 'ä': '\u0323' };
const VNI_BREVE: Record<string, string> = { 'ê': '', 'é': '\u0301', 'è': '\u0300', 'ú': '\u0309', 'ü': '\u0303', 'ë': '\u0323' };
const VNI_SINGLE: Record<string, string> = {
  'ô': 'ơ', 'ö': 'ư', 'ñ': 'đ', 'í': 'í', 'ì': 'ì', 'æ': 'ỉ', 'ó': 'ĩ', 'ò': 'ị', 'î': 'ỵ',
};

/** (base byte, mark byte) -> character, both cases; built once from the rules above. */
const VNI_PAIRS: Map<number, string> = buildVniPairs();
const VNI_SINGLES: Map<number, string> = new Map(
  Object.entries(VNI_SINGLE).flatMap(([k, v]) => [
    [k.charCodeAt(0), v] as const,
    [k.toUpperCase().charCodeAt(0), v.toUpperCase()] as const,
  ]),
);

function buildVniPairs(): Map<number, string> {
  const pairs = new Map<number, string>();
  const add = (base: string, baseByte: number, markChar: string, combining: string): void => {
    const lower = (base + combining).normalize('NFC');
    const markLower = markChar.charCodeAt(0);
    const markUpper = markChar.toUpperCase().charCodeAt(0);
    const upperBase = base === 'ơ' || base === 'ư' ? baseByte - 0x20 : base.toUpperCase().charCodeAt(0);
    const lowerBase = base === 'ơ' || base === 'ư' ? baseByte : base.charCodeAt(0);
    // Documents mix capital bases with lower-case marks ("Aù") as often as not; the base decides the case.
    for (const mark of [markLower, markUpper]) {
      pairs.set((lowerBase << 8) | mark, lower);
      pairs.set((upperBase << 8) | mark, lower.toUpperCase());
    }
  };
  const bases: Array<[string, number]> = [['a', 0x61], ['e', 0x65], ['o', 0x6f], ['u', 0x75], ['y', 0x79], ['ơ', 0xf4], ['ư', 0xf6]];
  for (const [base, byte] of bases) {
    for (const [mark, tone] of Object.entries(VNI_TONES)) add(base, byte, mark, tone);
  }
  for (const base of ['a', 'e', 'o']) {
    for (const [mark, tone] of Object.entries(VNI_CIRCUMFLEX)) add(base, base.charCodeAt(0), mark, '\u0302' + tone);
  }
  for (const [mark, tone] of Object.entries(VNI_BREVE)) add('a', 0x61, mark, '\u0306' + tone);
  return pairs;
}

function decodeVni(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    const next = bytes[i + 1];
    if (next !== undefined && next >= 0xc0) {
      const pair = VNI_PAIRS.get((b << 8) | next);
      if (pair !== undefined) {
        out += pair;
        i++;
        continue;
      }
    }
    out += VNI_SINGLES.get(b) ?? (b < 0x80 ? String.fromCharCode(b) : CP1252[b]!);
  }
  return out;
}

function decodeTcvn3Raw(bytes: Uint8Array): string {
  let out = '';
  for (const b of bytes) out += b < 0x80 ? String.fromCharCode(b) : TCVN3[b]!;
  return out;
}

/**
 * TCVN3 has no codes for capitals with tones: titles were typed with the lower-case codes in a capitals
 * font, so "NGHỊ QUYẾT" arrives as "NGHị QUYếT". A line whose ASCII letters are all capitals, or a word with
 * at least two capital letters and no lower-case ASCII letter, was such a title: put the capitals back.
 * A single capital followed by accented letters ("Ủy") stays as decoded: it cannot be told apart.
 */
function restoreTcvn3Capitals(text: string): { text: string; restored: number } {
  let restored = 0;
  const lines = text.split('\n').map((line) => {
    const ascii = line.match(/[A-Za-z]/g) ?? [];
    if (ascii.length >= 3 && ascii.every((c) => c >= 'A' && c <= 'Z') && line !== line.toUpperCase()) {
      restored++;
      return line.toUpperCase();
    }
    return line.replace(/[\p{L}\p{M}]+/gu, (word) => {
      if (/[a-z]/.test(word) || word === word.toUpperCase()) return word;
      const capitals = word.match(/\p{Lu}/gu) ?? [];
      if (capitals.length < 2) return word;
      restored++;
      return word.toUpperCase();
    });
  });
  return { text: lines.join('\n'), restored };
}

/** Decode bytes in one legacy encoding (no detection). NFC is left to the caller. */
export function decodeLegacyVietnamese(bytes: Uint8Array, encoding: LegacyVietnameseEncoding): string {
  switch (encoding) {
    case 'windows-1258':
      return iconv.decode(bytes, 'windows1258');
    case 'tcvn3':
      return restoreTcvn3Capitals(decodeTcvn3Raw(bytes)).text;
    case 'vni':
      return decodeVni(bytes);
    default:
      return unreachable(encoding);
  }
}

function unreachable(value: never): never {
  throw new Error(`Unhandled legacy encoding: ${String(value)}`);
}

// ---------------------------------------------------------------------------------------------------------
// Scoring: how Vietnamese does a decoding look?

const TONES = /[\u0300\u0301\u0303\u0309\u0323]/g;
const SYLLABLE = /^(ngh|ng|nh|ch|gh|gi|kh|ph|th|tr|qu|[bcdđghklmnprstvx])?([aăâeêioôơuưy]{1,3})(ch|ng|nh|[cmnpt])?$/;
/** Vowel groups of Vietnamese; the ones ending in a glide (i/y/o/u) or ia/ua/ưa take no final consonant. */
const OPEN_NUCLEI = new Set([
  'ai', 'ao', 'au', 'ay', 'âu', 'ây', 'eo', 'êu', 'ia', 'iu', 'oi', 'ôi', 'ơi', 'ua', 'ui', 'ưa', 'ưi', 'ưu',
  'iêu', 'yêu', 'oai', 'oao', 'oay', 'oeo', 'uây', 'uôi', 'ươi', 'ươu', 'uya', 'uyu',
]);
const CLOSED_NUCLEI = new Set([
  'a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y', 'iê', 'yê', 'oa', 'oă', 'oe', 'oo', 'uâ', 'uê',
  'uô', 'uơ', 'uy', 'ươ', 'uyê',
]);

/**
 * True when `word` (letters only) is a well-formed Vietnamese syllable: initial consonant, vowel group,
 * final consonant, at most one tone, the spelling rules (k/gh/ngh before i/e/ê, c/ng elsewhere), stop
 * finals only with sắc or nặng, and one consistent case shape (lower, Capitalized or UPPER).
 */
export function isVietnameseSyllable(word: string): boolean {
  let known = SYLLABLES.get(word);
  if (known === undefined) {
    // Bounded by forgetting all at once: the words asked again (a document's names) come back within a document.
    if (SYLLABLES.size >= SYLLABLES_MAX) SYLLABLES.clear();
    known = syllableUncached(word);
    SYLLABLES.set(word, known);
  }
  return known;
}

/**
 * Answers by word: body names ask it of each accented word of every name read (three normalizations and a regex
 * each), and a document writes the same words again and again.
 */
const SYLLABLES = new Map<string, boolean>();
const SYLLABLES_MAX = 50_000;

function syllableUncached(word: string): boolean {
  const nfc = word.normalize('NFC');
  const lower = nfc.toLowerCase();
  const upper = nfc.toUpperCase();
  if (nfc !== lower && nfc !== upper && nfc !== upper.slice(0, 1) + lower.slice(1)) return false;
  const nfd = lower.normalize('NFD');
  const tones = nfd.match(TONES) ?? [];
  if (tones.length > 1) return false;
  const base = nfd.replace(TONES, '').normalize('NFC');
  const m = SYLLABLE.exec(base);
  if (!m) return false;
  // The regex prefers "gi" as the initial ("gia") and backtracks to g + i when no vowel follows ("gìn").
  const initial = m[1] ?? '';
  const nucleus = m[2]!;
  const final = m[3] ?? '';
  if (OPEN_NUCLEI.has(nucleus)) {
    if (final !== '') return false;
  } else if (!CLOSED_NUCLEI.has(nucleus)) return false;
  const first = nucleus[0]!;
  const front = first === 'i' || first === 'e' || first === 'ê';
  if ((initial === 'gh' || initial === 'ngh') && !front) return false;
  if (initial === 'k' && !(front || first === 'y')) return false;
  if ((initial === 'c' || initial === 'ng') && (front || first === 'y')) return false;
  if (initial === 'g' && (first === 'e' || first === 'ê')) return false;
  if (initial === 'qu' && (first === 'u' || first === 'ư')) return false;
  // ă and â never end a syllable; the diphthongs iê/yê/uô/ươ need a final ("tiền"; open ones are spelt ia/ua/ưa).
  if ((nucleus.endsWith('ă') || nucleus.endsWith('â')) && final === '') return false;
  if (['iê', 'yê', 'uô', 'ươ', 'uyê'].includes(nucleus) && final === '') return false;
  if ((final === 'ch' || final === 'nh') && !/[aêiy]$/.test(nucleus)) return false;
  if (['c', 'ch', 'p', 't'].includes(final) && tones.length === 1 && tones[0] !== '\u0301' && tones[0] !== '\u0323') {
    return false;
  }
  return true;
}

/** Frequent syllables of administrative Vietnamese that carry accents; support for the syllable test. */
const COMMON_WORDS = new Set(
  (
    'của và các có được những người một này với không đã để là tỉnh nghị quyết định thực hiện phát triển xã hội ' +
    'năm công tác nhân dân ủy uỷ về sở chủ trì phối hợp tăng cường quản lý cấp huyện chính phủ văn bản số ngày ' +
    'tháng đồng thời đảm bảo nhiệm vụ giải pháp chỉ đạo kiểm địa bàn hoạt động nâng chất lượng cơ đơn vị tổ chức ' +
    'tế trên đến từ việc hành tại trước sự nghiệp xây dựng điều kế hoạch đầu tư thủ tướng quốc nội đề án hiệu quả ' +
    'tiếp tục cải cách theo trong cho'
  ).split(' '),
);

/** Non-letters that may cling to words in any of the encodings: typographic quotes, dashes, bullets. */
const HARMLESS_PUNCTUATION = /^[\u00A0\u2013\u2014\u2018\u2019\u201A\u201C\u201D\u201E\u2022\u2026\u00B0\u00AB\u00BB\u2039\u203A\u2020\u2021\u2122\u2030]*$/;

export interface CandidateScore {
  encoding: LegacyVietnameseEncoding;
  /** Words with at least one non-ASCII byte that decode to something with letters. */
  evaluated: number;
  valid: number;
  common: number;
  share: number;
}

/** Raw words: runs of ASCII letters and non-ASCII bytes that contain at least one non-ASCII byte. */
function accentedRawWords(bytes: Uint8Array, limit: number): Uint8Array[] {
  const words: Uint8Array[] = [];
  let start = -1;
  let high = false;
  for (let i = 0; i <= bytes.length; i++) {
    const b = i < bytes.length ? bytes[i]! : 0x20;
    const inWord = b >= 0x80 || (b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a);
    if (inWord) {
      if (start < 0) start = i;
      if (b >= 0x80) high = true;
    } else if (start >= 0) {
      if (high) words.push(bytes.subarray(start, i));
      if (words.length >= limit) break;
      start = -1;
      high = false;
    }
  }
  return words;
}

function scoreCandidate(words: Uint8Array[], encoding: LegacyVietnameseEncoding): CandidateScore {
  let evaluated = 0;
  let valid = 0;
  let common = 0;
  for (const raw of words) {
    const decoded = (encoding === 'tcvn3' ? decodeTcvn3Raw(raw) : decodeLegacyVietnamese(raw, encoding)).normalize('NFC');
    const m = /^([^\p{L}]*)(\p{L}[\p{L}\p{M}]*?|)([^\p{L}\p{M}]*)$/u.exec(decoded);
    const lead = m?.[1] ?? decoded;
    const core = m?.[2] ?? '';
    const tail = m?.[3] ?? '';
    const edgesHarmless = HARMLESS_PUNCTUATION.test(lead + tail);
    // Only punctuation, or an ASCII word with quotes around it: no evidence either way.
    if (edgesHarmless && !/[^\x00-\x7F]/.test(core)) continue;
    evaluated++;
    // Raw TCVN3 spells capital accented letters in lower case ("NGHị"); judge such words in capitals.
    const word = encoding === 'tcvn3' && !/[a-z]/.test(core) && /\p{Lu}/u.test(core) ? core.toUpperCase() : core;
    if (m && edgesHarmless && isVietnameseSyllable(word)) {
      valid++;
      // TCVN3 words are scored before capitals are restored, so compare in lower case.
      if (COMMON_WORDS.has(word.toLowerCase())) common++;
    }
  }
  return { encoding, evaluated, valid, common, share: evaluated === 0 ? 0 : valid / evaluated };
}

/** Below this many accented words a verdict would be a guess. */
const MIN_EVIDENCE = 3;
/** Share of accented words that must be valid syllables to convert without asking. */
const CONFIDENT_SHARE = 0.85;
/** Lead over the runner-up needed to tell two plausible decodings apart. */
const CONFIDENT_MARGIN = 0.1;
/** From this share on, the text is probably Vietnamese in that encoding, just too damaged to trust. */
const PLAUSIBLE_SHARE = 0.5;
/**
 * OCR text with wrong accents ("trién" for "triển") has few valid syllables in any decoding. When one
 * decoding still yields some and the others ten times fewer, the encoding is certain even if the text is not.
 */
const CONTRAST_MIN_EVIDENCE = 50;
const CONTRAST_MIN_SHARE = 0.2;
const CONTRAST_RATIO = 10;

/** Scores of the three legacy decodings, best first. Exported for diagnostics and tests. */
export function scoreLegacyEncodings(bytes: Uint8Array): CandidateScore[] {
  const words = accentedRawWords(bytes, 20000);
  const scores = (['windows-1258', 'tcvn3', 'vni'] as const).map((enc) => scoreCandidate(words, enc));
  return scores.sort((a, b) => b.share - a.share || b.common - a.common || b.evaluated - a.evaluated);
}

function decodeLegacy(bytes: Uint8Array, name: string): Decoded | DecodeFailure {
  const scores = scoreLegacyEncodings(bytes);
  const [best, second] = scores as [CandidateScore, CandidateScore, CandidateScore];
  const label = ENCODING_LABELS[best.encoding];
  const evidence = (s: CandidateScore): string =>
    `${percent(s.share)} of ${s.evaluated} accented word${s.evaluated === 1 ? '' : 's'} decode to valid Vietnamese syllables`;

  // Clean text: nearly every accented word is a Vietnamese syllable in one decoding only.
  const cleanFit = best.evaluated >= MIN_EVIDENCE && best.share >= CONFIDENT_SHARE && best.share - second.share >= CONFIDENT_MARGIN;
  // Damaged text (OCR with wrong accents): few valid words, but only one decoding produces any at all.
  const contrastFit =
    best.evaluated >= CONTRAST_MIN_EVIDENCE && best.share >= CONTRAST_MIN_SHARE && second.share <= best.share / CONTRAST_RATIO;

  if (cleanFit || contrastFit) {
    const warnings = [`${name} is not UTF-8: it looks like Vietnamese in the legacy ${label} encoding (${evidence(best)}); converted to Unicode.`];
    if (!cleanFit) {
      warnings.push(
        `${name}: no other encoding fits (${otherFits(scores)}), but so few words are valid that the text itself looks damaged (OCR?); check the converted text.`,
      );
    }
    let text: string;
    if (best.encoding === 'tcvn3') {
      const restored = restoreTcvn3Capitals(decodeTcvn3Raw(bytes));
      text = restored.text;
      if (restored.restored > 0) {
        warnings.push(
          `${name}: TCVN3 has no capital accented letters; capitals were restored in ${restored.restored} all-capital title(s), ` +
            'but a capital accented letter at the start of a lower-case word (e.g. "Ủy") may read as lower case.',
        );
      }
    } else text = decodeLegacyVietnamese(bytes, best.encoding);
    const replaced = countChar(text, '\uFFFD');
    if (replaced > 0) warnings.push(`${name}: ${replaced} byte(s) have no character in ${label} and were replaced by "\uFFFD".`);
    return { ok: true, text, encoding: best.encoding, converted: true, warnings };
  }

  const advice = (enc: string): string =>
    `Convert it to Unicode UTF-8 (for example with UniKey's converter${enc ? `, source encoding ${enc}` : ''}) and ingest it again.`;
  const plausible =
    best.evaluated >= MIN_EVIDENCE &&
    (best.share >= PLAUSIBLE_SHARE || (best.share >= CONTRAST_MIN_SHARE && second.share <= best.share / 3));
  if (plausible) {
    const why =
      best.share < CONFIDENT_SHARE
        ? `only ${evidence(best)}`
        : `${ENCODING_LABELS[second.encoding]} fits almost as well (${percent(best.share)} against ${percent(second.share)} of ${best.evaluated} accented words)`;
    return fail(
      'UNSUPPORTED_ENCODING',
      `${name} is not UTF-8: it most likely is Vietnamese in the legacy ${label} encoding, but it was not converted because ${why}. ${advice(label)}`,
    );
  }

  const western = westernPunctuationOnly(bytes);
  if (western !== null) {
    return {
      ok: true,
      text: Array.from(bytes, (b) => (b < 0x80 ? String.fromCharCode(b) : CP1252[b]!)).join(''),
      encoding: 'windows-1252',
      converted: true,
      warnings: [
        `${name} is not UTF-8; its only non-ASCII characters are punctuation (${western}), decoded as ${ENCODING_LABELS['windows-1252']}. ` +
          'Save documents as UTF-8 to avoid this guess.',
      ],
    };
  }
  if (best.evaluated > 0 && best.evaluated < MIN_EVIDENCE && best.share >= PLAUSIBLE_SHARE) {
    return fail(
      'UNSUPPORTED_ENCODING',
      `${name} is not UTF-8 and has too few accented words (${best.evaluated}) to tell which legacy Vietnamese ` +
        `encoding it uses (best fit: ${label}). ${advice('')}`,
    );
  }
  if (best.evaluated >= MIN_EVIDENCE && best.share >= CONTRAST_MIN_SHARE) {
    return fail(
      'UNSUPPORTED_ENCODING',
      `${name} is not UTF-8, and no legacy Vietnamese encoding fits it clearly (valid Vietnamese syllables among its accented words: ` +
        `${otherFits(scores, true)}); it may be heavily damaged OCR text in one of them. ${advice('')}`,
    );
  }
  const hint = best.evaluated > 0 ? ` (best fit: ${label}, where ${evidence(best)})` : '';
  return fail(
    'UNSUPPORTED_ENCODING',
    `${name} is not UTF-8, and its accented text is not Vietnamese in Windows-1258, TCVN3 or VNI${hint}. ` +
      'If it is Western European (Windows-1252/Latin-1) text it is not a document this tool reads; ' +
      'otherwise save it as UTF-8 and ingest it again.',
  );
}

/** "TCVN3 39%, VNI 36%": the fits of the runners-up (or of all candidates). */
function otherFits(scores: CandidateScore[], all = false): string {
  return (all ? scores : scores.slice(1)).map((s) => `${ENCODING_LABELS[s.encoding].split(' ')[0]} ${percent(s.share)}`).join(', ');
}

/** The distinct punctuation characters when every non-ASCII byte is Windows-1252 punctuation, else null. */
function westernPunctuationOnly(bytes: Uint8Array): string | null {
  const seen = new Set<string>();
  for (const b of bytes) {
    if (b < 0x80) continue;
    const ch = CP1252[b]!;
    if (!HARMLESS_PUNCTUATION.test(ch)) return null;
    seen.add(ch === '\u00A0' ? 'no-break space' : ch);
  }
  return seen.size === 0 ? null : [...seen].slice(0, 6).join(' ');
}

// ---------------------------------------------------------------------------------------------------------
// Small helpers

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return bytes.length >= prefix.length && prefix.every((b, i) => bytes[i] === b);
}

function latin1(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
}

function countChar(text: string, ch: string): number {
  let n = 0;
  for (let i = text.indexOf(ch); i >= 0; i = text.indexOf(ch, i + 1)) n++;
  return n;
}

function countNonAscii(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) n++;
  return n;
}

function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
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
