/**
 * A body told apart by where something is or happens, before its duty: "Chủ tịch Ủy ban nhân dân các phường, xã nơi
 * cơ quan thi hành án dân sự khu vực đóng trụ sở quyết định phê duyệt ...", "Ủy ban nhân dân cấp xã nơi xảy ra sự cố
 * công bố kết thúc ...", "Ủy ban nhân dân cấp xã nơi có đất có trách nhiệm ...". The body parser stops before "nơi",
 * so no predicate followed the subject and the clause had none. The relative clause ("nơi" and its words) belongs to
 * the body's name, as annotators write it, when a clear predicate ends it: a word that ends names ("có", "quyết
 * định"), a responsibility, a modal, or a duty verb of two words or more. Its first word is its own ("nơi có ...",
 * "nơi bảo quản tài sản") and a body inside it is its own subject ("nơi cơ quan thi hành án ... đóng trụ sở").
 * The word "nơi" is data (clauseWords.json: placeRelative).
 */
import { parseBodyListAt, type BodyListParse } from '../bodies';
import { exactLongestMatch, exactWordsAt, NAME_ENDERS, PREDICATE_STARTS } from '../vocabulary';
import { extendLast } from './qualifiedKinds';
import { DUTY_VERBS, PLACE_RELATIVE, QUALIFIER_MODALS, RESPONSIBILITY_PREDICATES } from './phrases';
import type { TaskDocument } from './types';

/** Words a relative clause of place holds at most before the duty ("nơi cơ quan thi hành án dân sự khu vực đóng trụ sở"). */
const RELATIVE_WORDS = 12;

/** The list with the relative clause of place after its last body, when a clear predicate ends it; else the list. */
export function withPlaceRelative(doc: TaskDocument, list: BodyListParse, end: number): BodyListParse {
  const t = doc.tokens;
  const at = list.to;
  const x = t[at];
  // Written in lower case, as a relative: "Nơi nhận", a heading, is none.
  if (!x?.word || x.cap || !exactWordsAt(t, at, PLACE_RELATIVE.words)) return list;
  const from = at + PLACE_RELATIVE.words.length;
  if (!t[from]?.word) return list;
  for (let j = from + 1; j < end && j - from <= RELATIVE_WORDS; j++) {
    if (!t[j]!.word) return list;
    if (endsRelative(doc, j)) return extendLast(doc, list, j);
    // "nơi cơ quan thi hành án dân sự khu vực đóng trụ sở": the relative's own subject.
    const inner = parseBodyListAt(t, j, { bareGeneric: true });
    if (inner && inner.to > j + 1 && inner.to < end) j = inner.to - 1;
  }
  return list;
}

/**
 * A predicate that cannot be the relative's own at `j`, its words as written ("sự cố" is no "có", "biệt phái" no
 * "phải").
 */
function endsRelative(doc: TaskDocument, j: number): boolean {
  const t = doc.tokens;
  if ([NAME_ENDERS, RESPONSIBILITY_PREDICATES, QUALIFIER_MODALS].some((list) => exactLongestMatch(t, j, list, 'written'))) return true;
  const verb = exactLongestMatch(t, j, PREDICATE_STARTS, 'written') ?? exactLongestMatch(t, j, DUTY_VERBS, 'written');
  return (verb?.n ?? 0) >= 2;
}
