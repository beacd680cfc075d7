/**
 * Word's counting rules for automatic numbering, on the two XML parts Word writes (`word/numbering.xml`,
 * `word/document.xml`), reduced to the elements the rules read: the real DOCX files (docxLists.test.ts) give each
 * pandoc list its own `w:num`, so they do not show a list continued across `w:num`s or a level restarted
 * inside one list.
 */
import { describe, expect, it } from 'vitest';
import { wordNumberLabels } from '../../src/formats/docx/wordNumbering';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

const lvl = (ilvl: number, format: string, text: string, start = 1): string =>
  `<w:lvl w:ilvl="${ilvl}"><w:start w:val="${start}"/><w:numFmt w:val="${format}"/><w:lvlText w:val="${text}"/></w:lvl>`;

const numbering = (abstracts: string, nums: string): string =>
  `<?xml version="1.0"?><w:numbering ${W}>${abstracts}${nums}</w:numbering>`;

const paragraphs = (items: Array<[numId: number, ilvl: number]>): string =>
  `<w:document ${W}><w:body>${items
    .map(([numId, ilvl]) => `<w:p><w:pPr><w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="${numId}"/></w:numPr></w:pPr><w:r><w:t>x</w:t></w:r></w:p>`)
    .join('<w:p><w:r><w:t>plain</w:t></w:r></w:p>')}</w:body></w:document>`;

describe('Word numbering labels', () => {
  const twoLevels = `<w:abstractNum w:abstractNumId="0">${lvl(0, 'decimal', '%1.')}${lvl(1, 'decimal', '%1.%2.')}</w:abstractNum>`;

  it('restarts a deeper level when a shallower one advances and fills "%1.%2." from both counters', () => {
    const xml = numbering(twoLevels, '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>');
    expect(wordNumberLabels(paragraphs([[1, 0], [1, 1], [1, 1], [1, 0], [1, 1]]), xml)).toEqual(['1.', '1.1.', '1.2.', '2.', '2.1.']);
  });

  it('continues a list across w:num elements of one abstract list, and restarts one that overrides its start', () => {
    const xml = numbering(
      twoLevels,
      '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="0"/></w:num>' +
        '<w:num w:numId="3"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="5"/></w:lvlOverride></w:num>',
    );
    expect(wordNumberLabels(paragraphs([[1, 0], [2, 0], [3, 0], [3, 0]]), xml)).toEqual(['1.', '2.', '5.', '6.']);
  });

  it('writes letters as Word does (Latin a-z, j after i, then aa), Roman numerals, and bullets as "-"', () => {
    const xml = numbering(
      `<w:abstractNum w:abstractNumId="0">${lvl(0, 'lowerLetter', '%1)', 9)}</w:abstractNum>` +
        `<w:abstractNum w:abstractNumId="1">${lvl(0, 'upperRoman', '%1.', 3)}</w:abstractNum>` +
        `<w:abstractNum w:abstractNumId="2">${lvl(0, 'lowerLetter', '%1.', 26)}${lvl(1, 'bullet', '•')}${lvl(2, 'bullet', ' ')}</w:abstractNum>`,
      [0, 1, 2].map((a) => `<w:num w:numId="${a + 1}"><w:abstractNumId w:val="${a}"/></w:num>`).join(''),
    );
    const items: Array<[number, number]> = [[1, 0], [1, 0], [2, 0], [2, 0], [3, 0], [3, 0], [3, 1], [3, 2]];
    expect(wordNumberLabels(paragraphs(items), xml)).toEqual(['i)', 'j)', 'III.', 'IV.', 'z.', 'aa.', '-', '']);
  });

  it('gives no label to a paragraph whose w:numId names no list (w:numId 0 removes numbering)', () => {
    const xml = numbering(twoLevels, '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>');
    expect(wordNumberLabels(paragraphs([[1, 0], [0, 0], [1, 0]]), xml)).toEqual(['1.', '2.']);
  });
});
