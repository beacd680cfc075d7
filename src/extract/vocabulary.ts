/**
 * Tokens, OCR-tolerant word comparison and the small Vietnamese vocabularies the structure extractors share
 * (body words, predicate verbs, stop words).
 *
 * OCR of Vietnamese mostly damages vowels (the diacritics): `Nội` -> `Ndi`/`Ngi`/`N1`, `quốc` -> `qudc`,
 * `Tổ` -> `T6`, `Sở` -> `S&`/`S6`/`Sd`, `Đảng` -> `Pang`. Consonants survive. So a word written with a
 * damaged vowel costs little, a wrong consonant costs a lot: see `wordCost`.
 */
import VOCAB from './data/bodyVocabulary.json';
import { fold } from './folding';

export interface Token {
  /** As written (NFC). */
  raw: string;
  /** Folded (no diacritics, lower case), apostrophes removed, OCR letter pairs repaired: what matchers compare. */
  f: string;
  start: number;
  end: number;
  /** First character is an upper-case letter. */
  cap: boolean;
  /** Every letter is upper case (headings, abbreviations). */
  upper: boolean;
  word: boolean;
  /** Number of line breaks between the previous token and this one. */
  nl: number;
  /** The shared record of this spelling (comparisons already made); absent on hand-made tokens. */
  form?: WordForm;
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
  const tokens: Token[] = [];
  let i = Math.max(0, start);
  const stop = Math.min(text.length, end);
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
    const len = wordLength(text, i);
    if (len > 0) {
      const raw = text.slice(i, Math.min(i + len, stop));
      tokens.push(makeWord(raw, i, nl));
      i += raw.length;
    } else {
      // Surrogate pairs stay one token.
      const cp = text.codePointAt(i)!;
      const len = cp > 0xffff ? 2 : 1;
      const raw = len === 1 ? text[i]! : text.slice(i, i + 2);
      tokens.push({ raw, f: raw, start: i, end: i + len, cap: false, upper: false, word: false, nl, form: markForm(raw) });
      i += len;
    }
    nl = 0;
  }
  return tokens;
}

/**
 * One distinct spelling, shared by all its tokens: its folded form and case, and the comparisons already made
 * with vocabulary words, so a document that repeats a word pays for each comparison once.
 */
export interface WordForm {
  f: string;
  cap: boolean;
  upper: boolean;
  /** Vocabulary word -> its `wordCost` when `fuzzyWordEq` accepts the pair, else -1. */
  fuzzy: Map<string, number>;
  /** Phrases that may start at a token of this spelling, by list id and flags (see `viableCandidates`). */
  cands: (readonly Phrase[] | undefined)[];
  /** Per-spelling answers of other modules' word tests (`isCac`, abbreviations), by test name. */
  tests?: Record<string, boolean>;
}

/** A word test on the folded form, answered once per spelling. */
export function formTest(t: Token, name: string, test: (f: string) => boolean): boolean {
  const form = t.form;
  if (form === undefined) return test(t.f);
  const tests = (form.tests ??= {});
  let r = tests[name];
  if (r === undefined) {
    r = test(form.f);
    tests[name] = r;
  }
  return r;
}

/** Forms of word tokens, by spelling as written. */
const wordForms = new Map<string, WordForm>();
/** Forms of punctuation tokens. */
const markForms = new Map<string, WordForm>();

function makeWord(raw: string, start: number, nl: number): Token {
  let w = wordForms.get(raw);
  if (w === undefined) {
    w = wordForm(raw);
    if (wordForms.size >= 100_000) wordForms.clear();
    wordForms.set(raw, w);
  }
  return { raw, f: w.f, start, end: start + raw.length, cap: w.cap, upper: w.upper, word: true, nl, form: w };
}

function markForm(raw: string): WordForm {
  let w = markForms.get(raw);
  if (w === undefined) {
    w = { f: raw, cap: false, upper: false, fuzzy: new Map(), cands: [] };
    if (markForms.size >= 10_000) markForms.clear();
    markForms.set(raw, w);
  }
  return w;
}

function wordForm(raw: string): WordForm {
  const first = raw[0] ?? '';
  const cap = first !== first.toLowerCase() && first === first.toUpperCase();
  const letters = raw.replace(/[^\p{L}]/gu, '');
  const upper = letters.length > 1 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
  const f = upper ? foldWord(raw) : repairOcrWord(foldWord(raw));
  return { f, cap, upper, fuzzy: new Map(), cands: [] };
}

/** Fold one word for comparison: no diacritics, lower case, no apostrophes, Icelandic eth read as d. */
export function foldWord(raw: string): string {
  return fold(raw.replace(/[ðÐ]/g, 'd')).replace(/['’‘]/g, '');
}

/**
 * Letter sequences Vietnamese spelling never uses but OCR produces for damaged vowels: `ư` -> `ir`/`ur`/`w`,
 * `ủ` -> `ii`/`il` (no Vietnamese word ends in l), `ị` -> `j`, `c` -> `¢`, `ê` -> `€`. Applied to lower-case and mixed-case words only, so
 * abbreviations (`TW`) keep their letters.
 */
export function repairOcrWord(f: string): string {
  return f
    .replace(/ii/g, 'u')
    .replace(/ir/g, 'u')
    .replace(/ur/g, 'u')
    .replace(/il$/, 'u')
    .replace(/w/g, 'u')
    .replace(/j/g, 'i')
    .replace(/¢/g, 'c')
    .replace(/€/g, 'e');
}

const VOWELS = new Set(['a', 'e', 'i', 'o', 'u', 'y']);
/** Characters OCR writes where a (damaged) vowel was. */
const VOWELISH = new Set(['a', 'e', 'i', 'o', 'u', 'y', '0', '1', '3', '4', '6', '8', '9', '&', '@', '§', '$']);
/** Consonants OCR writes for a damaged vowel (`Nội` -> `Ndi`, `thuộc` -> `thugc`). */
const CONSONANT_FOR_VOWEL = new Set(['d', 'g', 't', 'c', 'l', 'b']);
/** Consonants OCR confuses with each other (`Đ` read as `P`/`B`). Key: target>observed. */
const CHEAP_CONSONANT = new Set(['d>p', 'd>b', 'l>1', 'l>i', 'n>u', 'u>n', 'g>q']);

/**
 * Weighted edit distance from an observed (OCR) word to a target vocabulary word, both folded.
 * Vowel damage costs 0.5 (0.75 when a consonant stands for the vowel), consonant damage 1.
 * Also returns how many consonant edits were needed.
 */
export function wordCostDetail(observed: string, target: string): { cost: number; consonantEdits: number } {
  if (observed === target) return SAME;
  let byTarget = costMemo.get(observed);
  if (byTarget === undefined) {
    if (costMemoSize >= MAX_PAIR_MEMO) {
      costMemo.clear();
      costMemoSize = 0;
    }
    byTarget = new Map();
    costMemo.set(observed, byTarget);
  }
  let d = byTarget.get(target);
  if (d === undefined) {
    d = wordCostDetailUncached(observed, target);
    byTarget.set(target, d);
    costMemoSize++;
  }
  return d;
}

const SAME: { readonly cost: number; readonly consonantEdits: number } = { cost: 0, consonantEdits: 0 };
/** Pair results, by observed word then target word (the same words are compared again and again). */
const costMemo = new Map<string, Map<string, { cost: number; consonantEdits: number }>>();
let costMemoSize = 0;
const MAX_PAIR_MEMO = 400_000;

/** Per character code (< 256): 1 vowel, 2 vowel-ish (OCR writes it for a vowel), 4 consonant standing for a vowel. */
const CHAR_KIND = new Uint8Array(256);
for (const c of VOWELS) CHAR_KIND[c.charCodeAt(0)]! |= 1;
for (const c of VOWELISH) CHAR_KIND[c.charCodeAt(0)]! |= 2;
for (const c of CONSONANT_FOR_VOWEL) CHAR_KIND[c.charCodeAt(0)]! |= 4;

function charKind(code: number): number {
  return code < 256 ? CHAR_KIND[code]! : 0;
}

/** `CHEAP_CONSONANT.has(`${y}>${x}`)` on character codes (every pair is ASCII). */
const CHEAP_PAIRS = new Set<number>([...CHEAP_CONSONANT].map((p) => p.charCodeAt(0) * 65536 + p.charCodeAt(2)));

let costA = new Float64Array(16);
let costB = new Float64Array(16);
let editsA = new Int32Array(16);
let editsB = new Int32Array(16);

/**
 * The weighted edit distance of `wordCostDetail`, on scalars and typed rows (same operations in the same
 * order as the tuple form it replaces, so the same results: every cost is a multiple of 0.25).
 */
function wordCostDetailUncached(observed: string, target: string): { cost: number; consonantEdits: number } {
  const a = observed;
  const b = target;
  const n = a.length;
  const m = b.length;
  if (Math.abs(n - m) > 3) return { cost: 99, consonantEdits: 99 };
  if (costA.length <= m) {
    costA = new Float64Array(m + 1);
    costB = new Float64Array(m + 1);
    editsA = new Int32Array(m + 1);
    editsB = new Int32Array(m + 1);
  }
  let prevC = costA;
  let curC = costB;
  let prevE = editsA;
  let curE = editsB;
  prevC[0] = 0;
  prevE[0] = 0;
  for (let j = 1; j <= m; j++) {
    const v = (charKind(b.charCodeAt(j - 1)) & 1) !== 0;
    prevC[j] = prevC[j - 1]! + (v ? 0.5 : 1);
    prevE[j] = prevE[j - 1]! + (v ? 0 : 1);
  }
  for (let i = 1; i <= n; i++) {
    const x = a.charCodeAt(i - 1);
    const xk = charKind(x);
    const xv = (xk & 2) !== 0;
    const xCost = xv ? 0.5 : 1;
    const xEdit = xv ? 0 : 1;
    curC[0] = prevC[0]! + xCost;
    curE[0] = prevE[0]! + xEdit;
    for (let j = 1; j <= m; j++) {
      const y = b.charCodeAt(j - 1);
      const yv = (charKind(y) & 1) !== 0;
      let subC: number;
      let subE: number;
      if (x === y) {
        subC = 0;
        subE = 0;
      } else if (yv && xv) {
        subC = 0.5;
        subE = 0;
      } else if (yv && (xk & 4) !== 0) {
        subC = 0.75;
        subE = 0;
      } else if (CHEAP_PAIRS.has(y * 65536 + x)) {
        subC = 0.5;
        subE = 0;
      } else {
        subC = 1;
        subE = 1;
      }
      let bestC = prevC[j - 1]! + subC;
      let bestE = prevE[j - 1]! + subE;
      // Observed has an extra character.
      const upC = prevC[j]! + xCost;
      if (upC < bestC) {
        bestC = upC;
        bestE = prevE[j]! + xEdit;
      }
      // Observed lost a target character.
      const leftC = curC[j - 1]! + (yv ? 0.5 : 1);
      if (leftC < bestC) {
        bestC = leftC;
        bestE = curE[j - 1]! + (yv ? 0 : 1);
      }
      curC[j] = bestC;
      curE[j] = bestE;
    }
    const tc = prevC;
    prevC = curC;
    curC = tc;
    const te = prevE;
    prevE = curE;
    curE = te;
  }
  return { cost: prevC[m]!, consonantEdits: prevE[m]! };
}

export function wordCost(observed: string, target: string): number {
  return wordCostDetail(observed, target).cost;
}

/** Tolerance for a target word of this length. */
function maxCost(target: string): number {
  if (target.length <= 1) return 0;
  if (target.length <= 2) return 0.5;
  if (target.length <= 4) return 0.75;
  if (target.length === 5) return 1;
  return 1.5;
}

/** Results by observed word then target word. */
const fuzzyMemo = new Map<string, Map<string, boolean>>();
let fuzzyMemoSize = 0;

/** An observed word reads as the target word despite OCR damage. */
export function fuzzyWordEq(observed: string, target: string): boolean {
  if (observed === target) return true;
  if (!observed || !target) return false;
  let byTarget = fuzzyMemo.get(observed);
  if (byTarget === undefined) {
    if (fuzzyMemoSize >= MAX_PAIR_MEMO) {
      fuzzyMemo.clear();
      fuzzyMemoSize = 0;
    }
    byTarget = new Map();
    fuzzyMemo.set(observed, byTarget);
  }
  let r = byTarget.get(target);
  if (r === undefined) {
    r = fuzzyWordEqUncached(observed, target);
    byTarget.set(target, r);
    fuzzyMemoSize++;
  }
  return r;
}

function fuzzyWordEqUncached(observed: string, target: string): boolean {
  if (/^\d+$/.test(target) || /^\d+$/.test(observed)) return false;
  // The first letter survives OCR, unless it is a vowel or a known consonant confusion.
  const o0 = observed[0]!;
  const t0 = target[0]!;
  if (o0 !== t0) {
    if (VOWELS.has(t0)) {
      if (!VOWELISH.has(o0)) return false;
    } else if (!CHEAP_CONSONANT.has(`${t0}>${o0}`)) return false;
  }
  // Onset clusters (tr, th, ch, ng, nh, kh, ph) survive too.
  const t1 = target[1];
  const o1 = observed[1] ?? '';
  if (t1 && !VOWELS.has(t1) && !VOWELS.has(t0) && o1 !== t1 && !CHEAP_CONSONANT.has(`${t1}>${o1}`)) return false;
  const d = wordCostDetail(observed, target);
  if (d.consonantEdits > (target.length >= 3 ? 1 : 0)) return false;
  return d.cost <= maxCost(target);
}

/** A phrase of the vocabulary: folded words to compare, display words with diacritics. */
export interface Phrase {
  display: string;
  words: string[];
  shown: string[];
}

export function phrase(display: string): Phrase {
  const shown = display.split(/\s+/).filter(Boolean);
  // Punctuation inside a phrase ("Lao động - Thương binh", "Văn hóa, Thể thao") is matched as its own token.
  const words: string[] = [];
  const shownOut: string[] = [];
  for (const w of shown) {
    const parts = w.match(/[^,;:]+|[,;:]/g) ?? [w];
    for (const p of parts) {
      words.push(p === '-' || p === ',' ? p : foldWord(p));
      shownOut.push(p);
    }
  }
  return { display, words, shown: shownOut };
}

/**
 * Match `p` at `tokens[i]` word by word (OCR-tolerant): tokens consumed (0 = no match), total cost and
 * whether the first word matched exactly. `exactShort` refuses fuzzy matches of one-word phrases of up to
 * four letters ("cục" vs "các", "phải" vs OCR "phdi" = phối), which collide too easily; longer phrases give each other context.
 */
export function matchPhraseDetail(tokens: readonly Token[], i: number, p: Phrase, exactShort = false, allowLoose = false): { n: number; cost: number; firstExact: boolean } {
  const none = NO_MATCH;
  let k = 0;
  let cost = 0;
  let firstExact = false;
  let exactWords = 0;
  let loose = false;
  const single = p.words.length === 1;
  for (const w of p.words) {
    const t = tokens[i + k];
    if (!t) return none;
    if (w === '-' || w === ',') {
      if (t.word || (t.raw !== w && !(w === '-' && /[–—]/.test(t.raw)))) return none;
    } else {
      if (!t.word) return none;
      if (t.f === w) {
        if (k === 0) firstExact = true;
        exactWords++;
      } else {
        if (exactShort && single && w.length <= 4) return none;
        if (t.upper && t.f.length <= 4) return none;
        // "ủy" after "Tỉnh"/"Huyện"/"Đảng" is often read as "ty", "iy", "1y", "Gy", "tiy".
        if (w === 'uy' && /^[tig1adblj]?[i1]?y$/.test(t.f) && (k > 0 || (p.words[1] === 'ban' && tokens[i + 1]?.f === 'ban'))) {
          cost += 0.5;
          k++;
          continue;
        }
        const fc = fuzzyCost(t, w);
        if (fc >= 0) cost += fc;
        else {
          // In a phrase, one word may be damaged a little more ("S6 N1 vu" for "Sở Nội vụ") when another
          // word of the phrase is intact.
          if (!allowLoose || single || loose || w.length < 3 || t.f[0] !== w[0] || Math.abs(t.f.length - w.length) > 2) return none;
          const d = wordCostDetail(t.f, w);
          if (d.cost > 1 || d.consonantEdits > 0) return none;
          loose = true;
          cost += d.cost;
        }
      }
    }
    k++;
  }
  if (loose && exactWords === 0) return none;
  return { n: k, cost, firstExact };
}

const NO_MATCH: { readonly n: number; readonly cost: number; readonly firstExact: boolean } = { n: 0, cost: 0, firstExact: false };

/** `fuzzyWordEq(t.f, w)` for a token (an absent token reads as the empty word), through the token's form. */
export function tokenFuzzy(t: Token | undefined, w: string): boolean {
  return t ? fuzzyCost(t, w) >= 0 : fuzzyWordEq('', w);
}

/** `wordCost(t.f, w)` when `fuzzyWordEq(t.f, w)`, else -1; remembered on the token's form. */
function fuzzyCost(t: Token, w: string): number {
  const form = t.form;
  if (form === undefined) return fuzzyWordEq(t.f, w) ? wordCost(t.f, w) : -1;
  let c = form.fuzzy.get(w);
  if (c === undefined) {
    c = fuzzyWordEq(form.f, w) ? wordCost(form.f, w) : -1;
    form.fuzzy.set(w, c);
  }
  return c;
}

/**
 * Whether phrase `p` can start at token `t` as far as `t` alone tells: the first-word test of
 * `matchPhraseDetail`, keeping every phrase whose outcome depends on the next tokens.
 */
function firstWordViable(t: Token, p: Phrase, exactShort: boolean, allowLoose: boolean): boolean {
  const w = p.words[0];
  if (w === undefined) return false;
  if (w === '-' || w === ',') return !(t.word || (t.raw !== w && !(w === '-' && /[–—]/.test(t.raw))));
  if (!t.word) return false;
  if (t.f === w) return true;
  const single = p.words.length === 1;
  if (exactShort && single && w.length <= 4) return false;
  if (t.upper && t.f.length <= 4) return false;
  if (w === 'uy' && /^[tig1adblj]?[i1]?y$/.test(t.f)) return true;
  if (fuzzyCost(t, w) >= 0) return true;
  if (!allowLoose || single || w.length < 3 || t.f[0] !== w[0] || Math.abs(t.f.length - w.length) > 2) return false;
  const d = wordCostDetail(t.f, w);
  return !(d.cost > 1 || d.consonantEdits > 0);
}

export function matchPhrase(tokens: readonly Token[], i: number, p: Phrase, exactShort = false): number {
  return matchPhraseDetail(tokens, i, p, exactShort).n;
}

/**
 * Best phrase of the list at `tokens[i]`: among matches whose first word is exact, the longest; otherwise
 * the longest fuzzy match. Ties go to the lower cost.
 */
export function longestMatch(
  tokens: readonly Token[],
  i: number,
  list: readonly Phrase[],
  exactShort = false,
  allowLoose = false,
): { p: Phrase; n: number } | null {
  const t = tokens[i];
  if (!t) return null;
  // Most tokens cannot start any phrase of the list: the token's form says so at once.
  const viable = viableCandidates(list, t, exactShort, allowLoose);
  if (viable.length === 0) return null;
  return bestOf(tokens, i, viable, exactShort, allowLoose);
}

/**
 * Per token array (one document): per key (a parser) and flag combination, results by token index. Token
 * arrays are never modified, so a result computed at an index holds for the array's lifetime.
 */
const tokenMemos = new WeakMap<readonly Token[], Map<object, Map<number, unknown>[]>>();
let lastTokens: readonly Token[] | null = null;
let lastKeys: Map<object, Map<number, unknown>[]> | null = null;

/** The memo of `tokens` for `key` and `flags` (0-3): token index -> result. */
export function tokenMemo<T>(tokens: readonly Token[], key: object, flags: number): Map<number, T> {
  let keys: Map<object, Map<number, unknown>[]> | undefined;
  if (tokens === lastTokens) keys = lastKeys!;
  else {
    keys = tokenMemos.get(tokens);
    if (!keys) {
      keys = new Map();
      tokenMemos.set(tokens, keys);
    }
    lastTokens = tokens;
    lastKeys = keys;
  }
  let byFlags = keys.get(key);
  if (!byFlags) {
    byFlags = [];
    keys.set(key, byFlags);
  }
  let memo = byFlags[flags];
  if (!memo) {
    memo = new Map();
    byFlags[flags] = memo;
  }
  return memo as Map<number, T>;
}

/** Token arrays shorter than this (a name, a heading) are read once: not worth a memo. */
export const MEMO_MIN_TOKENS = 64;

/** Each phrase list's id, kept on the list itself (lists are module constants). */
const LIST_ID = Symbol('listId');
let nextListId = 0;

/** Lists past this many (made per call by some caller) are not cached on forms, which would grow without bound. */
const MAX_CACHED_LISTS = 256;

function listId(list: readonly Phrase[]): number {
  const tagged = list as unknown as { [LIST_ID]?: number };
  let id = tagged[LIST_ID];
  if (id === undefined) {
    // A frozen list cannot carry its id: it is simply not cached.
    if (!Object.isExtensible(list)) return -1;
    id = nextListId < MAX_CACHED_LISTS ? nextListId++ : -1;
    tagged[LIST_ID] = id;
  }
  return id;
}

/**
 * The phrases of `list` that may match at `t`, in `candidatesFor` order: those whose first word `t` passes
 * (or may pass, depending on the next token). Remembered on the token's form per list and flags.
 */
function viableCandidates(list: readonly Phrase[], t: Token, exactShort: boolean, allowLoose: boolean): readonly Phrase[] {
  const form = t.form;
  const id = listId(list);
  if (form === undefined || id < 0) return candidatesFor(list, t).filter((p) => firstWordViable(t, p, exactShort, allowLoose));
  const slot = id * 4 + (exactShort ? 1 : 0) + (allowLoose ? 2 : 0);
  let c = form.cands[slot];
  if (c === undefined) {
    c = candidatesFor(list, t).filter((p) => firstWordViable(t, p, exactShort, allowLoose));
    form.cands[slot] = c;
  }
  return c;
}

/**
 * Best phrase among `candidates` (in `candidatesFor` order) at `tokens[i]`: among matches whose first word
 * is exact, the longest; otherwise the longest fuzzy match. Ties go to the lower cost, then the earlier.
 */
function bestOf(
  tokens: readonly Token[],
  i: number,
  candidates: readonly Phrase[],
  exactShort: boolean,
  allowLoose: boolean,
): { p: Phrase; n: number } | null {
  let best: Phrase | null = null;
  let bestN = 0;
  let bestCost = 0;
  let bestExact = false;
  for (const p of candidates) {
    const d = matchPhraseDetail(tokens, i, p, exactShort, allowLoose);
    if (d.n === 0) continue;
    if (
      best === null ||
      (d.firstExact && !bestExact) ||
      (d.firstExact === bestExact && (d.n > bestN || (d.n === bestN && d.cost < bestCost)))
    ) {
      best = p;
      bestN = d.n;
      bestCost = d.cost;
      bestExact = d.firstExact;
    }
  }
  return best ? { p: best, n: bestN } : null;
}

interface FirstLetterIndex {
  byKey: Map<string, Phrase[]>;
  /** Candidate lists already assembled, by first letter and token shape. */
  assembled: Map<string, readonly Phrase[]>;
}

const firstLetterIndex = new WeakMap<readonly Phrase[], FirstLetterIndex>();

/** Phrases whose first word could match this token (same first letter, or an OCR-confusable one). */
function candidatesFor(list: readonly Phrase[], t: Token): readonly Phrase[] {
  if (list.length < 8) return list;
  let index = firstLetterIndex.get(list);
  if (!index) {
    const byKey = new Map<string, Phrase[]>();
    for (const p of list) {
      const c = p.words[0]?.[0] ?? '';
      const key = VOWELS.has(c) ? '*' : c;
      const arr = byKey.get(key) ?? [];
      arr.push(p);
      byKey.set(key, arr);
    }
    index = { byKey, assembled: new Map() };
    firstLetterIndex.set(list, index);
  }
  const c = t.f[0] ?? '';
  // "ủy" read as "ty", "Gy", "1y".
  const star = VOWELISH.has(c) || !t.word || (t.f.length <= 3 && t.f.endsWith('y'));
  const shape = `${c}${star ? '*' : ''}${t.word ? '' : '!'}`;
  const known = index.assembled.get(shape);
  if (known) return known;
  const out: Phrase[] = [];
  const add = (k: string) => {
    const arr = index!.byKey.get(k);
    if (arr) out.push(...arr);
  };
  add(c);
  if (star) add('*');
  for (const pair of CHEAP_CONSONANT) if (pair.endsWith(`>${c}`)) add(pair[0]!);
  if (!t.word) for (const k of ['-', ',']) add(k);
  index.assembled.set(shape, out);
  return out;
}

export function phrases(list: readonly string[]): Phrase[] {
  return list.map(phrase);
}

// ---------------------------------------------------------------------------------------------------------
// Vocabularies. Display forms carry the diacritics restored in canonical names.

/** Titles of the person heading a body: "Giám đốc Sở Nội vụ" is Sở Nội vụ acting through its head. */
export const HEAD_TITLES = phrases(VOCAB.headTitles);

/** Titles kept in the body name: the office is a distinct actor ("Chủ tịch UBND tỉnh" vs "UBND tỉnh"). */
export const OFFICE_TITLES = phrases(VOCAB.officeTitles);

/** Bodies complete in themselves (may still take a locality: "Ủy ban nhân dân tỉnh Quảng Ninh"). */
export const COMPLETE_ORGS = phrases(VOCAB.completeOrgs);

/** Heads that need a name or an owner after them ("Sở" Nội vụ, "Ban" Tuyên giáo Tỉnh ủy, "Thường trực" HĐND). */
export const NAMED_HEADS = phrases(VOCAB.namedHeads);

/** Heads that are only a part of another body and mean nothing alone ("Thường trực", "các Ban"). */
export const PART_HEADS = new Set<string>(VOCAB.partHeads);

/** Names and name words of bodies (departments, Party committees, mass organizations). */
export const NAME_WORDS = phrases(VOCAB.nameWords);

/** Words restored with diacritics in canonical names only; they never extend a name while reading. */
export const DISPLAY_WORDS = phrases(VOCAB.displayWords);

/** Common nouns naming a kind of body; after "các" they make a group ("các sở, ban, ngành"). */
export const GENERIC_NOUNS = phrases(VOCAB.genericNouns);

/** What may follow a group's nouns and still belong to the group's name. */
export const GROUP_MODIFIERS = phrases(VOCAB.groupModifiers);

/** Abbreviations of body words, expanded in canonical names. Keys are folded. */
export const ABBREVIATIONS: Record<string, string> = VOCAB.abbreviations;

/** Abbreviations that stand for a complete body at the start of a name. */
export const ORG_ABBREVIATIONS = new Set<string>(VOCAB.orgAbbreviations);

/** Words that end a body name: prepositions and conjunctions that start a complement. */
export const STOP_WORDS = new Set<string>(VOCAB.stopWords);

/** Words and phrases that start a predicate: what a body is told to do. Folded. */
export const PREDICATE_STARTS = phrases(VOCAB.predicateStarts);
