/**
 * Phrases (vocabulary entries of one or more words) matched at a token: exactly, or through OCR damage
 * with a cost per word, the longest of a list first; candidate lists indexed by first letter and cached
 * per spelling.
 */
import { BoundedMemo } from '../memo';
import { foldWord, type Token, type WordForm } from './tokens';
import { writtenAs } from './markLoss';
import { CHEAP_CONSONANT, firstLetterMayMatch, fuzzyWordCost, fuzzyWordEq, VOWELISH, VOWELS, wordCostDetail } from './wordCost';
/** A phrase of the vocabulary: folded words to compare, display words with diacritics. */
export interface Phrase {
  display: string;
  words: string[];
  shown: string[];
  /** The shown words lower case (NFC): what a word written with its marks is compared with (`exactWordsAt`). */
  written: string[];
  /** Each word's `fuzzyWordId`: the key of its costs cached on spellings. */
  ids: number[];
  /** A number no other phrase has: what a list's cache id is made of (`listId`). */
  serial: number;
}

/**
 * Ids of the words fuzzy costs are asked for: a spelling's cost cache is keyed by a small integer, cheaper
 * to look up than the word. Ids are never reused: a word forgotten and asked again gets a new id, and the
 * costs cached under its old one are only never read again.
 */
const fuzzyIds = new BoundedMemo<string, number>(50_000);
let nextFuzzyId = 0;

export function fuzzyWordId(word: string): number {
  return fuzzyIds.get(word, () => nextFuzzyId++);
}

let nextPhraseSerial = 0;

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
  const written = shownOut.map((w) => w.normalize('NFC').toLowerCase());
  // `exactWordsAt` compares lengths first: exact only for words without the combining dot "İ" lower-cases into.
  if (written.some((w) => w.includes('\u0307'))) throw new Error(`Vocabulary phrase "${display}" holds U+0307 (combining dot above): write it in NFC.`);
  return { display, words, shown: shownOut, written, ids: words.map(fuzzyWordId), serial: nextPhraseSerial++ };
}

/**
 * Match `p` at `tokens[i]` word by word (OCR-tolerant): tokens consumed (0 = no match), total cost and
 * whether the first word matched exactly. `exactShort` refuses fuzzy matches of one-word phrases of up to
 * four letters ("cục" vs "các", "phải" vs OCR "phdi" = phối), which collide too easily; longer phrases give each other context.
 */
export function matchPhraseDetail(tokens: readonly Token[], i: number, p: Phrase, exactShort = false, allowLoose = false): { n: number; cost: number; firstExact: boolean } {
  const n = matchPhrase(tokens, i, p, exactShort, allowLoose);
  return n === 0 ? NO_MATCH : { n, cost: matchedCost, firstExact: matchedFirstExact };
}

/** Cost and first-word exactness of the last match `matchPhrase` found (read right after it: no object per match). */
let matchedCost = 0;
let matchedFirstExact = false;

/** `matchPhraseDetail(...).n`, leaving its cost and first-word exactness in `matchedCost` / `matchedFirstExact`. */
function matchPhrase(tokens: readonly Token[], i: number, p: Phrase, exactShort: boolean, allowLoose: boolean): number {
  const none = 0;
  let k = 0;
  let cost = 0;
  let firstExact = false;
  let exactWords = 0;
  let loose = false;
  const single = p.words.length === 1;
  const n = p.words.length;
  while (k < n) {
    const w = p.words[k]!;
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
        // A short word in capitals may be an abbreviation, unless it goes on a phrase whose words so far were exact
        // ("UY BAN NHAN DIN" is a heading's damaged "DÂN").
        if (t.upper && t.f.length <= 4 && exactWords < k) return none;
        // "ủy" after "Tỉnh"/"Huyện"/"Đảng" is often read as "ty", "iy", "1y", "Gy", "tiy".
        if (w === 'uy' && /^[tig1adblj]?[i1]?y$/.test(t.f) && (k > 0 || (p.words[1] === 'ban' && tokens[i + 1]?.f === 'ban'))) {
          cost += 0.5;
          k++;
          continue;
        }
        const fc = fuzzyCost(t, w, p.ids[k]!);
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
  matchedCost = cost;
  matchedFirstExact = firstExact;
  return k;
}

const NO_MATCH: { readonly n: number; readonly cost: number; readonly firstExact: boolean } = { n: 0, cost: 0, firstExact: false };

/**
 * Tokens `p` matches at `tokens[i]` (0 = no match), as `matchPhraseDetail(tokens, i, p, exactShort).n`: a
 * token whose spelling cannot start `p` is turned away by the first-word test, without matching.
 */
export function phraseAt(tokens: readonly Token[], i: number, p: Phrase, exactShort = false): number {
  const t = tokens[i];
  if (!t) return 0;
  // The first-word test alone: for one phrase it costs less than looking up a remembered answer (a token
  // whose first letter cannot be the phrase's is turned away before any cache).
  if (!firstWordViable(t, p, exactShort, false)) return 0;
  return matchPhrase(tokens, i, p, exactShort, false);
}

/**
 * Whether `words` stand at `tokens[i]` exactly, one token each, with no OCR tolerance: for function words and
 * triggers that tolerance would confuse ("chế độ" is no "chỉ đạo", "trên" no "trong"). Read `folded` (each token's
 * `f`: a mark OCR lost still reads; a phrase's punctuation words match the mark) or `written` (as written, case
 * aside, marks kept: "cung cấp" is no "cùng"; `words` lower case NFC, as `Phrase.written`). With `sameLine`, no
 * word of them after a line break.
 */
export function exactWordsAt(tokens: readonly Token[], i: number, words: readonly string[], reading: 'folded' | 'written' = 'folded', sameLine = false): boolean {
  if (reading === 'written') return writtenWordsAt(tokens, i, words, sameLine);
  for (let n = 0; n < words.length; n++) {
    const t = tokens[i + n];
    if (t === undefined || (t.f !== words[n] && !dashFor(t, words[n]!)) || (sameLine && t.nl > 0)) return false;
  }
  return true;
}

/** Some phrase of `list` stands at `i` exactly, folded: no OCR look-alike, any of the list, not the longest. */
export function exactPhraseAt(tokens: readonly Token[], i: number, list: readonly Phrase[]): boolean {
  return list.some((p) => exactWordsAt(tokens, i, p.words));
}

/** An en or em dash where a phrase writes "-" ("Bà Rịa – Vũng Tàu"), as `longestMatch` reads it. */
function dashFor(t: Token, word: string): boolean {
  return word === '-' && !t.word && /[–—]/.test(t.raw);
}

/** `exactWordsAt` as written. */
function writtenWordsAt(tokens: readonly Token[], i: number, words: readonly string[], sameLine: boolean): boolean {
  for (let n = 0; n < words.length; n++) {
    const t = tokens[i + n];
    if (t === undefined || (sameLine && t.nl > 0)) return false;
    // Lower-casing keeps a word's length (only "İ" grows, into a mark no phrase holds): a word of another
    // length is not it, and needs no lower-cased copy. A text that lost its marks has only the folded word.
    if (!writtenAs(tokens, t, words[n]!)) return false;
  }
  return true;
}

/**
 * The first of `lists` (words each, as `exactWordsAt` reads them) standing exactly at `tokens[i]`, else undefined.
 * A loop of its own: a closure over the tokens and the index at each caller made V8 allocate a context at every
 * call of the caller (bench/HISTORY.md, x22).
 */
export function firstExactWordsAt(tokens: readonly Token[], i: number, lists: readonly (readonly string[])[], reading: 'folded' | 'written' = 'folded', sameLine = false): readonly string[] | undefined {
  for (const words of lists) if (exactWordsAt(tokens, i, words, reading, sameLine)) return words;
  return undefined;
}

/** `fuzzyWordEq(t.f, w)` for a token (an absent token reads as the empty word), through the token's form. */
export function tokenFuzzy(t: Token | undefined, w: string): boolean {
  if (!t) return fuzzyWordEq('', w);
  // Most tokens differ from `w` in their first letter: answered without the word's id or the form's cache.
  const f = t.f;
  if (f === w) return true;
  if (f === '' || w === '' || !firstLetterMayMatch(f, w)) return false;
  return fuzzyCost(t, w, fuzzyWordId(w)) >= 0;
}

/** `wordCost(t.f, w)` when `fuzzyWordEq(t.f, w)`, else -1; remembered on the token's form under `w`'s id. */
function fuzzyCost(t: Token, w: string, id: number): number {
  // The answers `fuzzyWordCost` gives before any comparison, without a cache lookup.
  const f = t.f;
  if (f === w) return 0;
  if (f === '' || w === '' || !firstLetterMayMatch(f, w)) return -1;
  const form = t.form;
  if (form === undefined) return fuzzyWordCost(t.f, w);
  let c = form.fuzzy?.get(id);
  if (c === undefined) {
    c = fuzzyWordCost(form.f, w);
    (form.fuzzy ??= new Map()).set(id, c);
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
  if (fuzzyCost(t, w, p.ids[0]!) >= 0) return true;
  if (!allowLoose || single || w.length < 3 || t.f[0] !== w[0] || Math.abs(t.f.length - w.length) > 2) return false;
  const d = wordCostDetail(t.f, w);
  return !(d.cost > 1 || d.consonantEdits > 0);
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
 * `longestMatch` (first word exact) kept only when every word of the phrase stands at `i` exactly, folded or as
 * written: for rules that need the phrase itself, not an OCR look-alike ("quản lý" the verb, a province's name).
 */
export function exactLongestMatch(
  tokens: readonly Token[],
  i: number,
  list: readonly Phrase[],
  reading: 'folded' | 'written' = 'folded',
): { p: Phrase; n: number } | null {
  const m = longestMatch(tokens, i, list, true);
  return m && exactWordsAt(tokens, i, reading === 'written' ? m.p.written : m.p.words, reading) ? m : null;
}

/**
 * Whether some phrase of `list` may start at `t` as far as `t` alone tells: where this is false, `longestMatch`
 * with the same flags is null at every token of this spelling, whatever follows it.
 */
export function mayStartAt(t: Token, list: readonly Phrase[], exactShort = false, allowLoose = false): boolean {
  return viableCandidates(list, t, exactShort, allowLoose).length > 0;
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

/**
 * A phrase list's cache id (its slots in `WordForm.cands`) is named by the phrases it holds, in order, not by
 * the list object: a list made per call (`[p]`, a filtered copy) gets the id of every earlier list of the same
 * phrases, so callers may build lists freely without using up slots. The id is also kept on the list object,
 * so a module constant is looked up once.
 */
const LIST_ID = Symbol('listId');
const listIdsByPhrases = new BoundedMemo<string, number>(4096);
let nextListId = 0;

/** Ids past this many are not cached on forms: each form's slot array would grow with them. */
const MAX_CACHED_LISTS = 256;

function listId(list: readonly Phrase[]): number {
  const tagged = list as unknown as { [LIST_ID]?: number };
  const known = tagged[LIST_ID];
  if (known !== undefined) return known;
  let key = '';
  for (let k = 0; k < list.length; k++) key += `${list[k]!.serial},`;
  const id = listIdsByPhrases.get(key, () => (nextListId < MAX_CACHED_LISTS ? nextListId++ : -1));
  if (Object.isExtensible(list)) tagged[LIST_ID] = id;
  return id;
}

/**
 * The phrases of `list` that may match at `t`, in `candidatesFor` order: those whose first word `t` passes
 * (or may pass, depending on the next token). Remembered on the token's form per list and flags.
 */
function viableCandidates(list: readonly Phrase[], t: Token, exactShort: boolean, allowLoose: boolean): readonly Phrase[] {
  const form = t.form;
  const id = listId(list);
  if (form === undefined || id < 0) return viableOf(candidatesFor(list, t), t, exactShort, allowLoose);
  const slot = id * 4 + (exactShort ? 1 : 0) + (allowLoose ? 2 : 0);
  let c = form.cands[slot];
  if (c === undefined) {
    c = viableOf(candidatesFor(list, t), t, exactShort, allowLoose);
    // Most spellings start no phrase of a list: they share one empty answer rather than keep one each.
    if (c.length === 0) c = NO_PHRASES;
    form.cands[slot] = c;
  }
  return c;
}

const NO_PHRASES: readonly Phrase[] = [];

/**
 * The candidates whose first word `t` passes (`firstWordViable`). The test depends only on a phrase's first
 * word and whether it is its only word, and phrases of a list that share them stand together (a list is
 * grouped by first letter, in list order): one answer serves a run of them.
 */
function viableOf(candidates: readonly Phrase[], t: Token, exactShort: boolean, allowLoose: boolean): Phrase[] {
  const out: Phrase[] = [];
  let lastWord: string | undefined;
  let lastSingle = false;
  let lastViable = false;
  for (let k = 0; k < candidates.length; k++) {
    const p = candidates[k]!;
    const w = p.words[0];
    const single = p.words.length === 1;
    if (k === 0 || w !== lastWord || single !== lastSingle) {
      lastWord = w;
      lastSingle = single;
      lastViable = firstWordViable(t, p, exactShort, allowLoose);
    }
    if (lastViable) out.push(p);
  }
  return out;
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
  for (let c = 0; c < candidates.length; c++) {
    const p = candidates[c]!;
    const n = matchPhrase(tokens, i, p, exactShort, allowLoose);
    if (n === 0) continue;
    const cost = matchedCost;
    const firstExact = matchedFirstExact;
    if (best === null || (firstExact && !bestExact) || (firstExact === bestExact && (n > bestN || (n === bestN && cost < bestCost)))) {
      best = p;
      bestN = n;
      bestCost = cost;
      bestExact = firstExact;
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

/** Each phrase's folded words joined by spaces: the form folded-text patterns and word sets compare with. */
export function foldedPhrases(list: readonly string[]): string[] {
  return phrases(list).map((p) => p.words.join(' '));
}

