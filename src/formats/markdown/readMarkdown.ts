/**
 * Markdown -> layout text: a saved portal page loses its chrome and gives its metadata block; tables of
 * either form become `| a | b |` rows; inline markup goes.
 *
 * Soft line breaks: where the file separates paragraphs with blank lines (a DOCX export), a line break
 * inside a paragraph is a wrap, as Markdown reads it, and is joined with a space, so that "QUY\nĐỊNH ..."
 * and "ngày 20\ntháng 11" read as written. A portal page has no blank lines, so its line breaks are kept;
 * only a date split over two lines is joined there.
 */
import type { SourceMetadata } from '../types';
import { joinBlocks, type LayoutBlock } from '../layout';
import { isMarkupOnly, stripInline } from './inline';
import { readPortalPage } from './portal';
import { splitBarTables } from './barTables';

export interface MarkdownReading {
  text: string;
  metadata: SourceMetadata | null;
  /** True when the page was recognised as a saved portal page. */
  portal: boolean;
}

/** Share of blank lines above which blank lines separate paragraphs (exports have one after each). */
const PARAGRAPH_BLANK_SHARE = 0.1;

/** A line that starts a new line even inside a paragraph: a list item or a numbered point. */
const LINE_START = /^\s*(?:[-+•–]\s|\d{1,3}[.)]\s|[a-zđ][)]\s|[IVXLC]{1,6}[.)]\s)/u;

/** Line breaks inside a date ("ngày 20\ntháng 11\nnăm 2025"). */
const DATE_BREAK = /(ngày\s+\d{1,2}|tháng\s+\d{1,2}|ngày)\s*\n\s*(tháng|năm|\d{1,2}\s+tháng)/giu;

export function readMarkdown(source: string): MarkdownReading {
  const lines = source.replace(/\r\n?/g, '\n').split('\n');
  const portal = readPortalPage(lines);
  const body = portal ? portal.bodyLines : lines;
  const paragraphs = body.filter((l) => !l.trim()).length >= body.length * PARAGRAPH_BLANK_SHARE;
  const blocks: LayoutBlock[] = splitBarTables(body).map((b) =>
    b.kind === 'table'
      ? { kind: 'table', rows: b.rows.map((r) => r.map(cellText)) }
      : { kind: 'text', text: textBlock(b.lines, paragraphs) },
  );
  return { text: joinBlocks(blocks), metadata: portal?.metadata ?? null, portal: portal !== null };
}

/** A drawn rule inside a header cell ("-------" under the issuer) is not text. */
const RULE_LINE = /^[\s\-_=–—.]{3,}$/;

function cellText(raw: string): string {
  return raw
    .split('\n')
    .map((l) => stripInline(stripBlockMarks(l)))
    .filter((l) => l.trim() && !RULE_LINE.test(l))
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Heading and quote marks at the start of a line; a line of only `#` is nothing. */
function stripBlockMarks(line: string): string {
  return line.replace(/^\s{0,3}#{1,6}(?:\s+|$)/, '').replace(/^\s{0,3}>\s?/, '');
}

function textBlock(lines: readonly string[], paragraphs: boolean): string {
  const out: string[] = [];
  let joinNext = false;
  let prev: WrapState | null = null;
  for (const raw of lines) {
    const heading = /^\s{0,3}#{1,6}(\s|$)/.test(raw);
    const stripped = stripInline(stripBlockMarks(raw));
    if (isMarkupOnly(raw, stripped)) continue;
    const line = stripped.replace(/[ \t]+/g, ' ').trim();
    if (!line) {
      out.push('');
      joinNext = false;
      prev = null;
      continue;
    }
    const state = wrapState(raw, line, prev);
    const join = paragraphs ? joinNext && !heading && !LINE_START.test(line) : prev !== null && !heading && isWrapped(prev, state);
    if (join && out.length) out[out.length - 1] += ` ${line}`;
    else out.push(line);
    // A heading is one line; a paragraph continues until a blank line.
    joinNext = !heading;
    prev = heading ? null : state;
  }
  return out.join('\n').replace(DATE_BREAK, '$1 $2');
}

/** What decides whether a line break of a page without blank lines is only a wrap. */
interface WrapState {
  line: string;
  /** The raw line is one emphasis span of its own (a bold heading, an italic "Căn cứ ..."). */
  wholeSpan: boolean;
  /** An emphasis span is still open at the end of the raw line. */
  openAfter: boolean;
  /** An emphasis span was open when the line started. */
  openBefore: boolean;
}

function wrapState(raw: string, line: string, prev: WrapState | null): WrapState {
  const openBefore = prev?.openAfter ?? false;
  // Escaped stars are text; `**` and `*` toggle spans.
  const marks = raw.replace(/\\\*/g, '').match(/\*\*|\*/g) ?? [];
  const bold = marks.filter((m) => m === '**').length % 2 === 1;
  const italic = marks.filter((m) => m === '*').length % 2 === 1;
  const openAfter = openBefore !== (bold || italic);
  const wholeSpan = !openBefore && /^\s*(\*{1,2}|_{1,2})\S.*\S?\1\s*$/.test(raw) && !/\S\s*(\*{1,2}|_{1,2})\s*$/.test(raw.replace(/(\*{1,2}|_{1,2})\s*$/, ''));
  return { line, wholeSpan, openAfter, openBefore };
}

const ENDS_SENTENCE = /[.;:!?…]["”)]*$/u;
const LOWER_START = /^[\p{Ll}\d(“"]/u;
const HAS_LOWER = /\p{Ll}/u;

/**
 * A portal page keeps the line breaks of the HTML source, wrapped at about 80 columns, and loses its
 * paragraph breaks. A break is taken as a wrap when the line does not end a sentence and the next line
 * continues it: it starts in lower case (or with a number), or an emphasis span runs on over the break,
 * or both lines are a capitalised title. A bold or italic line of its own stays its own line.
 */
function isWrapped(prev: WrapState, next: WrapState): boolean {
  if (ENDS_SENTENCE.test(prev.line) || LINE_START.test(next.line)) return false;
  if (prev.openAfter && next.openBefore) return true;
  if (prev.wholeSpan || next.wholeSpan) return false;
  if (LOWER_START.test(next.line)) return true;
  return !HAS_LOWER.test(prev.line) && !HAS_LOWER.test(next.line) && /\p{Lu}.*\p{Lu}/u.test(next.line);
}
