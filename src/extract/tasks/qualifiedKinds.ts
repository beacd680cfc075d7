/**
 * A kind of body named by what it does or where it belongs: "các tổ chức cung cấp dịch vụ chi trả thực hiện
 * ...", "cơ quan dự báo khí tượng thủy văn theo dõi ...", "Đơn vị cung cấp dịch vụ đăng kiểm có trách nhiệm
 * ...". The body parser stops at the kind ("các tổ chức"): its words carry no name of their own, so the words
 * up to the clause's predicate qualify the kind and belong to its name, as annotators write it. Only a clear
 * predicate ends such a qualifier: a responsibility ("có / chịu trách nhiệm", commas and places allowed before
 * it), a modal ("phải", "chủ động") or, after a few plain lower-case words, a verb that opens a duty ("thực
 * hiện", "theo dõi"). A kind followed by the service it provides ("cung cấp dịch vụ") is read first and on to a
 * scope or the next body of a list (serviceQualified). Words are in `clauseWords.json` (qualifiedKinds,
 * qualifierEnds, qualifierModals, serviceQualifiers). A directed group or a partner is followed by its own duty, so
 * its plain qualifier runs up to the first verb (withDutyQualifier).
 */
import { functionWordAt, isCac, parseBodyListAt, type BodyListParse } from '../bodies';
import { exactWordsAt, GROUP_MODIFIERS, exactLongestMatch, longestMatch, NAME_ENDERS, PREDICATE_STARTS, writtenAs, type Phrase, type Token } from '../vocabulary';
import { ADVERBS, ASSIGN_TRIGGERS, CAN_CU, COORDINATE_VERB, DEFINITION_COPULA, FRONTED, KIND_PLACE_WORDS, ORGANIZE_VERB, QUALIFIED_KINDS, QUALIFIER_ENDS, QUALIFIER_MODALS, RESPONSIBILITY_LIST_ENDS, RESPONSIBILITY_PREDICATES, SCOPE_OPENERS, SERVICE_QUALIFIERS, TEXT_REFERENCES } from './phrases';
import { predicateAt } from './document';
import type { TaskDocument } from './types';

/** Words a qualifier of the first kind holds at most before a duty verb, and before "có trách nhiệm". */
const PLAIN_WORDS = 7;
const RESPONSIBLE_WORDS = 16;

/**
 * The list ends with a group ("các tổ chức", not a part awaiting its owner as "các Ban") that its parse ends at: the
 * kind the words after the list may qualify, which every qualifier rule asks first.
 */
export function endsInQualifiableGroup(list: BodyListParse): boolean {
  const last = list.items[list.items.length - 1]!;
  return last.group && !last.bare && list.to === last.to;
}

/** The list with its last kind's qualifier made part of its name, else the list itself. */
export function withQualifier(doc: TaskDocument, list: BodyListParse, end: number): BodyListParse {
  const t = doc.tokens;
  if (!endsInQualifiableGroup(list)) return list;
  const last = list.items[list.items.length - 1]!;
  // The parse runs up to the responsibility; the name stops before a reference to the text.
  const announced = announcedSubjectEnd(doc, list.to, end) ?? (opensWithKind(doc, last.from, last.to) ? responsibleSubjectEnd(doc, list.to, end) : null);
  if (announced) return extendNamed(doc, list, announced);
  if (!endsInKind(doc, last.from, last.to)) return list;
  const k = list.to;
  const first = t[k];
  // "Cá nhân cam kết chịu trách nhiệm ...", "Các cơ quan phải ...": a modal right after the kind opens its predicate.
  if (!first?.word || first.cap || functionWordAt(t, k) || longestMatch(t, k, RESPONSIBILITY_PREDICATES, true) || writtenAt(doc, k, ADVERBS) || writtenAt(doc, k, QUALIFIER_MODALS)) return list;
  const service = writtenAt(doc, k, SERVICE_QUALIFIERS);
  const served = service ? serviceQualified(doc, list, k + service.n, end) : null;
  if (served) return served;
  // A verb right after the kind is its predicate ("Các Bộ, cơ quan thống nhất ...") unless "có trách nhiệm"
  // closes the subject further on (the rule serviceQualified now applies first to "Đơn vị cung cấp dịch vụ đăng
  // kiểm có trách nhiệm"; other verbs still come here).
  let plain = !exactLongestMatch(t, k, PREDICATE_STARTS);
  let words = 0;
  for (let j = k; j < end && words <= RESPONSIBLE_WORDS; j++) {
    const x = t[j]!;
    if (!x.word) {
      // Only a list of kinds or places runs on across a comma ("Các tổ chức, cá nhân và hộ gia đình khai thác ...").
      if (x.raw !== ',') return list;
      plain = false;
      continue;
    }
    if (j > k && longestMatch(t, j, RESPONSIBILITY_PREDICATES, true)) return extendLast(doc, list, j);
    // "các cơ quan chủ trì sự kiện phải có trách nhiệm": a modal or an adverb starts the predicate.
    const modal = j > k ? writtenAt(doc, j, QUALIFIER_MODALS) : null;
    if (modal) return plain || longestMatch(t, j + modal.n, RESPONSIBILITY_PREDICATES, true) ? extendLast(doc, list, j) : list;
    if (j > k && plain && words <= PLAIN_WORDS && writtenAt(doc, j, QUALIFIER_ENDS)) return extendLast(doc, list, j);
    // "Các doanh nghiệp công nghệ số căn cứ vào nội dung ...", "tổ chức, đơn vị điều tra khảo sát, rà phá bom mìn vật
    // nổ căn cứ năng lực ...": "căn cứ" opens the predicate even after a verb that qualifies the kind, as "có trách
    // nhiệm" does. A service ("đơn vị cung cấp dịch vụ ... căn cứ quy trình") is read by serviceQualified first.
    if (j > k && writtenAt(doc, j, [CAN_CU])) return extendLast(doc, list, j);
    // "các đơn vị bán lẻ điện tổ chức tuyên truyền, phổ biến ...": "tổ chức" before another verb organizes it.
    if (j > k && plain && words <= PLAIN_WORDS && organizesAt(doc, j)) return extendLast(doc, list, j);
    // A scope, a fronted clause ("theo chức năng", "để ..."), a passive ("được xây dựng"), a complement ("trong
    // việc ...") or another noun phrase ("chủ quản các dự án") is no part of a name.
    if (longestMatch(t, j, SCOPE_OPENERS, true) || (j > k && frontedAt(doc, j))) return list;
    if (j > k && (isCac(x) || (functionWordAt(doc.tokens, j) && !KIND_PLACE_WORDS.has(x.f)))) return list;
    if (x.cap || /\d/.test(x.f)) plain = false;
    words++;
  }
  return list;
}

/**
 * A group whose next verb is its own duty, directed ("chỉ đạo các tổ chức hành nghề công chứng cập nhật ...",
 * "chỉ đạo các cơ sở giáo dục phổ thông thực hiện") or a partner ("phối hợp với cơ quan có thẩm quyền trình ..."):
 * its kind qualified as withQualifier reads it, else what it is told to do, or does together, starts at the first
 * verb, and the few plain lower-case words before it qualify the group's name (the parser stops at the kind).
 */
export function withDutyQualifier(doc: TaskDocument, parsed: BodyListParse, end: number): BodyListParse {
  const t = doc.tokens;
  const list = withQualifier(doc, parsed, end);
  if (!endsInQualifiableGroup(list) || predicateAt(doc, list.to, end)) return list;
  let note = -1;
  for (let j = list.to, words = 0; j < end && words < DUTY_QUALIFIER_WORDS; j++, words++) {
    const x = t[j]!;
    // "chỉ đạo các tổ chức quản lý chợ (bao gồm cả doanh nghiệp, hợp tác xã, ...) trên địa bàn xây dựng ...": a note
    // in brackets after the qualifier ends the name; where the group is and its duty still follow the note.
    if (x.raw === '(' && j > list.to && note < 0) {
      const close = closingBracket(t, j, end);
      if (close < 0) return list;
      note = j;
      j = close;
      continue;
    }
    // Where the group belongs ("các đơn vị cấp nước thuộc phạm vi quản lý") is part of the qualifier.
    // "các tổ chức quản lý chợ trên địa bàn": a word folding to a preposition ("chợ", "tài") is the qualifier's own.
    if (!x.word || x.cap || /\d/.test(x.f) || (functionWordAt(t, j) && !(j > list.to && KIND_PLACE_WORDS.has(x.f))) || isCac(x)) return list;
    // "chỉ đạo các đơn vị liên quan xem xét thẩm định ...": a verb that ends names is the duty, not the name.
    const ends = (longestMatch(t, j, NAME_ENDERS, true)?.n ?? 0) >= 2;
    if (ends && j === list.to) return list;
    // The first verb starts the duty, unless it also qualifies a kind ("thuộc phạm vi quản lý", "cơ quan quản lý").
    if (ends || (j > list.to && predicateAt(doc, j, end) && !writtenAt(doc, j, GROUP_MODIFIERS))) {
      return note > 0 ? extendNamed(doc, list, { to: j, name: note }) : extendLast(doc, list, j);
    }
  }
  return list;
}

/** The closing bracket of the one opened at `open`, within a note's length and the unit; -1 if none. */
function closingBracket(t: readonly Token[], open: number, end: number): number {
  for (let j = open + 1; j < end && j <= open + NOTE_TOKENS; j++) {
    if (t[j]!.raw === ')') return j;
    if (t[j]!.raw === '(' || t[j]!.raw === ';' || t[j]!.raw === '.') return -1;
  }
  return -1;
}

/** Tokens a bracketed note on a group holds at most. */
const NOTE_TOKENS = 30;

/**
 * Syllables a group's qualifier before its duty holds at most ("hành nghề công chứng", "cấp nước thuộc phạm vi quản
 * lý"): a longer run is more likely the duty's own words.
 */
const DUTY_QUALIFIER_WORDS = 8;

/**
 * "Điều 2. Sở Y tế, UBND cấp xã và các cơ quan, đơn vị có liên quan đến các lĩnh vực kiến nghị đơn giản hóa nêu tại
 * Điều 1 của Quyết định này, có trách nhiệm:": a unit that only announces its subjects' duties (it ends with "có /
 * chịu trách nhiệm:", or "... trách nhiệm sau đây:") qualifies its last kind up to the responsibility, however long
 * and whatever words it holds; a closing reference to the text ("nêu tại / quy định tại Điều 1 ...") or a role after
 * "là" is no part of the name. The end of the qualifier (`to`) and of the name (`name`), or null when the unit is no
 * such announcement.
 */
function announcedSubjectEnd(doc: TaskDocument, k: number, end: number): { to: number; name: number } | null {
  const t = doc.tokens;
  let cut = -1;
  for (let j = k; j < end && j < k + ANNOUNCED_QUALIFIER_TOKENS; j++) {
    const x = t[j]!;
    if (!x.word) {
      if (x.raw === ';' || x.raw === '.' || x.raw === ':') return null;
      continue;
    }
    // "phối hợp với cơ quan, đơn vị có liên quan căn cứ Danh mục ... có trách nhiệm:": a basis or a scope opens the
    // predicate of someone else's clause, the words before it are the kind's whole qualifier.
    if (writtenAt(doc, j, [CAN_CU]) || longestMatch(t, j, SCOPE_OPENERS, true)) return null;
    if (cut < 0 && j > k && longestMatch(t, j, TEXT_REFERENCES, true)) cut = j;
    // "Cơ quan quân sự địa phương cấp tỉnh ... là đầu mối thu thập ... có trách nhiệm:": the role after "là" (as
    // written) says what the body is, not which.
    if (cut < 0 && j > k && exactWordsAt(t, j, DEFINITION_COPULA.written, 'written')) cut = j;
    const duty = j > k ? longestMatch(t, j, RESPONSIBILITY_PREDICATES, true) : null;
    if (!duty) continue;
    // "... có trách nhiệm sau đây:": the words that announce the points stand before the colon.
    const colon = j + duty.n + (exactLongestMatch(t, j + duty.n, RESPONSIBILITY_LIST_ENDS)?.n ?? 0);
    if (t[colon]?.raw !== ':' || colon !== end - 1) return null;
    let name = cut > 0 ? cut : j;
    while (name > k && !t[name - 1]!.word) name--;
    return name > k ? { to: j, name } : null;
  }
  return null;
}

/**
 * "Đơn vị quản lý, vận hành hệ thống chiếu sáng công cộng có trách nhiệm bảo vệ ...", "Các cơ quan, tổ chức, đơn vị, cá
 * nhân thực hiện nhiệm vụ phục vụ công tác bầu cử theo quy định tại Nghị quyết này có trách nhiệm thực hiện ...": a
 * kind of body that opens a clause and is given a duty "có / chịu trách nhiệm" (or "phải có trách nhiệm") further on in
 * it is named by the words up to the responsibility, verbs included (what it manages, does or serves is its role), as
 * annotators name the bodies of a regulation's rules, procedures and thi hành articles alike; a closing reference to
 * the text ("theo quy định tại ...") is no part of the name. Only plain words qualify it: a preposition or
 * conjunction, "các", a partner's "phối hợp", an assignment, a scope, a basis, a modal or any mark before the
 * responsibility leave the list to the readings below. Null when no responsibility closes the kind within a name's
 * length.
 */
function responsibleSubjectEnd(doc: TaskDocument, k: number, end: number): { to: number; name: number } | null {
  const t = doc.tokens;
  let cut = -1;
  let words = 0;
  for (let j = k; j < end; j++) {
    const x = t[j]!;
    // "Cá nhân cam kết chịu trách nhiệm ...": a modal right after the kind opens its predicate, no qualifier read.
    const modal = writtenAt(doc, j, QUALIFIER_MODALS);
    if (longestMatch(t, j, RESPONSIBILITY_PREDICATES, true) || (modal && longestMatch(t, j + modal.n, RESPONSIBILITY_PREDICATES, true))) {
      return words > 0 ? { to: j, name: cut > 0 ? cut : j } : null;
    }
    if (cut < 0 && j > k && x.word && longestMatch(t, j, TEXT_REFERENCES, true)) cut = j;
    if (cut > 0) {
      // The reference runs on to the responsibility: "tại Điều 1, Điều 2 của Quyết định này".
      if (/^[;:.()]$/.test(x.raw) || j - cut > REFERENCE_TOKENS) return null;
      continue;
    }
    if (!x.word || isCac(x) || (functionWordAt(doc.tokens, j) && !(j > k && KIND_PLACE_WORDS.has(x.f))) || modal) return null;
    if (exactLongestMatch(t, j, [COORDINATE_VERB]) || longestMatch(t, j, ASSIGN_TRIGGERS, true) || longestMatch(t, j, SCOPE_OPENERS, true) || writtenAt(doc, j, [CAN_CU])) return null;
    if (++words > RESPONSIBLE_WORDS) return null;
  }
  return null;
}

/** Tokens a reference to the text between a subject and its responsibility holds at most. */
const REFERENCE_TOKENS = 12;

/** The item opens with a kind of body ("Đơn vị quản lý, vận hành", "Các cơ quan, tổ chức"), "các" allowed first. */
function opensWithKind(doc: TaskDocument, from: number, to: number): boolean {
  const at = isCac(doc.tokens[from]) ? from + 1 : from;
  return at < to && !!longestMatch(doc.tokens, at, QUALIFIED_KINDS, true);
}

/** The list extended up to `to`, its last item named up to `name` (a reference to the text left out of the name). */
function extendNamed(doc: TaskDocument, list: BodyListParse, at: { to: number; name: number }): BodyListParse {
  const ext = extendLast(doc, list, at.to);
  if (ext === list) return ext;
  const item = ext.items[ext.items.length - 1]!;
  const nameEnd = doc.tokens[at.name - 1]!.end;
  const raw = doc.text.slice(item.start, nameEnd).replace(/\s+/g, ' ').trim();
  return { items: [...ext.items.slice(0, -1), { ...item, end: nameEnd, raw }], to: ext.to };
}

/**
 * "phối hợp với đơn vị cung cấp dịch vụ công nghệ thông tin căn cứ quy trình ...", "... , đơn vị cung cấp dịch vụ
 * công nghệ thông tin và các cơ quan, đơn vị liên quan căn cứ ...": the service a kind provides is its name up to a
 * scope, a predicate, a clause mark or the next body of the list (read on and joined). Null when none of these
 * ends it within a name's length ("dịch vụ bưu chính, viễn thông" may go on): the list is then read as before.
 */
function serviceQualified(doc: TaskDocument, list: BodyListParse, from: number, end: number): BodyListParse | null {
  const t = doc.tokens;
  let words = 0;
  for (let j = from; j < end && words <= RESPONSIBLE_WORDS; j++) {
    const x = t[j]!;
    const next = x.raw === ',' || (x.word && x.f === 'va' && functionWordAt(doc.tokens, j));
    if (next || isCac(x)) {
      if (words === 0) return null;
      const rest = parseBodyListAt(t, isCac(x) ? j : j + 1, { bareGeneric: true });
      if (!rest || rest.to > end) return null;
      const more = withQualifier(doc, rest, end);
      return { items: [...extendLast(doc, list, j).items, ...more.items], to: more.to };
    }
    if (!x.word) return words > 0 && /^[;:.]$/.test(x.raw) ? extendLast(doc, list, j) : null;
    const ends = longestMatch(t, j, SCOPE_OPENERS, true) || writtenAt(doc, j, [CAN_CU]) || longestMatch(t, j, RESPONSIBILITY_PREDICATES, true) || writtenAt(doc, j, QUALIFIER_MODALS) || writtenAt(doc, j, QUALIFIER_ENDS);
    if (ends) return words > 0 ? extendLast(doc, list, j) : null;
    if (functionWordAt(doc.tokens, j)) return null;
    words++;
  }
  return null;
}

/** Tokens an announced subject's qualifier holds at most. */
const ANNOUNCED_QUALIFIER_TOKENS = 40;

/**
 * A phrase of `list` at `j` as written, with its own marks: "cung cấp" is no "cùng", "khí tượng" no "khi". A
 * word without marks may be either, so it is no such phrase (the rule stays off in text OCR stripped).
 */
function writtenAt(doc: TaskDocument, j: number, list: readonly Phrase[]): { n: number } | null {
  return exactLongestMatch(doc.tokens, j, list, 'written');
}

/** "tổ chức" written as such, then a duty verb: the verb "organize", not the kind "organization". */
function organizesAt(doc: TaskDocument, j: number): boolean {
  const t = doc.tokens;
  const n = ORGANIZE_VERB.words.length;
  if (!writtenAt(doc, j, [ORGANIZE_VERB]) || !t[j + n]?.word || t[j + n]!.cap) return false;
  return !!exactLongestMatch(t, j + n, PREDICATE_STARTS);
}

/** A fronted clause's opener written as such ("để", "khi"; not "khí" in "khí tượng"), other than a place's "trong", "theo". */
function frontedAt(doc: TaskDocument, j: number): boolean {
  const x = doc.tokens[j]!;
  const m = longestMatch(doc.tokens, j, FRONTED, true);
  return !!m && x.f !== 'trong' && x.f !== 'theo' && writtenAs(doc.tokens, x, m.p.written[0]!);
}

/** The item's words end with a kind of body ("các tổ chức", "cơ quan, đơn vị"), nothing after it. */
function endsInKind(doc: TaskDocument, from: number, to: number): boolean {
  for (let j = to - 1; j >= from; j--) {
    const m = longestMatch(doc.tokens, j, QUALIFIED_KINDS, true);
    if (m && j + m.n === to) return true;
  }
  return false;
}

/**
 * The list with its last item extended up to token `to`. Never up to an auxiliary whose verb is left out: "các tổ
 * chức, cá nhân có" (of "có khai thác ..."), "các cơ quan Trung ương được" (of "được tổ chức theo ..."): the verb
 * after "có" or "được" is part of what qualifies the kind, so such a cut keeps the list as the parser read it.
 */
export function extendLast(doc: TaskDocument, list: BodyListParse, to: number): BodyListParse {
  const t = doc.tokens;
  const lastWord = t[to - 1];
  if (to - 1 >= list.to && lastWord !== undefined && (writtenAs(t, lastWord, 'có') || writtenAs(t, lastWord, 'được'))) return list;
  const last = list.items[list.items.length - 1]!;
  const raw = doc.text.slice(last.start, t[to - 1]!.end).replace(/\s+/g, ' ').trim();
  return { items: [...list.items.slice(0, -1), { ...last, to, end: t[to - 1]!.end, raw }], to };
}
