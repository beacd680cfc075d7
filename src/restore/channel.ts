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

const readingMemo = new BoundedMemo<string, Reading[]>(50_000);

/** Every folded key the observed token may spell, with at most MAX_REWRITES look-alike rules applied. */
function readings(observed: string): Reading[] {
  return readingMemo.get(observed, computeReadings);
}

function computeReadings(observed: string): Reading[] {
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

/** Cost of the marks: the observed letters against the candidate's, letter by letter. */
function markCost(reading: Reading, spelling: string, damage: DamageLevel): number {
  const letters = [...spelling];
  let cost = 0;
  letters.forEach((letter, i) => {
    const seen = reading.observed[i];
    if (seen === undefined || seen === null) return;
    if (seen === letter) {
      if (!hasMark(letter) && MARKABLE.has(letter)) cost += damage.keptPlain;
      return;
    }
    cost += hasMark(seen) ? damage.wrongMark : damage.lostMark;
  });
  return cost;
}

const knownCandidates = perDamageLevel(computeCandidates);

/** The syllables an observed token may be, cheapest first (at most MAX_CANDIDATES). */
export function candidatesFor(observed: string, model: SyllableModel, damage: DamageLevel): Candidate[] {
  return knownCandidates(observed.toLowerCase(), model, damage);
}

function computeCandidates(lower: string, model: SyllableModel, damage: DamageLevel): Candidate[] {
  const best = new Map<string, number>();
  for (const reading of readings(lower)) {
    for (const spelling of model.spellings(reading.key)) {
      if ([...spelling].length !== reading.observed.length) continue;
      const cost = reading.cost + markCost(reading, spelling, damage);
      if (cost < (best.get(spelling) ?? Infinity)) best.set(spelling, cost);
    }
  }
  // Kept: the cheapest explanations, ranked with how common each syllable is, so that among equally likely
  // readings the rare ones give way (the decoder then weighs the context).
  const rank = (spelling: string, cost: number) => cost - Math.log(model.count(spelling) + 1);
  return [...best]
    .map(([spelling, cost]) => ({ spelling, cost }))
    .sort((a, b) => rank(a.spelling, a.cost) - rank(b.spelling, b.cost))
    .slice(0, MAX_CANDIDATES);
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
