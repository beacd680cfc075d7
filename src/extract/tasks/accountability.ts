/**
 * "Bộ Nội vụ chịu trách nhiệm về nội dung giải trình, tiếp thu.", "Người đứng đầu cơ quan, tổ chức chịu trách nhiệm
 * đối với việc quyết định phê duyệt sửa chữa sai sót ...": a subject answerable for what it has written, given or
 * decided carries liability, not a duty (the lead's decision Q1 in gold-real/README.md). "chịu trách nhiệm trước UBND
 * tỉnh về kết quả thực hiện" after a duty of its own is left as it is: only a predicate that opens with it is read.
 */
import { exactWordsAt, tokenize } from '../vocabulary';
import type { TaskDocument } from './types';
import words from './clauseWords.json';

const folded = (s: string): string[] => tokenize(s).filter((t) => t.word).map((t) => t.f);
const PREDICATE = folded(words.accountabilityPredicate);
/** Longest first, so "đối với việc" is tried before "đối với". */
const LINKS = words.accountabilityLinks.map(folded).sort((a, b) => b.length - a.length);
const OBJECTS = words.accountabilityObjects.map(folded);

/** Words of "trước <whom>" ("trước Ủy ban nhân dân tỉnh, Chủ tịch ...") read past before the link. */
const BEFORE_WHOM_WORDS = 14;

/** Whether the predicate at `predAt` is liability for something done, given or decided, and nothing else. */
export function accountableOnly(doc: TaskDocument, predAt: number): boolean {
  const t = doc.tokens;
  if (!exactWordsAt(t, predAt, PREDICATE)) return false;
  let k = predAt + PREDICATE.length;
  // "chịu trách nhiệm trước pháp luật về ...": the one answered to, up to the link.
  if (t[k]?.f === 'truoc') {
    const stop = k + BEFORE_WHOM_WORDS;
    while (k < stop && t[k] && !LINKS.some((l) => exactWordsAt(t, k, l))) k++;
  }
  const link = LINKS.find((l) => exactWordsAt(t, k, l));
  if (!link) return false;
  k += link.length;
  return OBJECTS.some((o) => exactWordsAt(t, k, o));
}
