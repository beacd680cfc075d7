/** HTML -> layout text: through Markdown, so portal pages and tables are read by one set of rules. */
import { readMarkdown, type MarkdownReading } from '../markdown/readMarkdown';
import { htmlToMarkdown, type HtmlReadingOptions } from './htmlToMarkdown';

export function readHtml(html: string, options: HtmlReadingOptions = {}): MarkdownReading {
  return readMarkdown(htmlToMarkdown(html, options));
}
