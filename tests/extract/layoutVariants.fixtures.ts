/**
 * The same document laid out or worded as another office or tool would have written it: text transforms that keep
 * every (body, role) pair of a document's gold true, for measuring how far extraction holds on documents of the same
 * genre written differently (scripts/extraction-robustness.ts). Each is one general change, the same output for the
 * same text:
 * - `numbering`: list labels in the other common style: "1." as "1)", "a)" as "a.", "(1)" as "1)";
 * - `bullets`: the two dash bullets swapped ("-" as "+", "+" as "-");
 * - `headingcaps`: headings in capitals: the word opening an article, chapter or section ("Điều 5." as "ĐIỀU 5."),
 *   and a short bold span opening with a label ("**1. Sở Y tế**" as "**1. SỞ Y TẾ**");
 * - `noblank` / `blanklines`: no blank line between paragraphs / a blank line after every line that ends a sentence;
 * - `noemphasis`: bold and italic marks dropped;
 * - `oldtone`: the old tone placement of open "oa", "oe", "uy" ("Ủy" as "Uỷ", "hòa" as "hoà", "thủy" as "thuỷ");
 * - `abbreviated` / `expanded`: "Ủy ban nhân dân" and "Hội đồng nhân dân" as "UBND" and "HĐND", and back (never
 *   inside a symbol: "KH-UBND" stays).
 * Written apart from src/extract, so the measure does not read text the way the code under test does.
 */

/** A label at a line's start, after any emphasis marks ("**1.", "*a)"), and the rest of the line. */
const LABELLED = /^([ \t]*[*_]*[ \t]*)(\d{1,2}\.|[a-zđ]\)|\(\d{1,2}\))(?=[\s*_]|$)/gm;

function swapNumbering(text: string): string {
  return text.replace(LABELLED, (_, lead: string, label: string) => {
    if (/^\d+\.$/.test(label)) return `${lead}${label.slice(0, -1)})`;
    if (label.startsWith('(')) return `${lead}${label.slice(1)}`;
    return `${lead}${label.slice(0, -1)}.`;
  });
}

function swapBullets(text: string): string {
  return text.replace(/^([ \t]*)([-+])(?=[ \t])/gm, (_, lead: string, b: string) => `${lead}${b === '-' ? '+' : '-'}`);
}

const HEADING_WORD = /^([ \t]*[*_]*[ \t]*)(Điều|Chương|Mục)(?=[ \t]+[0-9IVXLC]+\b)/gm;
const BOLD_LABELLED = /\*\*([ \t\n]*(?:[IVX]+\.|\d{1,2}(?:\.\d{1,2})*\.|[a-zđ]\)|Điều[ \t]+\d+)[^*]{0,160})\*\*/g;

function headingsInCapitals(text: string): string {
  return text
    .replace(HEADING_WORD, (_, lead: string, word: string) => lead + word.toLocaleUpperCase('vi'))
    .replace(BOLD_LABELLED, (_, inner: string) => `**${inner.toLocaleUpperCase('vi')}**`);
}

function withoutBlankLines(text: string): string {
  return text.replace(/\n[ \t]*\n+/g, '\n');
}

/** A blank line after each line that ends a sentence or a lead-in (table rows left alone). */
function withBlankLines(text: string): string {
  return text.replace(/^([^|\n]*[.;:](?:\*+)?)[ \t]*\n(?=[^\n])/gm, '$1\n\n');
}

function withoutEmphasis(text: string): string {
  return text.replace(/\*\*|__/g, '').replace(/(^|[\s(])\*(?=\S)|(?<=\S)\*(?=[\s).,;:]|$)/gm, '$1');
}

const TONES = '[\u0300\u0301\u0303\u0309\u0323]';
/**
 * "oa", "oe", "uy" ending a syllable carry the tone on the first vowel in the newer style and on the second in the
 * older ("hòa"/"hoà", "Ủy"/"Uỷ"); "ua" ("của", "mùa") and "qu" + y ("quý") are written one way only.
 */
const NEW_TONE = new RegExp(`(?<![qQ])(?:([oO])(${TONES})([aAeE])|([uU])(${TONES})([yY]))(?![\\p{L}\\u0300-\\u036f])`, 'gu');

function oldTonePlacement(text: string): string {
  return text
    .normalize('NFD')
    .replace(NEW_TONE, (...m: string[]) => (m[1] ? `${m[1]}${m[3]}${m[2]}` : `${m[4]}${m[6]}${m[5]}`))
    .normalize('NFC');
}

const NOT_IN_SYMBOL = '(?<![-/\\p{L}])';
const PEOPLES_COMMITTEE = new RegExp(`${NOT_IN_SYMBOL}(?:Ủy|Uỷ)[ \\t]+ban[ \\t]+(?:nhân[ \\t]+dân|Nhân[ \\t]+dân)(?![\\p{L}])`, 'gu');
const PEOPLES_COUNCIL = new RegExp(`${NOT_IN_SYMBOL}Hội[ \\t]+đồng[ \\t]+(?:nhân[ \\t]+dân|Nhân[ \\t]+dân)(?![\\p{L}])`, 'gu');

function abbreviated(text: string): string {
  return text.replace(PEOPLES_COMMITTEE, 'UBND').replace(PEOPLES_COUNCIL, 'HĐND');
}

function expanded(text: string): string {
  return text
    .replace(new RegExp(`${NOT_IN_SYMBOL}UBND(?![-/\\p{L}])`, 'gu'), 'Ủy ban nhân dân')
    .replace(new RegExp(`${NOT_IN_SYMBOL}HĐND(?![-/\\p{L}])`, 'gu'), 'Hội đồng nhân dân');
}

export const LAYOUT_VARIANTS: Record<string, (text: string) => string> = {
  numbering: swapNumbering,
  bullets: swapBullets,
  headingcaps: headingsInCapitals,
  noblank: withoutBlankLines,
  blanklines: withBlankLines,
  noemphasis: withoutEmphasis,
  oldtone: oldTonePlacement,
  abbreviated,
  expanded,
};
