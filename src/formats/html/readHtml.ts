/** HTML -> layout text: through Markdown, so portal pages and tables are read by one set of rules. */
import { readMarkdown, type MarkdownReading } from '../markdown/readMarkdown';
import { htmlToMarkdown } from './htmlToMarkdown';

export function readHtml(html: string): MarkdownReading {
  return readMarkdown(htmlToMarkdown(html));
}
