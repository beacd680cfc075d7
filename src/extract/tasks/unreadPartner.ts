/**
 * The bodies a trigger names, then "và" and a partner the body grammar does not read, then their duty (issue 8,
 * thirtieth pass): "Yêu cầu các cơ quan thông tấn, báo chí trên địa bàn Thành phố và hệ thống thông tin các cấp xây
 * dựng kế hoạch ...". The list stopped before "và", no predicate followed it, and the whole request was dropped with
 * the bodies it did read. Told by "Giao", "Yêu cầu", "Đề nghị", the bodies read are sure to be asked; the unread
 * partner (a few plain lower-case words) is passed over to the duty, and stays unassigned.
 */
import type { BodyListParse } from '../bodies';
import { STOP_WORDS } from '../vocabulary';
import { isListSeparator, predicateAfterAdverb, predicateAt } from './document';
import type { TaskDocument } from './types';

/** Words such an unread partner holds at most ("hệ thống thông tin các cấp"). */
const PARTNER_WORDS = 6;

/**
 * The list running to the duty past "và" and an unread partner of plain words, when the duty follows it; else
 * null. The partner opens with no function word ("và theo ...", "và trên ..." join no partner).
 */
export function pastUnreadPartner(doc: TaskDocument, list: BodyListParse, end: number): BodyListParse | null {
  const t = doc.tokens;
  const and = t[list.to];
  if (!and?.word || and.f !== 'va' || !isListSeparator(and) || STOP_WORDS.has(t[list.to + 1]?.f ?? '')) return null;
  for (let j = list.to + 1, words = 0; j < end && words <= PARTNER_WORDS; j++, words++) {
    const x = t[j]!;
    if (!x.word || x.cap || /\d/.test(x.f)) return null;
    if (words > 0 && predicateAfterAdverb(doc, j, end)) return { items: list.items, to: j };
    if (predicateAt(doc, j, end)) return null;
  }
  return null;
}
