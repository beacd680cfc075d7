/**
 * A body named with its place after it, before its duty (issue 8, twenty-first pass, theme A): "Hằng năm, Sở Nội vụ
 * thành phố Hà Nội ban hành văn bản hướng dẫn ...", "Các cơ quan thông tin, tuyên truyền và báo chí của thành phố Hà
 * Nội có trách nhiệm ...". The body parser stops before "thành phố Hà Nội" (or before "Hà Nội" once it took "của
 * thành phố"), so no predicate followed the subject and the clause had none. The place, a level of local government
 * and its name in capitals, belongs to the last body's name when the duty follows it. One reader for subjects and
 * for the objects of "Đề nghị", "Giao" ("Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam các cấp Thành phố phối hợp ...":
 * a group of every level ends with the place it serves, its level alone, even in lower case, naming it). Words are
 * data (clauseWords.json: placeTailUnits, placeTailLinks, placeTailEveryLevel).
 */
import { isCac, type BodyListParse } from '../bodies';
import { fold } from '../../text/fold';
import { exactWordsAt, longestMatch, type Token } from '../vocabulary';
import { dutyFollowsAt, predicateAfterAdverb } from './document';
import { extendLast } from './qualifiedKinds';
import words from './clauseWords.json';
import { phrases } from '../vocabulary';
import type { TaskDocument } from './types';

const UNITS = phrases(words.placeTailUnits);
const LINKS = new Set(words.placeTailLinks.map((w) => fold(w)));
const UNIT_ENDINGS = words.placeTailUnits.map((w) => ` ${fold(w)}`);
/** Words closing a group of every level ("các cấp"), folded, one array per phrase. */
const EVERY_LEVEL = words.placeTailEveryLevel.map((w) => fold(w).split(' '));
/** Units of the provinces a ministry's text addresses ("các tỉnh, thành phố"), folded, one array per phrase. */
const PROVINCE_UNITS = words.provincesTailUnits.map((w) => fold(w).split(' '));
/** Tails closing them ("trực thuộc Trung ương"), folded, one array per phrase. */
const PROVINCE_ENDS = words.provincesTailEnds.map((w) => fold(w).split(' '));

/** Capitalized words of a place's name at most ("Hà Nội", "Bà Rịa - Vũng Tàu" counts its words). */
const PLACE_NAME_WORDS = 4;

/** The list with the place after its last body, when the duty follows the place; else the list as it is. */
export function withPlaceTail(doc: TaskDocument, list: BodyListParse, end: number): BodyListParse {
  const t = doc.tokens;
  let k = list.to;
  if (k >= end || predicateAfterAdverb(doc, k, end)) return list;
  const provinces = withProvincesTail(doc, list, end);
  if (provinces !== list) return provinces;
  if (t[k]?.word && LINKS.has(t[k]!.f) && !t[k]!.cap) k++;
  const unit = t[k]?.word ? longestMatch(t, k, UNITS, true) : null;
  let j = k;
  if (unit && exactWordsAt(t, k, unit.p.words)) j = k + unit.n;
  // "... của thành phố" read into the name, its place's name left after it.
  else if (k !== list.to || !UNIT_ENDINGS.some((e) => ` ${fold(list.items[list.items.length - 1]!.raw)}`.endsWith(e))) return list;
  const from = j;
  while (j < end && j - from < PLACE_NAME_WORDS && capitalWord(t[j])) j++;
  // The level alone names the document's place when capitalized ("Sở Tư pháp Thành phố") or after a group of every
  // level ("Ủy ban Mặt trận Tổ quốc các cấp tỉnh"), whose place can be no other.
  if (j === from && !(unit && (t[k]!.cap || everyLevel(t, list, k)))) return list;
  if (j >= end || !dutyFollowsAt(doc, j, end)) return list;
  return extendLast(doc, list, j);
}

/** The list's last body closes with "các cấp" (placeTailEveryLevel) right before the level at `k`, no link between. */
function everyLevel(t: readonly Token[], list: BodyListParse, k: number): boolean {
  if (k !== list.to || list.items[list.items.length - 1]!.to !== list.to) return false;
  return EVERY_LEVEL.some((p) => exactWordsAt(t, k - p.length, p));
}

function capitalWord(x: Token | undefined): boolean {
  return !!x?.word && x.cap;
}

/**
 * "Sở Y tế các tỉnh, thành phố trực thuộc Trung ương có trách nhiệm ...", "đề nghị Sở Công Thương các tỉnh, thành
 * phố chỉ đạo ...": a ministry's text addresses one department in every province, naming the provinces after it.
 * The body parser ends the department's name before "các", so no duty followed it and the clause lost its subject.
 * Only right after one body (not a group: "các cơ quan các tỉnh" is no form) and with the duty right after.
 */
function withProvincesTail(doc: TaskDocument, list: BodyListParse, end: number): BodyListParse {
  const t = doc.tokens;
  const last = list.items[list.items.length - 1]!;
  const k = list.to;
  if (last.group || last.to !== k || !isCac(t[k]) || t[k]!.nl > 0) return list;
  let j = k + 1;
  for (let n = 0; ; n++) {
    const unit = PROVINCE_UNITS.find((p) => exactWordsAt(t, j, p));
    if (!unit) {
      if (n === 0) return list;
      j--;
      break;
    }
    j += unit.length;
    if (t[j]?.raw !== ',' && t[j]?.raw !== '/') break;
    j++;
  }
  const tail = PROVINCE_ENDS.find((p) => exactWordsAt(t, j, p));
  if (tail) j += tail.length;
  if (j >= end || !dutyFollowsAt(doc, j, end)) return list;
  return extendLast(doc, list, j);
}
