/**
 * Telling bytes that are not text from text: the formats people hand us instead of a .txt (named by their magic
 * numbers, listed in data/binaryFormats.json, so the refusal can say what the file is and how to get its text),
 * and the share of control bytes above which a file is binary whatever it is.
 */
import data from './data/binaryFormats.json';
import { latin1, percent, startsWith } from './counts';

export interface FormatVerdict {
  code: 'BINARY' | 'UNSUPPORTED_FORMAT';
  what: string;
  /** What to do to get a text we can read. */
  advice: string;
}

interface KnownFormat extends FormatVerdict {
  /** Any of these byte sequences at the start. */
  magic: number[][];
  /** A second signature further in (WebP is a RIFF file with "WEBP" at byte 8). */
  also?: { at: number; magic: number[] };
  /** A ZIP container: the member names tell which format it is. */
  zip: boolean;
}

const ADVICE: Record<string, string> = data.advice;

function advice(key: string): string {
  const text = ADVICE[key];
  if (text === undefined) throw new Error(`binaryFormats.json: advice "${key}" is not defined under "advice"; add it there.`);
  return text;
}

function hexBytes(hex: string): number[] {
  return hex.split(' ').map((h) => parseInt(h, 16));
}

const FORMATS: readonly KnownFormat[] = data.formats.map((f) => {
  if (f.code !== 'BINARY' && f.code !== 'UNSUPPORTED_FORMAT') {
    throw new Error(`binaryFormats.json: "${f.what}" has code ${f.code}; use BINARY or UNSUPPORTED_FORMAT.`);
  }
  return {
    code: f.code,
    what: f.what,
    advice: advice(f.advice),
    magic: f.magic.map(hexBytes),
    also: 'also' in f && f.also ? { at: f.also.at, magic: hexBytes(f.also.magic) } : undefined,
    zip: 'zip' in f && f.zip === true,
  };
});

const ZIP_MEMBERS = data.zipMembers.map((m) => ({ member: m.member, what: m.what, advice: advice(m.advice) }));

/** Magic numbers of the formats people actually hand us instead of text. */
export function sniffFormat(bytes: Uint8Array): FormatVerdict | null {
  for (const format of FORMATS) {
    if (!format.magic.some((magic) => startsWith(bytes, magic))) continue;
    if (format.also && !startsWith(bytes.subarray(format.also.at), format.also.magic)) continue;
    if (format.zip) {
      // Office Open XML and OpenDocument are ZIP files; the member names near the start tell them apart.
      const names = latin1(bytes.subarray(0, Math.min(bytes.length, 64 * 1024)));
      const member = ZIP_MEMBERS.find((m) => names.includes(m.member));
      if (member) return { code: format.code, what: member.what, advice: member.advice };
    }
    return { code: format.code, what: format.what, advice: format.advice };
  }
  return null;
}

/** Share of control characters above which bytes are not text. Text has tabs and line ends, not these. */
export const CONTROL_SHARE_LIMIT = 0.01;

/**
 * Why the bytes are not text (NUL bytes, too many control bytes), with where the first such byte is, or null
 * when they may be text. The place matters: a text file with a few stray bytes can be mended by hand.
 */
export function binaryEvidence(bytes: Uint8Array): string | null {
  let nul = 0;
  let controls = 0;
  let firstNul = -1;
  let firstControl = -1;
  // Every byte of every file passes here: an indexed loop over the bytes, with text's bytes (>= 0x20) first.
  for (let i = 0, n = bytes.length; i < n; i++) {
    const b = bytes[i]!;
    if (b >= 0x20 && b !== 0x7f) continue;
    if (b === 0) {
      if (nul++ === 0) firstNul = i;
    } else if (isControlByte(b)) {
      if (controls++ === 0) firstControl = i;
    }
  }
  if (nul > 0) return `${nul} NUL byte${nul === 1 ? '' : 's'}, ${nul === 1 ? 'at' : 'the first at'} byte ${firstNul}`;
  if (controls > 0 && controls / bytes.length > CONTROL_SHARE_LIMIT) {
    return `${percent(controls / bytes.length)} control bytes, the first at byte ${firstControl}`;
  }
  return null;
}

/** C0 controls other than tab, line feed, vertical tab, form feed (page breaks from pdftotext) and CR; DEL. */
function isControlByte(b: number): boolean {
  return (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0b && b !== 0x0c && b !== 0x0d) || b === 0x7f;
}

/** Control characters in decoded text (UTF-16 is judged after decoding: its bytes are half NULs). */
export function countControls(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) if (isControlByte(text.charCodeAt(i))) n++;
  return n;
}
