/**
 * Capitalized words the vocabulary does not know, running a named body's name on: "Cảng vụ Hàng hải Quy Nhơn",
 * "Chi nhánh Ngân hàng Chính sách xã hội Phú Yên". The parser stops at the first unknown word; whether the words
 * belong to the name is decided by what follows them (a duty: tasks/nameTail.ts; another member of a list:
 * lists.ts). A person's name after an office ("Giám đốc Sở Y tế Nguyễn Văn A"), another body (a comma lost between
 * two) and a known name the run would cut ("Ban Bí thư Trung | ương") are no such words.
 */
import { longestMatch, NAME_WORDS, NAMED_HEADS, type Token } from '../vocabulary';
import type { BodyParse } from './bodyParse';
import { completeOrgAt } from './heads';
import { personNameAt } from './persons';
import { nameWordOnLine as nameWord } from './words';

/** Unknown capitalized words a name may run on for at most. */
const TAIL_WORDS = 4;

/** The count of such words after `last` at `k` (its end), or 0. */
export function unknownNameTailAt(tokens: readonly Token[], last: BodyParse, k: number): number {
  if (last.group || last.to !== k || !nameWord(tokens[k]) || personNameAt(tokens, k) > 0) return 0;
  if (completeOrgAt(tokens, k) > 0 || headAsWritten(tokens, k)) return 0;
  let j = k;
  while (j - k < TAIL_WORDS && nameWord(tokens[j])) j++;
  if (nameWord(tokens[j])) return 0;
  for (let m = k; m < j; m++) if (m + (longestMatch(tokens, m, NAME_WORDS, true)?.n ?? 0) > j) return 0;
  return j - k;
}

/** A head of a named body written exactly so at `k` ("Quỹ", not "Quy Nhơn"): another body starts there. */
function headAsWritten(t: readonly Token[], k: number): boolean {
  const h = longestMatch(t, k, NAMED_HEADS, true);
  return !!h && h.p.written.every((w, n) => t[k + n]?.raw.toLowerCase() === w);
}
