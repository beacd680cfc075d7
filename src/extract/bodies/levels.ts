/**
 * The place levels a body works at, written after "cấp" ("cấp tỉnh", "cấp huyện", "cấp xã"): the level words are
 * data (data/bodyVocabulary.json, adminLevels), read by this one matcher wherever a body's name or a list of bodies
 * may hold a level.
 */
import vocab from '../data/bodyVocabulary.json';
import type { Token } from '../vocabulary';
import { isWord } from './words';

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
  return isWord(tokens[k], 'cap') && isLevelWord(tokens[k + 1]);
}
