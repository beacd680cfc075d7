/**
 * A Word file's numbered points read through mammoth: mammoth writes each run of numbered paragraphs as an
 * `<ol>` without the list's start or format, so a list Word continues after its lettered points ("2." after
 * "1." and its "a)", "b)") would be counted from 1 again. The reader keeps no number there rather than a wrong
 * one. Fixture: an article of a provincial regulation (points-quy-dinh-chat-thai-ha-tinh.md) rendered as
 * DOCX by pandoc, whose numbering continues 1, 2, 3 across the lettered points.
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
  it('gives no list number counted by the reader to points Word numbers 2 and 3', async () => {
    const docx = await text('points-quy-dinh-chat-thai-ha-tinh.docx');
    expect(docx).toMatch(/^Khuyến khích các hộ gia đình, cá nhân thực hiện phân loại/m);
    expect(docx).toMatch(/^Hộ gia đình, cá nhân thực hiện quy định về phân loại/m);
    expect(docx).not.toMatch(/^\d+\. (?:Khuyến khích|Hộ gia đình)/m);
  });

  it('keeps the lettered points typed in the paragraphs and the article heading, as the Markdown has them', async () => {
    const docx = await text('points-quy-dinh-chat-thai-ha-tinh.docx');
    const markdown = await text('points-quy-dinh-chat-thai-ha-tinh.md');
    const points = (t: string): string[] => t.split('\n').filter((l) => /^(?:[a-zđ]\)|Điều \d+\.)/u.test(l));
    expect(points(docx)).toHaveLength(5);
    expect(points(docx)).toEqual(points(markdown));
  });
});
