/**
 * Clauses that say what a heading's body is, not what it must do. Laws, decrees and regulations give a body an
 * article of its own that defines it ("Điều 29. Quỹ phát triển dữ liệu quốc gia" / "1. Quỹ phát triển dữ liệu quốc gia
 * là quỹ tài chính nhà nước ngoài ngân sách ...", "2. ... được hình thành từ các nguồn tài chính sau đây:", "3. ...
 * hoạt động theo nguyên tắc sau đây:"), or open the article with its status ("Đại học Công nghiệp / Hà Nội là đơn vị
 * sự nghiệp công lập ...; có tư cách pháp nhân, con dấu và tài khoản riêng"). The heading names the body those
 * clauses are about; it gives it none of them as a duty, nor the points they announce (sources, principles,
 * members). A clause with a duty of its own ("là cơ quan quản lý ..., có trách nhiệm:") is not a definition. Nor is the
 * body's founding by another ("4. Chính phủ quy định việc thành lập, quản lý, sử dụng Quỹ phát triển dữ liệu quốc
 * gia.", "Điều 18. Văn phòng Ban Chỉ đạo" / "Phó Trưởng Ban Chỉ đạo quyết định thành lập Văn phòng Ban Chỉ đạo ...")
 * a duty of the body founded.
 */
import { parseBodyListAt } from '../bodies';
import { exactWordsAt, longestMatch, spellingTest, type Token } from '../vocabulary';
import { foldKeepLength } from '../folding';
import { committeeOffice, mayOpenCommitteeOffice } from './committeeOffices';
import { sentenceEnd } from './document';
import { BODY_DEFINITIONS, DEFINITION_COPULA, RESPONSIBILITY_PREDICATES, ROLE_NOUNS } from './phrases';
import type { Actor, TaskDocument } from './types';

/**
 * Whether `[from, to)` (a clause under a heading that names `body`) only says what that body is: the body's name
 * restated (whole or its first words: "Quỹ có tư cách pháp nhân"), the rest of a name the heading cut ("Hà Nội"), or
 * no name at all, then a definition (`bodyDefinitions` of clauseWords.json, or "là" not followed by a role in a
 * plan), and no responsibility further on ("có trách nhiệm", "có nhiệm vụ").
 */
export function definesBody(doc: TaskDocument, from: number, to: number, body: readonly Actor[]): boolean {
  const t = doc.tokens;
  let k = from;
  while (k < to && !t[k]!.word) k++;
  k += Math.max(0, ...body.map((a) => restatedWords(doc, a, k, to)));
  for (let n = 0; k < to && n < NAME_TAIL_WORDS && t[k]!.word && t[k]!.cap; n++) k++;
  const copula = exactWordsAt(t, k, DEFINITION_COPULA.written, 'written') && !longestMatch(t, k + 1, ROLE_NOUNS, true);
  if (!copula && !longestMatch(t, k, BODY_DEFINITIONS, true)) return false;
  for (let j = k + 1; j < to; j++) if (t[j]!.word && longestMatch(t, j, RESPONSIBILITY_PREDICATES, true)) return false;
  return true;
}

/** Capitalized words of a name a heading cut at most, before its definition on the next line ("Hà Nội là ..."). */
const NAME_TAIL_WORDS = 4;

/** Tokens at `k` that restate the first words of `a`'s name (folded, word by word), 0 when its first word differs. */
function restatedWords(doc: TaskDocument, a: Actor, k: number, to: number): number {
  const t = doc.tokens;
  let n = 0;
  while (a.parse.from + n < a.parse.to && k + n < to && t[k + n]!.f === t[a.parse.from + n]!.f) n++;
  return n;
}

/**
 * Whether `[from, to)` (a clause under a heading that names `body`) opens with a subject of its own, another body or a
 * committee's office ("Chính phủ", "Phó Trưởng Ban Chỉ đạo"), and names the heading's body again, whole, in its first
 * sentence: the clause says what another does with the body ("... quy định việc thành lập ... Quỹ ...", "... quyết
 * định thành lập Văn phòng Ban Chỉ đạo"), the body is its object.
 */
export function actsOnBody(doc: TaskDocument, from: number, to: number, body: readonly Actor[]): boolean {
  const t = doc.tokens;
  let k = from;
  while (k < to && !t[k]!.word) k++;
  if (!t[k]?.cap || body.some((a) => restatedWords(doc, a, k, to) > 0)) return false;
  const subjectEnd = parseBodyListAt(t, k)?.to ?? officeEnd(doc, k, to);
  if (subjectEnd <= k || !t[subjectEnd]?.word || t[subjectEnd]!.cap) return false;
  const end = sentenceEnd(doc, subjectEnd, to);
  for (let j = subjectEnd + 1; j < end; j++) if (body.some((a) => restatedWords(doc, a, j, end) === a.parse.to - a.parse.from)) return true;
  return false;
}

/** The first word as `committeeOffice` reads it in the folded text (folded by unit, lower case). */
function opensOffice(x: Token): boolean {
  return mayOpenCommitteeOffice(foldKeepLength(x.raw).toLowerCase());
}

/** Words a committee's office is written in at most ("Phó Trưởng Ban Chỉ đạo"). */
const OFFICE_WORDS = 6;

/** The token after a committee's office at `k` (its shortest reading, and the capitalized words of a name after it), else `k`. */
function officeEnd(doc: TaskDocument, k: number, to: number): number {
  const t = doc.tokens;
  // Most subjects are no office: their first word says so, once per spelling, before any slice is read.
  if (!t[k]?.word || !spellingTest(t[k]!, 'opensOffice', opensOffice)) return k;
  for (let e = k + 1; e <= Math.min(to, k + OFFICE_WORDS); e++) {
    if (!t[e - 1]!.word || !committeeOffice(doc.folded.slice(t[k]!.start, t[e - 1]!.end).toLowerCase())) continue;
    while (e < to && t[e]!.word && t[e]!.cap) e++;
    return e;
  }
  return k;
}
