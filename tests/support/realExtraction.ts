/**
 * Extraction of a real document the way `npm run extract` reads it (readSource, then extractDocument), for
 * the tests that prove assignment rules on real wording.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { extractDocument } from '../../src/extract/extractDocument';
import type { Extraction } from '../../src/extract/types';
import { readSource } from '../../src/formats';
import { PROJECT_ROOT } from '../../src/config';

/** A document's bytes or text under a file name (the name tells Markdown from HTML). */
export async function extractSource(text: string | Buffer, fileName: string): Promise<Extraction> {
  const source = await readSource(typeof text === 'string' ? Buffer.from(text, 'utf8') : text, { fileName });
  return extractDocument(source.text, { fileName, metadata: source.metadata });
}

/** A document of the repository, by its path from the project root. */
export function extractFile(rel: string): Promise<Extraction> {
  return extractSource(readFileSync(path.join(PROJECT_ROOT, rel)), path.basename(rel));
}

/** Each assignment as "section ROLE body", the form the tests compare. */
export function roles(x: Extraction): string[] {
  return x.assignments.map((a) => `${a.section} ${a.role} ${a.body}`);
}
