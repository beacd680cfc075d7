/**
 * A Word file's numbered points read as Word shows them, compared with the same points typed in Markdown.
 * Fixtures: real passages rendered as DOCX by pandoc (see tests/fixtures/real-formats/README.md):
 * - an article of a provincial regulation (points-quy-dinh-chat-thai-ha-tinh.md) by `pandoc -f gfm`: Word
 *   numbers 1, 2, 3 (each a list started at its number) with typed "a)", "b)" points between them;
 * - the same article by `pandoc -f markdown`: the letters are Word numbering too ("%1)" in lowerLetter),
 *   restarting at "a)" under each number;
 * - a report form's sections (sections-bao-cao-sinh-vat-gay-hai.md): "I.", "II.", "III." in upperRoman with
 *   numbered points under each, a continuation paragraph inside a point and a bullet.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { readSource } from '../../src/formats';

const DIR = path.join(__dirname, '../fixtures/real-formats');

async function text(file: string): Promise<string> {
  return (await readSource(readFileSync(path.join(DIR, file)), { fileName: file })).text;
}

/** Each line's list label, in order: "II.", "3.", "b)", "-". */
const labels = (t: string): string[] =>
  t.split('\n').flatMap((l) => /^(?:[IVXLC]+\.|\d+\.|[a-zđ]\)|-)(?= )/u.exec(l)?.[0] ?? []);

describe('DOCX numbered lists', () => {
  it('keeps the lettered points typed between numbered ones and the article heading, as the Markdown has them', async () => {
    const docx = await text('points-quy-dinh-chat-thai-ha-tinh.docx');
    const markdown = await text('points-quy-dinh-chat-thai-ha-tinh.md');
    const points = (t: string): string[] => t.split('\n').filter((l) => /^(?:[a-zđ]\)|Điều \d+\.)/u.test(l));
    expect(points(docx)).toHaveLength(5);
    expect(points(docx)).toEqual(points(markdown));
  });

  it('reads the numbers Word shows where each numbered point is its own list started at its number', async () => {
    const docx = labels(await text('points-quy-dinh-chat-thai-ha-tinh.docx'));
    expect(docx.filter((l) => /^\d/.test(l))).toEqual(['1.', '2.', '3.']);
    expect(docx).toEqual(labels(await text('points-quy-dinh-chat-thai-ha-tinh.md')));
  });

  it('reads lettered points numbered by Word with their format and closing parenthesis, restarting under each number', async () => {
    const docx = labels(await text('points-quy-dinh-chat-thai-ha-tinh-lettered.docx'));
    expect(docx).toEqual(['1.', 'a)', 'b)', '2.', 'a)', 'b)', '3.']);
    expect(docx).toEqual(labels(await text('points-quy-dinh-chat-thai-ha-tinh.md')));
  });

  it('reads Roman section numbers and the points numbered from 1 again under each section', async () => {
    const docx = await text('sections-bao-cao-sinh-vat-gay-hai.docx');
    const markdown = await text('sections-bao-cao-sinh-vat-gay-hai.md');
    expect(labels(docx)).toEqual(labels(markdown));
    expect(labels(docx).filter((l) => /^[IVX]/.test(l))).toEqual(['I.', 'II.', 'III.']);
    // A paragraph continuing a point (drawn by Word with a blank bullet) shows no marker.
    expect(docx).toMatch(/^Báo cáo tổng diện tích/mu);
  });
});

describe('DOCX numbering this reader cannot count', () => {
  it('keeps mammoth\'s lists and warns when a paragraph is numbered through a paragraph style', async () => {
    // The GFM article with its first point numbered by its style (a numbering level naming the paragraph
    // style, as Word's "List Number" does) instead of its own w:numPr.
    const zip = await JSZip.loadAsync(readFileSync(path.join(DIR, 'points-quy-dinh-chat-thai-ha-tinh.docx')));
    const documentXml = await zip.file('word/document.xml')!.async('string');
    const numberingXml = await zip.file('word/numbering.xml')!.async('string');
    const ownNumbering = '<w:numPr><w:ilvl w:val="0" /><w:numId w:val="1001" /></w:numPr><w:pStyle w:val="Compact" />';
    expect(documentXml).toContain(ownNumbering);
    zip.file('word/document.xml', documentXml.replace(ownNumbering, '<w:pStyle w:val="ListNumber" />'));
    const firstLevel = '<w:abstractNum w:abstractNumId="99411"><w:nsid w:val="A99411" /><w:multiLevelType w:val="multilevel" /><w:lvl w:ilvl="0">';
    expect(numberingXml).toContain(firstLevel);
    zip.file('word/numbering.xml', numberingXml.replace(firstLevel, `${firstLevel}<w:pStyle w:val="ListNumber" />`));
    const read = await readSource(await zip.generateAsync({ type: 'uint8array' }), { fileName: 'styled.docx' });
    expect(read.warnings.map((w) => w.code)).toContain('DOCX_NUMBERING_COUNTED');
    expect(labels(read.text).filter((l) => /^\d/.test(l))).toHaveLength(3);
  });
});
