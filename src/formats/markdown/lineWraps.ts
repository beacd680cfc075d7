/**
 * Line breaks of a page without blank lines (a saved portal page): which ones only wrap a paragraph.
 */
import wrapData from '../data/lineWraps.json' with { type: 'json' };
import { LINE_START } from './lineStart';

/** What decides whether a line break of a page without blank lines is only a wrap. */
export interface WrapState {
  line: string;
  /** The raw line is one emphasis span of its own (a bold heading, an italic "Căn cứ ..."). */
  wholeSpan: boolean;
  /** An emphasis span is still open at the end of the raw line. */
  openAfter: boolean;
  /** An emphasis span was open when the line started. */
  openBefore: boolean;
}

export function wrapState(raw: string, line: string, prev: WrapState | null): WrapState {
  const openBefore = prev?.openAfter ?? false;
  // Escaped stars are text; `**` and `*` toggle spans.
  const marks = raw.replace(/\\\*/g, '').match(/\*\*|\*/g) ?? [];
  const bold = marks.filter((m) => m === '**').length % 2 === 1;
  const italic = marks.filter((m) => m === '*').length % 2 === 1;
  const openAfter = openBefore !== (bold || italic);
  const wholeSpan = !openBefore && /^\s*(\*{1,2}|_{1,2})\S.*\S?\1\s*$/.test(raw) && !/\S\s*(\*{1,2}|_{1,2})\s*$/.test(raw.replace(/(\*{1,2}|_{1,2})\s*$/, ''));
  return { line, wholeSpan, openAfter, openBefore };
}

const ENDS_SENTENCE = /[.;:!?…]["”)]*$/u;
const LOWER_START = /^[\p{Ll}\d(“"]/u;
const HAS_LOWER = /\p{Ll}/u;
/** The line's last one or two words, to look up in `continuingWords`. */
const LAST_WORDS = /(?:^|\s)((?:\S+\s+)?\S+)$/u;
const CONTINUING = new Set(wrapData.continuingWords);

/** A line that cannot stop where it does: it ends with a comma or a word waiting for what follows. */
function runsOn(line: string): boolean {
  if (!HAS_LOWER.test(line)) return false;
  if (/,$/.test(line)) return true;
  const m = LAST_WORDS.exec(line);
  if (!m) return false;
  const words = m[1]!.normalize('NFC').split(/\s+/);
  return CONTINUING.has(words[words.length - 1]!) || (words.length === 2 && CONTINUING.has(words.join(' ')));
}

/**
 * A portal page keeps the line breaks of the HTML source, wrapped at about 80 columns, and loses its
 * paragraph breaks. A break is taken as a wrap when the line does not end a sentence and the next line
 * continues it: it starts in lower case (or with a number), or the line stops on a comma or a word that
 * waits for more ("của", "và", "Giao", "Sở" before the name), or an emphasis span runs on over the break,
 * or both lines are a capitalised title. A bold or italic line of its own stays its own line.
 */
export function isWrapped(prev: WrapState, next: WrapState): boolean {
  if (ENDS_SENTENCE.test(prev.line) || LINE_START.test(next.line)) return false;
  if (prev.openAfter && next.openBefore) return true;
  if (prev.wholeSpan || next.wholeSpan) return false;
  if (LOWER_START.test(next.line) || runsOn(prev.line)) return true;
  return !HAS_LOWER.test(prev.line) && !HAS_LOWER.test(next.line) && /\p{Lu}.*\p{Lu}/u.test(next.line);
}
