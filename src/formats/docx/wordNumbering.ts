/**
 * Word's automatic numbering as Word shows it. mammoth turns a numbered paragraph into an `<ol>` item without
 * the list's start or number format, so Word's "2." (a list restarted at 2, or continued after typed "a)"
 * points) would read "1.". Here the labels are counted from the package itself: `word/numbering.xml` (each
 * `w:abstractNum` level's `w:start`, `w:numFmt`, `w:lvlText`; each `w:num`'s `w:abstractNumId` and
 * `w:lvlOverride/w:startOverride`) and each paragraph's `w:numPr` (`w:numId`, `w:ilvl`) in `word/document.xml`.
 */
import { parseDocument } from 'htmlparser2';
import JSZip from 'jszip';
import { childElements, isElement, type DomNode, type ElementNode } from '../domNodes';
import { romanNumeral } from '../romanNumeral';


interface Level {
  start: number;
  format: string;
  text: string;
}

interface Num {
  abstractNumId: string;
  startOverrides: Map<number, number>;
}

function child(el: ElementNode, name: string): ElementNode | undefined {
  return childElements(el, [name])[0];
}

/** Descendants named `name` in document order; an `mc:Choice` is skipped (mammoth reads the `mc:Fallback`). */
function descendants(nodes: DomNode[], name: string, out: ElementNode[] = []): ElementNode[] {
  for (const n of nodes) {
    if (!isElement(n) || n.name === 'mc:Choice') continue;
    if (n.name === name) out.push(n);
    descendants(n.children, name, out);
  }
  return out;
}

const val = (el: ElementNode | undefined): string | undefined => el?.attribs['w:val'];

function intVal(el: ElementNode | undefined): number | undefined {
  const n = Number.parseInt(val(el) ?? '', 10);
  return Number.isFinite(n) ? n : undefined;
}

function readNumbering(xml: string): { abstractNums: Map<string, Map<number, Level>>; nums: Map<string, Num> } {
  const root = parseDocument(xml, { xmlMode: true });
  const abstractNums = new Map<string, Map<number, Level>>();
  for (const a of descendants(root.children, 'w:abstractNum')) {
    const levels = new Map<number, Level>();
    for (const lvl of childElements(a, ['w:lvl'])) {
      levels.set(Number.parseInt(lvl.attribs['w:ilvl'] ?? '0', 10), {
        start: intVal(child(lvl, 'w:start')) ?? 0,
        format: val(child(lvl, 'w:numFmt')) ?? 'decimal',
        text: val(child(lvl, 'w:lvlText')) ?? '',
      });
    }
    abstractNums.set(a.attribs['w:abstractNumId'] ?? '', levels);
  }
  const nums = new Map<string, Num>();
  for (const n of descendants(root.children, 'w:num')) {
    const startOverrides = new Map<number, number>();
    for (const o of childElements(n, ['w:lvlOverride'])) {
      const start = intVal(child(o, 'w:startOverride'));
      if (start !== undefined) startOverrides.set(Number.parseInt(o.attribs['w:ilvl'] ?? '0', 10), start);
    }
    nums.set(n.attribs['w:numId'] ?? '', { abstractNumId: val(child(n, 'w:abstractNumId')) ?? '', startOverrides });
  }
  return { abstractNums, nums };
}

/** Word's letters are Latin a-z, then "aa", "bb"... (the letter repeated), never a language's alphabet. */
function letters(n: number): string {
  if (n < 1) return String(n);
  return String.fromCharCode(97 + ((n - 1) % 26)).repeat(Math.floor((n - 1) / 26) + 1);
}

function formatNumber(n: number, format: string): string {
  switch (format) {
    case 'lowerLetter':
      return letters(n);
    case 'upperLetter':
      return letters(n).toUpperCase();
    case 'lowerRoman':
      return romanNumeral(n).toLowerCase();
    case 'upperRoman':
      return romanNumeral(n);
    case 'decimalZero':
      return n < 10 ? `0${n}` : String(n);
    case 'none':
      return '';
    default:
      return String(n);
  }
}

/**
 * The label Word shows before each paragraph that has its own `w:numPr` naming a defined level, in document
 * order: "2.", "a)", "II." for a number, "-" for a bullet, "" for a bullet drawn blank. Counters run per list
 * (a `w:num` with a `w:startOverride` is its own list, the others share their abstract list as Word does) and
 * level; a deeper level restarts when a shallower one advances.
 */
export function wordNumberLabels(documentXml: string, numberingXml: string): string[] {
  const { abstractNums, nums } = readNumbering(numberingXml);
  const counters = new Map<string, number[]>();
  const labels: string[] = [];
  for (const p of descendants(parseDocument(documentXml, { xmlMode: true }).children, 'w:p')) {
    const pPr = child(p, 'w:pPr');
    const numPr = pPr && child(pPr, 'w:numPr');
    if (!numPr) continue;
    const numId = val(child(numPr, 'w:numId'));
    const num = numId === undefined ? undefined : nums.get(numId);
    const levels = num && abstractNums.get(num.abstractNumId);
    const ilvl = intVal(child(numPr, 'w:ilvl')) ?? 0;
    const level = levels?.get(ilvl);
    if (!num || !levels || !level) continue;
    const key = num.startOverrides.size > 0 ? `num:${numId}` : `abstract:${num.abstractNumId}`;
    const startOf = (l: number): number => num.startOverrides.get(l) ?? levels.get(l)?.start ?? 0;
    const count = counters.get(key) ?? [];
    count[ilvl] = count[ilvl] === undefined ? startOf(ilvl) : count[ilvl] + 1;
    count.length = ilvl + 1;
    counters.set(key, count);
    if (level.format === 'bullet') {
      // Any bullet reads "-", as the HTML reader writes an `<ul>` item; one Word draws as a blank (pandoc's
      // continuation paragraphs of a list item) shows no marker.
      labels.push(level.text.trim() ? '-' : '');
      continue;
    }
    labels.push(
      level.text.replace(/%([1-9])/g, (_, d: string) => {
        const l = Number(d) - 1;
        return formatNumber(count[l] ?? startOf(l), levels.get(l)?.format ?? 'decimal');
      }),
    );
  }
  return labels;
}

/**
 * The labels of a DOCX package's numbered paragraphs; none when it has no numbering part. The package is opened
 * here a second time (mammoth takes only bytes): that costs 1-3% of reading a DOCX (docs/extraction.md).
 */
export async function readWordNumberLabels(bytes: Uint8Array): Promise<string[]> {
  const zip = await JSZip.loadAsync(bytes);
  const documentXml = await zip.file('word/document.xml')?.async('string');
  const numberingXml = await zip.file('word/numbering.xml')?.async('string');
  if (documentXml === undefined || numberingXml === undefined) return [];
  return wordNumberLabels(documentXml, numberingXml);
}
