/**
 * Ingestion refuses texts that are not government or Party documents. Official texts open with a motto (the
 * State's name with "Độc lập - Tự do - Hạnh phúc", or the Party's name in capitals), which counts as evidence
 * even when the text carries no number, as the Party Charter does; articles and study texts that merely name
 * the State or the Party are still refused.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/extract/extractDocument';
import { readSource } from '../../src/formats';

const DIR = path.join(__dirname, '../fixtures/real-other');

async function warningCodes(file: string): Promise<string[]> {
  const source = await readSource(readFileSync(path.join(DIR, file)), { fileName: file });
  return extractDocument(source.text, { fileName: file, metadata: source.metadata }).warnings.map((w) => w.code);
}

describe('what counts as a government or Party document', () => {
  it('accepts the Party Charter, which has no number but opens with the Party name as its motto', async () => {
    const codes = await warningCodes('party-charter-2011.md');
    expect(codes).not.toContain('NOT_A_GOVERNMENT_DOCUMENT');
    expect(codes).toContain('NO_SYMBOL');
  });

  it('refuses an encyclopedia article that quotes the State name in a table cell', async () => {
    expect(await warningCodes('encyclopedia-article.md')).toContain('NOT_A_GOVERNMENT_DOCUMENT');
  });

  it('refuses a study text that names the Party in its first sentence', async () => {
    expect(await warningCodes('party-history-study-text.md')).toContain('NOT_A_GOVERNMENT_DOCUMENT');
  });
});
