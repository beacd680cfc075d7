/**
 * Which task of a new version of a document is the same duty as a task of the previous version. Tasks are
 * keyed by position, and a corrected or extended text shifts positions, so the match is by content: how
 * much of the folded wording the two share, helped by being in the same numbered section. Words most tasks
 * of the document use ("giao", "chủ trì", "hoàn thành trước ngày") weigh little, so two duties written in
 * the same formula are not mistaken for each other. Pure.
 */
import { foldForSearch } from '../text/fold';

export interface TaskForMatching {
  key: string;
  sectionPath: string | null;
  /** Original or folded text; folded again here. */
  text: string;
}

export interface TaskMatch {
  previousKey: string;
  nextKey: string;
  /** 0..1: shared wording (Dice over words weighted by rarity), plus a little for the same section. */
  score: number;
}

/**
 * Below this the wording differs too much to call it the same duty. A one-word OCR correction in a
 * ten-word task keeps a Dice of 0.9; two different duties of one section rarely share half their words.
 */
const MIN_TEXT_SIMILARITY = 0.5;
/** Accepted score, with the same-section bonus counted. */
const MIN_SCORE = 0.6;
const SAME_SECTION_BONUS = 0.15;

function words(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const w of foldForSearch(text).split(/[^\p{L}\p{N}]+/u)) {
    if (w) counts.set(w, (counts.get(w) ?? 0) + 1);
  }
  return counts;
}

/** Dice coefficient of the word multisets of two texts (every word weighs the same). */
export function wordSimilarity(a: string, b: string): number {
  return dice(words(a), words(b), () => 1);
}

/** Dice with word weights: shared weight over total weight. */
function dice(wa: Map<string, number>, wb: Map<string, number>, weight: (word: string) => number): number {
  let shared = 0;
  let total = 0;
  for (const [w, n] of wa) {
    shared += Math.min(n, wb.get(w) ?? 0) * weight(w);
    total += n * weight(w);
  }
  for (const [w, n] of wb) total += n * weight(w);
  return total === 0 ? 0 : (2 * shared) / total;
}

/** Inverse document frequency over the given texts: a word in every text weighs least. */
function rarity(texts: Map<string, number>[]): (word: string) => number {
  const df = new Map<string, number>();
  for (const t of texts) for (const w of t.keys()) df.set(w, (df.get(w) ?? 0) + 1);
  return (w) => Math.log(1 + texts.length / (df.get(w) ?? 1));
}

/**
 * One-to-one matches, best first: each previous task goes to the new task it resembles most, unless a
 * better pair already took that task. Previous tasks with no match are left out.
 */
export function matchTasks(previous: TaskForMatching[], next: TaskForMatching[]): TaskMatch[] {
  const pairs: TaskMatch[] = [];
  const nextWords = next.map((t) => ({ task: t, words: words(t.text) }));
  const previousWords = previous.map((t) => words(t.text));
  const weight = rarity([...previousWords, ...nextWords.map((n) => n.words)]);
  for (const [i, p] of previous.entries()) {
    for (const n of nextWords) {
      const similarity = dice(previousWords[i]!, n.words, weight);
      if (similarity < MIN_TEXT_SIMILARITY) continue;
      const sameSection = p.sectionPath !== null && p.sectionPath === n.task.sectionPath;
      const score = Math.min(1, similarity + (sameSection ? SAME_SECTION_BONUS : 0));
      if (score >= MIN_SCORE) pairs.push({ previousKey: p.key, nextKey: n.task.key, score });
    }
  }
  pairs.sort((a, b) => b.score - a.score || a.previousKey.localeCompare(b.previousKey) || a.nextKey.localeCompare(b.nextKey));
  const usedPrevious = new Set<string>();
  const usedNext = new Set<string>();
  const matches: TaskMatch[] = [];
  for (const pair of pairs) {
    if (usedPrevious.has(pair.previousKey) || usedNext.has(pair.nextKey)) continue;
    usedPrevious.add(pair.previousKey);
    usedNext.add(pair.nextKey);
    matches.push(pair);
  }
  return matches;
}
