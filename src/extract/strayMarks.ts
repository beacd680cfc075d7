/**
 * Stray marks dropped: the text of an OCR that lost nearly every diacritic, with the few marks it left removed.
 *
 * Such an OCR writes look-alikes with marks where the document had other marks ("Bộ" -> "Bé", "Hội" -> "Héi",
 * "xã" -> "xá", "Tổ" -> "Tô"), and the readers trust a marked word as written (a marked "có" is not "cơ", a marked
 * "cùng" is not "cung"). In a text whose words mostly carry no mark those few marks say nothing about the word:
 * without them the word is read as in a text that lost every mark, by the vocabulary's OCR-tolerant comparison.
 * A text written with marks (as saved, or with a few words misread) keeps them: its share of marked words is far
 * above the threshold of matching/markLoss.ts (0.57 and more on the 247 real documents; 0.16 at most once OCR
 * stripped them).
 *
 * One character for one (a precomposed letter becomes its base letter, "đ" becomes "d"), so every offset into the
 * result is an offset into the input.
 */
import { hasMarksIn } from './folding';
import { fewMarked } from './matching/markLoss';

/** Share of the words of two letters or more that carry a Vietnamese mark; 1 for a text without such words. */
export function markedWordShare(text: string): number {
  const { words, marked } = markedWords(text);
  return words ? marked / words : 1;
}

/** Words counted: OCR damages a whole text alike, so its first thousand words give its share. */
const WORDS_READ = 1000;

/** Whether each UTF-16 unit is a letter (`\p{L}`, with the `u` flag): 0 until first asked, 1 yes, 2 no. */
const LETTER_UNIT = new Uint8Array(0x10000);
const LETTER = /^\p{L}$/u;

/** Whether a code point is a letter. */
function isLetter(cp: number): boolean {
  if (cp > 0xffff) return LETTER.test(String.fromCodePoint(cp));
  let k = LETTER_UNIT[cp]!;
  if (k === 0) {
    k = LETTER.test(String.fromCharCode(cp)) ? 1 : 2;
    LETTER_UNIT[cp] = k;
  }
  return k === 1;
}

/**
 * The words of the text's first `WORDS_READ` (runs of two letters or more, as `/\p{L}{2,}/gu` finds them) and how
 * many of them carry a mark. A scan of its own: a regex's match per word was a sixteenth of what extraction allocated.
 */
function markedWords(text: string): { words: number; marked: number } {
  let words = 0;
  let marked = 0;
  const n = text.length;
  let i = 0;
  while (i < n) {
    const start = i;
    let letters = 0;
    for (;;) {
      if (i >= n) break;
      const cp = text.codePointAt(i)!;
      if (!isLetter(cp)) break;
      letters++;
      i += cp > 0xffff ? 2 : 1;
    }
    if (letters === 0) {
      // Not a letter: step over its code point (a lone surrogate is one unit).
      i += text.codePointAt(i)! > 0xffff ? 2 : 1;
      continue;
    }
    if (letters < 2) continue;
    words++;
    if (hasMarksIn(text, start, i)) marked++;
    if (words === WORDS_READ) break;
  }
  return { words, marked };
}

/** What each UTF-16 unit becomes without its mark (itself when that would not be one unit): 0 until first asked. */
const UNMARKED_UNIT = new Uint16Array(0x10000);

function unmarkedUnit(c: number): number {
  let u = UNMARKED_UNIT[c]!;
  if (u === 0) {
    const base = String.fromCharCode(c).normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');
    u = base.length === 1 ? base.charCodeAt(0) : c;
    UNMARKED_UNIT[c] = u;
  }
  return u;
}

/**
 * `text` without its marks when they are stray (its share of marked words is a text's that lost them, markLoss.ts),
 * else `text` itself. Same length as the input.
 */
export function withoutStrayMarks(text: string): string {
  const { words, marked } = markedWords(text);
  if (!fewMarked(words, marked)) return text;
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0xc0 || (c >= 0xd800 && c <= 0xdfff)) continue;
    const u = unmarkedUnit(c);
    if (u === c) continue;
    out += text.slice(from, i) + String.fromCharCode(u);
    from = i + 1;
  }
  return from === 0 ? text : out + text.slice(from);
}
