/**
 * Reading bytes in one legacy Vietnamese encoding, known beforehand: Windows-1258 (through iconv-lite), TCVN3 and
 * VNI (their character tables in data/legacyVietnamese.json). Which encoding a file is in is decided elsewhere
 * (`choose.ts`); this module only knows the charts, and the one repair the TCVN3 chart forces (capitals).
 * TCVN3 bytes 0x80–0x9F are read as Windows-1252 punctuation (Word wrote smart quotes and dashes that way in
 * ".VnTime" documents); the unused TCVN3 slots at 0xA0–0xFF take their TCVN 5712 (VN1) capitals.
 */
import iconv from 'iconv-lite';
import data from './data/legacyVietnamese.json';
import type { LegacyVietnameseEncoding } from './result';
import { CP1252 } from './windows1252';

/** TCVN3 byte -> character: the chart from 0xA0 on, Windows-1252 below (Word's smart quotes and dashes). */
const TCVN3: readonly string[] = buildTcvn3();

function buildTcvn3(): string[] {
  const high = Object.entries(data.tcvn3.high)
    .sort(([a], [b]) => parseInt(a, 16) - parseInt(b, 16))
    .map(([, row]) => row)
    .join('');
  if (high.length !== 0x60) throw new Error(`legacyVietnamese.json: tcvn3.high has ${high.length} characters for bytes 0xA0-0xFF; it needs 96.`);
  return Array.from({ length: 256 }, (_, b) => (b < 0xa0 ? CP1252[b]! : high[b - 0xa0]!));
}

/** VNI (base byte, mark byte) -> character, both cases. */
const VNI_PAIRS: Map<number, string> = buildVniPairs();
/** VNI bytes that are a letter on their own (ơ ư đ and the accented i/ỵ), both cases. */
const VNI_SINGLES: Map<number, string> = new Map(
  Object.entries(data.vni.single).flatMap(([k, v]) => [
    [k.charCodeAt(0), v] as const,
    [k.toUpperCase().charCodeAt(0), v.toUpperCase()] as const,
  ]),
);

function buildVniPairs(): Map<number, string> {
  const pairs = new Map<number, string>();
  for (const group of data.vni.pairs) {
    for (const [baseChar, letter] of Object.entries(group.bases)) {
      const lowerBase = baseChar.charCodeAt(0);
      const upperBase = baseChar.toUpperCase().charCodeAt(0);
      for (const [markChar, tone] of Object.entries(group.marks)) {
        const lower = (letter + group.accent + tone).normalize('NFC');
        // Documents mix capital bases with lower-case marks ("Aù") as often as not; the base decides the case.
        for (const mark of [markChar.charCodeAt(0), markChar.toUpperCase().charCodeAt(0)]) {
          pairs.set((lowerBase << 8) | mark, lower);
          pairs.set((upperBase << 8) | mark, lower.toUpperCase());
        }
      }
    }
  }
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

/** TCVN3 as charted, capitals not restored: what scoring judges, word by word. */
export function decodeTcvn3Raw(bytes: Uint8Array): string {
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
export function restoreTcvn3Capitals(text: string): { text: string; restored: number } {
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
