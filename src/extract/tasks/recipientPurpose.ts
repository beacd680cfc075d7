/**
 * "... gửi Thường trực Hội đồng nhân dân Thành phố để xem xét, giao các Ban của Hội đồng nhân dân Thành phố thực hiện
 * thẩm tra", "... đồng thời gửi Văn phòng UBND tỉnh để có cơ sở đôn đốc các sở, ngành liên quan triển khai thực
 * hiện": after a sending or reporting verb, "để" opens what the recipient will do with what it gets. A body it will
 * task or press there is given nothing by this text (LEAD "các Ban ...", "các sở, ngành liên quan" were read).
 * Seen in a city HĐND resolution, a provincial regulation, and reports "để xem xét, chỉ đạo" of a national office's
 * notice and a province's plan (with no body named).
 */
import { exactWordsAt, writtenAs, type Token } from '../vocabulary';
import { endsSentence } from './document';
import type { TaskDocument } from './types';
import words from './clauseWords.json';

/** The purpose word, written ("để", not "đề"). */
const PURPOSE = words.recipientPurposeWord.normalize('NFC');
/** Sending and reporting verbs, their words as written each ("chuyển", not "chuyên" of "chuyên môn"). */
const SENDING_VERBS: readonly (readonly string[])[] = words.recipientPurposeVerbs.map((v) => v.normalize('NFC').toLowerCase().split(' '));

/** Words between "để" and the trigger of the recipient's act ("để xem xét, giao", "để có cơ sở đôn đốc"). */
const PURPOSE_TO_TRIGGER = 6;
/** Words looked back from "để" for the sending verb, the verb included (the thing sent and its recipient). */
const VERB_TO_PURPOSE = 16;

/** Whether the trigger at `at` (an assignment or a direction) stands in a purpose clause a sent text's recipient acts in. */
export function inRecipientPurpose(doc: TaskDocument, at: number): boolean {
  const t = doc.tokens;
  const purpose = wordBackInClause(doc, at, PURPOSE_TO_TRIGGER + 1, (x) => x.f === 'de' && writtenAs(t, x, PURPOSE));
  if (purpose < 0) return false;
  return wordBackInClause(doc, purpose, VERB_TO_PURPOSE, (_, j) => SENDING_VERBS.some((v) => exactWordsAt(t, j, v, 'written'))) >= 0;
}

/**
 * The token of the first of the `words` words before `at`, in the same clause (no ";" or sentence end between),
 * that passes `test`; else -1.
 */
function wordBackInClause(doc: TaskDocument, at: number, words: number, test: (x: Token, j: number) => boolean): number {
  const t = doc.tokens;
  for (let j = at - 1, n = 0; j >= 0 && n < words; j--) {
    const x = t[j]!;
    if (!x.word) {
      if (x.raw === ';' || endsSentence(doc, j)) return -1;
      continue;
    }
    n++;
    if (test(x, j)) return j;
  }
  return -1;
}
