/**
 * A steering or command committee's lower-case field closed by a level: "Ban Chỉ đạo phát triển du lịch các địa
 * phương", "Ban Chỉ đạo tổng kiểm kê tài sản cấp xã", "Ban chi dao 35 cac cap" name the committees of that level,
 * though the field opens with a verb ("phát triển"). Words in `data/bodyVocabulary.json` (committeeLevels,
 * committeeFieldWords, committeeDirecting).
 */
import vocab from '../data/bodyVocabulary.json';
import { firstExactWordsAt, type Token } from '../vocabulary';

/** Levels closing a committee's field ("các địa phương", "cấp xã") and the verbs it acts on others with: folded, split. */
const COMMITTEE_LEVELS: readonly (readonly string[])[] = vocab.committeeLevels.map((q) => q.split(' '));
const COMMITTEE_DIRECTING: readonly (readonly string[])[] = vocab.committeeDirecting.map((q) => q.split(' '));

/**
 * "phát triển du lịch các địa phương" after "Ban Chỉ đạo" at `k`: lower-case words of the line up to a level closing
 * them, within committeeFieldWords, none a verb the committee directs others with ("đôn đốc các tỉnh, thành phố");
 * their token count through the level, or 0.
 */
export function committeeFieldAt(tokens: readonly Token[], k: number): number {
  for (let j = k; j - k <= vocab.committeeFieldWords; j++) {
    const t = tokens[j];
    if (!t?.word || t.cap || t.nl > 0) return 0;
    const level = j > k ? firstExactWordsAt(tokens, j, COMMITTEE_LEVELS, 'folded', true) : undefined;
    if (level) return j + level.length - k;
    if (firstExactWordsAt(tokens, j, COMMITTEE_DIRECTING)) return 0;
  }
  return 0;
}
