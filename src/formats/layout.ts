/**
 * Writing the layout text of the contract (types.ts): table rows as `| a | b |`, blocks separated by one
 * blank line.
 */

/** One table row: line breaks inside a cell become spaces, a `|` inside a cell becomes `/`. */
export function formatRow(cells: readonly string[]): string {
  const clean = cells.map((c) => c.replace(/\s+/g, ' ').replace(/\|/g, '/').trim());
  return `| ${clean.join(' | ')} |`;
}

/** A block of text or a table. */
export type LayoutBlock = { kind: 'text'; text: string } | { kind: 'table'; rows: string[][] };

/** Blocks joined with one blank line; runs of blank lines inside text collapse to one. */
export function joinBlocks(blocks: readonly LayoutBlock[]): string {
  const parts: string[] = [];
  for (const b of blocks) {
    const s =
      b.kind === 'table'
        ? b.rows.map(formatRow).join('\n')
        : b.text
            .split('\n')
            .map((l) => l.replace(/[ \t]+$/, ''))
            .join('\n')
            .replace(/\n{3,}/g, '\n\n')
            .replace(/^\n+|\n+$/g, '');
    if (s.trim()) parts.push(s);
  }
  return parts.length ? `${parts.join('\n\n')}\n` : '';
}
