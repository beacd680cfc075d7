/**
 * Words that name a kind of document ("Nghị quyết", "Quyết định", "Văn bản", ...), matched OCR-tolerantly on
 * folded tokens: `Nghi quyét`, `QUYET PINH`, `Ké hoach`, `Vian ban`, `Pé 4n`, `Ludt` all read correctly.
 */
import { DOCUMENT_KINDS, type DocumentKind } from './types';
import kindData from './data/documentKinds.json';

/** A kind named in the data file; a typo there is a bug to fix, not a word to drop silently. */
export function documentKind(s: string): DocumentKind {
  const k = DOCUMENT_KINDS.find((x) => x === s);
  if (!k) throw new Error(`data/documentKinds.json: unknown document kind "${s}"`);
  return k;
}
import { FirstWordIndex, matchPattern, matchPatternWords, patternWords, type WordForm, type PatternWords, type Token } from './matching';
import { BoundedMemo } from './memo';

interface KindWord {
  kind: DocumentKind;
  phrase: string;
  /** Display form with diacritics, for messages. */
  display: string;
}

export const KIND_WORDS: readonly KindWord[] = kindData.kinds.map((k) => ({ ...k, kind: documentKind(k.kind) }));

/** Words that may follow a kind word and belong to it: "Chương trình hành động", "Thông báo kết luận". */
const KIND_SUFFIXES: readonly string[] = kindData.suffixes;

export interface KindMatch {
  kind: DocumentKind;
  /** Index of the first token of the kind phrase. */
  first: number;
  /** Tokens consumed, suffix included. */
  tokens: number;
  cost: number;
}

const KIND_INDEX = new FirstWordIndex<{ words: PatternWords; kind: DocumentKind }>(
  KIND_WORDS.map((k) => ({ words: patternWords(k.phrase), kind: k.kind })),
);

/** Results per token array (a document's tokens are read several times: named citations, list items). */
const kindMemos = new WeakMap<readonly Token[], (KindMatch | null | undefined)[]>();
let lastTokens: readonly Token[] | null = null;
let lastMemo: (KindMatch | null | undefined)[] = [];

/** The kind phrase that starts at token `at`, suffix included ("Chương trình hành động"). */
export function kindAt(tokens: readonly Token[], at: number): KindMatch | null {
  if (tokens.length < 64) return kindAtUncached(tokens, at);
  if (tokens !== lastTokens) {
    let memo = kindMemos.get(tokens);
    if (!memo) {
      memo = new Array(tokens.length);
      kindMemos.set(tokens, memo);
    }
    lastTokens = tokens;
    lastMemo = memo;
  }
  const known = lastMemo[at];
  if (known !== undefined) return known;
  const r = kindAtUncached(tokens, at);
  if (at >= 0 && at < tokens.length) lastMemo[at] = r;
  return r;
}

/**
 * Whether a kind phrase of one of `kinds` can start at token `at`: a cheap test (remembered per spelling)
 * for scans that want only some kinds, before the full `kindAt`.
 */
export function mayStartKind(tokens: readonly Token[], at: number, kinds: readonly DocumentKind[]): boolean {
  // Scans ask at every token: the kinds a spelling may start are kept on its form as one mask.
  const form = tokens[at]?.form;
  let starts = form === undefined ? -1 : form.kindStarts;
  if (starts < 0) {
    const candidates = KIND_INDEX.at(tokens, at);
    starts = candidates.length === 0 ? 0 : kindMask(candidates);
    if (form !== undefined) form.kindStarts = starts;
  }
  // Most words start no kind phrase: answered without looking up the kinds' mask.
  return starts !== 0 && (starts & kindMask(kinds)) !== 0;
}

/** Bit of each document kind, for `kindMask`. */
const KIND_BIT = new Map<DocumentKind, number>(DOCUMENT_KINDS.map((k, i) => [k, 2 ** i]));
if (DOCUMENT_KINDS.length > 30) throw new Error('documentKinds.ts: kind masks hold 30 kinds; use a wider mask.');
/** Masks of kind lists and candidate lists (each a constant or cached per spelling: computed once each). */
const masks = new WeakMap<readonly unknown[], number>();

function kindMask(list: readonly (DocumentKind | { kind: DocumentKind })[]): number {
  let m = masks.get(list);
  if (m === undefined) {
    m = 0;
    for (const x of list) m |= KIND_BIT.get(typeof x === 'string' ? x : x.kind)!;
    masks.set(list, m);
  }
  return m;
}

/** Common word pairs that an OCR-tolerant match would read as a kind word ("Ủy ban" as "Văn bản"). */
const NEVER_KINDS: ReadonlySet<string> = new Set(kindData.neverKinds);

function kindAtUncached(tokens: readonly Token[], at: number): KindMatch | null {
  const head = kindHead(tokens, at);
  if (!head) return null;
  if (head.cost > 0 && NEVER_KINDS.has(tokens.slice(at, at + head.tokens).map((t) => t.w).join(' '))) return null;
  const best: KindMatch = { kind: head.kind, first: at, tokens: head.tokens, cost: head.cost };
  for (const s of KIND_SUFFIXES) {
    const m = matchPattern(tokens, at + best.tokens, s);
    if (m && m.cost === 0) {
      best.tokens += m.tokens;
      break;
    }
  }
  return best;
}

interface KindHead {
  kind: DocumentKind;
  tokens: number;
  cost: number;
}

/**
 * Kind phrases are one or two words: the best one at a token depends only on that word and the next. Known
 * pairs are remembered by the words' shared records, so each distinct pair is matched once.
 */
/** Next words remembered per word: a word is followed by a few hundred different words at most in practice. */
const KIND_HEADS_PER_WORD = 4_096;

function kindHead(tokens: readonly Token[], at: number): KindHead | null {
  const t0 = tokens[at];
  const t1 = tokens[at + 1];
  const i0 = t0?.form;
  if (!i0 || (t1 && !t1.form)) return kindHeadUncached(tokens, at);
  // Most words start no kind phrase at all: no pair to remember.
  if (KIND_INDEX.at(tokens, at).length === 0) return null;
  const byNext = (i0.kindHeads ??= new BoundedMemo<number, unknown>(KIND_HEADS_PER_WORD)) as BoundedMemo<number, KindHead | null>;
  // By the next word's form id (a small integer: cheaper to look up than the form itself); -1 at the end.
  const key = t1 ? t1.form!.id : -1;
  let h = byNext.peek(key);
  if (h === undefined) {
    h = kindHeadUncached(tokens, at);
    byNext.set(key, h);
  }
  return h;
}

function kindHeadUncached(tokens: readonly Token[], at: number): KindHead | null {
  const first = tokens[at]?.w;
  // Cheap reject: every kind word is 2 to 6 letters long and OCR adds at most two.
  if (!first || first.length > 8 || !/[a-z]/.test(first)) return null;
  let best: KindHead | null = null;
  // Only the kind words whose first word can be read as this token.
  for (const k of KIND_INDEX.at(tokens, at)) {
    const m = matchPatternWords(tokens, at, k.words);
    if (!m) continue;
    if (!best || m.cost < best.cost || (m.cost === best.cost && m.tokens > best.tokens)) {
      best = { kind: k.kind, tokens: m.tokens, cost: m.cost };
    }
  }
  return best;
}

/**
 * The kind phrase that ends exactly at token `last` (inclusive), e.g. the "Nghị quyết" of "Nghị quyết số
 * 05-NQ/TU" when `last` is the token before "số".
 */
export function kindEndingAt(tokens: readonly Token[], last: number): KindMatch | null {
  let best: KindMatch | null = null;
  for (let len = 1; len <= 4; len++) {
    const at = last - len + 1;
    if (at < 0) break;
    const m = kindAt(tokens, at);
    if (m && m.tokens === len && (!best || m.cost < best.cost || (m.cost === best.cost && m.tokens > best.tokens))) {
      best = m;
    }
  }
  return best;
}

/** "số" as OCR writes it, folded: `so`, `s6`, `sb`, `se`, `s0`, `s`, `56`, `5o`, `$s6`. */
export function isSoToken(w: string): boolean {
  return /^\$?(?:s[o0-9bdeq]?|5[o0-9])$/.test(w);
}
