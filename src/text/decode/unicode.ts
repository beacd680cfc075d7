/**
 * The Unicode encodings: UTF-8 (strict, cut mid-character, with a few bad bytes, or encoded twice) and UTF-16
 * with or without a byte order mark. Most documents end here; what is said about their damage goes into warnings
 * because the text is still worth reading.
 */
import { isUtf8 } from 'node:buffer';
import { CONTROL_SHARE_LIMIT, countControls } from './binary';
import { countChar, percent } from './counts';
import { ENCODING_LABELS, fail, type Decoded, type DecodeFailure } from './result';
import { cp1252ByteOf } from './windows1252';

export function decodeUtf8(bytes: Uint8Array, name: string): Decoded {
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

export function decodeUtf16(
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
  } catch (error) {
    // A fatal decoder throws TypeError on malformed input, and only then: anything else is a real failure.
    if (!(error instanceof TypeError)) throw error;
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
export function guessBomlessUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
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
export function isStrictUtf8(bytes: Uint8Array): boolean {
  return isUtf8(bytes);
}

/** Valid UTF-8 except for an incomplete character at the very end: a file cut mid-character. */
export function isTruncatedUtf8(bytes: Uint8Array): boolean {
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
      const b = cp1252ByteOf(ch);
      if (b === undefined) return null;
      out.push(b);
    }
  }
  const bytes = Uint8Array.from(out);
  if (!isStrictUtf8(bytes)) return null;
  const repaired = new TextDecoder('utf-8').decode(bytes);
  return repaired === text ? null : repaired;
}
