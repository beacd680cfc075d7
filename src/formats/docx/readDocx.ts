/**
 * DOCX -> layout text. mammoth converts the document to HTML keeping Word tables as tables (the two-column
 * header is one), and the HTML reader does the rest. mammoth's messages about content it could not
 * convert (unknown styles are left out: they only say a style was mapped to a plain paragraph) are warnings.
 */
import mammoth from 'mammoth';
import { SourceReadError } from '../errors';
import { readHtml } from '../html/readHtml';
import type { MarkdownReading } from '../markdown/readMarkdown';
import type { SourceWarning } from '../types';

export async function readDocx(bytes: Uint8Array, name: string): Promise<MarkdownReading & { warnings: SourceWarning[] }> {
  let converted: { value: string; messages: Array<{ type: string; message: string }> };
  try {
    converted = await mammoth.convertToHtml({ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length) });
  } catch (error) {
    throw new SourceReadError(
      'UNREADABLE_FILE',
      `${name} looks like a Word document (.docx) but cannot be read (${(error as Error).message}); open it in Word or LibreOffice and save it again as .docx.`,
      { cause: error },
    );
  }
  const warnings = converted.messages
    .filter((m) => !/unrecognised (paragraph|run) style/i.test(m.message))
    .map((m) => ({ code: 'DOCX_CONTENT_SKIPPED', message: `${name}: ${m.message}` }));
  return { ...readHtml(converted.value), warnings };
}
