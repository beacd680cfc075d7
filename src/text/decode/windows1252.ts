/**
 * Windows-1252, byte by byte. Not a document encoding of its own here but the fallback under three decoders:
 * the legacy Vietnamese fonts kept its punctuation at 0x80–0x9F, double-encoded UTF-8 is undone through it,
 * and unaccented text with smart quotes is read with it.
 */
import iconv from 'iconv-lite';

/** Windows-1252 byte -> character (undefined bytes -> U+FFFD). */
export const CP1252: readonly string[] = Array.from({ length: 256 }, (_, b) => iconv.decode(Buffer.from([b]), 'windows1252'));

const CP1252_REVERSE = new Map<string, number>(
  CP1252.map((ch, b) => [ch, b] as const).filter(([ch, b]) => b >= 0x80 && ch !== '\uFFFD'),
);

/** The Windows-1252 byte of a character that is not Latin-1 (“ ” – … €), if it has one. */
export function cp1252ByteOf(ch: string): number | undefined {
  return CP1252_REVERSE.get(ch);
}
