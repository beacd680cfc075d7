/**
 * The noisy channel: which syllables an observed (possibly damaged) token may have been, and how costly
 * each explanation is. Costs are natural-log units, so they add to the language model's log scores.
 *
 * An explanation has two parts: OCR look-alikes read backwards (`ocrLookalikes.json`: "ir" may be "ư", "6"
 * may be "ô"), and marks: a letter printed plain where the word has a mark (diacritics lost), or with another
 * mark than the word's (diacritics misread). How likely a lost mark is depends on the text (`DamageLevel`).
 */
import { fold } from '../text/fold';
import lookalikes from './ocrLookalikes.json';
import type { SyllableModel } from './languageModel';
import { BoundedMemo } from '../extract/memo';
import { perDamageLevel } from './perDamageLevel';

interface LookalikeRule {
  seen: string;
  meant: string;
  cost: number;
  initialOnly?: boolean;
}

const RULES: readonly LookalikeRule[] = (lookalikes as { rules: LookalikeRule[] }).rules;
const MAX_REWRITES = 2;
const MAX_CANDIDATES = 8;

/** How damaged a text's marks are, estimated from the text itself (`estimateDamage`). */
export interface DamageLevel {
  /** Cost of a letter printed plain where the word has a mark. */
  lostMark: number;
  /** Cost of a letter printed with another mark than the word's. */
  wrongMark: number;
  /** Cost of keeping a plain letter plain (the complement of losing a mark). */
  keptPlain: number;
}

export interface Candidate {
  /** Lower-case NFC syllable. */
  spelling: string;
  /** Channel cost of reading `spelling` as the observed token. */
  cost: number;
}

interface Reading {
  key: string;
  /** Per folded letter of `key`: the observed letter it came from, or null when an OCR rule produced it. */
  observed: (string | null)[];
  cost: number;
}

/** Every folded key the observed token may spell, with at most MAX_REWRITES look-alike rules applied. */
function readings(observed: string): Reading[] {
  const chars = [...observed];
  const out: Reading[] = [];
  const walk = (i: number, key: string, aligned: (string | null)[], cost: number, rewrites: number) => {
    if (i >= chars.length) {
      out.push({ key, observed: aligned, cost });
      return;
    }
    const ch = chars[i]!;
    const folded = fold(ch);
    if (/^[a-z]$/.test(folded)) walk(i + 1, key + folded, [...aligned, ch], cost, rewrites);
    if (rewrites >= MAX_REWRITES) return;
    for (const rule of RULES) {
      if (rule.initialOnly && i !== 0) continue;
      const seen = [...rule.seen];
      if (chars.slice(i, i + seen.length).join('') !== rule.seen) continue;
      walk(i + seen.length, key + rule.meant, [...aligned, null], cost + rule.cost, rewrites + 1);
    }
  };
  walk(0, '', [], 0, 0);
  return out;
}

/** Letters that a mark could have been lost from. */
const MARKABLE = new Set(['a', 'e', 'i', 'o', 'u', 'y', 'd']);

function hasMark(letter: string): boolean {
  return letter !== fold(letter) || letter === 'đ';
}

/** What a letter of a reading costs, priced by the damage level: 0 ends a list of marks (`markCodes`). */
const KEPT_PLAIN = 1;
const WRONG_MARK = 2;
const LOST_MARK = 3;
/** Two bits per costing letter in an int: syllables are far shorter than this. */
const MAX_MARK_CODES = 15;

/**
 * The marks of a reading against a spelling, letter by letter, as the list of costs they add (two bits each,
 * first letter lowest): which costs apply does not depend on the damage level, only their amounts do.
 */
function markCodes(reading: Reading, spelling: string): number {
  const letters = [...spelling];
  let codes = 0;
  let shift = 0;
  const add = (code: number) => {
    if (shift >= MAX_MARK_CODES * 2) throw new RangeError(`Syllable too long for restoration's mark codes: ${spelling}`);
    codes |= code << shift;
    shift += 2;
  };
  letters.forEach((letter, i) => {
    const seen = reading.observed[i];
    if (seen === undefined || seen === null) return;
    if (seen === letter) {
      if (!hasMark(letter) && MARKABLE.has(letter)) add(KEPT_PLAIN);
      return;
    }
    add(hasMark(seen) ? WRONG_MARK : LOST_MARK);
  });
  return codes;
}

/** Cost of the marks at a damage level: the costs `markCodes` lists, added in letter order. */
function markCost(codes: number, damage: DamageLevel): number {
  let cost = 0;
  for (let rest = codes; rest !== 0; rest >>>= 2) {
    const code = rest & 3;
    cost += code === KEPT_PLAIN ? damage.keptPlain : code === WRONG_MARK ? damage.wrongMark : damage.lostMark;
  }
  return cost;
}

/**
 * How an observed token may be read as known syllables, before a damage level prices the marks: the same
 * for every document, so it is worked out once per token (and model) while the prices are a document's.
 */
interface Explanations {
  /** The syllables reached, in the order first reached. */
  spellings: string[];
  /** log(count + 1) of each: among equally likely readings the common syllable ranks first. */
  commonness: Float64Array;
  /** Per (reading, syllable) pair, in the order reached: the syllable's index in `spellings`, ... */
  spellingOf: Int32Array;
  /** ... the look-alike rules' cost, ... */
  rulesCost: Float64Array;
  /** ... and the marks' costs (`markCodes`). */
  marks: Int32Array;
}

function explain(lower: string, model: SyllableModel): Explanations {
  const index = new Map<string, number>();
  const spellingOf: number[] = [];
  const rulesCost: number[] = [];
  const marks: number[] = [];
  for (const reading of readings(lower)) {
    for (const spelling of model.spellings(reading.key)) {
      if ([...spelling].length !== reading.observed.length) continue;
      let at = index.get(spelling);
      if (at === undefined) index.set(spelling, (at = index.size));
      spellingOf.push(at);
      rulesCost.push(reading.cost);
      marks.push(markCodes(reading, spelling));
    }
  }
  const spellings = [...index.keys()];
  return {
    spellings,
    commonness: Float64Array.from(spellings, (spelling) => Math.log(model.count(spelling) + 1)),
    spellingOf: Int32Array.from(spellingOf),
    rulesCost: Float64Array.from(rulesCost),
    marks: Int32Array.from(marks),
  };
}

/** Explanations per model, bounded: a long ingest meets ever more damaged spellings. */
const explained = new WeakMap<SyllableModel, BoundedMemo<string, Explanations>>();
const EXPLAINED_TOKENS = 20_000;

function explanationsOf(lower: string, model: SyllableModel): Explanations {
  let memo = explained.get(model);
  if (!memo) explained.set(model, (memo = new BoundedMemo(EXPLAINED_TOKENS)));
  return memo.get(lower, (token) => explain(token, model));
}

const knownCandidates = perDamageLevel(computeCandidates);

/** The syllables an observed token may be, cheapest first (at most MAX_CANDIDATES). */
export function candidatesFor(observed: string, model: SyllableModel, damage: DamageLevel): Candidate[] {
  return knownCandidates(observed.toLowerCase(), model, damage);
}

/** Scratch for pricing one token's syllables (grown to the most syllables a token has reached). */
let priced = new Float64Array(64);
let ranked = new Float64Array(64);

function computeCandidates(lower: string, model: SyllableModel, damage: DamageLevel): Candidate[] {
  const { spellings, commonness, spellingOf, rulesCost, marks } = explanationsOf(lower, model);
  const n = spellings.length;
  if (priced.length < n) {
    priced = new Float64Array(n);
    ranked = new Float64Array(n);
  }
  // Each syllable at the cost of its cheapest reading.
  const best = priced.fill(Infinity, 0, n);
  for (let j = 0; j < spellingOf.length; j++) {
    const cost = rulesCost[j]! + markCost(marks[j]!, damage);
    const at = spellingOf[j]!;
    if (cost < best[at]!) best[at] = cost;
  }
  // Kept: the cheapest explanations, ranked with how common each syllable is, so that among equally likely
  // readings the rare ones give way (the decoder then weighs the context). Ties keep the order the syllables
  // were reached in: the first MAX_CANDIDATES of a stable sort by rank, picked by insertion.
  const kept: number[] = [];
  for (let i = 0; i < n; i++) {
    const rank = best[i]! - commonness[i]!;
    if (kept.length === MAX_CANDIDATES && !(rank < ranked[MAX_CANDIDATES - 1]!)) continue;
    let at = Math.min(kept.length, MAX_CANDIDATES - 1);
    if (kept.length < MAX_CANDIDATES) kept.push(0);
    while (at > 0 && ranked[at - 1]! > rank) {
      ranked[at] = ranked[at - 1]!;
      kept[at] = kept[at - 1]!;
      at--;
    }
    ranked[at] = rank;
    kept[at] = i;
  }
  return kept.map((i) => ({ spelling: spellings[i]!, cost: best[i]! }));
}

/**
 * Damage of a text from its own letters: clean Vietnamese marks about `markedShare` of its syllables, so a
 * text whose known syllables carry marks less often has lost them. A clean text makes a lost mark expensive
 * (correct unmarked words stay), a stripped one makes it cheap.
 */
export function estimateDamage(tokens: readonly string[], model: SyllableModel, markedShare: number): DamageLevel {
  const counts = new Map<string, number>();
  for (const token of tokens) counts.set(token, (counts.get(token) ?? 0) + 1);
  return estimateDamageOfCounts(counts, model, markedShare);
}

/** `estimateDamage` of tokens counted by distinct token (a document repeats its words: each is looked up once). */
export function estimateDamageOfCounts(counts: ReadonlyMap<string, number>, model: SyllableModel, markedShare: number): DamageLevel {
  let known = 0;
  let marked = 0;
  for (const [token, n] of counts) {
    const lower = token.toLowerCase();
    if (!model.spellings(fold(lower)).length) continue;
    known += n;
    if ([...lower].some(hasMark)) marked += n;
  }
  const observedShare = known ? marked / known : markedShare;
  // Share of marked letters that came out plain, bounded away from 0 and 1 so neither reading is impossible.
  const lost = Math.min(0.95, Math.max(0.01, 1 - observedShare / markedShare));
  return { lostMark: -Math.log(lost), wrongMark: lost > 0.2 ? -Math.log(0.005) : -Math.log(0.005), keptPlain: -Math.log(1 - lost * 0.5) };
}
