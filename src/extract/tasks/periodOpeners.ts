/**
 * A period fronted before a clause's subject: "Định kỳ 06 tháng các cơ quan có liên quan báo cáo kết quả ...",
 * "Định kỳ, cơ quan thuế các cấp phải báo cáo ...", "Định kỳ hằng năm, Sở Tài chính ...", "Hằng năm, ...",
 * "Định kỳ trước ngày 31 tháng 12 hằng năm, ...". The subject comes after the period, with or without a comma, so
 * the clause is read from there (clauses.ts, frontedSubject). Words are in `clauseWords.json` (periodOpeners,
 * periodUnits).
 */
import { longestMatch } from '../vocabulary';
import { endsSentence, predicateAt } from './document';
import { DEADLINE_OPENERS, PERIOD_OPENERS, PERIOD_TIMES, PERIOD_UNITS, PERIOD_WITH_LENGTH } from './phrases';
import type { TaskDocument } from './types';

/** Tokens a period may run before its comma ("Định kỳ 06 (sáu) tháng hoặc đột xuất,"). */
const PERIOD_TOKENS = 16;

/** The token after a period fronted at `i` (and its comma), or -1 when none opens the clause there. */
export function afterPeriod(doc: TaskDocument, i: number, end: number): number {
  const t = doc.tokens;
  const opener = longestMatch(t, i, PERIOD_OPENERS, true);
  if (!opener) return -1;
  let k = i + opener.n;
  // "Định kỳ 06 tháng", "Định kỳ hằng năm", "Định kỳ 6 tháng một lần": the period's length.
  if (longestMatch(t, i, PERIOD_WITH_LENGTH, true)?.n === opener.n) {
    const every = longestMatch(t, k, PERIOD_OPENERS, true);
    if (every) k += every.n;
    else if (/^\d+$/.test(t[k]?.f ?? '') && longestMatch(t, k + 1, PERIOD_UNITS, true)) k += 2;
    if (/^(mot|\d+)$/.test(t[k]?.f ?? '') && longestMatch(t, k + 1, PERIOD_TIMES, true)?.n === 1) k += 2;
  }
  if (t[k]?.raw !== ',') {
    // A longer period runs to its comma, a verb before it makes the period an adverb of the clause's own duty
    // ("định kỳ tham mưu Ban Thường vụ Tỉnh ủy, ...": the words after the comma are objects, no subject).
    let c = k + (t[k]?.raw === '(' ? 1 : 0);
    c += longestMatch(t, c, DEADLINE_OPENERS, true)?.n ?? 0;
    while (c < end && c < k + PERIOD_TOKENS && t[c]!.raw !== ',') {
      // "hằng năm", "tháng": the period's own words ("năm" may read as the verb "nắm").
      const own = longestMatch(t, c, PERIOD_OPENERS, true) ?? longestMatch(t, c, PERIOD_UNITS, true);
      if (own) {
        c += own.n;
        continue;
      }
      if (t[c]!.raw === ';' || t[c]!.raw === ':' || endsSentence(doc, c) || (t[c]!.word && predicateAt(doc, c, end))) break;
      c++;
    }
    if (t[c]?.raw === ',') k = c;
  }
  if (t[k]?.raw === ',') k++;
  return k < end && t[k]!.word ? k : -1;
}
