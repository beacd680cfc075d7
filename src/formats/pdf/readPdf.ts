/**
 * PDF with a text layer -> layout text per page, with pdfjs-dist (legacy build, which runs on Node without
 * a DOM). Pages without text (scanned pages, alone or among typed ones) are reported so the caller can OCR
 * them; a signature stamp or a page number does not make a scanned page a text page.
 */
import { SourceReadError } from '../errors';
import { joinBlocks } from '../layout';
import { layoutBlocks, type PositionedText } from './pageLayout';
import { loadPdfjs } from './pdfjs';

export interface PdfPage {
  /** 1-based. */
  number: number;
  /** Layout text of the page's text layer. */
  text: string;
  /** True when the page carries (almost) no text: a scanned page, to be OCRed. */
  scanned: boolean;
}

/** A page with fewer letters than this is a scan (its text layer is at most a stamp or a page number). */
const MIN_LETTERS_PER_PAGE = 40;

interface RawItem {
  str?: string;
  transform?: number[];
  width?: number;
  height?: number;
}

export async function readPdf(bytes: Uint8Array, name: string): Promise<PdfPage[]> {
  const { getDocument } = await loadPdfjs();
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
    const pages: PdfPage[] = [];
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
      const letters = items.reduce((n, i) => n + (i.str.match(/\p{L}/gu)?.length ?? 0), 0);
      const scanned = letters < MIN_LETTERS_PER_PAGE;
      pages.push({ number: p, text: scanned ? '' : joinBlocks(layoutBlocks(items)), scanned });
      page.cleanup();
    }
    return pages;
  } finally {
    await doc.destroy();
  }
}
