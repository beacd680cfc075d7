/**
 * The place levels a body works at, written after "cấp" ("cấp tỉnh", "cấp huyện", "cấp xã"): the level words are
 * data (data/bodyVocabulary.json, adminLevels), read by this one matcher wherever a body's name or a list of bodies
 * may hold a level.
 */
import vocab from '../data/bodyVocabulary.json';
import { hasMarks } from '../folding';
import { firstExactWordsAt, tokenFuzzy, type Token } from '../vocabulary';
import { GENERIC_OWNER_LEVELS } from './wordSets';
import { isWord, writtenLevelAt } from './words';

/** The level words, folded ("tinh", "huyen", "xa"). */
const LEVEL_WORDS: ReadonlySet<string> = new Set(vocab.adminLevels);

/** Whether `t` is a level word ("tỉnh" of "cấp tỉnh"). */
export function isLevelWord(t: Token | undefined): boolean {
  return !!t && t.word && LEVEL_WORDS.has(t.f);
}

/** A level in folded text, as a regular expression's source ("cap xa"). */
export const FOLDED_LEVEL_PATTERN = `cap (?:${vocab.adminLevels.join('|')})`;

/** Whether a level ("cấp" and a level word: "cấp xã") starts at token `k`. */
export function levelAt(tokens: readonly Token[], k: number): boolean {
  return (isWord(tokens[k], 'cap') || lostMarksOfCap(tokens[k])) && isLevelWord(tokens[k + 1]);
}

/** "cấp" as an OCR that lost its marks writes it before a level word ("cip xa": â read as i). */
function lostMarksOfCap(t: Token | undefined): boolean {
  return !!t?.word && !hasMarks(t.raw) && tokenFuzzy(t, 'cap');
}

/**
 * The level that says which committee of a kind owns a standing part ("Ban Thường vụ cấp ủy cấp trên trực tiếp",
 * "Thường trực HĐND cùng cấp"), starting at token `k`: its token count, or 0. "cùng cấp" is matched as written
 * (writtenLevelAt, words.ts: a test of words as written, which the predicate tests share), the others folded.
 */
export function genericOwnerLevelAt(tokens: readonly Token[], k: number): number {
  return firstExactWordsAt(tokens, k, GENERIC_OWNER_LEVELS, 'folded', true)?.length ?? writtenLevelAt(tokens, k);
}
