/**
 * Which reader a file goes to. The bytes decide (a `.txt` that is really a PDF is read as a PDF); the
 * file name only settles text that could be either Markdown or plain text.
 */
import type { SourceFormat } from './types';

export type BinaryFormat = Extract<SourceFormat, 'pdf' | 'docx' | 'image'>;

function latin1(bytes: Uint8Array, from: number, to: number): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset + from, Math.max(0, Math.min(bytes.length, to) - from)).toString('latin1');
}

const startsWith = (bytes: Uint8Array, magic: readonly number[]): boolean => magic.every((b, i) => bytes[i] === b);

/** A binary format we read, from its magic bytes; null for anything else (text, or a format decode refuses). */
export function detectBinaryFormat(bytes: Uint8Array): BinaryFormat | null {
  const head = latin1(bytes, 0, 8);
  if (head.startsWith('%PDF-')) return 'pdf';
  if (head.startsWith('PK\x03\x04')) {
    // The central directory at the end lists every member; a DOCX always has word/document.xml.
    const names = latin1(bytes, 0, Math.min(bytes.length, 64 * 1024)) + latin1(bytes, Math.max(0, bytes.length - 64 * 1024), bytes.length);
    return names.includes('word/document.xml') ? 'docx' : null;
  }
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'image';
  if (head.startsWith('II*\x00') || head.startsWith('MM\x00*')) return 'image';
  return null;
}

const HTML_START = /^\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html)[\s>]/i;
const HTML_TAG = /<\/?(?:html|head|body|div|p|span|table|tr|td|th|br|a|b|i|strong|em|ul|ol|li|h[1-6]|meta|script|style|link)\b[^>]*>/gi;

/** Decoded text: HTML, Markdown or plain text. */
export function detectTextFormat(text: string, fileName?: string): Extract<SourceFormat, 'html' | 'markdown' | 'text'> {
  const ext = fileName?.toLowerCase().match(/\.([a-z0-9]+)$/)?.[1] ?? '';
  if (HTML_START.test(text.slice(0, 4096))) return 'html';
  const sample = text.slice(0, 200_000);
  const tags = sample.match(HTML_TAG)?.length ?? 0;
  // Tag density: real HTML has a tag every few dozen characters; a text quoting "<b>" does not.
  if (tags >= 10 && tags * 200 >= sample.length) return 'html';
  if ((ext === 'html' || ext === 'htm') && tags >= 3) return 'html';
  const marks = markdownMarks(sample);
  if (marks >= 3 || ((ext === 'md' || ext === 'markdown') && marks >= 1)) return 'markdown';
  return 'text';
}

/** How much Markdown markup the text has: headings, bold/italic, lone-bar and pipe tables, escapes. */
function markdownMarks(text: string): number {
  const count = (re: RegExp): number => text.match(re)?.length ?? 0;
  const headings = count(/^#{1,6}\s+\S/gm);
  // Emphasis openers; a run of underscores is a fill-in line or a rule in plain text, not bold.
  const bold = count(/\*\*(?=[^\s*])|(?<!_)__(?=[^\s_])/g);
  const bars = count(/^\|[ \t]*$/gm);
  const pipeSeparators = count(/^\|?\s*:?-{3,}:?\s*\|/gm);
  const escapes = count(/\\[*_#|[\]()\\.-]/g);
  return Math.min(headings, 3) + Math.min(bold, 3) + Math.min(Math.floor(bars / 2), 3) + Math.min(pipeSeparators * 2, 3) + Math.min(escapes, 2);
}

/** How an image is named in messages. */
export function imageKind(bytes: Uint8Array): string {
  if (bytes[0] === 0x89) return 'a PNG image';
  if (bytes[0] === 0xff) return 'a JPEG image';
  return 'a TIFF image';
}
