/**
 * Who is assigned what does not depend on the width a tool wrapped the document at: each document, rewrapped at
 * 40 to 90 columns (lineWidth.fixtures.ts), gives the (body, role) pairs it gives as saved. Before the tasks stage
 * read the text with hard wraps joined (src/text/wrappedLines.ts), 72 of the 201 annotated real documents changed
 * at one of these widths (a name cut where a line ended, a heading taken for a duty); 23 still do (a rewrap that
 * breaks a paragraph after a full stop or a colon makes two paragraphs of it: the join keeps such breaks, as OCR
 * and portal text end paragraphs there).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/extract/extractDocument';
import { readSource } from '../../src/formats';
import { rewrapped } from './lineWidth.fixtures';

const DOCS = path.join(__dirname, '../fixtures/gold-real/docs');
const WIDTHS = [40, 55, 72, 90];

async function pairsAtWidths(file: string): Promise<{ asSaved: string[]; rewrapped: Map<number, string[]> }> {
  const source = await readSource(readFileSync(path.join(DOCS, file)), { fileName: file });
  const pairs = (text: string) =>
    [...new Set(extractDocument(text, { fileName: file, metadata: source.metadata }).assignments.map((a) => `${a.role} ${a.body}`))].sort();
  return { asSaved: pairs(source.text), rewrapped: new Map(WIDTHS.map((w) => [w, pairs(rewrapped(source.text, w))])) };
}

describe('assignments whatever the line width', () => {
  // A Prime Minister's dispatch saved from a portal (no blank lines between paragraphs, indented first lines), one
  // exported from DOCX (blank lines between paragraphs), and a long one with a named list of provinces.
  it.each(['15e6fb3d3f3b2644.md', 'a328fbb46798c2b5.md', '1095764e502a89b8.md'])('%s gives the same pairs at 40 to 90 columns', async (file) => {
    const { asSaved, rewrapped: byWidth } = await pairsAtWidths(file);
    expect(asSaved.length).toBeGreaterThan(15);
    for (const [width, pairs] of byWidth) expect({ width, pairs }).toEqual({ width, pairs: asSaved });
  });
});
