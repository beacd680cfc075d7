/**
 * An item that opens with its owner's heading and runs on into the owner's duty: "1. Trách nhiệm của Sở Tư pháp
 * hướng dẫn, tổ chức thực hiện, tuyên truyền ..." (a Quy chế phối hợp whose export joined the point's title to its
 * first line), "a) Trách nhiệm của Văn phòng đăng ký đất đai: Chịu trách nhiệm quản lý, vận hành cơ sở dữ liệu
 * ..." (the title closed by a colon). The bodies after "Trách nhiệm của" / "Nhiệm vụ của" (`ownerTriggers` in
 * clauseWords.json, as written) are the subject of the duty that follows, as a heading's are of the points under
 * it; before, the item took the bodies of the article's heading above it ("Điều 11. Trách nhiệm của các cơ quan
 * khác có liên quan"). Read by clauses.ts at a unit's opening only.
 */
import { parseBodyListAt } from '../bodies';
import { predicateAfterAdverb } from './document';
import { ownerTriggerAt } from './phrases';
import type { ClauseEvent, TaskDocument } from './types';

/** The clause event of an owner's heading run on into its duty at `i`, or null. */
export function ownerOpeningEvent(doc: TaskDocument, i: number, end: number): ClauseEvent | null {
  const t = doc.tokens;
  const trig = ownerTriggerAt(t, i);
  if (trig === 0) return null;
  const list = parseBodyListAt(t, i + trig);
  if (!list || list.to >= end) return null;
  let k = list.to;
  // "Trách nhiệm của X: Chịu trách nhiệm ..." closes the title with a colon; without one the duty goes on in lower
  // case ("... Sở Tư pháp hướng dẫn, ..."), where a capitalized word would still be the owner's name.
  if (t[k]!.raw === ':') k++;
  else if (!t[k]!.word || t[k]!.cap) return null;
  if (!predicateAfterAdverb(doc, k, end)) return null;
  return { at: i, predAt: k, actors: list.items.map((p) => ({ parse: p, name: p.raw })), forcedLead: false, silent: false, explicit: true };
}
