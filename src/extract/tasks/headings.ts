/**
 * Headings that name bodies: "2.8. Sở Tư pháp", "a) Công an tỉnh:", "6. Đề nghị Ủy ban MTTQ tỉnh",
 * "Trách nhiệm của ...". The body a heading names is the subject (the actor) of the units under it that
 * name no subject of their own.
 */
import { isCac, parseBodyListAt, resolveBody, type BodyListParse, type BodyParse } from '../bodies';
import type { Section } from '../types';
import { COMPLETE_ORGS, exactWordsAt, GENERIC_NOUNS, HEAD_TITLES, exactLongestMatch, longestMatch, NAMED_HEADS, PREDICATE_STARTS } from '../vocabulary';
import { bracketMembers, hasListPunctuation, lastWordBefore, skipLabel, underResponsibility } from './document';
import { ASSESSMENT_HEADING, DESCRIBING_LINKS, HEADING_DUTY_CLOSERS, INDIVIDUAL_HEADINGS, LONG_OWNER_KINDS, OWNER_HEADING_WORDS, ownerTriggerAt, PART_TITLE_WORDS, PLACE_OPENERS, RESPONSIBILITY_HEADING, TITLE_TRIGGERS } from './phrases';
import type { Actor, ClauseEvent, SectionActors, TaskDocument, Unit } from './types';
import { committeeOffice } from './committeeOffices';

/** Record the bodies a title unit's heading names as its section's actors. */
export function titleActors(doc: TaskDocument, actors: SectionActors, u: Unit): void {
  const s = u.section!;
  let k = skipLabel(doc, u.from, u.to);
  const trig = longestMatch(doc.tokens, k, TITLE_TRIGGERS, true);
  // "Trách nhiệm của", "Nhiệm vụ của" as written (ownerTriggerAt), not an OCR look-alike of them.
  const ownerTrigger = !!trig && ownerTriggerAt(doc.tokens, k) === trig.n;
  if (trig) k += trig.n;
  // "2. Sở, ban, ngành thành phố và Ủy ban nhân dân xã, phường": kinds of bodies listed without "các".
  const parsed = parseBodyListAt(doc.tokens, k) ?? (doc.tokens[k + 1]?.raw === ',' ? parseBodyListAt(doc.tokens, k, { bareGeneric: true }) : wholeBareKinds(doc, k, u.to));
  const items = parsed ? parsed.items.filter((p) => p.to <= u.to) : [];
  if (!parsed || items.length === 0) {
    const whole = wholeHeadingBody(doc, k, u.to) ?? (ownerTrigger || officeHeading(doc, k, u.to) ? ownerOfDuties(doc, k, u.to) : null);
    if (whole) actors.heading.set(s.path, withMembers(doc, whole, u.to));
    return;
  }
  const list = { items, to: Math.min(parsed.to, items[items.length - 1]!.to) };
  const lastWord = lastWordBefore(doc, u.to);
  if (list.to > lastWord) {
    actors.heading.set(s.path, list.items.map((p) => ({ parse: p, name: p.raw })));
    return;
  }
  // "Điều 9. Trách nhiệm của thủ trưởng các đơn vị thuộc Cục Thuế", "... của Bộ, cơ quan ngang Bộ, cơ quan khác ở
  // Trung ương": the place or owner after the last body of an owner's heading is part of that body's name.
  if (ownerTrigger && placeTail(doc, list.to, lastWord + 1)) {
    const last = list.items[list.items.length - 1]!;
    const raw = doc.text.slice(last.start, doc.tokens[lastWord]!.end).replace(/\s+/g, ' ').trim();
    const whole: BodyParse = { ...last, to: lastWord + 1, end: doc.tokens[lastWord]!.end, raw };
    actors.heading.set(s.path, [...list.items.slice(0, -1), whole].map((p) => ({ parse: p, name: p.raw })));
    return;
  }
  // "3. Các cơ quan chủ trì thực hiện các nội dung cải cách hành chính" under "Tổ chức thực hiện":
  // the whole heading names the body.
  if (underResponsibility(doc, s) && list.items.length === 1 && !hasListPunctuation(doc, list.to, u.to)) {
    const first = list.items[0]!;
    const raw = doc.text.slice(first.start, doc.tokens[lastWord]!.end).replace(/\s+/g, ' ').trim();
    const parse: BodyParse = { ...first, end: doc.tokens[lastWord]!.end, to: lastWord + 1, raw };
    actors.heading.set(s.path, withMembers(doc, { parse, name: raw }, u.to));
    return;
  }
  const whole = list.items.length === 1 && list.items[0]!.from === k ? wholeHeadingBody(doc, k, u.to) : null;
  if (whole) actors.heading.set(s.path, withMembers(doc, whole, u.to));
}

/**
 * Words of a heading's place or owner from `from` to `to`: "thuộc Cục Thuế", "ở Trung ương"; a few words, no verb or
 * number, nothing but words.
 */
function placeTail(doc: TaskDocument, from: number, to: number): boolean {
  const t = doc.tokens;
  const opener = exactLongestMatch(t, from, PLACE_OPENERS);
  if (!opener) return false;
  let words = 0;
  for (let j = from + opener.n; j < to; j++) {
    const x = t[j]!;
    if (!x.word) return false;
    if (++words > PLACE_WORDS || /\d/.test(x.f) || (!x.cap && longestMatch(t, j, PREDICATE_STARTS, true))) return false;
  }
  return words > 0;
}

/** Words of a place after a heading's last body at most. */
const PLACE_WORDS = 6;

/**
 * "2. Cơ quan chuyên môn, tổ chức hành chính khác thuộc Ủy ban nhân dân thành phố", "4. Đơn vị sự nghiệp công lập
 * thuộc Ủy ban nhân dân thành phố" (the items of a phân cấp article): a capitalized kind without "các" heads its
 * items when the kinds and what they belong to fill the whole heading. A kind followed by anything else ("Cơ quan
 * chủ trì", "Đơn vị tính: triệu đồng") names no body.
 */
function wholeBareKinds(doc: TaskDocument, k: number, to: number): BodyListParse | null {
  const t = doc.tokens;
  // "IV.1. Cấp thành phố", "2. Cấp xã": a level (its UBND and Chủ tịch are named inside), no body.
  if (!t[k]?.word || !t[k]!.cap || t[k]!.f === 'cap' || !longestMatch(t, k, GENERIC_NOUNS, true)) return null;
  const list = parseBodyListAt(t, k, { bareGeneric: true });
  return list && list.to > lastWordBefore(doc, to) ? list : null;
}

/**
 * "1.3. Các cơ quan tham mưu quản lý ngành, lĩnh vực (gồm các Sở: Xây dựng, Công Thương)": the group named
 * before the bracket and each body listed inside it. A heading's bracket is never part of the body's name.
 */
function withMembers(doc: TaskDocument, a: Actor, end: number): Actor[] {
  const t = doc.tokens;
  for (let j = a.parse.from + 1; j < a.parse.to; j++) {
    if (t[j]!.raw !== '(') continue;
    // A bracket that lists no bodies is a note on the name ("(bao gồm cả cơ quan đại diện chủ sở hữu ...)").
    const members = bracketMembers(doc, j, end) ?? [];
    const raw = doc.text.slice(a.parse.start, t[j - 1]!.end).replace(/\s+/g, ' ').trim();
    const parse: BodyParse = { ...a.parse, to: j, end: t[j - 1]!.end, raw };
    return [{ parse, name: raw }, ...members.map((p) => ({ parse: p, name: p.raw }))];
  }
  return [a];
}

/**
 * A short heading that opens with a body's head word (or "Các" and a kind of body) and holds no verb names
 * one body (or one group) as a whole, even when the grammar cannot read it: "7. Báo và Phát thanh, Truyền
 * hình thành phố", "8. Giám đốc Sở, Thủ trưởng cơ quan, ban, ngành", "12. Các tổ chức, cá nhân và hộ gia
 * đình khai thác ... trên địa bàn"; a closing "có trách nhiệm" is the predicate of its items.
 */
function wholeHeadingBody(doc: TaskDocument, k: number, to: number): Actor | null {
  const t = doc.tokens;
  let last = lastWordBefore(doc, to);
  if (last < k || !t[k]?.word || !t[k]!.cap) return null;
  // "11. Các đơn vị cấp nước sạch trên địa bàn thành phố có trách nhiệm" (items follow): the subject.
  for (const duty of HEADING_DUTY_CLOSERS) {
    const at = last - duty.length + 1;
    if (at > k && exactWordsAt(t, at, duty)) last = lastWordBefore(doc, at);
  }
  const words = t.slice(k, last + 1).filter((x) => x.word);
  if (words.length > 16) return null;
  // The head word exactly as written, diacritics included ("Bảo đảm" is no "Báo"); or a group ("Các đơn vị").
  const head = longestMatch(t, k, NAMED_HEADS, true) ?? longestMatch(t, k, HEAD_TITLES, true) ?? longestMatch(t, k, COMPLETE_ORGS, true);
  const group = !head && isCac(t[k]) && longestMatch(t, k + 1, GENERIC_NOUNS, true) ? { n: 1 } : null;
  if (!group && (!head || t[k]!.raw.toLowerCase() !== (head.p.shown[0] ?? '').toLowerCase())) return null;
  // "4. Ban hành kế hoạch ứng phó ...", "Báo cáo kết quả ...", "Tổ chức, bộ máy": a verb of two words or more that
  // opens with the head word names a task; a capitalized name after it is a body ("Thanh tra Ngân hàng Nhà nước").
  const verb = exactLongestMatch(t, k, PREDICATE_STARTS);
  if (verb && verb.n >= 2 && !t[k + verb.n]?.cap) return null;
  // "Vụ thuộc bộ", "Cục của Tổng cục": a kind of unit described, not a body named.
  const after = t[k + (head ?? group)!.n];
  if (after?.word && !after.cap && DESCRIBING_LINKS.has(after.f)) return null;
  const folded = doc.folded.slice(t[k]!.start, t[last]!.end).toLowerCase();
  // Words of a part's title, not of a body's name ("Tổ chức thực hiện", "Nhiệm vụ và giải pháp").
  const rest = doc.folded.slice(t[k + (head ?? group)!.n]?.start ?? t[last]!.end, t[last]!.end).toLowerCase();
  if (RESPONSIBILITY_HEADING.test(folded) || ASSESSMENT_HEADING.test(folded) || PART_TITLE_WORDS.test(rest)) return null;
  for (let j = k + 1; j <= last; j++) {
    if (t[j]!.raw === ';' || t[j]!.raw === '.' || t[j]!.raw === ':') return null;
    if (t[j]!.word && !t[j]!.cap && longestMatch(t, j, PREDICATE_STARTS, true)) return null;
  }
  const raw = doc.text.slice(t[k]!.start, t[last]!.end).replace(/\s+/g, ' ').trim();
  const parse: BodyParse = { from: k, to: last + 1, start: t[k]!.start, end: t[last]!.end, raw, group: false, bare: false, owner: null, known: false };
  return { parse, name: raw };
}

/** Words opening a person's title or a kind of person: an individual's duties are no body's. */
const INDIVIDUAL = new RegExp(`^(${INDIVIDUAL_HEADINGS.join('|')})\\b`);

/**
 * "Điều 24. Trách nhiệm của doanh nghiệp cung cấp dịch vụ Hệ thống QLVB&ĐH", "3. Trách nhiệm của văn thư": the
 * heading names the one whose duties follow, even a body the vocabulary does not know. Not an individual
 * ("Trách nhiệm của cán bộ quản trị hệ thống", "... của Trưởng ban").
 */
function ownerOfDuties(doc: TaskDocument, k: number, to: number): Actor | null {
  const t = doc.tokens;
  const last = lastWordBefore(doc, to);
  if (last < k || !t[k]?.word) return null;
  const words = t.slice(k, last + 1).filter((x) => x.word);
  // A kind of state unit qualified by what it has or does runs long, the public qualified at length is no owner:
  // both limits are measured over the open collection (ownerHeadingWords in clauseWords.json).
  if (words.length > (longestMatch(t, k, LONG_OWNER_KINDS, true) ? OWNER_HEADING_WORDS.long : OWNER_HEADING_WORDS.short)) return null;
  for (let j = k; j <= last; j++) if (/^[;:.]$/.test(t[j]!.raw)) return null;
  const folded = doc.folded.slice(t[k]!.start, t[last]!.end).toLowerCase();
  if (INDIVIDUAL.test(folded) && !committeeOffice(folded)) return null;
  const raw = doc.text.slice(t[k]!.start, t[last]!.end).replace(/\s+/g, ' ').trim();
  const parse: BodyParse = { from: k, to: last + 1, start: t[k]!.start, end: t[last]!.end, raw, group: false, bare: false, owner: null, known: false };
  return { parse, name: raw };
}


/** "1.1. Trưởng Ban Chỉ đạo" (its duties as bullets below): a short heading that is a committee's office and no more. */
function officeHeading(doc: TaskDocument, k: number, to: number): boolean {
  const t = doc.tokens;
  const last = lastWordBefore(doc, to);
  if (last < k || t.slice(k, last + 1).filter((x) => x.word).length > OFFICE_HEADING_WORDS) return false;
  for (let j = k + 1; j <= last; j++) if (t[j]!.word && !t[j]!.cap && longestMatch(t, j, PREDICATE_STARTS, true)) return false;
  return committeeOffice(doc.folded.slice(t[k]!.start, t[last]!.end).toLowerCase());
}

/** Words of an office's heading at most ("Ủy viên kiêm Chánh Văn phòng Ban Chỉ đạo tỉnh"). */
const OFFICE_HEADING_WORDS = 10;

/** The actors of a section: its own heading's (or intro's, or what `item` finds at that level), else its nearest ancestor's. */
export function sectionActorsOf(doc: TaskDocument, actors: SectionActors, s: Section | null, item?: (cur: Section) => Actor[] | undefined): Actor[] {
  for (let cur = s; cur; cur = cur.parentPath ? (doc.byPath.get(cur.parentPath) ?? null) : null) {
    const a = actors.heading.get(cur.path) ?? actors.intro.get(cur.path) ?? item?.(cur);
    if (a) return a;
  }
  return [];
}

/**
 * When an item restates its heading's bodies as its subject ("1. Thủ trưởng các sở ...; Chủ tịch UBND
 * xã ..." then "(1) ... Thủ trưởng các sở, ban, ngành; cơ quan trung ương ...; Chủ tịch UBND các xã ..."),
 * the item's fuller list is the section's actor list.
 */
export function preferItemSubjects(doc: TaskDocument, actors: SectionActors, units: readonly Unit[], events: ReadonlyMap<Unit, ClauseEvent[]>): void {
  // Units by their section's path, so each section finds its own and its descendants' units without a
  // scan of all units (documents with many titled sections would be quadratic).
  const byPath = new Map<string, number[]>();
  units.forEach((u, i) => {
    if (!u.section) return;
    const list = byPath.get(u.section.path);
    if (list) list.push(i);
    else byPath.set(u.section.path, [i]);
  });
  const paths = [...byPath.keys()].sort();
  for (const [path, named] of [...actors.heading]) {
    const keys = new Set(named.map((a) => resolveBody(a.name, doc.jurisdiction).key));
    // The section itself, then "IV.1(2)" and "IV.1.a"-style descendants: paths with that prefix are
    // contiguous in sorted order.
    const found: number[] = [...(byPath.get(path) ?? [])];
    for (const prefix of [`${path}(`, `${path}.`]) {
      for (let k = lowerBound(paths, prefix); k < paths.length && paths[k]!.startsWith(prefix); k++) found.push(...byPath.get(paths[k]!)!);
    }
    found.sort((a, b) => a - b);
    for (const i of found) {
      const u = units[i]!;
      // Only a fuller list replaces the heading's: "+ Sở Xây dựng: hướng dẫn ..." under "Các cơ quan ... (gồm
      // các Sở: Xây dựng, Công Thương)" is one member's own item.
      const ev = (events.get(u) ?? []).find((e) => e.explicit && e.actors.length >= named.length && e.actors.some((a) => keys.has(resolveBody(a.name, doc.jurisdiction).key)));
      if (ev) {
        actors.heading.set(path, ev.actors);
        break;
      }
    }
  }
}

/** First index of a sorted array whose element is >= `key`. */
function lowerBound(sorted: readonly string[], key: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
