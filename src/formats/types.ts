/**
 * The first stage of the pipeline: a file's bytes, in whatever form a user has it, become `SourceText`.
 *
 *   bytes -> formats (this folder) -> normalize -> extract -> graph -> API
 *
 * Every reader produces the same *layout text*, so extraction never needs to know the source format:
 * - Paragraphs and headings: text as written (NFC), markup removed (Markdown `**`/`*`/`#`, HTML tags,
 *   escapes), one blank line between blocks; a line break inside a block may stay where the source had it.
 * - Tables: one row per line, written `| cell | cell | cell |` (a line starting with "| " and ending with " |");
 *   a line break inside a cell becomes a space; a `|` inside a cell becomes `/`. Empty cells stay as `|  |`
 *   so columns line up with the header row. The two-column header of an official document (issuer and
 *   number on the left, national motto and place/date on the right) is such a table too.
 * - Site chrome of a saved portal page (notices, navigation, the metadata block) is not part of `text`; the
 *   portal's metadata block is returned in `metadata` as evidence of identity.
 */

export const SOURCE_FORMATS = ['text', 'markdown', 'html', 'docx', 'pdf', 'image'] as const;
export type SourceFormat = (typeof SOURCE_FORMATS)[number];

/**
 * Identity printed outside the document's own text, e.g. a legal portal's block
 * "Số hiệu / Loại văn bản / Nơi ban hành / Ngày ban hành / Người ký". Values as printed (NFC, trimmed);
 * `date` converted to ISO `YYYY-MM-DD`. Null when absent.
 */
export interface SourceMetadata {
  symbol: string | null;
  /** "Quyết định", "Công văn", ... as printed. */
  kind: string | null;
  issuer: string | null;
  date: string | null;
  signer: string | null;
}

export interface SourceWarning {
  code: string;
  message: string;
}

export interface SourceText {
  /** Layout text (see above), NFC. */
  text: string;
  format: SourceFormat;
  /** Character encoding of a text-based source when one was detected ("utf-8", "windows-1258", "tcvn3"...). */
  encoding: string | null;
  /** sha256 (hex) of the original bytes. */
  sourceHash: string;
  metadata: SourceMetadata | null;
  /** True when the text came from OCR (a scan or an image). */
  ocr: boolean;
  warnings: SourceWarning[];
}
