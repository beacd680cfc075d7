/**
 * Telling bytes that are not text from text, whatever format they are in: the share of control bytes above which
 * a file is binary. (Formats known by their magic numbers are named by fileFormats.ts, so the refusal can say
 * what the file is and how to get its text.)
 */
import { percent } from './counts';

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
