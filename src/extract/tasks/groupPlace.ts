/**
 * Where a group of local bodies is, written between its name and its duty: "Ủy ban nhân dân các tỉnh, thành phố từ
 * Quảng Trị đến Lâm Đồng chủ động sơ tán ...", "Chủ tịch UBND các tỉnh ven biển từ Quảng Ninh đến Khánh Hòa
 * khẩn trương ...", "UBND các tỉnh khu vực Bắc Bộ chỉ đạo ...". The body parser stops before the place, so no
 * predicate followed the subject. The group keeps its name without the place, as a unit that ends in ":" names it
 * (clauses.ts introHeading; the gold writes "Ủy ban nhân dân các tỉnh, thành phố"); the duty starts after the place.
 * So does what befell them ("Chủ tịch UBND các tỉnh, thành phố bị ảnh hưởng huy động ...", groupCircumstances).
 */
import type { BodyListParse } from '../bodies';
import { fold } from '../../text/fold';
import { exactLongestMatch, exactPhraseAt, phrases } from '../vocabulary';
import { predicateAfterAdverb } from './document';
import { PLACE_OPENERS } from './phrases';
import words from './clauseWords.json';
import type { TaskDocument } from './types';

/** Kinds of local units a group's name ends with ("các tỉnh", "các xã, phường"), folded. */
const UNIT_ENDINGS = words.groupPlaceUnits.map((w) => ` ${fold(w)}`);
/** What befell the places of a group ('bị ảnh hưởng', 'bị thiệt hại'). */
const CIRCUMSTANCES = phrases(words.groupCircumstances);
/** Words a place's description holds at most ("ven biển từ Quảng Ninh đến Khánh Hòa" is seven). */
const PLACE_WORDS = 10;

/** The index where the duty starts after the group's place, or `k` when no such place stands at `k`. */
export function afterGroupPlace(doc: TaskDocument, list: BodyListParse, k: number, end: number): number {
  const t = doc.tokens;
  const last = list.items[list.items.length - 1]!;
  if (k !== list.to || !last.group || k >= end || predicateAfterAdverb(doc, k, end)) return k;
  if (!UNIT_ENDINGS.some((e) => ` ${fold(last.raw)}`.endsWith(e))) return k;
  let opened = false;
  let named = false;
  for (let j = k, n = 0; j < end; j++) {
    const x = t[j]!;
    if (!x.word) {
      if (x.raw !== ',' && x.raw !== '-') return k;
      continue;
    }
    // A lower-case predicate ends the place; it must have named one ("từ Quảng Trị ...", "khu vực Bắc Bộ").
    if (!x.cap && j > k && predicateAfterAdverb(doc, j, end)) return opened && named ? j : k;
    if (++n > PLACE_WORDS || /\d/.test(x.f)) return k;
    if (!opened && exactPhraseAt(t, j, PLACE_OPENERS)) opened = true;
    else if (opened && x.cap) named = true;
    // "các tỉnh, thành phố bị ảnh hưởng (của mưa lũ)": which of them, by what befell them, names no place.
    else if (!opened && j === k && exactLongestMatch(t, j, CIRCUMSTANCES, 'written')) opened = named = true;
  }
  return k;
}
