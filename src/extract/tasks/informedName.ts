/**
 * "Cục trưởng Cục Hải quan thông báo để Công ty TNHH Công nghiệp Vàng Anh biết và thực hiện./.": a ruling addressed
 * to a named party closes on the party's full name and "biết và thực hiện". The body parser reads a company's name
 * only in part ("Công ty", stopping at "TNHH") or runs it on through the formula; the formula itself says where the
 * name ends. Only a formula that asks the party to act ("thực hiện") moves the boundary: told "(được) biết" alone, a
 * private party is given nothing (the gold's convention for letters to a company), so its name is left as parsed.
 */
import type { BodyListParse } from '../bodies';
import { exactWordsAt } from '../vocabulary';
import { ACT_FORMULA } from './phrases';
import { extendLast } from './qualifiedKinds';
import type { TaskDocument } from './types';

/** Words a party's name may run to before its formula ("Công ty TNHH Xuất nhập khẩu ... Việt Nam"). */
const NAME_WORDS = 14;

/** The token where "biết (và|,) thực hiện" opens after `from`, within a name's length and before `end`; -1 if none. */
function actFormulaAt(doc: TaskDocument, from: number, end: number): number {
  const t = doc.tokens;
  for (let k = from; k < end && k < from + NAME_WORDS; k++) {
    if (t[k]!.f !== ACT_FORMULA.informed || !t[k]!.word) continue;
    let j = k + 1;
    if (ACT_FORMULA.joiners.some((w) => t[j]?.f === w || t[j]?.raw === w)) j++;
    return exactWordsAt(t, j, ACT_FORMULA.act) ? k : -1;
  }
  return -1;
}

/**
 * The list told to "biết và thực hiện", its last name ending where the formula opens: cut when the parser ran on
 * into the formula, extended when only name words (the first capitalised) stand between the parse and the formula.
 */
export function toActFormula(doc: TaskDocument, list: BodyListParse, end: number): BodyListParse {
  const t = doc.tokens;
  const last = list.items[list.items.length - 1]!;
  const k = actFormulaAt(doc, last.from + 1, end);
  if (k < 0 || k === list.to) return list;
  if (k < list.to) {
    const items = list.items.filter((p) => p.from < k);
    return extendLast(doc, { items, to: k }, k);
  }
  // "TNHH Công nghiệp Vàng Anh": a capitalised word goes on with the name, whose later syllables may be lower case.
  if (!t[list.to]!.cap) return list;
  for (let j = list.to; j < k; j++) if (!t[j]!.word) return list;
  return extendLast(doc, list, k);
}
