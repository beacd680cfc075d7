/**
 * A Word file's numbered points read through mammoth, as the same points typed in Markdown: the article
 * heading and the lettered points typed in the paragraphs between Word's numbered ones come back as written.
 * Fixture: an article of a provincial regulation (points-quy-dinh-chat-thai-ha-tinh.md) rendered as DOCX by
 * pandoc, whose numbering continues 1, 2, 3 across the lettered points.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSource } from '../../src/formats';

const DIR = path.join(__dirname, '../fixtures/real-formats');

async function text(file: string): Promise<string> {
  return (await readSource(readFileSync(path.join(DIR, file)), { fileName: file })).text;
}

describe('DOCX numbered lists', () => {
  it('keeps the lettered points typed between numbered ones and the article heading, as the Markdown has them', async () => {
    const docx = await text('points-quy-dinh-chat-thai-ha-tinh.docx');
    const markdown = await text('points-quy-dinh-chat-thai-ha-tinh.md');
    const points = (t: string): string[] => t.split('\n').filter((l) => /^(?:[a-zđ]\)|Điều \d+\.)/u.test(l));
    expect(points(docx)).toHaveLength(5);
    expect(points(docx)).toEqual(points(markdown));
  });
});
