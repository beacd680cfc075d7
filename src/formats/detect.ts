/**
 * Which reader a file goes to. The bytes decide (a `.txt` that is really a PDF is read as a PDF); the
 * file name only settles text that could be either Markdown or plain text.
 */
import type { FileFormat, FileReader } from '../text/decode/fileFormats';
import type { SourceFormat } from './types';

export type BinaryFormat = Extract<SourceFormat, FileReader>;

export interface BinaryFile {
  format: BinaryFormat;
  /** How messages name it: "a PNG image", "a Word document (.docx)". */
  what: string;
  /** Why the file is damaged and what to do (a DOCX without its document part), or null. */
  damaged: string | null;
}

/**
 * The binary file a reader of ours reads, from the format `identifyFormat` found in its bytes (over the one table
 * of formats the text decoder refuses from too, src/text/decode/data/fileFormats.json); null for anything else
 * (text, or a format the decoder refuses).
 */
export function readableBinary(known: FileFormat | null): BinaryFile | null {
  return known?.reads ? { format: known.reads, what: known.what, damaged: known.damaged } : null;
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
