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
  for (const raw of lines) {
    const heading = /^\s{0,3}#{1,6}(\s|$)/.test(raw);
    const stripped = stripInline(stripBlockMarks(raw));
    if (isMarkupOnly(raw, stripped)) continue;
    const line = stripped.replace(/[ \t]+/g, ' ').trim();
    if (!line) {
      out.push('');
      joinNext = false;
      continue;
    }
    if (paragraphs && joinNext && !heading && !LINE_START.test(line) && out.length) out[out.length - 1] += ` ${line}`;
    else out.push(line);
    // A heading is one line; a paragraph continues until a blank line.
    joinNext = !heading;
  }
  return out.join('\n').replace(DATE_BREAK, '$1 $2');
}
