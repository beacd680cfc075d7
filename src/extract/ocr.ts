/**
 * OCR-tolerant word matching on folded text.
 *
 * OCR of Vietnamese loses diacritics and confuses letters with digits and look-alikes: `Chinh phii`,
 * `Ho1 d6ng nhan dan`, `Ban Chcfp hanh Pang bo`, `Tinh 0y`, `Trung vong`. Matchers compare words with an edit
 * distance in which such look-alikes cost nothing, and with a budget that grows with the word's length, so a
 * whole phrase ("thu tuong chinh phu") is recognised through the damage while short unrelated words are not.
 */

/** Characters OCR swaps for each other in folded text; a substitution within one group is free. */
const LOOKALIKE_GROUPS = ['o06q', 'i1lj|!', 'a4@', 'e€&', 'dpbð', 'uwvy', 's5$'];
/** Group of each character (by UTF-16 code unit), 0 when it has none. */
const GROUP_OF = new Uint8Array(0x10000);
LOOKALIKE_GROUPS.forEach((g, i) => {
  for (const ch of g) GROUP_OF[ch.charCodeAt(0)] = i + 1;
});

function substitutionCost(a: number, b: number): number {
  if (a === b) return 0;
  const ga = GROUP_OF[a]!;
  return ga !== 0 && ga === GROUP_OF[b] ? 0 : 1;
}

let rowA = new Int32Array(64);
let rowB = new Int32Array(64);

/** Edit distance where OCR look-alikes substitute for free. Stops early once `limit` is exceeded. */
export function ocrDistance(a: string, b: string, limit = Infinity): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  const n = b.length;
  if (rowA.length <= n) {
    rowA = new Int32Array(n + 1);
    rowB = new Int32Array(n + 1);
  }
  let prev = rowA;
  let cur = rowB;
  for (let j = 0; j <= n; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= n; j++) {
      const del = prev[j]! + 1;
      const ins = cur[j - 1]! + 1;
      const sub = prev[j - 1]! + substitutionCost(ca, b.charCodeAt(j - 1));
      const v = del < ins ? (del < sub ? del : sub) : ins < sub ? ins : sub;
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > limit) return limit + 1;
    const t = prev;
    prev = cur;
    cur = t;
  }
  return prev[n]!;
}

/** How many edits a pattern word of this length tolerates. */
function budget(len: number): number {
  if (len <= 2) return 1;
  if (len <= 4) return 2;
  return 2 + Math.floor((len - 5) / 3);
}

/**
 * Cost of reading `text` as the pattern word `pattern` (both folded), or null when too far apart.
 * Two-letter words must keep one letter in place (`gy`/`0y` read as `uy`, but `an` is not `uy`).
 */
export function wordCost(pattern: string, text: string): number | null {
  if (pattern === text) return 0;
  if (!text) return null;
  // Few patterns, many repeated words: each pair is computed once.
  let byText = costMemo.get(pattern);
  if (byText === undefined) {
    byText = new Map();
    costMemo.set(pattern, byText);
  }
  let c = byText.get(text);
  if (c === undefined) {
    if (costMemoSize >= MAX_COST_MEMO) {
      for (const m of costMemo.values()) m.clear();
      costMemoSize = 0;
    }
    c = wordCostUncached(pattern, text);
    byText.set(text, c);
    costMemoSize++;
  }
  return c;
}

const costMemo = new Map<string, Map<string, number | null>>();
let costMemoSize = 0;
const MAX_COST_MEMO = 400_000;

function wordCostUncached(pattern: string, text: string): number | null {
  const limit = budget(pattern.length);
  const d = ocrDistance(pattern, text, limit);
  if (d > limit) return null;
  if (pattern.length <= 2) {
    let shared = false;
    for (let i = 0; i < Math.min(pattern.length, text.length); i++) {
      if (substitutionCost(pattern.charCodeAt(i), text.charCodeAt(i)) === 0) shared = true;
    }
    if (!shared || text.length > 3) return null;
  }
  // A one-letter text word may stand for a longer word only when it keeps the first letter ("b" for "bo").
  if (text.length === 1 && pattern.length > 1 && substitutionCost(pattern.charCodeAt(0), text.charCodeAt(0)) !== 0) return null;
  return d;
}

export interface Token {
  /** Folded word as it appears. */
  w: string;
  start: number;
  end: number;
  /** The word's shared record (costs already computed against pattern words); absent on hand-made tokens. */
  info?: OcrWord;
}

/** Characters that belong to a word in folded OCR text (digits and look-alike symbols included). */
const WORD_RE = /[a-z0-9@€&$¢ðþ]+/g;

/**
 * One distinct word of folded text, shared by all its tokens: a document repeats its words, and every
 * matcher compares each word with the same few pattern words, so each comparison is made once.
 */
export class OcrWord {
  /** `wordCost(pattern, w)` by pattern id: NaN until computed, -1 for null. */
  costs: Float64Array = new Float64Array(0);
  /** Candidate phrases by `FirstWordIndex` id. */
  readonly cands: (readonly unknown[] | undefined)[] = [];
  /** The best kind phrase starting with this word, by the next word (documentKinds.ts). */
  kindHeads: Map<OcrWord | null, unknown> | undefined = undefined;
  constructor(readonly w: string) {}
}

/** Records by word as matched (before the OCR letter-pair repair). */
const ocrWords = new Map<string, OcrWord>();

function ocrWordOf(raw: string): OcrWord {
  let info = ocrWords.get(raw);
  if (info === undefined) {
    // OCR writes "ư" as "tr" after a consonant ("thtrc" = thực, "ltrc" = lực, "xtr" = xử): no Vietnamese
    // syllable has "tr" there, so it is read back as "u".
    // Likewise "ir" ("chirc" = chức, "tir" = từ) and "ii" ("phii" = phủ, "ciia" = của) never occur in Vietnamese.
    const w = raw.length > 2 ? raw.replace(/([b-df-hj-np-tv-xz])(?:tr|ir)/g, '$1u').replace(/ii/g, 'u') : raw;
    info = new OcrWord(w);
    if (ocrWords.size >= 100_000) ocrWords.clear();
    ocrWords.set(raw, info);
  }
  return info;
}

/** Ids of pattern words, for the per-word cost tables. */
const patternIds = new Map<string, number>();

function patternId(word: string): number {
  let id = patternIds.get(word);
  if (id === undefined) {
    id = patternIds.size;
    patternIds.set(word, id);
  }
  return id;
}

/** `wordCost(word, tok.w)` through the token's word record. */
function tokenCost(tok: Token, word: string, id: number): number | null {
  const info = tok.info;
  if (info === undefined) return wordCost(word, tok.w);
  let costs = info.costs;
  if (id >= costs.length) {
    const grown = new Float64Array(Math.max(64, patternIds.size * 2)).fill(NaN);
    grown.set(costs);
    info.costs = costs = grown;
  }
  const c = costs[id]!;
  if (c === c) return c < 0 ? null : c;
  const r = wordCost(word, tok.w);
  costs[id] = r === null ? -1 : r;
  return r;
}

/** Words of a folded string with their offsets. */
export function tokenize(folded: string, from = 0, to = folded.length): Token[] {
  if (folded.length >= WHOLE_MIN && Number.isInteger(from) && Number.isInteger(to) && from >= 0 && to >= 0) return windowOf(wholeTokens(folded), folded, from, to);
  return tokenizeSlice(folded, from, to);
}

function tokenizeSlice(folded: string, from: number, to: number): Token[] {
  const out: Token[] = [];
  const slice = folded.slice(from, to);
  // The runs `WORD_RE` matches, found with a table instead of regex match objects.
  const n = slice.length;
  let i = 0;
  while (i < n) {
    if (!isWordUnit(slice.charCodeAt(i))) {
      i++;
      continue;
    }
    let e = i + 1;
    while (e < n && isWordUnit(slice.charCodeAt(e))) e++;
    const info = ocrWordOf(slice.slice(i, e));
    out.push({ w: info.w, start: from + i, end: from + e, info });
    i = e;
  }
  return out;
}

/** Whether each code unit is in `WORD_RE`'s class: 0 until first asked, 1 yes, 2 no. */
const WORD_UNITS = new Uint8Array(0x10000);
const WORD_UNIT_RE = new RegExp(`^${WORD_RE.source}$`);

function isWordUnit(c: number): boolean {
  let u = WORD_UNITS[c]!;
  if (u === 0) {
    u = WORD_UNIT_RE.test(String.fromCharCode(c)) ? 1 : 2;
    WORD_UNITS[c] = u;
  }
  return u === 1;
}

/**
 * A document's matchers tokenize many windows of the same folded text (before each citation, each clause
 * start). The words of a window are the document's words that lie inside it, cut at the window's edges:
 * the document is tokenized once and windows are read from it.
 */
const WHOLE_MIN = 1_000;

interface Whole {
  folded: string;
  tokens: Token[];
  ends: Int32Array;
}

const wholes: Whole[] = [];

function wholeTokens(folded: string): Whole {
  // The text asked last comes first. Equal texts may be different string objects, and comparing those
  // reads them whole: a text found that way is put first under the object just passed, which the next
  // call (with that same object) matches at once.
  const first = wholes[0];
  if (first && first.folded === folded) return first;
  for (let k = 1; k < wholes.length; k++) {
    const w = wholes[k]!;
    if (w.folded.length === folded.length && w.folded === folded) {
      const alias = { folded, tokens: w.tokens, ends: w.ends };
      wholes.splice(k, 1);
      wholes.unshift(alias);
      return alias;
    }
  }
  const tokens = tokenizeSlice(folded, 0, folded.length);
  const ends = new Int32Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) ends[i] = tokens[i]!.end;
  const w = { folded, tokens, ends };
  wholes.unshift(w);
  if (wholes.length > 3) wholes.pop();
  return w;
}

function windowOf(whole: Whole, folded: string, from: number, to: number): Token[] {
  const n = folded.length;
  const a = Math.min(from, n);
  const b = Math.min(to, n);
  if (a === 0 && b === n) return whole.tokens;
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
      // A word cut by the window's edge is the part inside it.
      const s = Math.max(t.start, a);
      const e = Math.min(t.end, b);
      const info = ocrWordOf(folded.slice(s, e));
      out.push({ w: info.w, start: s, end: e, info });
    }
  }
  return out;
}

export interface PhraseMatch {
  /** Number of tokens consumed. */
  tokens: number;
  cost: number;
  /** Offset just after the last matched token. */
  end: number;
}

/** A phrase's words: `?word` marks an optional word. */
export type PhraseWords = readonly { word: string; optional: boolean; id: number }[];

const PHRASES = new Map<string, PhraseWords>();

export function phraseWords(phrase: string): PhraseWords {
  let words = PHRASES.get(phrase);
  if (!words) {
    words = phrase.split(' ').map((raw) => {
      const word = raw.replace(/^\?/, '');
      return { word, optional: raw.startsWith('?'), id: patternId(word) };
    });
    PHRASES.set(phrase, words);
  }
  return words;
}

/**
 * Match a phrase (folded words, space separated; `?word` marks an optional word) against tokens starting at
 * `at`. The total cost must stay within a third of the phrase's letters.
 */
export function matchPhrase(tokens: readonly Token[], at: number, phrase: string): PhraseMatch | null {
  return matchWords(tokens, at, phraseWords(phrase));
}

/** `matchPhrase` on a phrase already split into words. */
export function matchWords(tokens: readonly Token[], at: number, words: PhraseWords): PhraseMatch | null {
  let i = at;
  let cost = 0;
  let letters = 0;
  for (const { word, optional, id } of words) {
    const tok = tokens[i];
    const c = tok ? tokenCost(tok, word, id) : null;
    if (c === null || (optional && c > 0)) {
      if (optional) continue;
      return null;
    }
    cost += c;
    letters += word.length;
    i++;
  }
  if (i === at || cost > Math.max(1, Math.floor(letters / 3))) return null;
  return { tokens: i - at, cost, end: tokens[i - 1]!.end };
}

let indexIds = 0;
const MAX_CACHED_INDEXES = 64;

/**
 * The phrases of `list` that can match where a token stands: a phrase whose first word is required and
 * cannot be read as the token's word never matches there. Same order as `list`.
 */
export class FirstWordIndex<T extends { words: PhraseWords }> {
  private readonly byWord = new Map<string, readonly T[]>();
  private readonly open: boolean;
  /** Slot in each word's candidate cache; -1 past the first few indexes (lists made per call would grow it). */
  private readonly id = indexIds < MAX_CACHED_INDEXES ? indexIds++ : -1;

  constructor(private readonly list: readonly T[]) {
    this.open = list.some((p) => p.words.length === 0);
  }

  /** Candidates at `tokens[at]`. */
  at(tokens: readonly Token[], at: number): readonly T[] {
    const tok = tokens[at];
    if (this.open) return this.list;
    if (tok === undefined) return this.list.filter((p) => p.words[0]!.optional);
    const info = tok.info;
    if (info === undefined || this.id < 0) return this.candidates(tok.w);
    let c = info.cands[this.id] as readonly T[] | undefined;
    if (c === undefined) {
      c = this.list.filter((p) => p.words[0]!.optional || tokenCost(tok, p.words[0]!.word, p.words[0]!.id) !== null);
      info.cands[this.id] = c;
    }
    return c;
  }

  /** Candidates where the token's word is `w`. */
  candidates(w: string | undefined): readonly T[] {
    if (this.open) return this.list;
    if (w === undefined) return this.list.filter((p) => p.words[0]!.optional);
    let c = this.byWord.get(w);
    if (!c) {
      c = this.list.filter((p) => p.words[0]!.optional || wordCost(p.words[0]!.word, w) !== null);
      if (this.byWord.size >= 50_000) this.byWord.clear();
      this.byWord.set(w, c);
    }
    return c;
  }
}

/** Best of several phrases at one position: the lowest cost, then the longest. */
export function bestPhrase<T>(
  tokens: readonly Token[],
  at: number,
  candidates: readonly { phrase: string; value: T }[],
): { value: T; match: PhraseMatch } | null {
  let best: { value: T; match: PhraseMatch } | null = null;
  for (const c of indexOf(candidates).at(tokens, at)) {
    const m = matchWords(tokens, at, c.words);
    if (!m) continue;
    if (
      !best ||
      m.cost < best.match.cost ||
      (m.cost === best.match.cost && m.tokens > best.match.tokens)
    ) {
      best = { value: c.value, match: m };
    }
  }
  return best;
}

interface Compiled<T> {
  words: PhraseWords;
  value: T;
}

const indexes = new WeakMap<readonly { phrase: string }[], FirstWordIndex<Compiled<unknown>>>();

/** Candidate lists are module constants (or filtered once per call): each gets its index once. */
function indexOf<T>(candidates: readonly { phrase: string; value: T }[]): FirstWordIndex<Compiled<T>> {
  let ix = indexes.get(candidates) as FirstWordIndex<Compiled<T>> | undefined;
  if (!ix) {
    ix = new FirstWordIndex(candidates.map((c) => ({ words: phraseWords(c.phrase), value: c.value })));
    indexes.set(candidates, ix as FirstWordIndex<Compiled<unknown>>);
  }
  return ix;
}

/** Collapse whitespace for display. */
export function squash(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}
