/**
 * Tokens of Vietnamese text for OCR-tolerant matching: the one tokenizer of the extraction stage. Words and
 * punctuation with offsets, each word with its two readings (`f` for vocabulary phrases, `w` for look-alike
 * patterns) shared by every token of the same spelling (`WordForm`), so comparisons made once per spelling
 * serve the whole document. Stages tokenize either the NFC text (tasks, bodies) or its length-preserving
 * folded copy (identity, references): offsets are the same in both.
 */
import { fold, foldedUnit, foldKeepLength, foldSourceOf } from '../folding';
import { BoundedMemo } from '../memo';
import { blankingOf, keepsCodePoints } from '../blankedText';
import type { Phrase } from './phrases';

/**
 * One token: where it stands in the text and the shared record of its spelling (`WordForm`), whose readings
 * it shows. A token holds no copy of them: a document has hundreds of thousands of tokens and a few thousand
 * spellings, and tokens that carried every reading took a fifth of what extraction allocated.
 */
export class Token {
  constructor(
    /** The shared record of this spelling (readings, comparisons already made). */
    readonly form: WordForm,
    readonly start: number,
    readonly end: number,
    /** Number of line breaks between the previous token and this one. */
    readonly nl: number,
  ) {}

  /** As written (NFC). */
  get raw(): string {
    return this.form.raw;
  }

  /** Folded (no diacritics, lower case), apostrophes removed, OCR vowel damage repaired: what phrases compare. */
  get f(): string {
    return this.form.f;
  }

  /** Folded as OCR wrote it, only letter pairs Vietnamese never writes repaired: what look-alike patterns compare. */
  get w(): string {
    return this.form.w;
  }

  /** First character is an upper-case letter. */
  get cap(): boolean {
    return this.form.cap;
  }

  /** Every letter is upper case (headings, abbreviations). */
  get upper(): boolean {
    return this.form.upper;
  }

  /** A word (letters, digits, OCR junk for vowels), not a punctuation mark. */
  get word(): boolean {
    return this.form.word;
  }
}

// Words are letters, digits and the junk characters OCR puts in place of accented vowels (`wordLength`).

/** Whether each UTF-16 unit is `\s` (with the `u` flag): 0 until first asked, 1 yes, 2 no. */
const SPACE = new Uint8Array(0x10000);

function isSpace(c: number): boolean {
  let s = SPACE[c]!;
  if (s === 0) {
    s = /\s/u.test(String.fromCharCode(c)) ? 1 : 2;
    SPACE[c] = s;
  }
  return s === 1;
}

// Word characters: [\p{L}\p{N}&@€¢§$] (flag 1); letters and digits: [\p{L}\p{N}] (flag 2).
const WORD_CHAR_RE = /^[\p{L}\p{N}&@€¢§$]$/u;
const LETTER_DIGIT_RE = /^[\p{L}\p{N}]$/u;
/** Classes of each BMP code unit, bit 7 set once computed. */
const CHAR_CLASS = new Uint8Array(0x10000);
const ASTRAL_CLASS = new Map<number, number>();

function classify(ch: string): number {
  return 0x80 | (WORD_CHAR_RE.test(ch) ? 1 : 0) | (LETTER_DIGIT_RE.test(ch) ? 2 : 0);
}

function charClass(cp: number): number {
  if (cp < 0x10000) {
    let c = CHAR_CLASS[cp]!;
    if (c === 0) {
      c = classify(String.fromCharCode(cp));
      CHAR_CLASS[cp] = c;
    }
    return c;
  }
  let c = ASTRAL_CLASS.get(cp);
  if (c === undefined) {
    c = classify(String.fromCodePoint(cp));
    ASTRAL_CLASS.set(cp, c);
  }
  return c;
}

function isApostrophe(c: number): boolean {
  return c === 0x27 || c === 0x2019 || c === 0x2018;
}

/** End of the run of code points of class `cls` starting at `i` (`i` when there is none). */
function runEnd(text: string, i: number, cls: number): number {
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    // Units outside the surrogate range are whole code points: classified straight from the table.
    if (c < 0xd800 || c > 0xdfff) {
      let k = CHAR_CLASS[c]!;
      if (k === 0) k = charClass(c);
      if ((k & cls) === 0) break;
      i++;
      continue;
    }
    const cp = text.codePointAt(i)!;
    if ((charClass(cp) & cls) === 0) break;
    i += cp > 0xffff ? 2 : 1;
  }
  return i;
}

/**
 * Length of the word token at `i` (0 when none): the match of
 * /[\p{L}\p{N}&@€¢§$]+(?:['’‘][\p{L}\p{N}]+)*['’‘]?/uy, scanned by hand (a sticky Unicode regex costs more
 * per call than the scan). Apostrophes are in neither class, so greedy scanning never needs to backtrack.
 */
function wordLength(text: string, i: number): number {
  let e = runEnd(text, i, 1);
  if (e === i) return 0;
  while (e < text.length && isApostrophe(text.charCodeAt(e))) {
    const after = runEnd(text, e + 1, 2);
    if (after === e + 1) return e + 1 - i;
    e = after;
  }
  return e - i;
}

/** Split `text[start, end)` into word and punctuation tokens with offsets into `text`. */
export function tokenize(text: string, start = 0, end = text.length): Token[] {
  return scan(text, start, end, false);
}

/** The tokenizer: word tokens, and punctuation tokens unless `wordsOnly`. */
function scan(text: string, start: number, end: number, wordsOnly: boolean): Token[] {
  const tokens: Token[] = [];
  let i = Math.max(0, start);
  const stop = Math.min(text.length, end);
  const n = text.length;
  let nl = 0;
  while (i < stop) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      nl++;
      i++;
      continue;
    }
    if (isSpace(c)) {
      i++;
      continue;
    }
    // A word of whole BMP units (nearly every word): its end and the hash of its spelling in one pass.
    let k = c < 0xd800 || c > 0xdfff ? CHAR_CLASS[c]! : 0;
    if (k === 0 && (c < 0xd800 || c > 0xdfff)) k = charClass(c);
    if ((k & 1) !== 0) {
      let h = Math.imul(0x811c9dc5 ^ c, 0x01000193);
      let j = i + 1;
      let cls = 1;
      let simple = true;
      for (;;) {
        if (j >= n) break;
        const d = text.charCodeAt(j);
        if (d >= 0xd800 && d <= 0xdfff) {
          simple = false;
          break;
        }
        let kd = CHAR_CLASS[d]!;
        if (kd === 0) kd = charClass(d);
        if ((kd & cls) !== 0) {
          if (j < stop) h = Math.imul(h ^ d, 0x01000193);
          j++;
          continue;
        }
        // An apostrophe continues the word when a letter or digit follows; else it ends it, kept.
        if (!isApostrophe(d)) break;
        const after = j + 1 < n ? text.charCodeAt(j + 1) : -1;
        if (after >= 0xd800 && after <= 0xdfff) {
          simple = false;
          break;
        }
        if (j < stop) h = Math.imul(h ^ d, 0x01000193);
        j++;
        let ka = after < 0 ? 0 : CHAR_CLASS[after]!;
        if (after >= 0 && ka === 0) ka = charClass(after);
        if ((ka & 2) === 0) break;
        cls = 2;
      }
      if (simple) {
        const e = Math.min(j, stop);
        const w = formOfHash(text, i, e, h);
        tokens.push(new Token(w, i, e, nl));
        i = e;
        nl = 0;
        continue;
      }
    }
    const len = wordLength(text, i);
    if (len > 0) {
      const e = Math.min(i + len, stop);
      const w = formAt(text, i, e);
      tokens.push(new Token(w, i, e, nl));
      i = e;
    } else {
      // Surrogate pairs stay one token.
      const cp = text.codePointAt(i)!;
      const len = cp > 0xffff ? 2 : 1;
      if (!wordsOnly) {
        const form = len === 1 ? unitMarkForm(c) : markForm(text.slice(i, i + 2));
        tokens.push(new Token(form, i, i + len, nl));
      }
      i += len;
    }
    nl = 0;
  }
  return tokens;
}

/**
 * One distinct spelling, shared by all its tokens: its readings and case, and the comparisons already made
 * with vocabulary and pattern words, so a document that repeats a word pays for each comparison once.
 */
export interface WordForm {
  /** A number no other form has: a cheap key for caches keyed by a form. */
  id: number;
  /** The spelling as written. */
  raw: string;
  f: string;
  w: string;
  cap: boolean;
  upper: boolean;
  /** A word, not a punctuation mark. */
  word: boolean;
  /**
   * Vocabulary word (by `fuzzyWordId`) -> its `wordCost` when `fuzzyWordEq` accepts the pair, else -1. Made on
   * the first comparison: most spellings (punctuation, numbers, words no vocabulary word starts like) never need it.
   */
  fuzzy: Map<number, number> | undefined;
  /** Phrases that may start at a token of this spelling, by list id and flags (see `viableCandidates`). */
  cands: (readonly Phrase[] | undefined)[];
  /** `lookalikeCost(pattern, w)` by pattern id (patterns.ts), encoded in a byte (whole edit counts): see `tokenCost`. */
  costs: Uint8Array;
  /** Patterns that may start at a token of this spelling, by `FirstWordIndex` id (2 id; those free of cost at 2 id + 1). */
  patternCands: (readonly unknown[] | undefined)[];
  /** The best document-kind phrase starting with this word, by the next word's form id, -1 for none (documentKinds.ts). */
  kindHeads?: BoundedMemo<number, unknown>;
  /** Bit mask of the document kinds whose phrases may start at this spelling, -1 until asked (documentKinds.ts). */
  kindStarts: number;
  /** Per-spelling answers of other modules' word tests (`isCac`, abbreviations): two bits per test (`formTest`). */
  tests: number;
  /** The form of this spelling folded by `foldKeepLength` (set when a folded text's words are derived). */
  foldedForm?: WordForm;
  /** Whether a word with letters (1) and a mark (2), 0 for neither, -1 until asked (markLoss.ts). */
  marked: number;
}

/**
 * Bit pairs of `WordForm.tests` by test name: bit 2k says test k was answered, bit 2k+1 holds the answer. A
 * number on every form reads faster than a record per form whose shape depends on which tests ran first. The
 * bitwise operators read it as 32 bits, so 16 pairs fit: the last one's answer is the sign bit, which `>>>` reads
 * as any other.
 */
const TEST_SLOTS = new Map<string, number>();
const MAX_FORM_TESTS = 16;

function testSlot(name: string): number {
  let k = TEST_SLOTS.get(name);
  if (k === undefined) {
    k = TEST_SLOTS.size;
    if (k >= MAX_FORM_TESTS) throw new RangeError(`formTest holds at most ${MAX_FORM_TESTS} named tests; '${name}' is one more: reuse a name or widen WordForm.tests`);
    TEST_SLOTS.set(name, k);
  }
  return k;
}

/**
 * The slot of a named test, kept on the test function too: scans ask a test at every word, and a property of the
 * function reads faster than the name's lookup. A function asked under two names reads one slot for both, which
 * holds its answer either way.
 */
const SLOT_OF_TEST = Symbol('formTestSlot');

function slotOf(name: string, test: object): number {
  const carrier = test as { [SLOT_OF_TEST]?: number };
  let k = carrier[SLOT_OF_TEST];
  if (k === undefined) {
    k = testSlot(name);
    carrier[SLOT_OF_TEST] = k;
  }
  return k;
}

/** A word test on the folded form, answered once per spelling. */
export function formTest(t: Token, name: string, test: (f: string) => boolean): boolean {
  const form = t.form;
  const shift = slotOf(name, test) * 2;
  const bits = form.tests >>> shift;
  if ((bits & 1) !== 0) return (bits & 2) !== 0;
  const r = test(form.f);
  form.tests |= (r ? 3 : 1) << shift;
  return r;
}

/**
 * A test of a token that reads only what its spelling tells (its form: folded words, case, word or mark, the
 * phrases that may start at it), never its neighbours or offsets: answered once per spelling, as `formTest`.
 */
export function spellingTest(t: Token, name: string, test: (t: Token) => boolean): boolean {
  const form = t.form;
  const shift = slotOf(name, test) * 2;
  const bits = form.tests >>> shift;
  if ((bits & 1) !== 0) return (bits & 2) !== 0;
  const r = test(t);
  // Read `tests` again: the test may have answered other tests of this form meanwhile.
  form.tests |= (r ? 3 : 1) << shift;
  return r;
}

/** Forms of word tokens, by spelling as written. */
const wordForms = new BoundedMemo<string, WordForm>(100_000);
/** Forms of punctuation tokens. */
const markForms = new BoundedMemo<string, WordForm>(10_000);
const NO_COSTS = new Uint8Array(0);

/**
 * Forms of recently read spellings, by a hash of their characters: a document repeats its words, and finding
 * the form from the text itself spares slicing and hashing a new string for each occurrence. Direct-mapped
 * (a colliding spelling replaces the one before), so it is bounded by its size; the memo behind it decides.
 */
const RECENT_FORMS: (WordForm | undefined)[] = new Array(1 << 14);
const RECENT_MASK = (1 << 14) - 1;

/** The form of the spelling `text[start, end)`. */
function formAt(text: string, start: number, end: number): WordForm {
  let h = 0x811c9dc5;
  for (let k = start; k < end; k++) h = Math.imul(h ^ text.charCodeAt(k), 0x01000193);
  return formOfHash(text, start, end, h);
}

/** `formAt` with the spelling's FNV-1a hash already computed (the tokenizer hashes while it scans). */
function formOfHash(text: string, start: number, end: number, h: number): WordForm {
  const slot = (h ^ (h >>> 15)) & RECENT_MASK;
  const known = RECENT_FORMS[slot];
  if (known !== undefined && known.raw.length === end - start && sameUnits(text, start, known.raw)) return known;
  const form = wordForms.get(text.slice(start, end), wordForm);
  RECENT_FORMS[slot] = form;
  return form;
}

function sameUnits(text: string, start: number, raw: string): boolean {
  for (let k = 0; k < raw.length; k++) if (text.charCodeAt(start + k) !== raw.charCodeAt(k)) return false;
  return true;
}

function makeWord(raw: string, start: number, nl: number): Token {
  const w = wordForms.get(raw, wordForm);
  return new Token(w, start, start + raw.length, nl);
}

/** Forms of one-unit punctuation marks by code unit: a mark token needs neither a new string nor a hash. */
const UNIT_MARK_FORMS: (WordForm | undefined)[] = new Array(0x10000);

function unitMarkForm(c: number): WordForm {
  let form = UNIT_MARK_FORMS[c];
  if (form === undefined) {
    form = markForm(String.fromCharCode(c));
    UNIT_MARK_FORMS[c] = form;
  }
  return form;
}

function markForm(raw: string): WordForm {
  return markForms.get(raw, (mark) => newForm(mark, mark, mark, false, false, false));
}

function wordForm(raw: string): WordForm {
  const first = raw[0] ?? '';
  const cap = first !== first.toLowerCase() && first === first.toUpperCase();
  const letters = raw.replace(/[^\p{L}]/gu, '');
  const upper = letters.length > 1 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
  // A mixed-case word with two capitals or more is an abbreviation ("TTg", "TTr"): its letters are as meant.
  const abbreviation = !upper && /\p{Lu}[^\p{Lu}]*\p{Lu}/u.test(raw);
  const f = abbreviation ? foldWord(raw) : upper ? repairOcrCapitals(foldWord(raw)) : repairOcrWord(foldWord(raw));
  return newForm(raw, f, repairLetterPairs(fold(raw)), cap, upper, true);
}

/**
 * A form with every field present from the start, the optional ones too: forms that gained fields later in
 * different orders would take different hidden classes, and each read of a form's cache would then go
 * through a slow megamorphic lookup.
 */
let nextFormId = 0;

function newForm(raw: string, f: string, w: string, cap: boolean, upper: boolean, word: boolean): WordForm {
  return { id: nextFormId++, raw, f, w, cap, upper, word, fuzzy: undefined, cands: [], costs: NO_COSTS, patternCands: [], kindHeads: undefined, kindStarts: -1, tests: 0, foldedForm: undefined, marked: -1 };
}

/**
 * The look-alike reading of a folded word. OCR writes "ư" as "tr" after a consonant ("thtrc" = thực, "ltrc" =
 * lực, "xtr" = xử): no Vietnamese syllable has "tr" there, so it is read back as "u". Likewise "ir" ("chirc" =
 * chức, "tir" = từ) and "ii" ("phii" = phủ, "ciia" = của) never occur in Vietnamese.
 */
function repairLetterPairs(folded: string): string {
  return folded.length > 2 ? folded.replace(/([b-df-hj-np-tv-xz])(?:tr|ir)/g, '$1u').replace(/ii/g, 'u') : folded;
}

/**
 * The word tokens of `text[start, end)`. A stage reads many windows of the same text (before each citation,
 * each clause start): a long text is tokenized once and a window's words are its words inside the window,
 * a word cut by the window's edge being the part inside it.
 */
export function tokenizeWords(text: string, start = 0, end = text.length): Token[] {
  const from = Math.max(0, start);
  const to = Math.min(text.length, end);
  if (text.length < WHOLE_MIN) return scan(text, from, to, true);
  return windowOf(wholeWords(text), text, from, to);
}

const WHOLE_MIN = 1_000;

/**
 * The word tokens of a whole long text, as `tokenizeWords(text)` gives them (kept for the stages that ask
 * again), or null for a short text, which is cheaper to scan than to tokenize.
 */
export function wordsOfWholeText(text: string): readonly Token[] | null {
  return text.length < WHOLE_MIN ? null : wholeWords(text).tokens;
}

interface Whole {
  tokens: Token[];
  ends: Int32Array;
}

/** The last few long texts' words (a document's stages ask for the same text again and again). */
const wholes = new BoundedMemo<string, Whole>(3);

function wholeWords(text: string): Whole {
  return wholes.get(text, (t) => {
    const tokens = foldedWordsFromSource(t) ?? scan(t, 0, t.length, true);
    const ends = new Int32Array(tokens.length);
    for (let i = 0; i < tokens.length; i++) ends[i] = tokens[i]!.end;
    return { tokens, ends };
  });
}

/** The last few documents' tokens (the task stages read them; a folded copy's words are derived from them). */
const documents = new BoundedMemo<string, Token[]>(3);

/**
 * All tokens (words and punctuation) of a whole document, tokenized once for every stage that reads it.
 * The array is shared: callers never modify it.
 */
export function documentTokens(text: string): Token[] {
  return text.length < WHOLE_MIN ? scan(text, 0, text.length, false) : documents.get(text, (t) => blankedCopyTokens(t) ?? scan(t, 0, t.length, false));
}

/**
 * The tokens of a blanked copy of a text (blankedText.ts: ranges turned into spaces, as URLs and the line breaks
 * that only wrap a paragraph are), read off the tokens of the text it was made from, or null when it is none (the
 * caller scans). Same tokens as a scan of the copy: a token outside every range is the source's, with its line
 * breaks counted again in the copy after a blanked range; a token inside one is gone; a word the range cuts is its
 * part before the range, as the scan, meeting a space there, ends it. A range that cuts a surrogate pair or ends
 * inside a token (a scan of the copy would start one there) is not derived.
 */
function blankedCopyTokens(text: string): Token[] | null {
  const blanking = blankingOf(text);
  if (blanking === undefined || blanking.source.length !== text.length) return null;
  const { source, ranges } = blanking;
  if (!keepsCodePoints(blanking)) return null;
  const out: Token[] = [];
  let k = 0;
  // End of the last token kept, and whether a range lies between it and the next token (its line breaks, if
  // any, are then spaces in the copy).
  let lastEnd = 0;
  let recount = false;
  for (const t of documentTokens(source)) {
    while (k < ranges.length && ranges[k]!.end <= t.start) {
      k++;
      recount = true;
    }
    const r = ranges[k];
    if (r !== undefined && t.start < r.end && t.end > r.start) {
      if (t.end > r.end) return null;
      if (t.start < r.start) {
        // Only a word runs into a range (no range cuts a pair, and a mark is one code point).
        if (!t.word) return null;
        out.push(makeWord(source.slice(t.start, r.start), t.start, recount ? newlinesIn(text, lastEnd, t.start) : t.nl));
        lastEnd = r.start;
      }
      recount = true;
      continue;
    }
    const nl = recount ? newlinesIn(text, lastEnd, t.start) : t.nl;
    out.push(nl === t.nl ? t : new Token(t.form, t.start, t.end, nl));
    lastEnd = t.end;
    recount = false;
  }
  return out;
}

function newlinesIn(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 10) n++;
  return n;
}

/**
 * Whether folding a UTF-16 unit keeps what the tokenizer sees in it (line break, space, word classes,
 * apostrophe): 0 until first asked, 1 yes, 2 no. Surrogates are never asked (they end the derivation).
 */
const FOLD_STABLE = new Uint8Array(0x10000);

function foldStable(c: number): boolean {
  let s = FOLD_STABLE[c]!;
  if (s === 0) {
    const f = foldedUnit(c);
    const same =
      f === c ||
      ((c === 10) === (f === 10) && isSpace(c) === isSpace(f) && (charClass(c) & 3) === (charClass(f) & 3) && isApostrophe(c) === isApostrophe(f));
    s = same ? 1 : 2;
    FOLD_STABLE[c] = s;
  }
  return s === 1;
}

/**
 * The words of `folded`, read off the tokens of the text it was folded from, when that text is known
 * (`foldSourceOf`) and folding keeps every one of its characters' classes: then both texts break into tokens
 * at the same offsets, and a folded word is the folded spelling of the source's word. Null otherwise (the
 * caller scans). Same tokens as `scan(folded, 0, folded.length, true)`, without reading the text again.
 */
function foldedWordsFromSource(folded: string): Token[] | null {
  const source = foldSourceOf(folded);
  if (source === undefined || source.length !== folded.length) return null;
  for (let i = 0; i < source.length; i++) {
    const c = source.charCodeAt(i);
    // A unit folding to itself (most of them) keeps its class; surrogates end the derivation.
    if (c === folded.charCodeAt(i) && (c < 0xd800 || c > 0xdfff)) continue;
    if (c >= 0xd800 && c <= 0xdfff) return null;
    if (!foldStable(c)) return null;
  }
  const out: Token[] = [];
  for (const t of documentTokens(source)) {
    if (!t.word) continue;
    const nfc = t.form;
    let w = nfc.foldedForm;
    if (w === undefined) {
      w = wordForms.get(foldKeepLength(nfc.raw), wordForm);
      nfc.foldedForm = w;
    }
    // A word folding to itself (no marks, lower case) is the same token in both texts.
    out.push(w === nfc ? t : new Token(w, t.start, t.end, t.nl));
  }
  return out;
}

function windowOf(whole: Whole, text: string, a: number, b: number): Token[] {
  if (a === 0 && b === text.length) return whole.tokens;
  const out: Token[] = [];
  if (b <= a) return out;
  // First word ending after the window's start.
  const { tokens, ends } = whole;
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ends[mid]! <= a) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.start >= b) break;
    if (t.start >= a && t.end <= b) out.push(t);
    else {
      const s = Math.max(t.start, a);
      const e = Math.min(t.end, b);
      // Windows cut the same words again and again: the spelling's form found from the text, without a slice.
      out.push(new Token(formAt(text, s, e), s, e, 0));
    }
  }
  return out;
}

/** Fold one word for comparison: no diacritics, lower case, no apostrophes, Icelandic eth read as d. */
export function foldWord(raw: string): string {
  return fold(raw.replace(/[ðÐ]/g, 'd')).replace(/['’‘]/g, '');
}

/**
 * Letter sequences Vietnamese spelling never uses but OCR produces for damaged vowels: `ư` -> `ir`/`ur`/`w`,
 * `ủ` -> `ii`/`il` (no Vietnamese word ends in l), `ị` -> `j`, `c` -> `¢`, `ê` -> `€`; `ư` -> `tr` after a
 * consonant ("chtrc" = chức, "trtrc" = trực: "tr" only opens a syllable); a digit after a letter for the vowel it
 * looks like ("t1nh" = tỉnh, "ph6" = phố, "x4" = xã); in a word with no vowel left, a `d` or `t` after its onset
 * for the vowel ("cd" = cơ, "Sd" = Sở, "ddn" = đơn, "Ctc" = Cục: `VOWEL_AS_CONSONANT`); a "p" opening a word
 * for "Đ" (`P_FOR_D`). Applied to lower-case and mixed-case words only, so abbreviations (`TW`) keep
 * their letters.
 */
function repairOcrWord(f: string): string {
  const r = f
    .replace(/ii/g, 'u')
    .replace(/ir/g, 'u')
    .replace(/ur/g, 'u')
    .replace(/il$/, 'u')
    .replace(/w/g, 'u')
    .replace(/j/g, 'i')
    .replace(/¢/g, 'c')
    .replace(/€/g, 'e')
    .replace(CONSONANT_THEN_TR, '$1u')
    .replace(DIGIT_AFTER_LETTER, (d) => DIGIT_VOWEL[d]!)
    .replace(P_FOR_D, 'd');
  return VOWEL.test(r) ? r : r.replace(VOWEL_AS_CONSONANT, (c) => (c === 'd' ? 'o' : 'u'));
}

/**
 * The repairs of `repairOcrWord` a word in capitals takes (headings: "IIY BAN NHAN DAN T1NH", "SO GIAO DIIC"): the
 * vowel pairs, look-alike digits and opening "P" no abbreviation writes, unless the word is a Roman numeral ("III", "VIII").
 */
function repairOcrCapitals(f: string): string {
  if (ROMAN_NUMERAL.test(f)) return f;
  return f.replace(/ii/g, 'u').replace(CONSONANT_THEN_TR, '$1u').replace(DIGIT_AFTER_LETTER, (d) => DIGIT_VOWEL[d]!).replace(P_FOR_D, 'd');
}

const ROMAN_NUMERAL = /^m{0,3}(?:cm|cd|d?c{0,3})(?:xc|xl|l?x{0,3})(?:ix|iv|v?i{0,3})$/;
const CONSONANT_THEN_TR = /([b-df-hj-np-tv-xz])tr/g;
/** "Đ" read as "P" opening a word: Vietnamese opens no word with "p" but "ph" ("Pang" = Đảng, "Pak Lak" = Đắk Lắk). */
const P_FOR_D = /^p(?=[aeiouy])/;
/**
 * Digits OCR writes for a vowel, and the vowel: one not followed by another digit (a number is no vowel), in a word
 * with no other digit (a code such as "H5N1" writes its digits as meant).
 */
const DIGIT_AFTER_LETTER = /(?<=[a-z])[0146](?!\d)(?=[^\d]*$)(?<=^[^\d]*\d)/g;
const DIGIT_VOWEL: Readonly<Record<string, string>> = { '0': 'o', '1': 'i', '4': 'a', '6': 'o' };
const VOWEL = /[aeiouy]/;
/**
 * In a word of two to five letters without a vowel, the `d` (for ơ: no syllable ends in d) or the `t` before
 * another consonant (for u: "Ctc"; a final t may close a syllable whose vowel was lost, "Mt" = Mặt) after its onset.
 */
const VOWEL_AS_CONSONANT = /(?<=^[a-z]{1,2})(?:d|t(?=[a-z]))(?=[a-z]{0,2}$)/;
