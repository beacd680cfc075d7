/** Helpers of a named head's name words: a ministry's unit closed by its ministry, commas and function words inside. */
import vocab from '../data/bodyVocabulary.json';
import {
  GENERIC_NOUNS,
  NAME_WORDS,
  PREDICATE_STARTS,
  DUTIES_NOT_IN_NAMES,
  STOP_WORDS,
  STOP_WORD_SPELLINGS,
  longestMatch,
  phrases,
  type Phrase,
  type Token,
} from '../vocabulary';
import { LOCAL_UNITS } from './wordSets';
import { DASH } from './bodyParse';
import { COMMA, headWrittenAt, isCac, isPredicateAt, isStopAt, isWord } from './words';
import { localityAt } from './genericLists';

/** Heads of a ministry's units, named in lower-case words too ("Cục Cảnh sát giao thông", "Vụ Pháp chế"). */
export const MINISTRY_UNIT_HEADS = phrases(vocab.ministryUnitHeads);
/** Lower-case words a ministry's unit is named by at most before its ministry. */
const MINISTRY_UNIT_WORDS = 10;

/**
 * Lower-case words at `k` on one line up to ", Bộ <field>" or "- Bộ <field>" (the ministry the unit belongs to):
 * their count and the tokens up to the ministry's end, or null.
 */
export function ministryClosedTail(tokens: readonly Token[], k: number): { words: number; n: number } | null {
  let j = k;
  while (j - k < MINISTRY_UNIT_WORDS && tokens[j]?.word && !tokens[j]!.cap && tokens[j]!.nl === 0) {
    // A duty verb is the sentence's ("Cục Thuế thực hiện, Bộ Tài chính ...").
    const verb = longestMatch(tokens, j, PREDICATE_STARTS, true);
    // ... one word long only when no word follows it ("giao thông" names a field).
    const single = verb?.p.words.length === 1 && !!tokens[j + 1]?.word && !tokens[j + 1]!.cap;
    if (verb && !single && DUTIES_NOT_IN_NAMES.has(verb.p.words.join(' '))) return null;
    // A place or level ends the name ("Cục Thuế tỉnh, Bộ Tài chính" are two), so does a function word but "về".
    if (localityAt(tokens, j, false) > 0 || tokens[j]!.f === 'cap' || (tokens[j]!.f !== 've' && isStopAt(tokens, j))) return null;
    j++;
  }
  const sep = tokens[j];
  if (j === k || !sep || (sep.raw !== COMMA && !DASH.test(sep.raw)) || sep.nl > 0) return null;
  const bo = tokens[j + 1];
  if (!bo?.cap || bo.f !== 'bo' || bo.nl > 0) return null;
  const field = longestMatch(tokens, j + 2, NAME_WORDS, true) ?? (isWord(tokens[j + 2], 'cong') && isWord(tokens[j + 3], 'an') ? { n: 2 } : null);
  if (!field || !tokens[j + 2]!.cap) return null;
  return { words: j - k, n: j + 2 + field.n - k };
}

/**
 * Lower-case words after a comma that end the item of a list separated by semicolons: still the name ("Cục
 * Quản lý Khám, chữa bệnh; Thủ trưởng ..."), as a list that separates its items by ";" keeps its commas inside
 * them. Token count, or 0 when another body, a verb or a function word comes first.
 */
export function innerCommaWords(tokens: readonly Token[], i: number): number {
  let j = i;
  while (j - i < 3 && tokens[j]?.word && !tokens[j]!.cap && !/\d/.test(tokens[j]!.f)) {
    if (isPredicateAt(tokens, j) || isStopAt(tokens, j) || isCac(tokens[j]) || longestMatch(tokens, j, GENERIC_NOUNS, true) || headWrittenAt(tokens, j, LOCAL_UNITS)) return 0;
    j++;
  }
  return j > i && tokens[j]?.raw === ';' ? j - i : 0;
}

/** Whether a fuzzy match at `k` reads a function word, written with its own marks, as another word of the phrase. */
export function swallowsStopWord(tokens: readonly Token[], k: number, m: { p: Phrase; n: number }): boolean {
  for (let j = 1; j < m.n; j++) {
    const x = tokens[k + j]!;
    if (x.word && x.f !== m.p.words[j] && STOP_WORDS.has(x.f) && STOP_WORD_SPELLINGS[x.f]?.includes(x.raw.toLowerCase())) return true;
  }
  return false;
}

/** Whether the `n` tokens at `k` are the phrase's words exactly, any dash for any dash ("Thi đua – Khen thưởng"). */
export function sameWords(tokens: readonly Token[], k: number, n: number, p: Phrase): boolean {
  const dash = (w: string) => w.replace(/^[–—]$/, '-');
  return n === p.words.length && p.words.every((w, j) => dash(tokens[k + j]?.f ?? '') === dash(w));
}
