/**
 * DOCX -> layout text. mammoth converts the document to HTML keeping Word tables as tables (the two-column
 * header is one), and the HTML reader does the rest. mammoth's messages about content it could not
 * convert (unknown styles are left out: they only say a style was mapped to a plain paragraph) are warnings.
 * Word's automatic numbers are written as Word shows them (`wordNumbering`): each numbered or bulleted
 * paragraph becomes a plain paragraph starting with its label, since mammoth's `<ol>` would be counted again
 * from 1.
 */
import mammoth from 'mammoth';
import { SourceReadError } from '../errors';
import { readHtml } from '../html/readHtml';
import type { MarkdownReading } from '../markdown/readMarkdown';
import type { SourceWarning } from '../types';
import { readWordNumberLabels } from './wordNumbering';

/** The part of mammoth's document model used here (mammoth's types declare the transform's element as any). */
interface MammothElement {
  type: string;
  children?: MammothElement[];
  numbering?: unknown;
}

function numberedParagraphs(element: MammothElement, out: MammothElement[] = []): MammothElement[] {
  if (element.type === 'paragraph' && element.numbering) out.push(element);
  for (const c of element.children ?? []) numberedParagraphs(c, out);
  return out;
}

/** A plain run holding `text`, shaped as mammoth's `documents.Run` (no style, no emphasis). */
function plainRun(text: string): MammothElement {
  return {
    type: 'run',
    children: [{ type: 'text', value: text } as MammothElement],
    styleId: null, styleName: null, isBold: false, isUnderline: false, isItalic: false, isStrikethrough: false,
    isAllCaps: false, isSmallCaps: false, verticalAlignment: 'baseline', font: null, fontSize: null, highlight: null,
  } as MammothElement;
}

/**
 * Gives mammoth's numbered paragraphs the labels counted from the package. They are matched in document order,
 * and only when both sides count the same paragraphs (numbering inherited from a paragraph style is mammoth's
 * alone; `onMismatch` is told then): each becomes a plain paragraph starting with its label.
 */
function labelNumberedParagraphs(
  labels: string[],
  onMismatch: (mammothCount: number) => void,
): (document: MammothElement) => MammothElement {
  return (document) => {
    const paragraphs = numberedParagraphs(document);
    if (paragraphs.length !== labels.length) {
      onMismatch(paragraphs.length);
      return document;
    }
    paragraphs.forEach((p, i) => {
      const label = labels[i] ?? '';
      p.numbering = null;
      if (label) p.children = [plainRun(`${label} `), ...(p.children ?? [])];
    });
    return document;
  };
}

export async function readDocx(bytes: Uint8Array, name: string): Promise<MarkdownReading & { warnings: SourceWarning[] }> {
  let converted: { value: string; messages: Array<{ type: string; message: string }> };
  const numberingWarnings: SourceWarning[] = [];
  try {
    const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
    const labels = await readWordNumberLabels(buffer);
    const transformDocument = labelNumberedParagraphs(labels, (mammothCount) =>
      numberingWarnings.push({
        code: 'DOCX_NUMBERING_COUNTED',
        message: `${name}: ${labels.length} paragraphs carry Word numbering of their own but ${mammothCount} are numbered in all (numbering from a paragraph style?); list numbers are counted from 1 in each list, not read as Word shows them. Check numbered points against the document in Word.`,
      }),
    );
    converted = await mammoth.convertToHtml({ buffer }, { transformDocument });
  } catch (error) {
    throw new SourceReadError(
      'UNREADABLE_FILE',
      `${name} looks like a Word document (.docx) but cannot be read (${(error as Error).message}); open it in Word or LibreOffice and save it again as .docx.`,
      { cause: error },
    );
  }
  const warnings = converted.messages
    .filter((m) => !/unrecognised (paragraph|run) style/i.test(m.message))
    .map((m) => ({ code: 'DOCX_CONTENT_SKIPPED', message: `${name}: ${m.message}` }))
    .concat(numberingWarnings);
  return { ...readHtml(converted.value), warnings };
}
