/**
 * Look-alike patterns: short folded phrases ("thu tuong chinh phu", "?ban chap hanh dang bo") matched at a
 * word token through OCR damage with `lookalikeCost`, for identity, references, document kinds and issuers.
 * `?word` marks an optional word. Costs are remembered on each spelling's `WordForm` by pattern word id, and
 * the patterns of a list that can start at a spelling by the list's `FirstWordIndex` id.
 */
import { BoundedMemo } from '../memo';
import { lookalikeCost } from './lookalike';
import type { Token } from './tokens';

export interface PatternMatch {
  /** Number of tokens consumed. */
  tokens: number;
  cost: number;
  /** Offset just after the last matched token. */
  end: number;
}

/** A pattern's words: `?word` marks an optional word; `id` indexes the per-spelling cost tables. */
export type PatternWords = readonly { word: string; optional: boolean; id: number }[];

/**
 * Ids of pattern words. A registry, not a cache: ids index every form's cost table, so none may be forgotten;
 * pattern words come from the modules' constant lists, so it stays small.
 */
const patternIds = new Map<string, number>();

function patternId(word: string): number {
  let id = patternIds.get(word);
  if (id === undefined) {
    id = patternIds.size;
    patternIds.set(word, id);
  }
  return id;
}

/** `lookalikeCost(word, tok.w)` through the token's form. */
function tokenCost(tok: Token, word: string, id: number): number | null {
  const form = tok.form;
  if (form === undefined) return lookalikeCost(word, tok.w);
  let costs = form.costs;
  if (id >= costs.length) {
    // Doubled up to the id asked, not sized to twice every pattern word at once: a spelling asked only early ids
    // keeps a short table (each new spelling of a document gets one).
    let size = Math.max(16, costs.length * 2);
    while (size <= id) size *= 2;
    const grown = new Uint8Array(size);
    grown.set(costs);
    form.costs = costs = grown;
  }
  const c = costs[id]!;
  if (c !== 0) return c === NO_LOOKALIKE ? null : c - COST_OFFSET;
  const r = lookalikeCost(word, tok.w);
  // Costs are whole edit counts, a few at most; one too large to store is only computed again.
  if (r === null) costs[id] = NO_LOOKALIKE;
  else if (r <= 255 - COST_OFFSET) costs[id] = r + COST_OFFSET;
  return r;
}

/** `WordForm.costs` entries: 0 not computed yet, NO_LOOKALIKE no match, else the cost plus COST_OFFSET. */
const NO_LOOKALIKE = 1;
const COST_OFFSET = 2;

const split = new BoundedMemo<string, PatternWords>(20_000);

export function patternWords(pattern: string): PatternWords {
  return split.get(pattern, (p) =>
    p.split(' ').map((raw) => {
      const word = raw.replace(/^\?/, '');
      return { word, optional: raw.startsWith('?'), id: patternId(word) };
    }),
  );
}

/**
 * Match a pattern (folded words, space separated; `?word` marks an optional word) against word tokens
 * starting at `at`. The total cost must stay within a third of the pattern's letters.
 */
export function matchPattern(tokens: readonly Token[], at: number, pattern: string): PatternMatch | null {
  return matchPatternWords(tokens, at, patternWords(pattern));
}

/** `matchPattern` on a pattern already split into words. */
export function matchPatternWords(tokens: readonly Token[], at: number, words: PatternWords): PatternMatch | null {
  const n = patternTokensAt(tokens, at, words);
  return n === 0 ? null : { tokens: n, cost: matchedPatternCost, end: tokens[at + n - 1]!.end };
}

/** Cost of the last match `patternTokensAt` found (read right after it: no object per match). */
let matchedPatternCost = 0;

/**
 * `matchPatternWords(...)?.tokens ?? 0`, leaving the match's cost in `matchedPatternCost`: for the readers that
 * try a pattern at every token and want only its length (cue lists), without an object per match.
 */
function patternTokensAt(tokens: readonly Token[], at: number, words: PatternWords): number {
  let i = at;
  let cost = 0;
  let letters = 0;
  for (let k = 0; k < words.length; k++) {
    const { word, optional, id } = words[k]!;
    const tok = tokens[i];
    const c = tok ? tokenCost(tok, word, id) : null;
    if (c === null || (optional && c > 0)) {
      if (optional) continue;
      return 0;
    }
    cost += c;
    letters += word.length;
    i++;
  }
  if (i === at || cost > Math.max(1, Math.floor(letters / 3))) return 0;
  matchedPatternCost = cost;
  return i - at;
}

/** Tokens the first of `candidates` matching at `tokens[at]` within `maxCost` consumes, or 0 (in list order). */
export function firstPatternAt(tokens: readonly Token[], at: number, candidates: readonly { words: PatternWords }[], maxCost: number): number {
  for (let k = 0; k < candidates.length; k++) {
    const n = patternTokensAt(tokens, at, candidates[k]!.words);
    if (n !== 0 && matchedPatternCost <= maxCost) return n;
  }
  return 0;
}

let indexIds = 0;
const MAX_CACHED_INDEXES = 64;

/**
 * The patterns of `list` that can match where a token stands: a pattern whose first word is required and
 * cannot be read as the token's word never matches there. Same order as `list`.
 */
export class FirstWordIndex<T extends { words: PatternWords }> {
  private readonly byWord = new BoundedMemo<string, readonly T[]>(50_000);
  private readonly open: boolean;
  /** Slot in each form's candidate cache; -1 past the first few indexes (lists made per call would grow it). */
  private readonly id = indexIds < MAX_CACHED_INDEXES ? indexIds++ : -1;

  constructor(private readonly list: readonly T[]) {
    this.open = list.some((p) => p.words.length === 0);
  }

  /** Candidates at `tokens[at]`. */
  at(tokens: readonly Token[], at: number): readonly T[] {
    const tok = tokens[at];
    if (this.open) return this.list;
    if (tok === undefined) return this.list.filter(firstWordOptional);
    const form = tok.form;
    if (form === undefined || this.id < 0) return this.candidates(tok.w);
    const slot = this.id * 2;
    let c = form.patternCands[slot] as readonly T[] | undefined;
    if (c === undefined) {
      c = readableAt(this.list, tok, false);
      // Most spellings start no pattern of an index: they share one empty answer rather than keep one each.
      if (c.length === 0) c = NO_CANDIDATES as readonly T[];
      form.patternCands[slot] = c;
    }
    return c;
  }

  /**
   * Candidates that may match at `tokens[at]` at no cost: the first word optional or read exactly (up to free
   * look-alikes). A pattern whose required first word costs something never matches within a zero budget.
   */
  atExact(tokens: readonly Token[], at: number): readonly T[] {
    const tok = tokens[at];
    if (this.open || tok === undefined) return this.at(tokens, at);
    const form = tok.form;
    if (form === undefined || this.id < 0) return readableAt(this.at(tokens, at), tok, true);
    // Beside `at`'s answer: slots stay as low as the index's id, and a form's array as short (an answer at slot
    // 64 + id grew every spelling's array to a hundred slots, a large share of what extraction allocated).
    const slot = this.id * 2 + 1;
    let c = form.patternCands[slot] as readonly T[] | undefined;
    if (c === undefined) {
      const any = this.at(tokens, at);
      c = any.length === 0 ? any : readableAt(any, tok, true);
      if (c.length === 0) c = NO_CANDIDATES as readonly T[];
      form.patternCands[slot] = c;
    }
    return c;
  }

  /** Candidates where the token's word is `w`. */
  candidates(w: string | undefined): readonly T[] {
    if (this.open) return this.list;
    if (w === undefined) return this.list.filter((p) => p.words[0]!.optional);
    return this.byWord.get(w, (word) => this.list.filter((p) => p.words[0]!.optional || lookalikeCost(p.words[0]!.word, word) !== null));
  }
}

const NO_CANDIDATES: readonly never[] = [];

const firstWordOptional = (p: { words: PatternWords }): boolean => p.words[0]!.optional;

/**
 * The patterns of `list` whose first word is optional or can be read as `tok`'s (`exact`: at no cost). Its own
 * function, not a closure in `at`/`atExact`: a closure over the token made V8 allocate a context on every call,
 * the cached answers included (about 40 bytes a call at every token; bench/HISTORY.md, x22).
 */
function readableAt<T extends { words: PatternWords }>(list: readonly T[], tok: Token, exact: boolean): T[] {
  const out: T[] = [];
  for (let k = 0; k < list.length; k++) {
    const p = list[k]!;
    const first = p.words[0]!;
    if (first.optional) out.push(p);
    else {
      const c = tokenCost(tok, first.word, first.id);
      if (c !== null && (!exact || c === 0)) out.push(p);
    }
  }
  return out;
}

/** Best of several patterns at one position: the lowest cost, then the longest. */
export function bestPattern<T>(
  tokens: readonly Token[],
  at: number,
  candidates: readonly { phrase: string; value: T }[],
): { value: T; match: PatternMatch } | null {
  let best: { value: T; match: PatternMatch } | null = null;
  for (const c of indexOf(candidates).at(tokens, at)) {
    const m = matchPatternWords(tokens, at, c.words);
    if (!m) continue;
    if (!best || m.cost < best.match.cost || (m.cost === best.match.cost && m.tokens > best.match.tokens)) {
      best = { value: c.value, match: m };
    }
  }
  return best;
}

interface Compiled<T> {
  words: PatternWords;
  value: T;
}

const indexes = new WeakMap<readonly { phrase: string }[], FirstWordIndex<Compiled<unknown>>>();

/** Candidate lists are module constants (or filtered once per call): each gets its index once. */
function indexOf<T>(candidates: readonly { phrase: string; value: T }[]): FirstWordIndex<Compiled<T>> {
  let ix = indexes.get(candidates) as FirstWordIndex<Compiled<T>> | undefined;
  if (!ix) {
    ix = new FirstWordIndex(candidates.map((c) => ({ words: patternWords(c.phrase), value: c.value })));
    indexes.set(candidates, ix as FirstWordIndex<Compiled<unknown>>);
  }
  return ix;
}
