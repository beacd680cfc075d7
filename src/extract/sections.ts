/**
 * The section tree of a document: "Phần I", "Chương I", "Mục 1", Roman parts ("I.", "II-", OCR "I11."),
 * numbered items ("1.", "2.1.", "2.2.1."), parenthesized items ("(1)", OCR "4)"), lettered items ("a)")
 * and articles ("Điều 1.", OCR "Djéu 1", "Piéu 2").
 *
 * Headings are found line by line; nesting follows the order in which numbering styles appear (a style
 * already open is a sibling, a new style is a child), the usual way Vietnamese administrative documents
 * nest. A candidate whose number does not continue its siblings (a footnote "1." under item 3) is text.
 * A new document title line ("KẾ HOẠCH" after a decision's "Nơi nhận") starts a fresh tree; paths stay plain
 * ("IV.3.1") unless they would repeat an earlier path.
 */
import HEADINGS from './data/sectionHeadings.json';
import { fold, foldKeepLength, foldPartOnce } from './folding';
import { collapsedSpan } from '../text/whitespace';
import { POINT_LETTERS } from '../text/pointLetters';
import type { Section } from './types';

type Style = 'part' | 'chapter' | 'mucsec' | 'dieu' | 'roman' | 'arabic' | 'dotted2' | 'dotted3' | 'paren' | 'letter';

interface Candidate {
  style: Style;
  /** Sequence number (Roman and letters converted). */
  num: number;
  /** Numbers of a dotted label ("2.1" -> [2, 1]). */
  nums: number[];
  label: string;
  /** Offset of the label's first character. */
  start: number;
  /** Offset where the heading text begins (after the label). */
  textStart: number;
  /** A "1)" written without its opening parenthesis. */
  bare?: boolean;
}

interface Node {
  cand: Candidate;
  section: Section;
  children: number;
}

const ROMAN_VALUES: Record<string, number> = { I: 1, V: 5, X: 10, L: 50 };

/** Roman numeral value, or 0 when the string is not a well-formed numeral up to 39. */
export function romanValue(s: string): number {
  if (!/^(X{0,3})(IX|IV|V?I{0,3})$/.test(s) || s === '') return 0;
  let total = 0;
  for (let i = 0; i < s.length; i++) {
    const v = ROMAN_VALUES[s[i]!]!;
    const next = ROMAN_VALUES[s[i + 1] ?? ''] ?? 0;
    total += v < next ? -v : v;
  }
  return total;
}

const CONTAINERS: ReadonlySet<Style> = new Set(['part', 'chapter', 'mucsec']);
/** Titles of documents attached to another one ("Kế hoạch ... kèm theo Quyết định"), on the folded line. */
const ATTACHED_TITLE = new RegExp(`^(${HEADINGS.attachedTitles.map(fold).join('|')})\\b`);

// Heading words (data/sectionHeadings.json), compiled once; each is matched on the folded line.
const WORDS = HEADINGS.headingWords;
/** "Điều 1." and its OCR forms ("Djéu 1", "Piéu 2", "Dieu 3:"). */
const ARTICLE = new RegExp(`^${WORDS.article.folded}\\s+(\\d{1,3})\\s*(?:[.:]|(?=\\s+\\S))`);
/**
 * The article word alone on its line, its number opening the next ("**Điều" then "2. **Giao các cơ quan, đơn vị:"),
 * as some exports wrap the bold label: the two lines are read as one label.
 */
const LONE_ARTICLE_WORD = new RegExp(`^[\\s~*•>|]*${WORDS.article.folded}[\\s*]*$`);
const NUMBER_OPENING = /^[\s*]*\d{1,3}\s*[.:]/;
const CHAPTER = new RegExp(`^${WORDS.chapter.folded}\\s+([ivxl]+|\\d{1,2})\\b\\s*[.:-]?`);
/** "Phần I", "Phần 2", "Phần thứ nhất" (group 2: the ordinal's word, one space after "thứ"). */
const PART = new RegExp(`^${WORDS.part.folded}\\s+(${fold(HEADINGS.ordinalWord)}\\s(\\S+)|[ivxl]+|\\d{1,2})\\b\\s*[.:-]?`);
const SECTION = new RegExp(`^${WORDS.section.folded}\\s+(\\d{1,2})\\s*[.:-]?\\s`);
/** Numbers of the ordinals written in words ("nhất" 1, "hai" 2), by folded word. */
const ORDINALS: ReadonlyMap<string, number> = new Map(Object.entries(HEADINGS.ordinals).map(([word, n]) => [fold(word), n]));
/**
 * "Nơi nhận:" opening a folded line (OCR "N0i nhận", also in a layout table's first cell "| Nơi nhận: - Như Điều 5;
 * ..."): it ends the body. "Kính gửi:" (addressees at the top of a letter) does not, nor "Nơi nhận kết quả." (where a
 * procedure hands its result back). The one pattern of the recipients block (tasks/blocks.ts reads it too).
 */
export const RECIPIENTS_LINE = /^[ \t]*(?:\|[ \t]*)?n[o0-9&@]i nh\S{0,3}n[ \t]*(?:[:.]|$)/m;

/** Detect a heading label at the start of a line. `line`/`fline` are the original and folded line. */
function candidateAt(line: string, fline: string, offset: number): Candidate | null {
  const lead = /^[\s~*•>|]*/.exec(line)![0].length;
  const s = line.slice(lead);
  const f = fline.slice(lead);
  const at = offset + lead;
  let m: RegExpExecArray | null;

  if ((m = ARTICLE.exec(f))) {
    const n = Number(m[1]);
    if (n > 0 && !/^\S+\s+\d{1,3}\s*[/-]/.test(f)) {
      return { style: 'dieu', num: n, nums: [n], label: `${WORDS.article.display} ${n}`, start: at, textStart: at + m[0].length };
    }
  }
  if ((m = CHAPTER.exec(f)) && /^\S+\s+[IVXL\d]/.test(s)) {
    const raw = s.slice(m[0].indexOf(m[1]!), m[0].indexOf(m[1]!) + m[1]!.length);
    const n = /^\d+$/.test(raw) ? Number(raw) : romanValue(raw.toUpperCase());
    if (n > 0) return { style: 'chapter', num: n, nums: [n], label: `${WORDS.chapter.display} ${raw.toUpperCase()}`, start: at, textStart: at + m[0].length };
  }
  if ((m = PART.exec(f)) && /^\S+\s+([IVXL\d]|th)/i.test(s) && /^PH/.test(s)) {
    const raw = m[1]!;
    const ordinal = m[2];
    const n = ordinal !== undefined ? (ORDINALS.get(ordinal) ?? 0) : /^\d+$/.test(raw) ? Number(raw) : romanValue(raw.toUpperCase());
    const written = ordinal !== undefined ? String(n) : /^\d+$/.test(raw) ? raw : raw.toUpperCase();
    if (n > 0) return { style: 'part', num: n, nums: [n], label: `${WORDS.part.display} ${written}`, start: at, textStart: at + m[0].length };
  }
  if ((m = SECTION.exec(f)) && /^M/.test(s)) {
    const n = Number(m[1]);
    return { style: 'mucsec', num: n, nums: [n], label: `${WORDS.section.display} ${n}`, start: at, textStart: at + m[0].length };
  }
  // Roman: "I.", "II-", "IV –", OCR "I11." (1 and l read for I).
  // A label alone on its line ("1." then the text on the next line) is how exported documents often wrap.
  if ((m = /^([IVX][IVXl1|]{0,5})\s*[.\-–—:]\s*(?=\S|$)/.exec(s))) {
    const roman = m[1]!.replace(/[l1|]/g, 'I');
    const n = romanValue(roman);
    // "V. " followed by lower case is more likely an initial than a part heading.
    if (n > 0) return { style: 'roman', num: n, nums: [n], label: roman, start: at, textStart: at + m[0].length };
  }
  // Dotted: "2.1.", "2.2.1." (not dates like 15.7.2021).
  if ((m = /^(\d{1,2})\.(\d{1,2})(?:\.(\d{1,2}))?\.?\s*(?=[^\d\s./-]|$)/.exec(s))) {
    const nums = [Number(m[1]), Number(m[2])].concat(m[3] ? [Number(m[3])] : []);
    if (nums.every((x) => x > 0 && x < 50)) {
      return { style: nums.length === 3 ? 'dotted3' : 'dotted2', num: nums[nums.length - 1]!, nums, label: nums.join('.'), start: at, textStart: at + m[0].length };
    }
  }
  // "1. Heading", also "2.To Công tác" (OCR lost the space).
  if ((m = /^(\d{1,2})\s?\.\s*(?=[^\d\s./,-]|$)/.exec(s))) {
    const n = Number(m[1]);
    if (n > 0) return { style: 'arabic', num: n, nums: [n], label: String(n), start: at, textStart: at + m[0].length };
  }
  // "(1)" and OCR "4)" (opening parenthesis lost).
  if ((m = /^\(?(\d{1,2})\)\s*(?=\S)/.exec(s))) {
    const n = Number(m[1]);
    if (n > 0) return { style: 'paren', num: n, nums: [n], label: `(${n})`, start: at, textStart: at + m[0].length, bare: !s.startsWith('(') };
  }
  // "a)", "đ)", and "a." as some documents letter their points.
  if ((m = /^([a-zđ])(?:\)\s*|\.\s+)(?=\S)/.exec(s))) {
    const n = POINT_LETTERS.indexOf(m[1]!) + 1;
    if (n > 0) return { style: 'letter', num: n, nums: [n], label: m[1]!, start: at, textStart: at + m[0].length };
  }
  return null;
}

/** The first number a fresh level of this style may start with. */
function firstAllowed(c: Candidate): boolean {
  switch (c.style) {
    case 'dieu':
    case 'chapter':
    case 'part':
    case 'mucsec':
      return true;
    case 'roman':
      return c.num <= 2;
    case 'dotted2':
    case 'dotted3':
      return c.num === 1;
    default:
      return c.num === 1;
  }
}

/** Where the heading text of a section ends: its first line, plus continuation lines of a wrapped title. */
export function headingEnd(text: string, textStart: number, limit = text.length): number {
  let end = text.indexOf('\n', textStart);
  if (end < 0 || end > limit) return Math.min(limit, text.length);
  if (labelStandsAlone(text.slice(textStart, end))) end = titleAfterLoneLabel(text, end, limit);
  for (let guard = 0; guard < 3; guard++) {
    const line = text.slice(textStart, end).trim();
    if (/[.;:!?]$/.test(line)) break;
    const nextStart = end + 1;
    const nextEnd = text.indexOf('\n', nextStart);
    const next = text.slice(nextStart, nextEnd < 0 ? text.length : nextEnd);
    // A wrapped title continues on a non-blank line that starts in lower case (not an item "a)"), or on a
    // short unpunctuated line right before the section's first item ("8. Giám đốc" / "Sở, Thủ trưởng cơ
    // quan, ban, ngành" / "a) ...").
    if (nextStart >= limit || /^\s*[a-zđ](?:\)|\.\s)/.test(next)) break;
    if (!/^\s*[\p{Ll}]/u.test(next) && !wrappedBeforeItem(text, next, nextEnd)) break;
    end = nextEnd < 0 ? text.length : nextEnd;
    if (end > limit) return limit;
  }
  return end;
}

/**
 * A heading's line, measured from its label or after it, holds no title: at most a mark after the label. The
 * label is read as `candidateAt` reads it (folded, OCR forms such as "Piéu 3." or "I11."), so a label the section
 * tree found is also found alone here.
 */
function labelStandsAlone(line: string): boolean {
  const label = candidateAt(line, foldPartOnce(line), 0);
  return /^\s*[.:\-–]?\s*$/u.test(label ? line.slice(label.textStart) : line);
}

/**
 * A label alone on its line ("Điều 4." then "Tổ chức thực hiện", as exports that split the bold label from
 * its title have it): the next non-blank line is its title when it reads as one (short, no closing
 * punctuation, not an item). Returns the end of the title line, or `labelEnd` when there is none.
 */
function titleAfterLoneLabel(text: string, labelEnd: number, limit: number): number {
  const m = /^(?:[ \t]*\n)*[ \t]*(\S[^\n]*)/.exec(text.slice(labelEnd + 1, Math.min(limit, labelEnd + 400)));
  if (!m) return labelEnd;
  const title = m[1]!.trim();
  if (title.length > 90 || /[.;:!?,]$/.test(title) || /^[-+•–(]|^\d|^[a-zđ](?:\)|\.\s)/u.test(title)) return labelEnd;
  const end = labelEnd + 1 + m[0].length;
  return end > limit ? labelEnd : end;
}

/** `next` is a short line without closing punctuation, followed by an item label or a blank line. */
function wrappedBeforeItem(text: string, next: string, nextEnd: number): boolean {
  const line = next.trim();
  if (!line || line.length > 90 || /[.;:!?,]$/.test(line) || /^[-+•–(]|^\d/.test(line)) return false;
  if (nextEnd < 0) return true;
  const afterEnd = text.indexOf('\n', nextEnd + 1);
  const after = text.slice(nextEnd + 1, afterEnd < 0 ? text.length : afterEnd);
  return !after.trim() || /^\s*([a-zđ](?:\)|\.\s)|\(?\d{1,2}[.)]|[-+•–]\s)/.test(after);
}

function headingText(text: string, from: number, to: number): string | null {
  // Collapsed only as far as the heading keeps (200 characters, one more to tell a longer one).
  const h = collapsedSpan(text, from, to, 201);
  if (!h) return null;
  return h.length > 200 ? `${h.slice(0, 197).trimEnd()}...` : h;
}

/** The section tree of a document, flattened in text order. `text` is NFC (normalizeText). */
export function extractSections(text: string): Section[] {
  return buildSections(String(text ?? ''));
}

function buildSections(text: string): Section[] {
  const folded = foldKeepLength(text);
  const sections: Section[] = [];
  const used = new Set<string>();
  let stack: Node[] = [];
  const rootCount = { n: 0 };
  let suspended = false;
  let restarts = 0;

  const close = (nodes: Node[], at: number) => {
    for (const n of nodes) if (n.section.end > at || n.section.end === -1) n.section.end = at;
  };

  let offset = 0;
  while (offset <= text.length) {
    const nl = text.indexOf('\n', offset);
    const lineEnd = nl < 0 ? text.length : nl;
    const line = text.slice(offset, lineEnd);
    const fline = folded.slice(offset, lineEnd);
    const trimmed = fline.trim();

    if (RECIPIENTS_LINE.test(fline) && sections.length > 0) {
      // "Nơi nhận:" ends the document body: no headings until another document starts.
      close(stack, offset);
      stack = [];
      suspended = true;
    } else if (ATTACHED_TITLE.test(trimmed) && trimmed.length <= 20 && line.trim() === line.trim().toUpperCase() && sections.length > 0) {
      // "KẾ HOẠCH" on its own line after the body: an attached document with its own numbering.
      close(stack, offset);
      stack = [];
      suspended = false;
      restarts++;
    } else if (!suspended) {
      const joined = nl < 0 ? -1 : loneArticleEnd(fline, nl);
      // The newline after "Điều" read as a space: offsets into the joined line are the text's own.
      const c = joined < 0 ? candidateAt(line, fline, offset) : candidateAt(`${line} ${text.slice(nl + 1, joined)}`, `${fline} ${folded.slice(nl + 1, joined)}`, offset);
      if (c) place(c);
      if (c && joined >= 0) {
        if (joined >= text.length) break;
        offset = joined + 1;
        continue;
      }
    }
    if (nl < 0) break;
    offset = nl + 1;
  }
  close(stack, text.length);
  for (const s of sections) if (s.end < s.start) s.end = text.length;
  return sections;

  /** The end of the line after `nl` when the line before it is the article word alone and that line opens with its number; else -1. */
  function loneArticleEnd(fline: string, nl: number): number {
    if (!LONE_ARTICLE_WORD.test(fline)) return -1;
    const next = text.indexOf('\n', nl + 1);
    const end = next < 0 ? text.length : next;
    return NUMBER_OPENING.test(folded.slice(nl + 1, end)) ? end : -1;
  }

  function place(found: Candidate): void {
    const c = pointStyleFor(found, stack);
    // Articles and Roman parts sit directly under the containers (Phần, Chương, Mục).
    if (c.style === 'dieu' || c.style === 'roman' || CONTAINERS.has(c.style)) {
      const idx = stack.findIndex((n) => n.cand.style === c.style);
      if (idx < 0) {
        const keep = stack.filter((n) => CONTAINERS.has(n.cand.style) && rankOf(n.cand.style) < rankOf(c.style));
        // A part heading in capitals ("IV- TỔ CHỨC THỰC HIỆN"), or the first heading of a truncated text, is
        // trusted even when earlier parts are missing.
        if (!firstAllowed(c) && !(c.style === 'roman' && keep.length === 0 && (c.num <= 3 || isCapitalHeading(text, c) || sections.length === 0))) return;
        close(stack.slice(keep.length), c.start);
        stack = keep;
        push(c);
        return;
      }
    }
    const idx = stack.findIndex((n) => n.cand.style === c.style);
    if (idx >= 0) {
      const prev = stack[idx]!.cand;
      const gap = c.num - prev.num;
      const maxGap = c.style === 'dieu' ? 10 : c.style === 'roman' ? 2 : 3;
      if (gap < 1 || gap > maxGap) {
        // A Roman "I." again after "IV." starts a new tree (an attached document without a title line).
        if (c.style === 'roman' && c.num === 1) {
          close(stack, c.start);
          stack = [];
          restarts++;
          push(c);
        }
        return;
      }
      if ((c.style === 'dotted2' || c.style === 'dotted3') && idx > 0) {
        const parent = stack[idx - 1]!.cand;
        if (parent.nums.length >= c.nums.length - 1 && parent.num !== c.nums[c.nums.length - 2]) return;
      }
      close(stack.slice(idx), c.start);
      stack = stack.slice(0, idx);
      push(c);
      return;
    }
    if (!firstAllowed(c)) return;
    // "2.1." belongs under "2.": refuse it under another number.
    if ((c.style === 'dotted2' || c.style === 'dotted3') && stack.length > 0) {
      const parent = stack[stack.length - 1]!.cand;
      if (parent.num !== c.nums[c.nums.length - 2]) return;
    }
    push(c);
  }

  function push(c: Candidate): void {
    const parent = stack[stack.length - 1] ?? null;
    const path = uniquePath(pathFor(c, parent));
    const section: Section = {
      path,
      label: c.label,
      heading: headingText(text, c.textStart, headingEnd(text, c.textStart)),
      level: stack.length + 1,
      parentPath: parent ? parent.section.path : null,
      ordinal: parent ? parent.children++ : rootCount.n++,
      start: c.start,
      end: -1,
    };
    sections.push(section);
    stack.push({ cand: c, section, children: 0 });
  }

  function pathFor(c: Candidate, parent: Node | null): string {
    // Articles are numbered through a whole act: chapters and sections are not part of their path.
    if (c.style === 'dieu') return c.label;
    const p = parent ? parent.section.path : null;
    const own = c.style === 'dotted2' || c.style === 'dotted3' ? String(c.num) : c.label;
    if (!p) return own;
    if (c.style === 'paren') return `${p}${own}`;
    return `${p}.${own}`;
  }

  function uniquePath(path: string): string {
    if (!used.has(path)) {
      used.add(path);
      return path;
    }
    // Only when an attached document repeats numbering already used: prefix its part number.
    let candidate = `P${restarts + 1}.${path}`;
    let k = 2;
    while (used.has(candidate)) candidate = `P${restarts + 1}.${path}#${k++}`;
    used.add(candidate);
    return candidate;
  }
}

const NUMBERED_POINTS = new Set<Style>(['arabic', 'dotted2', 'dotted3', 'paren', 'letter']);

/**
 * "1)" where no numbered point is open above it numbers the document's points as "1." does (some documents
 * write their points so); a "(1)" sub-item keeps both parentheses, or sits under a point. Such points stay
 * `bare`, so that "2)" after "1) ... a) ..." is the next point, not a sub-item of "a)".
 */
function pointStyleFor(c: Candidate, stack: readonly Node[]): Candidate {
  if (c.style !== 'paren' || !c.bare) return c;
  const outer = stack.find((n) => NUMBERED_POINTS.has(n.cand.style))?.cand;
  if (outer && !(outer.style === 'arabic' && outer.bare)) return c;
  return { ...c, style: 'arabic', label: String(c.num) };
}

function isCapitalHeading(text: string, c: Candidate): boolean {
  const nl = text.indexOf('\n', c.textStart);
  const line = text.slice(c.textStart, nl < 0 ? text.length : nl).replace(/[^\p{L}]/gu, '');
  return line.length >= 4 && line === line.toUpperCase();
}

function rankOf(style: Style): number {
  switch (style) {
    case 'part':
      return 0;
    case 'chapter':
      return 1;
    case 'mucsec':
      return 2;
    default:
      return 3;
  }
}

/** Path of the innermost section containing `offset`, or null before the first section. */
export function sectionPathAt(sections: readonly Section[], offset: number): string | null {
  let best: Section | null = null;
  for (const s of sections) if (s.start <= offset && offset < s.end && (!best || s.level >= best.level)) best = s;
  return best?.path ?? null;
}

/**
 * `sectionPathAt` for many offsets of one section list: the offsets between consecutive section boundaries
 * share an answer, computed once per interval; each query is then a binary search.
 */
export function sectionPathIndex(sections: readonly Section[]): (offset: number) => string | null {
  const plain = sections.every((s) => Number.isFinite(s.start) && Number.isFinite(s.end) && Number.isFinite(s.level));
  if (sections.length < 16 || !plain) return (offset) => sectionPathAt(sections, offset);
  const live = sections.map((_, i) => i).filter((i) => sections[i]!.start < sections[i]!.end);
  const bounds = [...new Set(live.flatMap((i) => [sections[i]!.start, sections[i]!.end]))].sort((a, b) => a - b);
  // Sections by start, added as the sweep reaches them.
  const order = live.sort((a, b) => sections[a]!.start - sections[b]!.start || a - b);
  const answers: (string | null)[] = [];
  let active: number[] = [];
  let next = 0;
  for (let k = 0; k + 1 < bounds.length; k++) {
    const at = bounds[k]!;
    while (next < order.length && sections[order[next]!]!.start <= at) active.push(order[next++]!);
    active = active.filter((i) => sections[i]!.end > at);
    // The innermost section: the highest level, the last in list order on a tie (as `sectionPathAt`).
    let best = -1;
    for (const i of active) {
      if (best < 0 || sections[i]!.level > sections[best]!.level || (sections[i]!.level === sections[best]!.level && i > best)) best = i;
    }
    answers.push(best < 0 ? null : sections[best]!.path);
  }
  return (offset) => {
    if (!(offset >= bounds[0]! && offset < bounds[bounds.length - 1]!)) return null;
    let lo = 0;
    let hi = bounds.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (bounds[mid]! <= offset) lo = mid + 1;
      else hi = mid;
    }
    return answers[lo - 1] ?? null;
  };
}
