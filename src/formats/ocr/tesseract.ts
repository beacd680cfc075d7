/**
 * OCR with Debian's Tesseract (`tesseract-ocr` + `tesseract-ocr-vie`), run as a child process, and
 * PDF pages rendered to PNG with `pdftoppm` (`poppler-utils`). Without them a scan is refused with the
 * packages to install, never ingested as an empty document.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { SourceReadError } from '../errors';
import { joinBlocks } from '../layout';
import { layoutBlocks, type PositionedText } from '../pdf/pageLayout';

const run = promisify(execFile);

export const OCR_INSTALL = 'apt-get install tesseract-ocr tesseract-ocr-vie';
export const PDF_RENDER_INSTALL = 'apt-get install poppler-utils';

/** Rendering resolution: Tesseract reads Vietnamese diacritics well from 300 dpi. */
const RENDER_DPI = 300;
/** Per page; a page that takes longer is damaged or enormous. */
const PAGE_TIMEOUT_MS = 180_000;

let languages: Promise<string[] | null> | null = null;

/** Tesseract's installed languages, or null when the binary is missing. */
function tesseractLanguages(): Promise<string[] | null> {
  languages ??= run('tesseract', ['--list-langs'], { timeout: 30_000 })
    .then(({ stdout, stderr }) => `${stdout}\n${stderr}`.split('\n').map((l) => l.trim()).filter((l) => /^[a-z_]{3,}$/i.test(l)))
    .catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return null;
      throw error;
    });
  return languages;
}

/** Throws OCR_UNAVAILABLE, naming the packages, unless Tesseract with Vietnamese is installed. */
export async function requireOcr(name: string, what: string): Promise<void> {
  const langs = await tesseractLanguages();
  if (langs === null) {
    throw new SourceReadError('OCR_UNAVAILABLE', `${name} is ${what} and needs OCR, but Tesseract is not installed; install it with \`${OCR_INSTALL}\` and ingest the file again.`);
  }
  if (!langs.includes('vie')) {
    throw new SourceReadError('OCR_UNAVAILABLE', `${name} is ${what} and needs OCR, but Tesseract has no Vietnamese model; install it with \`${OCR_INSTALL}\` and ingest the file again.`);
  }
}

async function withTempDir<T>(work: (dir: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(path.join(tmpdir(), 'directive-graph-ocr-'));
  try {
    return await work(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Words below this confidence (0-100) are specks and rules read as letters. */
const MIN_WORD_CONFIDENCE = 10;

/**
 * Tesseract's word boxes (TSV output) as positioned text, so a page is laid out like a PDF text layer:
 * the two header columns become table rows instead of one line mixing both.
 */
export function tsvWords(tsv: string): PositionedText[] {
  const words: PositionedText[] = [];
  for (const row of tsv.split('\n').slice(1)) {
    const f = row.split('\t');
    if (f.length < 12 || f[0] !== '5') continue;
    const [left, top, width, height, conf] = [f[6], f[7], f[8], f[9], f[10]].map(Number) as [number, number, number, number, number];
    const text = f.slice(11).join('\t').trim();
    if (!text || conf < MIN_WORD_CONFIDENCE) continue;
    // Image rows grow downwards; PDF-style y grows upwards, measured at the bottom of the word. A word box
    // is about a font size tall (capitals with marks), close enough to measure column gaps in.
    words.push({ str: text, x: left, y: -(top + height), width, size: height });
  }
  return words;
}

async function tesseract(imagePath: string, name: string, what: string): Promise<string> {
  try {
    const { stdout } = await run('tesseract', [imagePath, 'stdout', '-l', 'vie', '--psm', '3', 'tsv'], {
      timeout: PAGE_TIMEOUT_MS,
      maxBuffer: 64 * 1024 * 1024,
    });
    return joinBlocks(layoutBlocks(tsvWords(stdout)));
  } catch (error) {
    const e = error as { stderr?: string; message: string };
    const why = (e.stderr || e.message).trim().split('\n').slice(0, 2).join(' ');
    throw new SourceReadError('UNREADABLE_FILE', `${name} is ${what} that cannot be read (${why}); check that the file is complete, or export it again.`, { cause: error });
  }
}

/** Text of one image (PNG, JPEG, GIF, TIFF, WebP: what Leptonica, under Tesseract, opens); `what` names it in messages ("a PNG image"). */
export async function ocrImage(bytes: Uint8Array, name: string, what = 'an image'): Promise<string> {
  await requireOcr(name, what);
  return withTempDir(async (dir) => {
    const file = path.join(dir, 'page');
    await writeFile(file, bytes);
    return tesseract(file, name, what);
  });
}

/** Text of the given pages (1-based) of a PDF, OCRed one by one; a map from page number to text. */
export async function ocrPdfPages(bytes: Uint8Array, name: string, pages: readonly number[]): Promise<Map<number, string>> {
  await requireOcr(name, 'a scanned PDF (no text layer)');
  return withTempDir(async (dir) => {
    const file = path.join(dir, 'scan.pdf');
    await writeFile(file, bytes);
    const texts = new Map<number, string>();
    for (const page of pages) {
      const prefix = path.join(dir, `page-${page}`);
      try {
        await run('pdftoppm', ['-r', String(RENDER_DPI), '-gray', '-png', '-f', String(page), '-l', String(page), '-singlefile', file, prefix], { timeout: PAGE_TIMEOUT_MS });
      } catch (error) {
        const e = error as NodeJS.ErrnoException & { stderr?: string };
        if (e.code === 'ENOENT') {
          throw new SourceReadError('OCR_UNAVAILABLE', `${name} is a scanned PDF and its pages must be rendered for OCR, but pdftoppm is not installed; install it with \`${PDF_RENDER_INSTALL}\` and ingest the file again.`);
        }
        throw new SourceReadError('UNREADABLE_FILE', `${name} is a PDF whose page ${page} cannot be rendered: ${(e.stderr || e.message).trim()}.`, { cause: error });
      }
      texts.set(page, (await tesseract(`${prefix}.png`, name, `a scanned PDF whose page ${page}`)).trim());
    }
    return texts;
  });
}
