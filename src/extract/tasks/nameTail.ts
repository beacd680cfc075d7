/**
 * A named body whose name runs on in capitalized words the vocabulary does not know, before its duty: "Cảng vụ
 * Hàng hải Quy Nhơn phối hợp ...". The body parser stops at the first unknown word, so no predicate followed the
 * subject and the clause had none. The words (bodies/nameTail.ts) belong to the last body's name when the duty
 * follows them.
 */
import { unknownNameTailAt, type BodyListParse } from '../bodies';
import { dutyFollowsAt } from './document';
import { extendLast } from './qualifiedKinds';
import type { TaskDocument } from './types';

/** The list with the last body's name run on to its duty, or the list as it is. */
export function withNameTail(doc: TaskDocument, list: BodyListParse, end: number): BodyListParse {
  const t = doc.tokens;
  const n = unknownNameTailAt(t, list.items[list.items.length - 1]!, list.to);
  const j = list.to + n;
  if (n === 0 || j >= end) return list;
  if (!dutyFollowsAt(doc, j, end)) return list;
  return extendLast(doc, list, j);
}
