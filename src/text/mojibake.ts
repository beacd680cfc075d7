/**
 * Text that reaches us as a string rather than bytes (the API's `ingestDocument`) may be a legacy-encoded
 * file that the client read as Latin-1 or Windows-1252: TCVN3 "Về nhiệm vụ" arrives as "VÒ nhiÖm vô", a
 * UTF-8 file read as Latin-1 as "Vá» nhiá»‡m". Such a string maps back to its bytes one character per byte;
 * those bytes are then decoded exactly like a file (`decodeDocument`, the CLI's detection), so the same rules
 * decide: repaired with a warning, refused when a legacy encoding is likely but none fits clearly, left
 * alone otherwise.
 *
 * Real Vietnamese Unicode text never takes this path: it holds letters outside Latin-1 and Windows-1252
 * (ư, ơ, đ, ạ, ...), which no byte-per-character reading produces.
 */
import { decodeDocument, ENCODING_LABELS, type DocumentEncoding } from './decode';
import { scoreLegacyEncodings } from './decode/choose';
import { cp1252ByteOf } from './decode/windows1252';

export type MojibakeCheck =
  /** Not mojibake (or nothing to tell): use the text as given. */
  | { kind: 'unchanged' }
  | { kind: 'repaired'; text: string; encoding: DocumentEncoding; warnings: string[] }
  | { kind: 'refused'; code: 'UNSUPPORTED_ENCODING'; message: string };

/** Accented words needed, and the share of them valid in some legacy decoding, before text counts as mojibake. */
const MIN_EVIDENCE = 3;
const PLAUSIBLE_SHARE = 0.5;

/** The bytes a Latin-1 / Windows-1252 reading turned into `text`, or null when some character has no byte. */
export function bytesReadAsLatin1(text: string): Uint8Array | null {
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const byte = code < 0x100 ? code : cp1252ByteOf(text[i]!);
    if (byte === undefined) return null;
    bytes[i] = byte;
  }
  return bytes;
}

/** Checks text given as a string for legacy-encoding mojibake (`name` is used in messages). */
export function checkMojibake(text: string, name: string): MojibakeCheck {
  if (!/[\u0080-\u00ff]/.test(text)) return { kind: 'unchanged' };
  const bytes = bytesReadAsLatin1(text);
  if (!bytes) return { kind: 'unchanged' };
  const decoded = decodeDocument(bytes, { fileName: name, maxBytes: 0 });
  if (decoded.ok) {
    if (decoded.encoding === 'windows-1252' || decoded.text === text.normalize('NFC')) return { kind: 'unchanged' };
    const how =
      decoded.encoding === 'utf-8'
        ? `${name} was UTF-8 read as Latin-1 (Vietnamese letters showed as "á»‡"-style mojibake); repaired.`
        : `${name} arrived as ${ENCODING_LABELS[decoded.encoding]} text read as Latin-1/Windows-1252 (mojibake such as "nhiÖm vô"); repaired.`;
    return { kind: 'repaired', text: decoded.text, encoding: decoded.encoding, warnings: [how, ...decoded.warnings.filter((w) => !w.includes(' is not UTF-8'))] };
  }
  const [best] = scoreLegacyEncodings(bytes);
  if (decoded.code === 'UNSUPPORTED_ENCODING' && best && best.evaluated >= MIN_EVIDENCE && best.share >= PLAUSIBLE_SHARE) {
    return {
      kind: 'refused',
      code: 'UNSUPPORTED_ENCODING',
      message:
        `${name} looks like Vietnamese in a legacy encoding that was read as Latin-1/Windows-1252 (mojibake), and it cannot be ` +
        `repaired with confidence: ${decoded.message} Send the file's text converted to UTF-8, or ingest the file with \`npm run ingest\`.`,
    };
  }
  return { kind: 'unchanged' };
}
