/**
 * The formats stage: a file's bytes, in any supported form, become `SourceText` (types.ts).
 *
 * The format from the bytes, identified once (magic numbers, and a ZIP's member names within 64 KiB of either
 * end), then size (the limit protects everything after it), then that format's reader, or, for text, the decoder,
 * handed the same identification to refuse by. Failures throw `SourceReadError` with a code and a message naming the file and what to do; a
 * reader that finds no text at all refuses the file (EMPTY / OCR_FAILED) rather than return an empty text.
 */
import { createHash } from 'node:crypto';
import { checkDocumentSize, decodeDocument, type DecodedDocument } from '../text/decode';
import { normalizeText } from '../text/fold';
import { identifyFormat, READABLE_EXTENSIONS } from '../text/decode/fileFormats';
import { detectTextFormat, readableBinary, type BinaryFile } from './detect';
import { SourceReadError } from './errors';
import { readHtml } from './html/readHtml';
import { readMarkdown } from './markdown/readMarkdown';
import type { SourceFormat, SourceMetadata, SourceText, SourceWarning } from './types';

export type { SourceText, SourceFormat, SourceMetadata, SourceWarning } from './types';
export { SourceReadError, type SourceErrorCode } from './errors';

export interface ReadSourceOptions {
  /** Used in messages and as a format hint; defaults to "the document". */
  fileName?: string;
  /** Size limit in bytes (`settings.maxDocumentBytes`); <= 0, non-finite or absent disables it. */
  maxBytes?: number;
}

/** File name extensions `readSource` is meant for (a folder walk picks these; the bytes still decide). */
export const SOURCE_EXTENSIONS: readonly string[] = ['.txt', '.text', '.md', '.markdown', '.html', '.htm', ...READABLE_EXTENSIONS];

export async function readSource(bytes: Uint8Array, opts: ReadSourceOptions = {}): Promise<SourceText> {
  const name = opts.fileName ?? 'the document';
  const maxBytes = opts.maxBytes ?? 0;
  const sourceHash = createHash('sha256').update(bytes).digest('hex');
  // Identified once: the format picks the reader, and the decoder refuses by the same answer.
  const format = identifyFormat(bytes);
  const binary = readableBinary(format);
  if (!binary) {
    const decoded = decodeDocument(bytes, { fileName: name, maxBytes, format });
    if (!decoded.ok) throw new SourceReadError(decoded.code, decoded.message);
    return fromDecodedText(decoded, sourceHash, name, opts.fileName);
  }
  const sized = checkDocumentSize(bytes.length, { fileName: name, maxBytes });
  if (sized) throw new SourceReadError(sized.code, sized.message);
  if (binary.damaged) throw new SourceReadError('UNREADABLE_FILE', `${name} is ${binary.what} that is damaged: ${binary.damaged}.`);
  const read = await readBinary(binary, bytes, name);
  const text = normalizeText(read.text);
  if (!text.trim()) {
    throw read.ocr
      ? new SourceReadError('OCR_FAILED', `${name}: OCR found no text; check that the scan is readable (upright, at least 200 dpi) and try again.`)
      : new SourceReadError('EMPTY', `${name} contains no text; there is nothing to ingest.`);
  }
  return { text, format: binary.format, encoding: null, sourceHash, metadata: read.metadata, ocr: read.ocr, warnings: read.warnings };
}

interface BinaryReading {
  text: string;
  metadata: SourceMetadata | null;
  ocr: boolean;
  warnings: SourceWarning[];
}

/*
 * The DOCX and PDF readers (mammoth, pdf.js) and OCR are loaded on first use: together they cost about 150 MB
 * per thread, paid by every extraction worker, while most corpora are text.
 */
const docxReader = () => import('./docx/readDocx');
const pdfReader = () => import('./pdf/readPdf');
const ocr = () => import('./ocr/tesseract');

async function readBinary(file: BinaryFile, bytes: Uint8Array, name: string): Promise<BinaryReading> {
  switch (file.format) {
    case 'docx': {
      const r = await (await docxReader()).readDocx(bytes, name);
      return { text: r.text, metadata: r.metadata, ocr: false, warnings: r.warnings };
    }
    case 'pdf':
      return readPdfWithOcr(bytes, name);
    case 'image':
      return { text: await (await ocr()).ocrImage(bytes, name, file.what), metadata: null, ocr: true, warnings: [ocrWarning(name, file.what)] };
  }
}

/**
 * A PDF's text layer, with its scanned pages OCRed in place. Without OCR, a PDF that is all scan is refused
 * (OCR_UNAVAILABLE); one with some typed pages keeps them, with a warning naming the pages left out.
 */
async function readPdfWithOcr(bytes: Uint8Array, name: string): Promise<BinaryReading> {
  const pages = await (await pdfReader()).readPdf(bytes, name);
  const scanned = pages.filter((p) => p.scanned).map((p) => p.number);
  if (!scanned.length) return { text: pages.map((p) => p.text).join('\n'), metadata: null, ocr: false, warnings: [] };
  const list = scanned.length === pages.length ? `all ${pages.length} page${pages.length === 1 ? '' : 's'}` : `page${scanned.length === 1 ? '' : 's'} ${scanned.join(', ')}`;
  let ocred: Map<number, string>;
  try {
    ocred = await (await ocr()).ocrPdfPages(bytes, name, scanned);
  } catch (error) {
    if (!(error instanceof SourceReadError) || error.code !== 'OCR_UNAVAILABLE' || scanned.length === pages.length) throw error;
    return {
      text: pages.map((p) => p.text).join('\n'),
      metadata: null,
      ocr: false,
      warnings: [{ code: 'PAGES_NOT_READ', message: `${error.message} Only the typed pages were read; ${list} (scanned) were left out.` }],
    };
  }
  const text = pages.map((p) => (p.scanned ? `${ocred.get(p.number) ?? ''}\n` : p.text)).join('\n');
  return { text, metadata: null, ocr: true, warnings: [ocrWarning(name, `a PDF with scanned pages (${list})`)] };
}

function ocrWarning(name: string, what: string): SourceWarning {
  return { code: 'OCR_TEXT', message: `${name} is ${what}; its text comes from OCR and may contain recognition errors.` };
}

function fromDecodedText(decoded: DecodedDocument, sourceHash: string, name: string, fileName?: string): SourceText {
  const format: SourceFormat = detectTextFormat(decoded.text, fileName);
  const warnings: SourceWarning[] = decoded.warnings.map((message) => ({ code: 'TEXT_CONVERTED', message }));
  const base = { encoding: decoded.encoding, sourceHash, ocr: false, warnings };
  if (format === 'text') return { ...base, format, text: decoded.text, metadata: null };
  const read = format === 'html' ? readHtml(decoded.text) : readMarkdown(decoded.text);
  const text = normalizeText(read.text);
  if (!text.trim()) throw new SourceReadError('EMPTY', `${name} has no text once its ${format === 'html' ? 'HTML' : 'Markdown'} markup is removed; there is nothing to ingest.`);
  return { ...base, format, text, metadata: read.metadata };
}
