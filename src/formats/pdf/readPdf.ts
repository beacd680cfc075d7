/**
 * PDF with a text layer -> layout text, with pdfjs-dist (legacy build, which runs on Node without a DOM).
 * A PDF without text (a scan) is reported as such so the caller can OCR it.
 */
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { SourceReadError } from '../errors';
import { joinBlocks, type LayoutBlock } from '../layout';
import { layoutBlocks, type PositionedText } from './pageLayout';

export interface PdfReading {
  /** Layout text; empty when the PDF has no text layer. */
  text: string;
  pages: number;
  /** True when the pages carry (almost) no text: a scan, to be OCRed. */
  scanned: boolean;
}

/** Fewer letters than this per page on average is a scan (a stamp or a page number may be text). */
const MIN_LETTERS_PER_PAGE = 30;

interface RawItem {
  str?: string;
  transform?: number[];
  width?: number;
  height?: number;
}

export async function readPdf(bytes: Uint8Array, name: string): Promise<PdfReading> {
  let doc;
  try {
    // pdfjs takes ownership of the buffer it is given: pass a copy.
    doc = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, disableFontFace: true, isEvalSupported: false, verbosity: 0 }).promise;
  } catch (error) {
    const e = error as Error;
    const why = e.name === 'PasswordException' ? 'it is password-protected; remove the password and save it again' : `${e.message}; open it and save or print it to a new PDF`;
    throw new SourceReadError('UNREADABLE_FILE', `${name} is a PDF that cannot be read: ${why}.`, { cause: error });
  }
  try {
    const blocks: LayoutBlock[] = [];
    let letters = 0;
    for (let p = 1; p <= doc.numPages; p++) {
      const page = await doc.getPage(p);
      const content = await page.getTextContent();
      const items: PositionedText[] = (content.items as RawItem[])
        .filter((i) => typeof i.str === 'string' && i.transform)
        .map((i) => ({
          str: i.str!,
          x: i.transform![4]!,
          y: i.transform![5]!,
          width: i.width ?? 0,
          size: Math.hypot(i.transform![2]!, i.transform![3]!) || i.height || 1,
        }));
      letters += items.reduce((n, i) => n + (i.str.match(/\p{L}/gu)?.length ?? 0), 0);
      blocks.push(...layoutBlocks(items));
      page.cleanup();
    }
    const scanned = letters < MIN_LETTERS_PER_PAGE * doc.numPages;
    return { text: scanned ? '' : joinBlocks(blocks), pages: doc.numPages, scanned };
  } finally {
    await doc.destroy();
  }
}
