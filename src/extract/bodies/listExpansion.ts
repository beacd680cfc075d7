/**
 * One list item that names several bodies, expanded: per province ("các tỉnh: A, B"), per level ("cấp tỉnh, cấp
 * xã"), per commune, per field of a shared kind ("các Sở Tài chính, Xây dựng"), proper names after a kind.
 */
import { provinceByName } from '../provinces';
import {
  HEAD_TITLES,
  NAME_WORDS,
  NAMED_HEADS,
  OFFICE_TITLES,
  longestMatch,
  phrase,
  type Phrase,
  type Token,
} from '../vocabulary';
import { LOCAL_UNITS } from './wordSets';
import { type BodyParse, DASH, rawOf, wrappedInName } from './bodyParse';
import { COMMA, headWrittenAt, isCac, isPredicateAt, isStopAt, isWord, nameWordOnLine } from './words';
import { levelAt } from './levels';
import { bareProvinceAt } from './localities';
import { genericListAt } from './genericLists';
import { completeOrgAt, departmentHead } from './heads';
import { parseBodyAt } from './parse';

/**
 * "Giám đốc các Sở: Nội vụ, Tài chính, Kế hoạch và Đầu tư" names one Sở per department: push each, else the
 * item itself. Returns the token index after what was consumed.
 */
export function pushExpanded(tokens: readonly Token[], item: BodyParse, items: BodyParse[]): number {
  const words = tokens.slice(item.from, item.to).filter((t) => t.word);
  const last = words[words.length - 1];
  // "các tỉnh: Gia Lai, Đắk Lắk", and without the colon "Các tỉnh Nghệ An, Quảng Ngãi, Cao Bằng khẩn trương ...".
  const colon = tokens[item.to]?.raw === ':';
  if (last?.f === 'tinh' && isCac(words[words.length - 2]) && (colon || (tokens[item.to]?.cap && tokens[item.to]!.nl === 0))) {
    const provinces = provinceList(tokens, item.to + (colon ? 1 : 0));
    if (provinces.length > 0) return pushPerProvince(tokens, item, provinces, items);
  }
  // "Ủy ban nhân dân các tỉnh, thành phố: Tuyên Quang, Đồng Nai, Hồ Chí Minh, Đồng Tháp": provinces and
  // centrally-run cities, each named with its own level.
  // Without the colon too ("Chủ tịch UBND các tỉnh, thành phố Hà Tĩnh, Quảng Trị, Huế"), when two provinces at least
  // follow on the same line: one alone may be the city's own name ("các tỉnh, thành phố Hà Nội" is no list).
  const bothLevels = last?.f === 'pho' && words[words.length - 2]?.f === 'thanh' && words[words.length - 3]?.f === 'tinh' && isCac(words[words.length - 4]);
  if (bothLevels && (colon || (tokens[item.to]?.cap && tokens[item.to]!.nl === 0))) {
    const provinces = provinceList(tokens, item.to + (colon ? 1 : 0));
    if (provinces.length > (colon ? 0 : 1)) return pushPerProvince(tokens, item, provinces, items, true);
  }
  const levels = levelList(tokens, item);
  if (levels) {
    for (const l of levels.levels) {
      items.push({ ...item, from: l.from, to: l.to, start: tokens[l.from]!.start, end: tokens[l.to - 1]!.end, raw: `${levels.stem} ${rawOf(tokens, l.from, l.to)}`, group: false });
    }
    return item.to;
  }
  const communes = communeList(tokens, item);
  if (communes) {
    for (const c of communes.names) {
      items.push({ ...item, from: c.from, to: c.to, start: tokens[c.from]!.start, end: tokens[c.to - 1]!.end, raw: `${communes.stem} ${communes.unit} ${rawOf(tokens, c.from, c.to)}`, group: false, bare: false, known: true });
    }
    return communes.names[communes.names.length - 1]!.to;
  }
  const corp = words.length >= 3 && isCac(words[words.length - 3]) && last?.f === 'doan' && words[words.length - 2]!.f === 'tap' && tokens[item.to]?.raw === ':';
  if (corp) {
    const names = properNames(tokens, item.to + 1, 'Tập đoàn');
    if (names.length > 0) {
      items.push(...names);
      return names[names.length - 1]!.to;
    }
  }
  let head = isCac(words[words.length - 2]) ? departmentHead(last) : null;
  let cac = item.to - 2;
  // "Các Bộ, cơ quan: Tài chính, ..., Ngoại giao, Tập đoàn Điện lực Việt Nam": ministries by their field, other
  // bodies by their whole name.
  const mixed = !head && item.group ? ministriesAndBodies(tokens, item) : -1;
  if (mixed >= 0) {
    cac = mixed;
    head = departmentHead(tokens[mixed + 1]);
  }
  // "các Bộ Y tế, Công an, Xây dựng ...", "Bộ trưởng các Bộ Y tế, Tài chính và Công an": one "các Bộ" written before
  // the first field, its kind shared by the fields after it, as after a colon.
  const shared = !head && tokens[item.to]?.raw !== ':' ? sharedFieldKindAt(tokens, item) : -1;
  if (shared >= 0) {
    cac = shared;
    head = departmentHead(tokens[shared + 1]);
  }
  if (!head || (shared < 0 && tokens[item.to]?.raw !== ':')) {
    items.push(item);
    return item.to;
  }
  const title = rawOf(tokens, item.from, cac);
  const names: BodyParse[] = [];
  let k = shared >= 0 ? shared + 2 : item.to + 1;
  // "Giám đốc các Sở:" / "- Tài chính;" / "- Xây dựng;": the fields laid out one per line.
  if (shared < 0 && lineBulletAt(tokens, k)) k++;
  // The end of the last name read: a separator not followed by another name belongs to the list around.
  let end = k;
  for (let guard = 0; guard < 20; guard++) {
    // "Các Bộ: Quốc phòng, Công an": a department named like a complete body ("Công an") too.
    const nm = fieldNameAt(tokens, k, head);
    const whole = mixed >= 0 && tokens[k]?.cap ? parseBodyAt(tokens, k) : null;
    if (whole && !whole.group && (!nm || whole.to > k + nm.n)) {
      names.push(whole);
      k = whole.to;
      end = k;
      if (tokens[k]?.raw === ',' && !isCac(tokens[k + 1])) k++;
      else if (isWord(tokens[k], 'va') && tokens[k + 1]?.cap) k++;
      else break;
      continue;
    }
    if (!nm || !/^\p{Lu}/u.test(nm.p.shown[0] ?? '')) break;
    const from = k;
    k += nm.n;
    const raw = `${title ? `${title} ` : ''}${head} ${rawOf(tokens, from, k)}`;
    names.push({ from, to: k, start: tokens[from]!.start, end: tokens[k - 1]!.end, raw, group: false, bare: false, owner: null, known: true });
    end = k;
    const sep = tokens[k];
    const gap = bulletedMemberGap(tokens, k);
    if (gap > 0 && fieldNameAt(tokens, k + gap, head)) k += gap;
    else if (sep?.raw === ',' && !isCac(tokens[k + 1])) k++;
    else if (isWord(sep, 'va') && fieldNameAt(tokens, k + 1, head)) k++;
    else if (sep?.raw === ';' && bareFieldAt(tokens, k + 1, head)) k++;
    else break;
  }
  if (names.length === 0) {
    items.push(item);
    return item.to;
  }
  items.push(...names);
  // "các Bộ: Y tế, Công an, Ủy ban nhân dân tỉnh Ninh Bình và ...": the list goes on with a body of another kind.
  return end;
}

/**
 * A ministry's (department's) field at `k` after a shared "các Bộ" / "các Sở" ("Y tế", "Công an" for a ministry),
 * not a head's title ("và Thủ trưởng các cơ quan", which the OCR-tolerant match would read as "Thuế").
 */
function fieldNameAt(tokens: readonly Token[], k: number, head: string): { p: Phrase; n: number } | null {
  if (longestMatch(tokens, k, HEAD_TITLES, true) || longestMatch(tokens, k, OFFICE_TITLES, true)) return null;
  return longestMatch(tokens, k, NAME_WORDS) ?? (head === 'Bộ' && isWord(tokens[k], 'cong') && isWord(tokens[k + 1], 'an') ? { p: phrase('Công an'), n: 2 } : null);
}

/**
 * "Giám đốc các Sở: Tài chính; Xây dựng; Nội vụ chịu trách nhiệm ...": after a ";" a field that is no body on its own
 * ("Xây dựng", not "Công an tỉnh" nor "Chủ tịch ...") and ends where a member ends (a separator, "và", a verb, the
 * sentence's end) is one more member of the group; the ";" separates the members as "," does.
 */
function bareFieldAt(tokens: readonly Token[], k: number, head: string): boolean {
  const nm = fieldNameAt(tokens, k, head);
  if (!nm || !/^\p{Lu}/u.test(nm.p.shown[0] ?? '')) return false;
  const whole = parseBodyAt(tokens, k);
  if (whole && whole.to > k + nm.n) return false;
  const after = tokens[k + nm.n];
  return !after || [COMMA, ';', '.'].includes(after.raw) || isWord(after, 'va') || isPredicateAt(tokens, k + nm.n);
}

/**
 * "các Bộ Y tế, Công an, ...": the index of the "các" whose kind ("Bộ", "Sở") the item's last field and the fields
 * after it share, or -1. The item ends with its last "các", the kind and one field, and another field follows after ","
 * or "và"; a "các" before it names another group ("các đơn vị thuộc các Bộ Y tế, Công an": the units of each ministry).
 */
function sharedFieldKindAt(tokens: readonly Token[], item: BodyParse): number {
  const sep = tokens[item.to];
  if (sep?.raw !== COMMA && !isWord(sep, 'va')) return -1;
  for (let c = item.to - 3; c >= item.from; c--) {
    if (!isCac(tokens[c])) continue;
    const head = tokens[c + 1]!.cap ? departmentHead(tokens[c + 1]) : null;
    const first = head ? fieldNameAt(tokens, c + 2, head) : null;
    return first && c + 2 + first.n === item.to && fieldNameAt(tokens, item.to + 1, head!) ? c : -1;
  }
  return -1;
}

/**
 * "Các Bộ, cơ quan:", "các Sở, ban, ngành:": a group of ministries (departments) and bodies of other kinds whose
 * members a colon lists. The index of its "các", or -1.
 */
function ministriesAndBodies(tokens: readonly Token[], item: BodyParse): number {
  const c = tokens.slice(item.from, item.to).findIndex((t) => isCac(t));
  if (c < 0) return -1;
  const at = item.from + c;
  const h = tokens[at + 1];
  if (!h?.cap || !departmentHead(h) || tokens[at + 2]?.raw !== COMMA) return -1;
  // Only kinds of bodies after the head ("cơ quan", "ban, ngành"): no modifier, no owner.
  return genericListAt(tokens, at + 1, false) === item.to - at - 1 ? at : -1;
}

/**
 * "các Tập đoàn: Bưu chính Viễn thông Việt Nam, Công nghiệp - Viễn thông Quân đội": one body per proper name
 * (capitalized, running to a comma, "và", a verb or a preposition).
 */
function properNames(tokens: readonly Token[], i: number, head: string): BodyParse[] {
  const out: BodyParse[] = [];
  let k = i;
  for (let guard = 0; guard < 12; guard++) {
    const from = k;
    if (!tokens[k]?.word || !tokens[k]!.cap) break;
    let words = 0;
    while (words < 10) {
      const t = tokens[k];
      if (!t) break;
      if (!t.word) {
        // A dash inside the name; one opening a line is a list item's bullet (the blocks end there), unless the
        // line before broke the name itself (a hard-wrapped export: "..., Công nghiệp\n- Viễn thông Quân đội").
        if ((t.raw === '-' || t.raw === '–') && (t.nl === 0 || wrappedInName(tokens, k)) && words > 0 && tokens[k + 1]?.cap) {
          k++;
          continue;
        }
        break;
      }
      if (words > 0 && (t.f === 'va' || isStopAt(tokens, k) || (!t.cap && isPredicateAt(tokens, k)))) break;
      k++;
      words++;
    }
    if (words === 0) break;
    out.push({ from, to: k, start: tokens[from]!.start, end: tokens[k - 1]!.end, raw: `${head} ${rawOf(tokens, from, k)}`, group: false, bare: false, owner: null, known: false });
    if ((tokens[k]?.raw === COMMA || isWord(tokens[k], 'va')) && tokens[k + 1]?.cap && !isCac(tokens[k + 1])) k++;
    else break;
  }
  return out;
}

/**
 * "Trung tâm Phục vụ hành chính công cấp tỉnh, cấp xã", "Chủ tịch UBND cấp tỉnh, cấp xã": one kind of body at each
 * level written after it, one body per level as the gold writes them (ninth round: "Giám đốc Trung tâm Phục vụ
 * hành chính công cấp tỉnh, cấp xã" is two bodies). The name before the levels and each "cấp X", or null.
 */
function levelList(tokens: readonly Token[], item: BodyParse): { stem: string; levels: { from: number; to: number }[] } | null {
  const levels: { from: number; to: number }[] = [];
  let k = item.to - 2;
  while (k > item.from && levelAt(tokens, k)) {
    levels.unshift({ from: k, to: k + 2 });
    if (tokens[k - 1]?.raw !== COMMA) break;
    k -= 3;
  }
  if (levels.length < 2 || levels[levels.length - 1]!.to !== item.to || levels[0]!.from <= item.from) return null;
  return { stem: rawOf(tokens, item.from, levels[0]!.from), levels };
}

/**
 * "Trung tâm Phục vụ hành chính công cấp tỉnh và cấp xã", "Chủ tịch UBND cấp tỉnh, cấp huyện và cấp xã": a level
 * written after a body named with its own level ("và cấp xã", which the parser would read as the bare kind "cấp") is
 * the same body at that level, as levelList reads "cấp tỉnh, cấp xã". The body at `i`, or null.
 */
export function levelAfter(tokens: readonly Token[], prev: BodyParse, i: number): BodyParse | null {
  if (!levelAt(tokens, i) || !levelAt(tokens, prev.to - 2)) return null;
  // The level closes the name ("cấp xã có trách nhiệm"), it starts no name of its own ("cấp xã Hòa Bình").
  const after = tokens[i + 2];
  if (after?.word && after.cap && after.nl === 0) return null;
  // The kind before the level: a level pushed by levelList starts at its "cấp" but carries the kind in its raw.
  const stem = prev.raw.replace(/\s+\S+\s+\S+$/u, '');
  if (stem === prev.raw || !stem.trim()) return null;
  return { ...prev, from: i, to: i + 2, start: tokens[i]!.start, end: tokens[i + 1]!.end, raw: `${stem} ${rawOf(tokens, i, i + 2)}`, group: false };
}

/**
 * "Ủy ban nhân dân các xã: Gia Thuận, Tân Điền, Gò Công Đông", "Ủy ban nhân dân 04 xã: ...": the body of each
 * local unit the colon lists (a province's own list is `provinceList`'s). Null when the item ends otherwise.
 */
function communeList(tokens: readonly Token[], item: BodyParse): { stem: string; unit: string; names: { from: number; to: number }[] } | null {
  let colon = item.to;
  let stemEnd = -1;
  let unitAt = -1;
  if (tokens[colon]?.raw === ':') {
    // "... các xã:": the unit closes the item, after its "các".
    for (let c = item.to - 2; c > item.from; c--) {
      if (!isCac(tokens[c])) continue;
      const u = headWrittenAt(tokens, c + 1, LOCAL_UNITS) ? longestMatch(tokens, c + 1, LOCAL_UNITS, true) : null;
      if (u && c + 1 + u.n === item.to) {
        stemEnd = c;
        unitAt = c + 1;
      }
      break;
    }
  } else if (!item.group && /^\d+$/.test(tokens[colon]?.f ?? '')) {
    // "... 04 xã:": a count and the unit after a body's name.
    const u = headWrittenAt(tokens, colon + 1, LOCAL_UNITS) ? longestMatch(tokens, colon + 1, LOCAL_UNITS, true) : null;
    if (u && tokens[colon + 1 + u.n]?.raw === ':') {
      stemEnd = colon;
      unitAt = colon + 1;
      colon += 1 + u.n;
    }
  }
  if (stemEnd <= item.from || unitAt < 0 || tokens[colon]?.raw !== ':') return null;
  const unit = longestMatch(tokens, unitAt, LOCAL_UNITS, true)!;
  if (unit.p.words.join(' ') === 'thanh pho') return null;
  const names: { from: number; to: number }[] = [];
  let k = colon + 1;
  for (let guard = 0; guard < 40; guard++) {
    const from = k;
    while (k - from < 4 && nameWordOnLine(tokens[k]) && !isCac(tokens[k]) && completeOrgAt(tokens, k) === 0 && !headWrittenAt(tokens, k, NAMED_HEADS)) k++;
    if (k === from) break;
    names.push({ from, to: k });
    if ((tokens[k]?.raw === COMMA || isWord(tokens[k], 'va')) && tokens[k + 1]?.cap && tokens[k + 1]!.nl === 0) k++;
    else break;
  }
  if (names.length === 0) return null;
  return { stem: rawOf(tokens, item.from, stemEnd), unit: rawOf(tokens, unitAt, unitAt + unit.n).toLowerCase(), names };
}

/**
 * A province listed after a colon: its name's token range, whether the list wrote its level before it, and whether
 * it is a centrally-run city.
 */
interface ListedProvince {
  from: number;
  to: number;
  levelWritten: boolean;
  city: boolean;
}

/** Provinces listed after a colon ("các tỉnh: Khánh Hòa, Đắk Lắk và Gia Lai"): their token ranges. */
function provinceList(tokens: readonly Token[], i: number): ListedProvince[] {
  const out: ListedProvince[] = [];
  // "các tỉnh, thành phố:" / "- Hà Tĩnh;" / "- Quảng Trị;": one province a line.
  let k = lineBulletAt(tokens, i) ? i + 1 : i;
  for (let guard = 0; guard < 40; guard++) {
    const level = listedLevelAt(tokens, k);
    const n = bareProvinceAt(tokens, k + level);
    if (n === 0) break;
    out.push({ from: k + level, to: k + level + n, levelWritten: level > 0, city: isCityAt(tokens, k + level, k + level + n) });
    k += level + n;
    const gap = bulletedMemberGap(tokens, k);
    if (gap > 0 && bareProvinceAt(tokens, k + gap) > 0) {
      k += gap;
      continue;
    }
    if (tokens[k]?.raw === COMMA || (isWord(tokens[k], 'va') && bareProvinceAt(tokens, k + 1 + listedLevelAt(tokens, k + 1)) > 0)) k++;
    else break;
    // "các tỉnh: Gia Lai, - Đắk Lắk và Khánh Hòa": a list laid out as bullets.
    if (DASH.test(tokens[k]?.raw ?? '') && bareProvinceAt(tokens, k + 1) > 0) k++;
  }
  return out;
}

/** Whether the province named at `tokens[from, to)` is a centrally-run city ("Huế", "Hồ Chí Minh"). */
function isCityAt(tokens: readonly Token[], from: number, to: number): boolean {
  const name = tokens.slice(from, to).filter((x) => x.word).map((x) => x.f).join(' ');
  return provinceByName(name)?.unit === 'thành phố';
}

/**
 * A member's own level before its name, "thành phố Huế", "tỉnh Gia Lai", "TP. Hồ Chí Minh" (a list of provinces
 * may name a city so, and "và thành phố Huế" may close it): its token count, else 0.
 */
function listedLevelAt(tokens: readonly Token[], k: number): number {
  const t = tokens[k];
  if (!t?.word) return 0;
  if (t.f === 'tinh' && !isWord(tokens[k + 1], 'uy')) return 1;
  if (t.f === 'thanh' && isWord(tokens[k + 1], 'pho')) return 2;
  // "TP." / "Tp" as written: the abbreviation only, not a word spelled so.
  if (t.f === 'tp' && t.cap) return tokens[k + 1]?.raw === '.' ? 2 : 1;
  return 0;
}

/**
 * "Chủ tịch Ủy ban nhân dân các tỉnh: Khánh Hòa, Đắk Lắk, Gia Lai" names each province's body, as annotators list
 * them; the party committees named just before without their province ("Bí thư tỉnh ủy và Chủ tịch ... các tỉnh:
 * ...", "Bí thư Tỉnh ủy, Thành ủy, Chủ tịch ... các tỉnh, thành phố: ...") are each province's too: its Tỉnh ủy, a
 * centrally-run city's Thành ủy. Returns the token index after the provinces.
 */
function pushPerProvince(tokens: readonly Token[], item: BodyParse, provinces: ListedProvince[], items: BodyParse[], ownLevel = false): number {
  let cac = item.to - 1;
  while (cac > item.from && !isCac(tokens[cac])) cac--;
  const stem = rawOf(tokens, item.from, cac);
  const parties = partyCommitteesBefore(tokens, items, item.from);
  items.splice(items.length - parties.length, parties.length);
  // `ownLevel`: "Thành phố Hồ Chí Minh" among "các tỉnh, thành phố: ...", else the level the list names; a member
  // written with its level ("..., Quảng Ngãi và thành phố Huế") is named at its own.
  const levelOf = (p: ListedProvince, unit: string) => ((ownLevel || p.levelWritten) && p.city ? 'Thành phố ' : unit);
  const perProvince = (body: BodyParse, places: readonly ListedProvince[], name: (p: ListedProvince) => string) =>
    places.map((p) => ({ ...body, from: p.from, to: p.to, start: tokens[p.from]!.start, end: tokens[p.to - 1]!.end, raw: `${name(p)}${rawOf(tokens, p.from, p.to)}`, group: false, known: true }));
  for (const party of parties) {
    // Each place has the committee of its kind: a centrally-run city a Thành ủy, a province a Tỉnh ủy; where both
    // are written, each names only the places of its kind.
    const own = provinces.filter((p) => parties.length === 1 || party.city === p.city);
    // "Bí thư Tỉnh ủy, Thành ủy": one title for both.
    const title = party.title || parties[0]!.title;
    items.push(...perProvince(party.body, own, (p) => `${title}${p.city ? 'Thành ủy' : 'Tỉnh ủy'} `));
  }
  items.push(...perProvince(item, provinces, (p) => `${stem ? `${stem} ` : ''}${levelOf(p, 'tỉnh ')}`));
  return provinces[provinces.length - 1]!.to;
}

/**
 * The bare party committees ("Tỉnh ủy", "Thành ủy") that end `items`, each joined to the next by a comma or "và"
 * and the last one to the list item at `itemFrom`: at most one of each, in the order written.
 */
function partyCommitteesBefore(tokens: readonly Token[], items: readonly BodyParse[], itemFrom: number): { body: BodyParse; title: string; city: boolean }[] {
  const out: { body: BodyParse; title: string; city: boolean }[] = [];
  let next = itemFrom;
  for (let n = items.length - 1; n >= 0 && out.length < 2; n--) {
    const prev = items[n]!;
    const joined = tokens[prev.to];
    if (prev.to + 1 !== next || !joined || !(isWord(joined, 'va') || joined.raw === COMMA)) break;
    const last = tokens.slice(prev.from, prev.to).filter((t) => t.word).slice(-2).map((t) => t.f).join(' ');
    if (prev.group || (last !== 'tinh uy' && last !== 'thanh uy')) break;
    const city = last === 'thanh uy';
    if (out.some((p) => p.city === city)) break;
    out.unshift({ body: prev, title: prev.to - 2 > prev.from ? `${rawOf(tokens, prev.from, prev.to - 2)} ` : '', city });
    next = prev.from;
  }
  return out;
}

/** A bullet opening a line at `k` ("-", "+", "•"): the mark of a list laid out one member a line. */
function lineBulletAt(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  return !!t && t.nl > 0 && (DASH.test(t.raw) || t.raw === '+' || t.raw === '•');
}

/**
 * Tokens from `k`, right after a member of a list laid out as bullets, to the next member: the line's bullet, after
 * the member's "," or ";" if any ("- Tài chính;" / "- Xây dựng;"). 0 when no bullet opens the next line there.
 */
export function bulletedMemberGap(tokens: readonly Token[], k: number): number {
  if (lineBulletAt(tokens, k)) return 1;
  const sep = tokens[k]?.raw;
  return (sep === COMMA || sep === ';') && lineBulletAt(tokens, k + 1) ? 2 : 0;
}
