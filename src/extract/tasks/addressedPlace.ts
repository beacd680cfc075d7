/**
 * The province a national text is about, and the text calling it by its level alone. A conclusion notice of the
 * Government's Office answers one province ("Kết luận ... tại buổi làm việc với lãnh đạo tỉnh Điện Biên") and
 * tells it what to do as "Tỉnh" ("Tỉnh chủ động rà soát ...", "Tỉnh căn cứ các quy định hiện hành ...") or, for a
 * centrally-run city, "Thành phố". The body parser reads no body in a bare level, so those clauses had no subject.
 * The gold names that body by the place ("tỉnh Điện Biên"), as the text names it where it writes it in full.
 */
import type { BodyListParse } from '../bodies';
import { findProvinces } from '../provinces';
import { NATIONAL, type Jurisdiction } from '../types';
import { exactWordsAt } from '../vocabulary';
import type { TaskDocument } from './types';

/**
 * "tỉnh Điện Biên" / "thành phố Đà Nẵng" when a national text's title names one province and only one, else null
 * (a title naming none or several addresses no one place).
 */
export function addressedPlaceOf(title: string | null | undefined, jurisdiction: Jurisdiction | null): string | null {
  if (jurisdiction !== NATIONAL || !title) return null;
  const named = new Map(findProvinces(title).map((m) => [m.province.jurisdiction, m.province]));
  if (named.size !== 1) return null;
  const [province] = named.values();
  return `${province!.unit} ${province!.name}`;
}

/**
 * The addressed place at `i` written as its level alone and capitalized ("Tỉnh", "Thành phố"), the level the
 * place has, a lower-case word after it (its duty, not a name: "Tỉnh ủy" and "Thành phố Hà Nội" are read as
 * bodies before this is asked).
 */
export function addressedPlaceAt(doc: TaskDocument, i: number): BodyListParse | null {
  const place = doc.addressedPlace;
  if (!place) return null;
  const t = doc.tokens;
  const level = place.startsWith('tỉnh ') ? ['tinh'] : ['thanh', 'pho'];
  const x = t[i];
  if (!x?.word || !x.cap || x.upper || !exactWordsAt(t, i, level)) return null;
  const to = i + level.length;
  const next = t[to];
  if (!next?.word || next.cap || next.nl > 0) return null;
  const last = t[to - 1]!;
  return { items: [{ from: i, to, start: x.start, end: last.end, raw: place, group: false, bare: false, owner: null, known: true }], to };
}
