/**
 * The place levels a body works at, written after "cấp" ("cấp tỉnh", "cấp huyện", "cấp xã"): the level words are
 * data (data/bodyVocabulary.json, adminLevels), read by this one matcher wherever a body's name or a list of bodies
 * may hold a level.
 */
import vocab from '../data/bodyVocabulary.json';
import { firstExactWordsAt, type Token } from '../vocabulary';
import { GENERIC_OWNER_WRITTEN_LEVELS } from './wordSets';
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

/**
 * Whether a level written so starts at token `k` ("cùng cấp" of "Thường trực HĐND cùng cấp"): its folded form is the
 * verb "cung cấp", so a name followed by it is followed by no predicate.
 */
export function writtenLevelAt(tokens: readonly Token[], k: number): boolean {
  return !!firstExactWordsAt(tokens, k, GENERIC_OWNER_WRITTEN_LEVELS, 'written', true);
}
