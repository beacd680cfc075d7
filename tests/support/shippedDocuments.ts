/**
 * The documents the project ships (data/real, data/corpus), normalized as extraction reads them: the fixtures of
 * tests that prove a filter admits every place the full matcher would match.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { normalizeText } from '../../src/text/fold';

const DIRS = ['data/real', 'data/corpus'];

export function shippedDocuments(): { name: string; text: string }[] {
  return DIRS.flatMap((dir) =>
    readdirSync(dir)
      .filter((f) => /\.(md|txt)$/.test(f) && f !== 'README.md')
      .sort()
      .map((f) => ({ name: `${dir}/${f}`, text: normalizeText(readFileSync(path.join(dir, f), 'utf8')) })),
  );
}
