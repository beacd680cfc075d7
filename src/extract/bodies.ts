/**
 * Responsible bodies: recognizing a body's name in running (often OCR-damaged) text, and resolving every
 * spelling of it to one canonical node per real body within its jurisdiction.
 *
 * Recognition reads a noun phrase from a known head: "Sở" + a name ("Sở Nội vụ", "S& Ndi vu"), a complete
 * body ("Ủy ban nhân dân tỉnh", "UBND tỉnh", "Tỉnh ủy"), a group ("các sở, ban, ngành", "các cơ quan, đơn vị
 * có liên quan"), optionally after a title ("Giám đốc Sở Nội vụ", "Chủ tịch UBND các xã, phường, đặc khu").
 * The phrase ends where a predicate starts ("chủ trì", "phối hợp", ...), at a preposition, or at punctuation.
 *
 * Resolution restores diacritics word by word from the vocabulary, expands abbreviations (UBND, HĐND, MTTQ,
 * TU), and builds the key from the folded name without what does not change the body: the head's title
 * (Giám đốc, Thủ trưởng), "các", the province name, an apposition ("Sở Nội vụ - Cơ quan Thường trực ...").
 * The node's name drops the head's title; `written` keeps it ("Giám đốc Sở Nội vụ") and `official` is the title,
 * which an assignment keeps apart from its body (tasks/output.ts).
 */
import { isVietnameseSyllable } from '../text/decode';
import surnames from './data/surnames.json';
import vocab from './data/bodyVocabulary.json';
import { kindAt } from './documentKinds';
import { canonicalKeyName } from './bodyCanonical';
import { fold, hasMarks } from './folding';
import { BoundedMemo } from './memo';
import { PROVINCES as PROVINCE_UNITS } from './provinces';
import { NATIONAL, type Jurisdiction } from './types';
import {
  ABBREVIATIONS,
  COMPLETE_ORGS,
  DISPLAY_WORDS,
  GENERIC_NOUNS,
  STANDALONE_GROUP_KINDS,
  ANYONE_KINDS,
  GROUP_SECTORS,
  GROUP_MODIFIERS,
  HEAD_TITLES,
  NAME_WORDS,
  NAMED_HEADS,
  OFFICE_TITLES,
  ORG_ABBREVIATIONS,
  PART_HEADS,
  PREDICATE_STARTS,
  verbNounAt,
  COMMUNE_LEVELS,
  DUTIES_NOT_IN_NAMES,
  STOP_WORDS,
  STOP_WORD_SPELLINGS,
  NAME_ENDERS,
  LOWER_NAME_HEADS,
  CAPITAL_HEADS,
  PLACE_ORGS,
  fuzzyWordEq,
  tokenFuzzy,
  exactWordsAt,
  firstExactWordsAt,
  exactLongestMatch,
  longestMatch,
  phraseAt,
  MEMO_MIN_TOKENS,
  tokenMemo,
  formTest,
  mayStartAt,
  spellingTest,
  wordCost,
  phrase,
  phrases,
  foldedPhrases,
  tokenize,
  type Phrase,
  type Token,
} from './vocabulary';
import { escapeRegExp } from '../text/regex';

/** Kind words written lower-case inside a group's list. */
const GENERIC_WORDS = new Set(vocab.kindWordsLowercasedInLists);

/** Jurisdiction used for local bodies when the document's own jurisdiction is unknown. */
export const UNKNOWN_JURISDICTION: Jurisdiction = 'unknown';

/** Each spelling a body's name may end with, and the province's name it writes. */
const PROVINCE_OF_SPELLING = new Map(
  PROVINCE_UNITS.flatMap((p) => (p.name.includes(' - ') ? [p.name, p.name.replace(' - ', ' ')] : [p.name]).map((s) => [s, p.name] as const)),
);
/**
 * Provinces a local body's name ends with ('Sở Y tế tỉnh Cà Mau'), older and merged names alike: the project's
 * one list (provinces.ts), a dashed name also without its dash ("Bà Rịa Vũng Tàu"). In folded order, so that
 * of two OCR-damaged matches at one cost the same one wins as before.
 */
export const PROVINCES = phrases(
  [...PROVINCE_OF_SPELLING.keys()].sort((a, b) => {
    const x = fold(a);
    const y = fold(b);
    return x < y ? -1 : x > y ? 1 : 0;
  }),
);

/** Local-government units that take a proper name ("thành phố Hạ Long", "huyện Vân Đồn"). */
const LOCAL_UNITS = phrases(vocab.localUnits);
/** Committees whose name goes on with the field they steer after "về" ("Ban Chỉ đạo Nhà nước về Du lịch"). */
const FIELD_NAMED_HEADS = phrases(vocab.fieldNamedHeads);
/** Kinds of mass organizations, one group when listed together. */
const MASS_KINDS = new Set(foldedPhrases(vocab.massOrganizationKinds));
/** Levels a field's units of places are named by as a group ("các Thuế tỉnh, thành phố", "các Thuế cơ sở"). */
const PLACE_ORG_LEVELS = vocab.placeOrgLevels.map((l) => l.split(' ')).sort((a, b) => b.length - a.length);
const LOCALITY_GENERICS = new Set(vocab.localityGenerics);
/** "các cấp, các ngành" is one collective, unlike "các chủ đầu tư, các cơ quan quản lý". */
const IDIOM_GENERICS = new Set(vocab.idiomGenerics);

const OWNED_HEADS = new Set(vocab.ownedHeads);
/** Heads of departments and ministries, named by one known field ("Sở Nội vụ", "Bộ Y tế"): folded form -> display form. */
const DEPARTMENT_HEADS: ReadonlyMap<string, string> = new Map(vocab.departmentHeads.map((h) => [fold(h), h] as const));
const DEPARTMENT_HEAD_WORDS: readonly string[] = [...DEPARTMENT_HEADS.keys()];
/** Heads whose name is one known field, lower-case words after it being the sentence ("Sở", "Bộ", "Phòng"), folded. */
const FIELD_CLOSED_HEADS = new Set(vocab.fieldClosedHeads.map((h) => fold(h)));

/** The display form of the department head ("Sở", "Bộ") token `t` is, else null. */
function departmentHead(t: Token | undefined): string | null {
  return t?.word ? (DEPARTMENT_HEADS.get(t.f) ?? null) : null;
}
const CHAINED_MODIFIERS = new Set(vocab.chainedModifiers);
/** Kinds of a head and "ngành" ("Bộ ngành Trung ương"): a collective however the head is written, folded. */
const SECTOR_KINDS = new Set(vocab.sectorKinds);

/** A body phrase found in a token stream. */
export interface BodyParse {
  /** Token range [from, to). */
  from: number;
  to: number;
  start: number;
  end: number;
  /** The phrase as written. */
  raw: string;
  group: boolean;
  /** Only a part of a body awaiting its owner ("Thường trực", "các Ban", "các Tổ"). */
  bare: boolean;
  /** Owner body written at the end ("... Hội đồng nhân dân tỉnh"), as written; used to complete bare parts. */
  owner: string | null;
  /** Every name word came from the vocabulary (no guessing from capital letters). */
  known: boolean;
}

export interface ParseOptions {
  /** Accept a group written without "các" ("cơ quan trung ương đóng trên địa bàn tỉnh") — list continuations. */
  bareGeneric?: boolean;
}

const COMMA = ',';

function isWord(t: Token | undefined, f: string): boolean {
  return !!t && t.word && t.f === f;
}

/** "các", also as OCR writes it ("C4c", "Céc", "cdc"). */
export function isCac(t: Token | undefined): boolean {
  return !!t && t.word && formTest(t, 'cac', cacLike);
}

function cacLike(f: string): boolean {
  return f === 'cac' || f === 'nhung' || /^c[ae4@&3d]c$/.test(f);
}

/** A lower-case predicate starts at token `i` ("thực hiện", "tổ chức", "có trách nhiệm"), written as such. */
export function isPredicateAt(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (!t || !t.word || verbNounAt(tokens, i)) return false;
  const m = longestMatch(tokens, i, PREDICATE_STARTS, true);
  // A one-word verb written with other marks is another word: "cán bộ" is no "cần", "Thi đua" no "đưa"; so is
  // a word without marks spelled otherwise that is a syllable of its own ("Cạnh tranh" is no "trình").
  return m !== null && (m.p.words.length > 1 || (writtenAs(t, m.p) && !ownSyllable(t, m.p)));
}

/** An unmarked word that folds to another word than the phrase's and is a Vietnamese syllable as written. */
function ownSyllable(t: Token, p: Phrase): boolean {
  return !hasMarks(t.raw) && t.f !== p.words[0] && isVietnameseSyllable(t.raw);
}

const FUZZY_STOPS = vocab.fuzzyStops;
function isStopAt(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (!t || !t.word) return false;
  // A word written with other marks than the function word's is another word: "Quân đội" is not "đối",
  // "Tập đoàn Công nghiệp" not "cùng". Words without marks (OCR lost them) may still be either.
  const marked = hasMarks(t.raw);
  // "hàng không" is a word of a name ("Tổng công ty Cảng hàng không Việt Nam"), no "không".
  if (t.f === 'khong' && isWord(tokens[i - 1], 'hang')) return false;
  if (STOP_WORDS.has(t.f) || t.f === 'thuoc' || t.f === 'truc') return !marked || STOP_WORD_SPELLINGS[t.f]?.includes(t.raw.toLowerCase()) !== false;
  return !marked && t.f.length >= 4 && FUZZY_STOPS.some((w) => tokenFuzzy(t, w));
}

function abbreviationAt(tokens: readonly Token[], i: number): string | null {
  const t = tokens[i];
  if (!t || !t.word) return null;
  // "CT-XH" arrives as three tokens.
  if (t.f === 'ct' && tokens[i + 1]?.raw === '-' && tokens[i + 2]?.f === 'xh') return 'ct-xh';
  if (!formTest(t, 'abbreviation', isAbbreviation)) return null;
  // Short abbreviations are written in bare letters (Đ aside): "TƯ" of "SỞ TƯ PHÁP" is the word tư, not TU
  // (Tỉnh ủy). A long one keeps a stray mark OCR put on it ("ƯBND" is UBND).
  if (t.f.length <= 3 && hasMarks(t.raw.replace(/[đĐ]/g, 'd'))) return null;
  // Short abbreviations collide with words ("tu" = từ/tư), so they must be written in capitals.
  if (t.f.length <= 3 && !t.upper) return null;
  if (t.f.length > 3 && !t.upper && !/^(ubnd|hdnd|mttq|ubmttq)$/.test(t.f)) return null;
  if ((t.f === 'hpnd' || t.f === 'hbnd') && !t.upper) return null;
  return t.f;
}

function isAbbreviation(f: string): boolean {
  return ABBREVIATIONS[f] !== undefined;
}

/** A complete body (abbreviation or phrase) at `i`: token count, or 0. */
function completeOrgAt(tokens: readonly Token[], i: number): number {
  const ab = abbreviationAt(tokens, i);
  if (ab && ORG_ABBREVIATIONS.has(ab)) return ab.includes('mttq') ? 1 + vietNamAt(tokens, i + 1) : 1;
  if (ab === 'tu' || ab === 'tw') return 1;
  // "Ủy ban MTTQ Việt Nam tỉnh".
  if (tokens[i]?.word && isWord(tokens[i + 1], 'ban') && /^[a-z0-9&@]{0,2}y$/.test(tokens[i]!.f) && abbreviationAt(tokens, i + 2)?.includes('mttq')) {
    return 3 + vietNamAt(tokens, i + 3);
  }
  const m = longestMatch(tokens, i, COMPLETE_ORGS, true);
  if (m) return m.n;
  // "Thuế tỉnh Đắk Lắk", "Thuế Đồng Nai": the field alone, capitalized as written, names the unit of a place.
  const field = tokens[i]?.cap ? longestMatch(tokens, i, PLACE_ORGS, true) : null;
  if (field && exactWordsAt(tokens, i, field.p.words) && phraseWrittenAt(tokens, i, field.p)) {
    const at = i + field.n;
    const place = tokens[at]?.word && /^(tinh|thanh)$/.test(tokens[at]!.f) ? localityAt(tokens, at, false) : bareProvinceAt(tokens, at);
    if (place > 0) return field.n;
  }
  return 0;
}

/**
 * "Thuế tỉnh, thành phố", "Thuế cơ sở" (after "các"): a field's units of every place at one level, as the tax
 * offices are named since 2025, one group. Token count, or 0; a place named after the level is one unit.
 */
function placeOrgGroupAt(tokens: readonly Token[], i: number): number {
  const field = tokens[i]?.cap ? longestMatch(tokens, i, PLACE_ORGS, true) : null;
  if (!field || !exactWordsAt(tokens, i, field.p.words) || !phraseWrittenAt(tokens, i, field.p)) return 0;
  const at = i + field.n;
  for (const level of PLACE_ORG_LEVELS) {
    if (!exactWordsAt(tokens, at, level)) continue;
    const end = at + level.length;
    if (longestMatch(tokens, end, PROVINCES, true)) return 0;
    return field.n + level.length + centralTailAt(tokens, end);
  }
  return 0;
}

function vietNamAt(tokens: readonly Token[], i: number): number {
  return tokens[i]?.word && tokenFuzzy(tokens[i], 'viet') && tokens[i + 1]?.word && tokens[i + 1]!.f === 'nam' ? 2 : 0;
}

/** "tỉnh" [Province] / "cấp tỉnh" / "các xã, phường" / "thành phố Hạ Long" after a complete body. */
function localityAt(tokens: readonly Token[], i: number, allowGenericList: boolean): number {
  const t = tokens[i];
  if (!t || !t.word) return 0;
  if (tokenFuzzy(t, 'tinh') && !isWord(tokens[i + 1], 'uy')) {
    const p = longestMatch(tokens, i + 1, PROVINCES, true);
    if (p) return 1 + p.n;
    // "Ủy ban nhân dân tỉnh, thành phố trực thuộc trung ương": the provinces, one collective.
    if (tokens[i + 1]?.raw === COMMA && isWord(tokens[i + 2], 'thanh') && isWord(tokens[i + 3], 'pho')) {
      const central = centralTailAt(tokens, i + 4);
      if (central > 0) return 4 + central;
      // "Chủ tịch UBND tỉnh, Thành phố, các cấp, ...": the same collective, its tail left out; a city's name
      // after it ("tỉnh, Thành phố Hồ Chí Minh") makes two bodies.
      const after = tokens[i + 4];
      if (!after || !after.word || (!after.cap && !longestMatch(tokens, i + 4, PROVINCES, true))) return 4;
    }
    return 1;
  }
  if (t.f === 'cap' && tokens[i + 1]?.word && /^(tinh|huyen|xa|co so)$/.test(tokens[i + 1]!.f)) {
    // "cấp tỉnh, thành phố trực thuộc trung ương": the provinces' level.
    if (tokens[i + 1]!.f === 'tinh' && tokens[i + 2]?.raw === COMMA && isWord(tokens[i + 3], 'thanh') && isWord(tokens[i + 4], 'pho')) {
      const central = centralTailAt(tokens, i + 5);
      if (central > 0) return 5 + central;
    }
    // "cấp tỉnh, cấp xã": the body at each of these levels.
    let n = 2;
    while (tokens[i + n]?.raw === COMMA && isWord(tokens[i + n + 1], 'cap') && tokens[i + n + 2]?.word && /^(tinh|huyen|xa)$/.test(tokens[i + n + 2]!.f)) n += 3;
    return n;
  }
  if (allowGenericList && isCac(t)) {
    const g = genericListAt(tokens, i + 1, true);
    return g > 0 ? 1 + g + centralTailAt(tokens, i + 1 + g) : 0;
  }
  // A unit written with other marks is another word ("Phòng Kinh tế" is no "phường").
  const unit = headWrittenAt(tokens, i, LOCAL_UNITS) ? longestMatch(tokens, i, LOCAL_UNITS, true) : null;
  if (unit) {
    const k = i + unit.n;
    const p = longestMatch(tokens, k, PROVINCES, true);
    if (p) return unit.n + p.n;
    let n = 0;
    // A heading in capitals ("QUAN ĐIỂM") names no "quận": an all-capital unit needs its own name in capitals.
    const unitUpper = tokens[i]!.upper;
    while (n < 3 && tokens[k + n]?.word && tokens[k + n]!.cap && !(tokens[k + n]!.upper && !unitUpper) && !isPredicateAt(tokens, k + n)) n++;
    // ... and one written without the diacritics its word has is another word ("QUAN" ĐIỂM, not "quận").
    if (unitUpper && n > 0 && !hasMarks(tokens[i]!.raw) && hasMarks(unit.p.display)) n = 0;
    if (n > 0) return unit.n + n;
    // "UBND Thành phố", "các Ban của HĐND thành phố": a centrally governed city, as "tỉnh" for a province.
    if (unit.p.words.join(' ') === 'thanh pho') return unit.n;
    if (allowGenericList) {
      const g = genericListAt(tokens, i, true);
      if (g > 0) return g;
    }
  }
  return 0;
}

/**
 * A province named bare after a complete body, capitalized as written: "Báo và Phát thanh, Truyền hình Cần
 * Thơ", "Thường trực Tỉnh ủy Thanh Hóa" (not a heading in capitals: "TỈNH ỦY QUẢNG NGÃI" is the header's Tỉnh ủy).
 */
function bareProvinceAt(tokens: readonly Token[], i: number): number {
  const t = tokens[i];
  if (!t?.cap || t.upper) return 0;
  return exactLongestMatch(tokens, i, PROVINCES)?.n ?? 0;
}

/** A person's name: a family name and one to three more capitalized words on the line ("Trần Hồng Hà"), or 0. */
function personNameAt(tokens: readonly Token[], i: number): number {
  const first = tokens[i];
  if (!first?.word || !first.cap || first.upper || !SURNAMES.has(first.f)) return 0;
  let n = 1;
  while (n < 4 && tokens[i + n]?.word && tokens[i + n]!.cap && !tokens[i + n]!.upper && tokens[i + n]!.nl === 0) n++;
  return n >= 2 ? n : 0;
}

const SURNAMES = new Set<string>(surnames.surnames);

/** Whether a name as written opens with a person's name ("Đào Hồng Lan"). */
export function opensWithPersonName(name: string): boolean {
  return personNameAt(tokenize(name), 0) > 0;
}

/**
 * "- Chi nhánh Khu vực II" after a complete body ("Ngân hàng Nhà nước Việt Nam - Chi nhánh ...", "Ngân hàng Nhà
 * nước chi nhánh khu vực 14", the dash left out): token count, or 0.
 */
function branchAt(tokens: readonly Token[], i: number): number {
  const dash = tokens[i];
  if (!dash) return 0;
  const d = !dash.word && (dash.raw === '-' || dash.raw === '–') ? 1 : 0;
  if ((d && dash.nl > 0) || tokens[i + d]?.nl) return 0;
  if (!isWord(tokens[i + d], 'chi') || !isWord(tokens[i + d + 1], 'nhanh')) return 0;
  let k = i + d + 2;
  while (k < i + 8 + d && tokens[k]?.word && tokens[k]!.nl === 0 && (tokens[k]!.cap || /^\d+$/.test(tokens[k]!.f) || isWord(tokens[k], 'khu') || isWord(tokens[k], 'vuc'))) k++;
  return k > i + d + 2 ? k - i : 0;
}

/** "trực thuộc trung ương" closing "các tỉnh, thành phố": token count, or 0. */
function centralTailAt(tokens: readonly Token[], i: number): number {
  return isWord(tokens[i], 'truc') && isWord(tokens[i + 1], 'thuoc') && isWord(tokens[i + 2], 'trung') && isWord(tokens[i + 3], 'uong') ? 4 : 0;
}

/** Levels of schools ("đại học", "cao đẳng"), folded, one array per level. */
const SCHOOL_LEVELS: readonly (readonly string[])[] = foldedPhrases(vocab.schoolLevels).map((l) => l.split(' '));

/** A kind of school named by its level ("trường đại học", "cơ sở giáo dục đại học"), folded. */
function schoolKind(kind: string): boolean {
  return SCHOOL_LEVELS.some((l) => kind.endsWith(` ${l.join(' ')}`));
}

/** A level of school written alone after a kind of school ("cao đẳng", "Trung cấp"), on its line: token count, or 0. */
function schoolLevelAt(tokens: readonly Token[], i: number): number {
  if (!tokens[i]?.word || tokens[i]!.nl > 0) return 0;
  const level = firstExactWordsAt(tokens, i, SCHOOL_LEVELS);
  // Written with its marks: "cao dang" without them may be OCR noise of other words.
  return level && hasMarks(tokens[i + level.length - 1]!.raw) ? level.length : 0;
}

/** A capitalized name right after a kind, on its line: no place, level or "Trung ương" ("các sở, ngành Thành phố"). */
function properNameAfterKind(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  if (!t?.word || !t.cap || t.upper || t.nl > 0 || isCac(t) || isStopAt(tokens, k)) return false;
  if (localityAt(tokens, k, false) > 0 || longestMatch(tokens, k, PROVINCES, true) || (isWord(t, 'trung') && isWord(tokens[k + 1], 'uong'))) return false;
  return !longestMatch(tokens, k, GENERIC_NOUNS, true);
}

/** Kinds joined by a comma at `i`, without "các" ("Sở, ban, ngành", "Sở, ngành"): a list of kinds, no one body. */
function kindListAt(tokens: readonly Token[], i: number): boolean {
  const n = genericListAt(tokens, i, false);
  return n > 2 && tokens.slice(i, i + n).some((t) => t.raw === COMMA);
}

/** Generic nouns joined by commas: "sở, ban, ngành", "xã, phường, đặc khu". Returns token count. */
function genericListAt(tokens: readonly Token[], i: number, localityOnly: boolean): number {
  const first = longestMatch(tokens, i, GENERIC_NOUNS, true) ?? fuzzyGeneric(tokens, i);
  if (!first) return 0;
  // A one-word kind written with other marks is another word ("Phương thức" is no "phường").
  if (first.p.words.length === 1 && hasMarks(tokens[i]!.raw) && fold(tokens[i]!.raw) === first.p.words[0] && tokens[i]!.raw.toLowerCase() !== (first.p.shown[0] ?? '').toLowerCase()) return 0;
  if (localityOnly && !LOCALITY_GENERICS.has(first.p.words.join(' '))) return 0;
  let k = i + first.n;
  let single = first.p.words.join(' ');
  let lastKind = single;
  let count = 1;
  let schoolLevels = false;
  for (;;) {
    if (tokens[k]?.raw !== COMMA) {
      // "UBND các phường xã": two levels written without their comma (a table cell's shorthand).
      const bare = localityOnly && tokens[k]?.word && !tokens[k]!.cap ? longestMatch(tokens, k, GENERIC_NOUNS, true) : null;
      const level = bare?.p.words.join(' ') ?? '';
      if (bare && level !== single && COMMUNE_LEVELS.has(level) && COMMUNE_LEVELS.has(single) && phraseWrittenAt(tokens, k, bare.p) && !isWord(tokens[k + bare.n], 'hoi')) {
        k += bare.n;
        single = level;
        count++;
        continue;
      }
      // "các Bộ, cơ quan và địa phương liên quan": a last kind joined by "và", no "các" of its own, before the
      // modifier all the kinds share.
      const joined = !localityOnly && isWord(tokens[k], 'va') ? sharedKindAt(tokens, k + 1, lastKind, i) : 0;
      if (joined > 0) {
        lastKind = longestMatch(tokens, k + 1, GENERIC_NOUNS, true)!.p.words.join(' ');
        k += 1 + joined;
        count++;
        continue;
      }
      break;
    }
    // "các sở, ban, ngành, tổ chức chính trị - xã hội": some kinds are collectives of their own, split off the
    // list as annotators do.
    const next = longestMatch(tokens, k + 1, GENERIC_NOUNS, true) ?? fuzzyGeneric(tokens, k + 1);
    // ... but mass organizations listed together are one ("các tổ chức chính trị - xã hội, hội, đoàn thể"),
    // and so is a list one "các" opens with such a kind ("Các cơ quan quản lý nhà nước, tổ chức, cá nhân liên
    // quan", "các cơ quan ngang Bộ, cơ quan thuộc Chính phủ": one phrase under one "các", README convention 7).
    const mass = !!next && MASS_KINDS.has(lastKind) && MASS_KINDS.has(next.p.words.join(' '));
    const openedByStandalone = !localityOnly && isCac(tokens[i - 1]) && STANDALONE_GROUP_KINDS.has(first.p.words.join(' ')) && !MASS_KINDS.has(first.p.words.join(' '));
    if (!localityOnly && count === 1 && STANDALONE_GROUP_KINDS.has(single) && !mass && !openedByStandalone) break;
    if (next && !localityOnly && STANDALONE_GROUP_KINDS.has(next.p.words.join(' ')) && !mass && !openedByStandalone) break;
    // "các cơ quan, đơn vị, địa phương, doanh nghiệp": agencies and enterprises are two collectives.
    if (next && !localityOnly && crossesSector(lastKind, next.p.words.join(' ')) && !anyoneList(tokens, i)) break;
    // "các trường đại học, cao đẳng, trung cấp", "cơ sở giáo dục đại học, cao đẳng": the levels of one kind of school.
    const level = !next && schoolKind(single) ? schoolLevelAt(tokens, k + 1) : 0;
    if (level > 0) {
      k += 1 + level;
      count++;
      schoolLevels = true;
      continue;
    }
    // ... a group of its own: another kind after its levels is the next body of the list ("cơ sở giáo dục đại học,
    // cao đẳng, cơ sở đào tạo, bồi dưỡng của Bộ, ...").
    if (schoolLevels) break;
    // "Ban Quản lý, Trung tâm Đổi mới sáng tạo Hà Nội": a capitalized kind whose own capitalized name follows is
    // a named body, no more kinds of the list.
    if (next && tokens[k + 1]!.cap && properNameAfterKind(tokens, k + 1 + next.n)) break;
    if (next && !isCac(tokens[k + 1])) {
      // A following proper name means a new body ("..., Sở Nội vụ"), not another generic noun.
      k += 1 + next.n;
      count++;
      lastKind = next.p.words.join(' ');
      // "các xã, phường và đặc khu": the last level joined by "và".
      const last = localityOnly && isWord(tokens[k], 'va') ? longestMatch(tokens, k + 1, GENERIC_NOUNS, true) : null;
      if (last && LOCALITY_GENERICS.has(last.p.words.join(' ')) && phraseWrittenAt(tokens, k + 1, last.p) && !tokens[k + 1 + last.n]?.cap) k += 1 + last.n;
      continue;
    }
    // "các cấp, các ngành": one collective.
    if (!localityOnly && count === 1 && IDIOM_GENERICS.has(single) && isCac(tokens[k + 1])) {
      const idiom = longestMatch(tokens, k + 2, GENERIC_NOUNS, true);
      if (idiom && IDIOM_GENERICS.has(idiom.p.words.join(' '))) {
        k += 2 + idiom.n;
        single = '';
        count++;
        continue;
      }
    }
    break;
  }
  return k - i;
}

/**
 * A kind after "và" that joins the group before it (token count, or 0): written plainly, of the same sector
 * (or the list addresses anyone), and followed by the modifier the whole list shares ("liên quan") or opened by
 * one "các".
 */
function sharedKindAt(tokens: readonly Token[], i: number, before: string, listStart: number): number {
  const m = tokens[i]?.word && !tokens[i]!.cap ? longestMatch(tokens, i, GENERIC_NOUNS, true) : null;
  if (!m || !phraseWrittenAt(tokens, i, m.p)) return 0;
  const kind = m.p.words.join(' ');
  if (STANDALONE_GROUP_KINDS.has(kind) || LOCALITY_GENERICS.has(kind) && kind !== 'dia phuong') return 0;
  if (crossesSector(before, kind) && !anyoneList(tokens, listStart)) return 0;
  let k = i + m.n;
  let individuals = individualAt(tokens, i);
  // "... và tổ chức, cá nhân có liên quan".
  while (tokens[k]?.raw === COMMA) {
    const more = longestMatch(tokens, k + 1, GENERIC_NOUNS, true);
    if (!more || tokens[k + 1]!.cap) break;
    individuals ||= individualAt(tokens, k + 1);
    k += 1 + more.n;
  }
  // "Thủ trưởng các cơ quan, đơn vị và tổ chức, cá nhân có liên quan": a head heads the units before "và", never
  // the individuals after it, so these are two bodies (the tenth round's decision, correction C3 of gold-real's
  // README); without the head the list is one ("các cơ quan, đơn vị và tổ chức, cá nhân có liên quan").
  if (individuals && headTitleBefore(tokens, listStart - 1)) return 0;
  if (isWord(tokens[k], 'khac')) k++;
  if (isWord(tokens[k], 'co')) k++;
  if (isWord(tokens[k], 'lien') && isWord(tokens[k + 1], 'quan')) return m.n;
  // "các bộ, cơ quan và địa phương biết, thực hiện", "Đề nghị các sở, ban, ngành và địa phương khẩn trương ...":
  // under one "các" the kinds are one phrase whatever follows (README convention 7, correction C2), unless a
  // capitalized word goes on to name one body of the last kind.
  return isCac(tokens[listStart - 1]) && !tokens[i + m.n]?.cap ? m.n : 0;
}

/** Whether a head's title ("Thủ trưởng", "Giám đốc") ends right before the "các" at `cac`. */
function headTitleBefore(tokens: readonly Token[], cac: number): boolean {
  if (!isCac(tokens[cac])) return false;
  for (let j = cac - 1; j >= Math.max(0, cac - 4); j--) {
    const title = longestMatch(tokens, j, HEAD_TITLES, true);
    if (title && j + title.n === cac) return true;
  }
  return false;
}

function sectorOf(kind: string): 'state' | 'enterprise' | null {
  return GROUP_SECTORS.find((s) => kind === s.kind || kind.startsWith(`${s.kind} `))?.sector ?? null;
}


/**
 * "các cơ quan, tổ chức, đơn vị, doanh nghiệp, cá nhân có liên quan": a list of kinds that names organizations
 * or individuals of any kind addresses everyone concerned, one collective whatever its sectors.
 */
function anyoneList(tokens: readonly Token[], i: number): boolean {
  let k = i;
  for (let guard = 0; guard < 12; guard++) {
    const m = longestMatch(tokens, k, GENERIC_NOUNS, true);
    if (!m) return false;
    const kind = m.p.words.join(' ');
    if (ANYONE_KINDS.some((k) => kind === k || kind.startsWith(`${k} `))) return true;
    k += m.n;
    if (tokens[k]?.raw === COMMA || isWord(tokens[k], 'va')) k++;
    else return false;
    if (isCac(tokens[k])) k++;
  }
  return false;
}

/** Whether a list of kinds passes from state agencies to enterprises or back between these two kinds. */
function crossesSector(before: string, after: string): boolean {
  const a = sectorOf(before);
  const b = sectorOf(after);
  return a !== null && b !== null && a !== b;
}

/** OCR-damaged short generic nouns ("sd" = sở, "Sé" = sở) only when followed by a list comma. */
function fuzzyGeneric(tokens: readonly Token[], i: number): { p: Phrase; n: number } | null {
  const t = tokens[i];
  if (!t?.word || t.f.length > 3) return null;
  if (tokens[i + 1]?.raw !== COMMA) return null;
  for (const g of ['so', 'ban', 'xa']) if (t.f !== g && t.f[0] === g[0] && (fuzzyWordEq(t.f, g) || wordCost(t.f, g) <= 0.75)) return { p: phrase(g === 'so' ? 'sở' : g === 'xa' ? 'xã' : 'ban'), n: 1 };
  return null;
}

/** "về" + the lower-case words of a field ("về y tế"), ending before "thuộc", punctuation or a verb: token count. */
function fieldAfterVe(tokens: readonly Token[], i: number): number {
  const ve = tokens[i];
  if (!ve?.word || ve.f !== 've' || (hasMarks(ve.raw) && ve.raw.toLowerCase() !== 'về')) return 0;
  let j = i + 1;
  while (j - i <= 4 && tokens[j]?.word && !tokens[j]!.cap && !isPredicateAt(tokens, j) && !isStopAt(tokens, j) && tokens[j]!.f !== 'thuoc' && !isCac(tokens[j])) j++;
  return j > i + 1 ? j - i : 0;
}

/** "theo thẩm quyền": words naming a bare "các cơ quan" by its competence, folded, split. */
const COMPETENCE_QUALIFIERS: readonly (readonly string[])[] = vocab.competenceQualifiers.map((q) => q.split(' '));

/** "Ký tên", "Ký, ghi rõ họ tên": a form's instructions under a signature line, folded, split. */
const SIGNATURE_INSTRUCTIONS: readonly (readonly string[])[] = vocab.signatureInstructions.map((q) => q.split(' '));

/** Levels closing a committee's field ("các địa phương", "cấp xã") and the verbs it acts on others with: folded, split. */
const COMMITTEE_LEVELS: readonly (readonly string[])[] = vocab.committeeLevels.map((q) => q.split(' '));
const COMMITTEE_DIRECTING: readonly (readonly string[])[] = vocab.committeeDirecting.map((q) => q.split(' '));

/**
 * "phát triển du lịch các địa phương" after "Ban Chỉ đạo" at `k`: lower-case words of the line up to a level closing
 * them, within committeeFieldWords, none a verb the committee directs others with; their token count through the
 * level, or 0.
 */
export function committeeFieldAt(tokens: readonly Token[], k: number): number {
  for (let j = k; j - k <= vocab.committeeFieldWords; j++) {
    const t = tokens[j];
    if (!t?.word || t.cap || t.nl > 0) return 0;
    const level = j > k ? firstExactWordsAt(tokens, j, COMMITTEE_LEVELS, 'folded', true) : undefined;
    if (level) return j + level.length - k;
    if (firstExactWordsAt(tokens, j, COMMITTEE_DIRECTING)) return 0;
  }
  return 0;
}

/** "giải quyết TTHC": words naming a bare "cơ quan" or "đơn vị" by the procedures it settles, folded, split. */
const PROCEDURE_QUALIFIERS: readonly (readonly string[])[] = vocab.procedureQualifiers.map((q) => q.split(' '));

/** "có chức năng quản lý" and the levels closing its field ("cấp xã"): folded, split. */
const FUNCTION_QUALIFIERS: readonly (readonly string[])[] = vocab.functionQualifiers.map((q) => q.split(' '));
const FUNCTION_LEVELS: readonly (readonly string[])[] = vocab.functionLevels.map((q) => q.split(' '));

/**
 * "cơ quan có chức năng quản lý đất đai cấp xã": after a bare kind at `k`, a function qualifier, the field it manages
 * (words of the same line, no punctuation) and the level closing it; its token count, or 0 when no level closes it
 * within a few words (then the words after the kind are left to the clause).
 */
function functionQualifierAt(tokens: readonly Token[], k: number): number {
  const q = firstExactWordsAt(tokens, k, FUNCTION_QUALIFIERS);
  if (!q) return 0;
  for (let j = k + q.length; j - (k + q.length) <= vocab.functionFieldWords; j++) {
    const t = tokens[j];
    if (!t?.word || t.nl > 0) return 0;
    const level = firstExactWordsAt(tokens, j, FUNCTION_LEVELS, 'folded', true);
    if (level) return j > k + q.length ? j + level.length - k : 0;
  }
  return 0;
}

/** Folded words pointing back to a body named earlier ("các tỉnh, thành phố nêu trên"). */
const BACK_REFERENCES: readonly (readonly string[])[] = vocab.backReferences.map((q) => q.split(' '));

/** The token after a back-reference at `k` ("nêu trên"), else `k`: the list's item ends there, its name before it. */
function afterBackReference(tokens: readonly Token[], k: number): number {
  const ref = firstExactWordsAt(tokens, k, BACK_REFERENCES);
  return ref ? k + ref.length : k;
}

/** Folded words singling out members of the group before them ("..., nhất là các Bộ: ..."). */
const EMPHASIS_OPENERS: readonly (readonly string[])[] = vocab.emphasisOpeners.map((q) => q.split(' '));

/** The tokens of an emphasis opener at `k` ("nhất là"), 0 when there is none. */
function emphasisAt(tokens: readonly Token[], k: number): number {
  return firstExactWordsAt(tokens, k, EMPHASIS_OPENERS)?.length ?? 0;
}

/**
 * Group modifiers, owners and localities after a group's nouns. `underCac`: the group opened with its own "các",
 * so modifiers a comma joins ("các đơn vị quân đội, công an") stay in its name.
 */
function groupTailAt(tokens: readonly Token[], i: number, underCac = false): { n: number; owner: number | null } {
  let k = i;
  let owner: number | null = null;
  for (let guard = 0; guard < 8; guard++) {
    // "các đơn vị quân đội, công an đóng trên địa bàn": one group of the units of both forces.
    if (underCac && k > i && tokens[k]?.raw === COMMA && CHAINED_MODIFIERS.has(`${tokens[k - 2]?.f ?? ''} ${tokens[k - 1]?.f ?? ''}`)) {
      const more = longestMatch(tokens, k + 1, GROUP_MODIFIERS, true);
      if (more && !tokens[k + 1]!.cap && CHAINED_MODIFIERS.has(more.p.words.join(' ')) && phraseWrittenAt(tokens, k + 1, more.p)) {
        k += 1 + more.n;
        continue;
      }
    }
    // "cơ quan chuyên môn về y tế", "cơ quan quản lý nhà nước về đất đai": the field such a body serves.
    const prev = `${tokens[k - 2]?.f ?? ''} ${tokens[k - 1]?.f ?? ''}`;
    const served = /^(chuyen mon|quan ly|nha nuoc)$/.test(prev) ? fieldAfterVe(tokens, k) : 0;
    if (served > 0) {
      k += served;
      continue;
    }
    // "Các cơ quan theo thẩm quyền khẩn trương thực hiện ...": right after the bare kind, the competent bodies
    // (as "các cơ quan có thẩm quyền"), not a scope of a named group ("các sở, ngành theo thẩm quyền"), nor the
    // first of a list of scopes ("các cơ quan theo thẩm quyền, trách nhiệm được giao"): the duty follows it.
    const competence = k === i && prev === 'co quan' && isCac(tokens[k - 3]) ? firstExactWordsAt(tokens, k, COMPETENCE_QUALIFIERS) : undefined;
    if (competence && tokens[k + competence.length]?.word) {
      k += competence.length;
      continue;
    }
    // "các cơ quan giải quyết TTHC phối hợp với ...": the body the procedure regulations name by what it settles,
    // not "các cơ quan" doing it (a lower-case predicate would follow the name, not open it).
    const procedure = k === i && /^(co quan|don vi)$/.test(prev) ? firstExactWordsAt(tokens, k, PROCEDURE_QUALIFIERS) : undefined;
    if (procedure && tokens[k + procedure.length]?.word) {
      k += procedure.length;
      continue;
    }
    const managed = k === i ? functionQualifierAt(tokens, k) : 0;
    if (managed > 0) {
      k += managed;
      continue;
    }
    const m = longestMatch(tokens, k, GROUP_MODIFIERS, true);
    // A one-word modifier written with other marks is another word ("các cơ quan đăng ký" is no "đảng").
    if (m && (m.p.words.length > 1 || phraseWrittenAt(tokens, k, m.p))) {
      const w = m.p.words.join(' ');
      if (w === 'truc thuoc' || w === 'thuoc') {
        // "các đơn vị thuộc, trực thuộc Bộ": both relations, one owner.
        if (w === 'thuoc' && tokens[k + m.n]?.raw === COMMA && isWord(tokens[k + m.n + 1], 'truc') && isWord(tokens[k + m.n + 2], 'thuoc')) {
          k += m.n + 1;
          continue;
        }
        // "thuộc" must be followed by its owner; otherwise the word was "thực" (a verb).
        const o = completeOrgAt(tokens, k + m.n);
        const named = o > 0 ? 0 : namedOwnerAt(tokens, k + m.n);
        if (named > 0) {
          k += m.n;
          owner = k;
          k += named;
        } else if (o > 0) {
          k += m.n;
          owner = k;
          k += o;
          k += localityAt(tokens, k, false);
        } else if (isCac(tokens[k + m.n]) && genericListAt(tokens, k + m.n + 1, false) > 0 && tokens[k + m.n + 1]!.nl === 0) {
          // "các cơ quan chuyên môn thuộc các bộ, ngành Trung ương", "các đơn vị trực thuộc các Sở, ban, ngành": a
          // group owned by a group of kinds keeps its owner in its name.
          k += m.n;
          owner = k;
          k += 1 + genericListAt(tokens, k + 1, false);
          k += groupTailAt(tokens, k).n;
        } else if (tokens[k + m.n]?.word && /^(tinh|huyen|xa)$/.test(tokens[k + m.n]!.f)) {
          k += m.n + 1;
        } else if (isWord(tokens[k + m.n], 'trung') && isWord(tokens[k + m.n + 1], 'uong')) {
          k += m.n + 2;
        } else if (isWord(tokens[k + m.n], 'thanh') && isWord(tokens[k + m.n + 1], 'pho')) {
          k += m.n + 2;
        } else if (w === 'truc thuoc' && (isPredicateAt(tokens, k + m.n) || !tokens[k + m.n]?.word)) {
          k += m.n;
        } else break;
        continue;
      }
      // "các cơ quan có thẩm quyền trong việc ...", not "cơ quan có thẩm quyền tuyển dụng" or "... kiểm tra chuyên
      // ngành": a competence named after it is left to the clause.
      if (w === 'co tham quyen' && tokens[k + m.n]?.word && !isStopAt(tokens, k + m.n)) break;
      if (w === 'dai bieu') {
        k += m.n;
        continue;
      }

      if (w === 'cua tinh' && isWord(tokens[k + m.n], 'uy')) {
        const o = completeOrgAt(tokens, k + 1);
        if (o > 0) {
          owner = k + 1;
          k += 1 + o;
          continue;
        }
        break;
      }
      k += m.n;
      continue;
    }
    // "các Trung tâm Y tế", "các cơ sở Giáo dục và Đào tạo": the field the group works in.
    const field = k === i ? longestMatch(tokens, k, NAME_WORDS, true) : null;
    // ... but a verb written in lower case is the predicate: "các địa phương chỉ đạo", not the field "Chỉ đạo".
    const verb = field && !tokens[k]!.cap ? longestMatch(tokens, k, PREDICATE_STARTS, true) : null;
    const fieldCased = !!field && (!verb || field.n > verb.n);
    if (field && fieldCased && exactWordsAt(tokens, k, field.p.words)) {
      k += field.n;
      continue;
    }
    // "các Ban của HĐND tỉnh".
    if (tokens[k]?.word && tokenFuzzy(tokens[k], 'cua') && completeOrgAt(tokens, k + 1) > 0) {
      owner = k + 1;
      k += 1 + completeOrgAt(tokens, k + 1);
      k += localityAt(tokens, k, false);
      continue;
    }
    const o = completeOrgAt(tokens, k);
    if (o > 0 && (k === i || owner === null)) {
      // "các Ban Hội đồng nhân dân tỉnh", "các ban Đảng Trung ương".
      owner = k;
      k += o;
      k += localityAt(tokens, k, false);
      continue;
    }
    const loc = tokens[k];
    // "chính quyền Thành phố", "các sở, ngành thành phố Đà Nẵng".
    if (isWord(loc, 'thanh') && isWord(tokens[k + 1], 'pho')) {
      k += localityAt(tokens, k, false);
      continue;
    }
    if (loc?.word && tokenFuzzy(loc, 'tinh') && !isWord(tokens[k + 1], 'uy')) {
      k += 1;
      const p = longestMatch(tokens, k, PROVINCES, true);
      if (p) k += p.n;
      continue;
    }
    break;
  }
  return { n: k - i, owner };
}

/** Complete bodies that are a unit of the body written after them ("Thanh tra Chính phủ"), folded. */
const OWNED_COMPLETE_ORGS: readonly string[] = foldedPhrases(vocab.ownedCompleteOrgs);

/**
 * "Thanh tra Chính phủ", "Thanh tra Ngân hàng Nhà nước", "Thanh tra Bộ Xây dựng": the owner written right after a
 * complete body `[from, end)` that is also a unit of another (capitalized, on the same line): its token count, or 0.
 */
function unitOwnerAt(tokens: readonly Token[], from: number, end: number): number {
  const t = tokens[end];
  if (!t?.word || !t.cap || t.nl > 0 || !OWNED_COMPLETE_ORGS.includes(tokens.slice(from, end).map((x) => x.f).join(' '))) return 0;
  const org = completeOrgAt(tokens, end);
  return org > 0 ? org + localityAt(tokens, end + org, true) : namedOwnerAt(tokens, end);
}

/**
 * A named body owning a group ("các đơn vị thuộc Bộ Nội vụ", "thuộc Sở Y tế"), or the issuing ministry or
 * department written by its head alone ("các đơn vị trực thuộc Bộ"): token count, or 0.
 */
function namedOwnerAt(tokens: readonly Token[], i: number): number {
  const t = tokens[i];
  if (!t?.cap || !departmentHead(t)) return 0;
  const nm = longestMatch(tokens, i + 1, NAME_WORDS, true);
  if (nm && tokens[i + 1]!.cap) return 1 + nm.n + localityAt(tokens, i + 1 + nm.n, false);
  return 1;
}

/**
 * A head (or title) at `i` as written: the word carries the head's own marks, or none (OCR lost them).
 * "Viễn thông" inside "Tập đoàn Bưu chính Viễn thông" is no "Viện".
 */
function headWrittenAt(tokens: readonly Token[], i: number, list: readonly Phrase[]): boolean {
  const m = longestMatch(tokens, i, list, true);
  return !!m && writtenAs(tokens[i]!, m.p);
}

/** `headWrittenAt` for one phrase. */
function phraseWrittenAt(tokens: readonly Token[], i: number, p: Phrase): boolean {
  return phraseAt(tokens, i, p, true) > 0 && writtenAs(tokens[i]!, p);
}

function writtenAs(t: Token, p: Phrase): boolean {
  return !hasMarks(t.raw) || t.raw.toLowerCase() === (p.shown[0] ?? '').toLowerCase();
}

const QUAN_LY = phrase('quản lý');

/** Name words after a named head ("Sở" -> "Nội vụ"). Returns token count and whether all were known words. */
function nameAt(tokens: readonly Token[], i: number, lowerName = false, fieldNamed = false): { n: number; known: boolean; owner: number | null } {
  let k = i;
  let known = true;
  let lower = 0;
  let owner: number | null = null;
  let words = 0;
  // "Ban Chỉ đạo phòng thủ dân sự quốc gia": these heads take a name in lower case, several words long.
  let maxLower = lowerName ? 6 : 3;
  // Where a committee's lower-case field would start: right after its head.
  let fieldFrom = lowerName ? i : -1;
  for (let guard = 0; guard < 14; guard++) {
    const t = tokens[k];
    if (!t) break;
    // A lower-case verb after a name ends it ("Sở Nội vụ kiểm tra ..." is not "Ủy ban Kiểm tra").
    // "Văn phòng Ban chỉ đạo phòng thủ ...": a head of that kind inside the name brings its lower-case name along.
    const inner = words === 1 && !lowerName && k === i + 1 && headWrittenAt(tokens, i, LOWER_NAME_HEADS) ? longestMatch(tokens, i, LOWER_NAME_HEADS, true)! : null;
    if (inner && inner.n > 1) {
      k = i + inner.n;
      fieldFrom = k;
      lowerName = true;
      fieldNamed ||= headWrittenAt(tokens, i, FIELD_NAMED_HEADS);
      maxLower = 6;
      continue;
    }
    // "Cục Cảnh sát quản lý hành chính về trật tự xã hội, Bộ Công an": a ministry's unit named in lower-case
    // words, closed by its ministry.
    if (words > 0 && t.word && !t.cap && lower === 0 && headWrittenAt(tokens, i - 1, MINISTRY_UNIT_HEADS)) {
      const tail = ministryClosedTail(tokens, k);
      if (tail) {
        owner = k + tail.words + 1;
        k += tail.n;
        words++;
        break;
      }
    }
    // "Ban Chỉ đạo phát triển du lịch các địa phương có trách nhiệm ...": a committee's field closed by a level names
    // the committees of that level, though it opens with a verb.
    if (k === fieldFrom && fieldNamed && t.word && !t.cap) {
      const field = committeeFieldAt(tokens, k);
      if (field > 0) {
        k += field;
        words++;
        break;
      }
    }
    if ((words > 0 || lower > 0) && t.word && !t.cap && isPredicateAt(tokens, k)) break;
    // A list label on the next line ("a)", "b.") starts the section's items, not more of the name.
    if (t.nl > 0 && t.word && t.f.length <= 2 && (tokens[k + 1]?.raw === ')' || tokens[k + 1]?.raw === '.')) break;
    // "Hội đồng Dân tộc của Quốc hội": the body a council or committee belongs to ends its name.
    if (words > 0 && t.word && !t.cap && t.f === 'cua' && isStopAt(tokens, k) && completeOrgAt(tokens, k + 1) > 0) {
      owner = k + 1;
      k += 1 + completeOrgAt(tokens, k + 1);
      k += localityAt(tokens, k, true);
      words++;
      break;
    }
    // "Ủy ban Kinh tế và Tài chính", "Cục Bảo tồn thiên nhiên và Đa dạng sinh học": "và" before more capitalized
    // words that start no body joins two fields in one name (a Sở or Bộ is named by one field: "các Sở Tài chính
    // và Xây dựng" are two).
    // "Cục Tiền lương và Bảo hiểm xã hội": a ministry's unit named by fields the lists do not know takes a field
    // that is also a body's name when nothing places that body (no locality, no "Việt Nam": the sentence goes on).
    if (words > 0 && !known && t.word && !t.cap && t.f === 'va' && isStopAt(tokens, k) && headWrittenAt(tokens, i - 1, MINISTRY_UNIT_HEADS) && unplacedOrgAt(tokens, k + 1) > 0) {
      k += 1 + unplacedOrgAt(tokens, k + 1);
      break;
    }
    if (words > 0 && t.word && !t.cap && t.f === 'va' && isStopAt(tokens, k) && !departmentHead(tokens[i - 1]) && fieldAfterVa(tokens, k + 1)) {
      k++;
      continue;
    }
    // "Ban Chỉ đạo Nhà nước về Du lịch", "Hội đồng Quốc gia về Phát triển bền vững": a committee's field.
    if (fieldNamed && t.word && t.raw === 'về' && fieldNameAfterVe(tokens, k + 1)) {
      // Its capitalized words are the field's, verbs included ("Phát triển bền vững").
      k += 2;
      while (tokens[k]?.word && tokens[k]!.cap && !tokens[k]!.upper && tokens[k]!.nl === 0) k++;
      words++;
      lower = 0;
      known = false;
      continue;
    }
    const found = longestMatch(tokens, k, NAME_WORDS, false, true);
    // A look-alike match that takes in a function word written as such is no name ("Hà Nội và" is no "Nội vụ"); nor
    // is a lower-case word written with other marks than a one-word name's ("Bộ Tài chính đang xây dựng": no "Đảng").
    const otherWord = !!found && found.n === 1 && words > 0 && t.word && !t.cap && !writtenAs(t, found.p);
    const nm = found && (otherWord || swallowsStopWord(tokens, k, found)) ? null : found;
    if (nm && t.word && STOP_WORDS.has(t.f) && !(nm.n > 1 && sameWords(tokens, k, nm.n, nm.p))) break;
    if (nm && (nm.p.words[0]!.length > 2 || tokens[k]!.f === nm.p.words[0])) {
      k += nm.n;
      words++;
      lower = 0;
      continue;
    }
    // A name written as its abbreviation ("Bộ CHQS tỉnh" = Bộ Chỉ huy Quân sự tỉnh).
    const ab = words === 0 ? abbreviationAt(tokens, k) : null;
    if (ab && !ORG_ABBREVIATIONS.has(ab) && /^\p{Lu}/u.test(ABBREVIATIONS[ab] ?? '')) {
      k++;
      words++;
      continue;
    }
    const org = completeOrgAt(tokens, k);
    // "Sở Tài chính Công an tỉnh" (a comma lost between two bodies): a Sở or Bộ named by its known field belongs to
    // no body but a people's committee, so another complete body after it starts the next name.
    if (org > 0 && words > 0 && known && lower === 0 && departmentHead(tokens[i - 1]) && tokens[i - 1]!.cap && !LOCAL_COUNCILS.has(tokens.slice(k, k + org).map((x) => x.f).join(' '))) break;
    if (org > 0 && words > 0 || org > 0 && k === i && !(tokens[k]!.f === 'tu' || tokens[k]!.f === 'tw')) {
      owner = k;
      k += org;
      const loc = localityAt(tokens, k, true);
      k += loc > 0 ? loc : bareProvinceAt(tokens, k);
      words++;
      break;
    }
    if (!t.word) {
      // "Lao động - Thương binh": a dash inside a name, never a bullet opening the next line.
      if ((t.raw === '-' || t.raw === '–') && t.nl === 0 && words > 0 && tokens[k + 1]?.cap && !longestMatch(tokens, k + 1, GENERIC_NOUNS, true)) {
        k++;
        continue;
      }
      const inner = t.raw === COMMA && words > 0 ? innerCommaWords(tokens, k + 1) : 0;
      if (inner > 0) {
        k += 1 + inner;
        lower += inner;
        known = false;
        continue;
      }
      break;
    }
    if (words > 0 && tokenFuzzy(t, 'tinh') && !isWord(tokens[k + 1], 'uy')) {
      k += localityAt(tokens, k, false);
      break;
    }
    // "Cục Pháp chế Bộ Quốc phòng", "Vụ Tổ chức cán bộ Bộ Y tế": the ministry a unit belongs to ends its name.
    if (words > 0 && t.cap && t.f === 'bo' && tokens[k + 1]?.cap) {
      const ministry = longestMatch(tokens, k + 1, NAME_WORDS, true);
      if (ministry) {
        owner = k;
        k += 1 + ministry.n;
        break;
      }
    }
    // "Trung tâm Phục vụ hành chính công cấp xã": the level the body works at ends its name.
    if (words > 0 && t.f === 'cap' && tokens[k + 1]?.word && /^(tinh|huyen|xa|co so)$/.test(tokens[k + 1]!.f)) {
      k += localityAt(tokens, k, false);
      break;
    }
    // Capitalized words continue a name; all-capital words (headings) only through the vocabulary.
    if (t.cap && !t.upper) {
      // "Phòng thủ dân sự" is a field ("Văn phòng Ban Chỉ huy Phòng thủ dân sự tỉnh"), no "Phòng" of a body.
      const defence = t.f === 'phong' && isWord(tokens[k + 1], 'thu');
      if (words > 0 && ((!defence && headWrittenAt(tokens, k, NAMED_HEADS)) || headWrittenAt(tokens, k, HEAD_TITLES) || isCac(t))) break;
      // "Sở Y tế Cơ quan có thẩm quyền ...": a cell's next label ("Cơ quan", "Đơn vị") is no more of the name.
      if (words > 0 && /^(co quan|don vi)\b/.test(longestMatch(tokens, k, GENERIC_NOUNS, true)?.p.words.join(' ') ?? '')) break;
      // Right after the head, a capitalized word opens the name: no function word is written so mid-sentence
      // ("Hội đồng Thi đua", not "thì").
      if (isStopAt(tokens, k) && !(words === 0 && t.nl === 0 && !STOP_WORD_SPELLINGS[t.f]?.includes(t.raw.toLowerCase()))) break;
      if (isPredicateAt(tokens, k) && words > 0) break;
      // "CHỦ TỊCH HỘI ĐỒNG" / "(Ký tên, đóng dấu)": a form's signature instruction, no name ("Hội đồng Ký tên").
      if (firstExactWordsAt(tokens, k, SIGNATURE_INSTRUCTIONS)) break;
      k++;
      words++;
      known = false;
      lower = 0;
      continue;
    }
    if (words === 0 && !lowerName) break;
    // A Sở, Bộ or Phòng is named by its known field: lower-case words after it are the sentence ("Bộ Nông nghiệp
    // và Môi trường làm chủ Chương trình").
    if (known && lower === 0 && FIELD_CLOSED_HEADS.has(tokens[i - 1]?.f ?? '') && tokens[i - 1]!.cap) break;
    if (isPredicateAt(tokens, k) || isStopAt(tokens, k) || headWrittenAt(tokens, k, NAME_ENDERS) || isCac(t)) break;
    // "xã" is a commune, "xã hội" a word of a name ("Ngân hàng Chính sách xã hội").
    // ... written as the unit ("phòng thủ" is no "phường").
    if (headWrittenAt(tokens, k, LOCAL_UNITS) && !(t.f === 'xa' && isWord(tokens[k + 1], 'hoi'))) break;
    if (t.upper || /\d/.test(t.f)) break;
    if (lower >= maxLower) break;
    k++;
    lower++;
    known = false;
  }
  return { n: k - i, known, owner };
}

/**
 * A capitalized word after a committee's "về" that names its field, on the same line: no body, title, place,
 * group, duty or kind of document ("Ban Chỉ đạo ... về Kế hoạch ..." is about a plan).
 */
function fieldNameAfterVe(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  // A wrapped line may part "về" from its field ("... Nhà nước về" / "Du lịch (gọi tắt là ...)").
  if (!t?.word || !t.cap || t.upper || t.nl > 1 || tokens[i - 1]!.nl > 0) return false;
  if (kindAt(tokens, i) || isStopAt(tokens, i) || isCac(t) || headWrittenAt(tokens, i, NAMED_HEADS) || completeOrgAt(tokens, i) > 0) return false;
  if (longestMatch(tokens, i, HEAD_TITLES, true) || longestMatch(tokens, i, OFFICE_TITLES, true) || longestMatch(tokens, i, PROVINCES, true)) return false;
  if (headWrittenAt(tokens, i, LOCAL_UNITS) || longestMatch(tokens, i, GENERIC_NOUNS, true)) return false;
  // A capitalized verb ("Phát triển") names a field here, mid-sentence.
  return parseBodyAt(tokens, i, { bareGeneric: true }) === null;
}

/** Heads of a ministry's units, named in lower-case words too ("Cục Cảnh sát giao thông", "Vụ Pháp chế"). */
const MINISTRY_UNIT_HEADS = phrases(vocab.ministryUnitHeads);
/** Lower-case words a ministry's unit is named by at most before its ministry. */
const MINISTRY_UNIT_WORDS = 10;

/**
 * Lower-case words at `k` on one line up to ", Bộ <field>" or "- Bộ <field>" (the ministry the unit belongs to):
 * their count and the tokens up to the ministry's end, or null.
 */
function ministryClosedTail(tokens: readonly Token[], k: number): { words: number; n: number } | null {
  let j = k;
  while (j - k < MINISTRY_UNIT_WORDS && tokens[j]?.word && !tokens[j]!.cap && tokens[j]!.nl === 0) {
    // A duty verb is the sentence's ("Cục Thuế thực hiện, Bộ Tài chính ...").
    const verb = longestMatch(tokens, j, PREDICATE_STARTS, true);
    // ... one word long only when no word follows it ("giao thông" names a field).
    const single = verb?.p.words.length === 1 && !!tokens[j + 1]?.word && !tokens[j + 1]!.cap;
    if (verb && !single && DUTIES_NOT_IN_NAMES.has(verb.p.words.join(' '))) return null;
    // A place or level ends the name ("Cục Thuế tỉnh, Bộ Tài chính" are two), so does a function word but "về".
    if (localityAt(tokens, j, false) > 0 || tokens[j]!.f === 'cap' || (tokens[j]!.f !== 've' && isStopAt(tokens, j))) return null;
    j++;
  }
  const sep = tokens[j];
  if (j === k || !sep || (sep.raw !== COMMA && !DASH.test(sep.raw)) || sep.nl > 0) return null;
  const bo = tokens[j + 1];
  if (!bo?.cap || bo.f !== 'bo' || bo.nl > 0) return null;
  const field = longestMatch(tokens, j + 2, NAME_WORDS, true) ?? (isWord(tokens[j + 2], 'cong') && isWord(tokens[j + 3], 'an') ? { n: 2 } : null);
  if (!field || !tokens[j + 2]!.cap) return null;
  return { words: j - k, n: j + 2 + field.n - k };
}

/** A capitalized word after "và" that continues a name: it starts no body, title, place, group or duty. */
function fieldAfterVa(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (!t?.word || !t.cap || t.upper || t.nl > 0) return false;
  if (isPredicateAt(tokens, i) || isStopAt(tokens, i) || isCac(t) || headWrittenAt(tokens, i, NAMED_HEADS) || completeOrgAt(tokens, i) > 0) return false;
  if (longestMatch(tokens, i, HEAD_TITLES, true) || longestMatch(tokens, i, OFFICE_TITLES, true) || longestMatch(tokens, i, PROVINCES, true)) return false;
  if (headWrittenAt(tokens, i, LOCAL_UNITS) || longestMatch(tokens, i, GENERIC_NOUNS, true)) return false;
  return parseBodyAt(tokens, i, { bareGeneric: true }) === null;
}

/**
 * A complete body's name written bare and in sentence case, then a clause mark or a lower-case word (no place, no
 * name after it): its tokens, or 0.
 */
function unplacedOrgAt(tokens: readonly Token[], i: number): number {
  const n = completeOrgAt(tokens, i);
  const next = tokens[i + n];
  // Written as a field is ("Bảo hiểm xã hội"), not as a proper name with capitals inside ("Kho bạc Nhà nước").
  if (n === 0 || !tokens[i]!.cap || tokens.slice(i + 1, i + n).some((x) => x.cap)) return 0;
  if (localityAt(tokens, i + n, false) > 0 || vietNamAt(tokens, i + n) > 0) return 0;
  return !next || (!next.word && next.raw !== '(') || (next.word && !next.cap) ? n : 0;
}

/**
 * Heads of bodies written alone and joined by commas ("Vụ, Cục", "Vụ, Cục, đơn vị"): the kinds of units of a
 * group, when the first is a head with no name after it; one head alone when its owner follows ("các Ủy ban của
 * Quốc hội"). Token count, or 0.
 */
function unitKindsAt(tokens: readonly Token[], i: number): number {
  let k = i;
  let heads = 0;
  let items = 0;
  for (;;) {
    const head = tokens[k]?.cap ? namedHeadAt(tokens, k) : null;
    const kind = head ? null : longestMatch(tokens, k, GENERIC_NOUNS, true);
    if (head) heads++;
    else if (!kind || items === 0) break;
    k += head ? head.n : kind!.n;
    items++;
    if (tokens[k]?.raw !== COMMA) break;
    k++;
  }
  if (items > 0 && tokens[k - 1]?.raw === COMMA) k--;
  // "các Ủy ban của Quốc hội": one kind of part, named by the body it belongs to.
  const owned = items === 1 && isWord(tokens[k], 'cua') && completeOrgAt(tokens, k + 1) > 0;
  // "các Cục thuộc Bộ Công Thương", "Các Cục quản lý nhà nước chuyên ngành": a ministry's units of one kind,
  // written with the head's capital and no name after it (lower-case "các vụ việc" are cases, not units).
  const after = tokens[k];
  const units = items === 1 && !tokens[i]!.upper && !after?.cap && !!headWrittenAt(tokens, i, MINISTRY_UNIT_HEADS)
    && (!after?.word || groupTailAt(tokens, k).n > 0 || isStopAt(tokens, k) || isPredicateAt(tokens, k));
  return heads > 0 && (items >= 2 || owned || units) ? k - i : 0;
}

/**
 * Lower-case words after a comma that end the item of a list separated by semicolons: still the name ("Cục
 * Quản lý Khám, chữa bệnh; Thủ trưởng ..."), as a list that separates its items by ";" keeps its commas inside
 * them. Token count, or 0 when another body, a verb or a function word comes first.
 */
function innerCommaWords(tokens: readonly Token[], i: number): number {
  let j = i;
  while (j - i < 3 && tokens[j]?.word && !tokens[j]!.cap && !/\d/.test(tokens[j]!.f)) {
    if (isPredicateAt(tokens, j) || isStopAt(tokens, j) || isCac(tokens[j]) || longestMatch(tokens, j, GENERIC_NOUNS, true) || headWrittenAt(tokens, j, LOCAL_UNITS)) return 0;
    j++;
  }
  return j > i && tokens[j]?.raw === ';' ? j - i : 0;
}

/** Whether a fuzzy match at `k` reads a function word, written with its own marks, as another word of the phrase. */
function swallowsStopWord(tokens: readonly Token[], k: number, m: { p: Phrase; n: number }): boolean {
  for (let j = 1; j < m.n; j++) {
    const x = tokens[k + j]!;
    if (x.word && x.f !== m.p.words[j] && STOP_WORDS.has(x.f) && STOP_WORD_SPELLINGS[x.f]?.includes(x.raw.toLowerCase())) return true;
  }
  return false;
}

/** Whether the `n` tokens at `k` are the phrase's words exactly, any dash for any dash ("Thi đua – Khen thưởng"). */
function sameWords(tokens: readonly Token[], k: number, n: number, p: Phrase): boolean {
  const dash = (w: string) => w.replace(/^[–—]$/, '-');
  return n === p.words.length && p.words.every((w, j) => dash(tokens[k + j]?.f ?? '') === dash(w));
}

/**
 * Parse one body phrase starting at token `i`. Returns null when no body starts there.
 * Titles ("Giám đốc", "Chủ tịch", "Các thành viên") are part of the phrase.
 */
export function parseBodyAt(tokens: readonly Token[], i: number, opts: ParseOptions = {}): BodyParse | null {
  // Most places a clause is tried for a subject open no body, and their first word alone says so.
  if (!opts.bareGeneric) {
    const t = tokens[i];
    if (!t || !t.word || !spellingTest(t, 'opensBody', mayOpenBody)) return null;
  }
  // A document's clauses are tried for a subject at the same tokens many times: parse each place once.
  if (tokens.length < MEMO_MIN_TOKENS || i < 0 || i >= tokens.length) return withAlternative(tokens, parseBodyAtUncached(tokens, i, opts));
  const memo = tokenMemo<BodyParse | null>(tokens, parseBodyAt, opts.bareGeneric ? 1 : 0);
  let r = memo.get(i);
  if (r === undefined) {
    r = withAlternative(tokens, parseBodyAtUncached(tokens, i, opts));
    memo.set(i, r);
  }
  return r;
}

/**
 * A body written with its other name after a slash, as a plan addressed to provinces that named it either way
 * writes it ("Phòng Kinh tế/ Phòng Kinh tế, Hạ tầng và Đô thị", "UBND các xã/phường", "Sở Văn hóa, Thể thao và Du
 * lịch/Sở Văn hóa và Thể thao tỉnh"): one body, both names kept.
 */
function withAlternative(tokens: readonly Token[], p: BodyParse | null): BodyParse | null {
  const slash = p ? tokens[p.to] : undefined;
  if (!p || slash?.raw !== '/' || slash.nl > 0) return p;
  const next = tokens[p.to + 1];
  if (!next?.word || next.nl > 0) return p;
  // Only the same kind renamed: "Sở Tư pháp/UBND cấp xã" are two bodies, either of which acts.
  const other = parseBodyAtUncached(tokens, p.to + 1, {});
  const kind = (at: number, to: number) => {
    for (let j = at; j < to; j++) if (namedHeadAt(tokens, j)) return tokens[j]!.f;
    return null;
  };
  const same = other !== null && other.from === p.to + 1 && kind(p.from, p.to) !== null && kind(p.from, p.to) === kind(other.from, other.to);
  if (other && same) return finish(tokens, p.from, other.to, p.group || other.group, p.bare, p.owner ?? other.owner, p.known && other.known);
  // "các xã/phường": another level of the same kind of locality.
  const level = longestMatch(tokens, p.to + 1, GENERIC_NOUNS, true);
  const last = tokens[p.to - 1]?.f ?? '';
  if (level && COMMUNE_LEVELS.has(level.p.words.join(' ')) && COMMUNE_LEVELS.has(last) && phraseWrittenAt(tokens, p.to + 1, level.p)) {
    return finish(tokens, p.from, p.to + 1 + level.n, p.group, p.bare, p.owner, p.known);
  }
  return p;
}

/**
 * Whether a body may start at a word of this spelling, parsed without `bareGeneric`: each way
 * `parseBodyAtUncached` finds one first needs its first word to be "các", a title, an office title, a complete
 * body (abbreviation, "Ủy ban MTTQ" with "ủy" as OCR writes it, a phrase, a field of places), a named head or its
 * OCR-damaged short form ("S6", "B6"), or a locality ("tỉnh", "cấp", a local unit). False here means null there;
 * a new way in needs its first-word condition here too (tests/extract/bodyStarts.test.ts checks the two agree).
 */
function mayOpenBody(t: Token): boolean {
  const f = t.f;
  return (
    isCac(t) ||
    mayStartAt(t, HEAD_TITLES, true) ||
    mayStartAt(t, OFFICE_TITLES, true) ||
    f === 'ct' ||
    isAbbreviation(f) ||
    /^[a-z0-9&@]{0,2}y$/.test(f) ||
    mayStartAt(t, COMPLETE_ORGS, true) ||
    (t.cap && mayStartAt(t, PLACE_ORGS, true)) ||
    mayStartAt(t, NAMED_HEADS, true) ||
    (t.cap && f.length <= 3 && DEPARTMENT_HEAD_WORDS.some((w) => tokenFuzzy(t, w))) ||
    tokenFuzzy(t, 'tinh') ||
    f === 'cap' ||
    mayStartAt(t, LOCAL_UNITS, true)
  );
}

/** `parseBodyAtUncached` for tests: what `parseBodyAt` finds without its first-word filter and memo. */
export function parseBodyAtUnfiltered(tokens: readonly Token[], i: number, opts: ParseOptions = {}): BodyParse | null {
  return withAlternative(tokens, parseBodyAtUncached(tokens, i, opts));
}

function parseBodyAtUncached(tokens: readonly Token[], i: number, opts: ParseOptions): BodyParse | null {
  let k = i;
  const t0 = tokens[k];
  if (!t0 || !t0.word) return null;
  // "Các ông, bà: Chánh Văn phòng ..." introduces the list; it is not a body.
  if (isCac(t0) && isWord(tokens[k + 1], 'ong') && tokens[k + 2]?.raw === COMMA && isWord(tokens[k + 3], 'ba')) {
    k += 4;
    if (tokens[k]?.raw === ':') k++;
  }
  const from = k;
  // "các Bộ trưởng, Thủ trưởng cơ quan ngang bộ, ...": the ministers stand for the ministries ("các Bộ").
  if (isCac(tokens[k]) && isWord(tokens[k + 1], 'bo') && isWord(tokens[k + 2], 'truong') && tokens[k + 1]!.cap) {
    const p = finish(tokens, from, k + 3, true, false, null, true);
    return p && { ...p, raw: 'các Bộ' };
  }
  let titled = false;
  let officeTitle = false;
  // "các trung tâm" is no OCR-damaged "Cục trưởng": "các" opens a group, never a title.
  const titleAt = longestMatch(tokens, k, HEAD_TITLES, true);
  const head = titleAt && tokens[k]!.f === 'cac' && titleAt.p.words[0] !== 'cac' ? null : titleAt;
  if (head) {
    const w = head.p.words.join(' ');
    if (w === 'chanh') {
      const nxt = tokens[k + 1];
      if (nxt?.word && (tokenFuzzy(nxt, 'van') || tokenFuzzy(nxt, 'thanh'))) {
        k += 1;
        titled = true;
      }
    } else {
      // "Bộ trưởng, Thủ trưởng cơ quan ngang bộ, ...": the minister's title alone, listed before the heads of
      // other kinds of bodies, stands for the ministries (annotated "các Bộ"); the list goes on after it.
      if (w === 'bo truong' && tokens[k + head.n]?.raw === COMMA && longestMatch(tokens, k + head.n + 1, HEAD_TITLES, true)?.p.words.join(' ') === 'thu truong') {
        const p = finish(tokens, from, k + head.n, true, false, null, true);
        return p && { ...p, raw: 'các Bộ' };
      }
      k += head.n;
      titled = true;
      // "Giám đốc, Thủ trưởng các sở, ban, ngành": titles of the heads of one group.
      const second = tokens[k]?.raw === COMMA ? longestMatch(tokens, k + 1, HEAD_TITLES, true) : null;
      if (second && second.p.words[0] !== 'chanh') k += 1 + second.n;
    }
  }
  const hasCac = isCac(tokens[k]);
  const office = longestMatch(tokens, hasCac ? k + 1 : k, OFFICE_TITLES, true);
  if (office) {
    k += (hasCac ? 1 : 0) + office.n;
    titled = true;
    officeTitle = true;
    // "các thành viên của Ban Chỉ đạo": the office's body may follow "của" ("thành viên (của) Ban Chỉ đạo").
    if (isWord(tokens[k], 'cua') && tokens[k + 1]?.cap && (completeOrgAt(tokens, k + 1) > 0 || namedHeadAt(tokens, k + 1))) k++;
  }

  // Groups: "các sở, ban, ngành", "các cơ quan, đơn vị có liên quan".
  const t = tokens[k];
  if (!t) return titled ? null : null;
  if (t.word && (isCac(t) || titled || opts.bareGeneric)) {
    const skip = isCac(t) ? 1 : 0;
    const g = genericListAt(tokens, k + skip, false);
    const namedHead = namedHeadAt(tokens, k);
    // "Sở, ban, ngành": a head followed by a comma names a kind of body, not one body.
    // "tổ chức, cá nhân" written in lower case is the kind "tổ chức", not the head "Tổ" of a named body.
    // "Bộ ngành Trung ương": the sector's kind, capitalized as a head, is no Bộ named by a field.
    const kind = namedHead ? longestMatch(tokens, k, GENERIC_NOUNS, true) : null;
    const lowerKind = !!namedHead && !!kind && kind.n > namedHead.n && (!t.cap || SECTOR_KINDS.has(kind.p.words.join(' ')));
    const startsProper = skip === 0 && (completeOrgAt(tokens, k) > 0 || (!!namedHead && !lowerKind && tokens[k + namedHead.n]?.raw !== COMMA));
    if (g > 0 && !startsProper) {
      // "thành phố Hạ Long" is a local government, not a group.
      const unitName = skip === 0 ? localityAt(tokens, k, false) : 0;
      if (unitName > 0 && !LOCALITY_GENERICS.has(tokens.slice(k, k + unitName).map((x) => x.f).join(' '))) {
        return finish(tokens, from, k + unitName, false, false, null, true);
      }
      let end = k + skip + g;
      const tail = groupTailAt(tokens, end, skip === 1);
      end += tail.n;
      const gw = tokens.slice(k + skip, k + skip + g).map((x) => x.f).join(' ');
      const tailWords = tokens.slice(end - tail.n, end).map((x) => x.f).join(' ');
      // "các Ban", "các Tổ đại biểu": parts of a body named at the end of the list.
      const bare = (tail.n === 0 || tailWords === 'dai bieu') && g === 1 && /^(ban|to|thanh vien|dong chi)$/.test(gw);
      const owner = tail.owner !== null ? rawOf(tokens, tail.owner, end) : null;
      return finish(tokens, from, end, true, bare, owner, true);
    }
    // "các Vụ, Cục, đơn vị thuộc Bộ": the kinds of a ministry's units, named by their heads alone.
    const kinds = skip === 1 ? unitKindsAt(tokens, k + 1) : 0;
    if (kinds > 0) {
      const end = k + 1 + kinds;
      const tail = groupTailAt(tokens, end);
      return finish(tokens, from, end + tail.n, true, false, tail.owner !== null ? rawOf(tokens, tail.owner, end + tail.n) : null, true);
    }
    // "các Thuế tỉnh, thành phố", "các Thuế cơ sở": a field's units at one level of places.
    const placeUnits = skip === 1 ? placeOrgGroupAt(tokens, k + 1) : 0;
    if (placeUnits > 0) return finish(tokens, from, k + 1 + placeUnits, true, false, null, true);
    if (skip === 1 && !officeTitle) return null;
  }

  // Proper bodies.
  const complete = completeOrgAt(tokens, k);
  const named = namedHeadAt(tokens, k) ?? fuzzyShortHead(tokens, k);
  if (complete > 0 && (!named || complete >= named.n)) {
    let end = k + complete;
    const wasUy = tokens.slice(k, end).some((x) => x.f === 'uy' || x.f === 'ubnd' || x.f === 'hdnd');
    const loc = localityAt(tokens, end, wasUy || true);
    end += loc;
    // "Báo và Phát thanh, Truyền hình Cần Thơ": a province named bare, capitalized as written (not a heading
    // in capitals: "TỈNH ỦY QUẢNG NGÃI" is the header's Tỉnh ủy).
    if (loc === 0) end += bareProvinceAt(tokens, end);
    if (end === k + complete) end += unitOwnerAt(tokens, k, end);
    end += branchAt(tokens, end);
    // "Phó Thủ tướng Chính phủ Trần Hồng Hà": an office held by one person, named after it.
    if (/^(pho )?thu tuong chinh phu$/.test(tokens.slice(k, end).filter((x) => x.word).map((x) => x.f).join(' '))) end += personNameAt(tokens, end);
    const group = tokens.slice(k, end).some((x) => isCac(x));
    return finish(tokens, from, end, group, false, null, true);
  }
  if (named) {
    const headWords = named.p.words.join(' ');
    // "Ban Quản lý các Khu công nghiệp, khu kinh tế", "Ban quản lý hồ Hoàn Kiếm và phố cổ Hà Nội": a board is
    // named by what it manages, in any case.
    if (headWords === 'ban quan ly' && phraseWrittenAt(tokens, k + 1, QUAN_LY)) {
      const managed = managedNameAt(tokens, k + named.n);
      if (managed.n > 0) return finish(tokens, from, k + named.n + managed.n, false, false, null, managed.known);
    }
    // "Tổ đại biểu Hội đồng nhân dân tỉnh": a council's delegates of one constituency, named by the council after
    // them; "Tổ đại biểu và đại biểu HĐND tỉnh": a part named by the list's last owner.
    if (headWords === 'to' && t.raw === 'Tổ' && isWord(tokens[k + 1], 'dai') && isWord(tokens[k + 2], 'bieu') && !tokens[k + 1]!.cap) {
      const org = completeOrgAt(tokens, k + 3);
      if (org > 0) {
        const end = k + 3 + org;
        return finish(tokens, from, end + localityAt(tokens, end, true), false, false, rawOf(tokens, k + 3, end), true);
      }
      if (!titled && !tokens[k + 3]?.cap) return finish(tokens, from, k + 3, false, true, null, true);
    }
    // "Quỹ đầu tư phát triển Thành phố", "Quỹ nhà ở quốc gia": a fund is named by its purpose in lower-case words,
    // verbs included, up to the place it serves; "Quỹ" written with its marks ("Quy chuẩn kỹ thuật quốc gia" is none).
    if (headWords === 'quy' && hasMarks(t.raw) && writtenAs(t, named.p)) {
      const fund = fundNameAt(tokens, k + named.n);
      if (fund > 0) return finish(tokens, from, k + named.n + fund, false, false, null, true);
    }
    const nm = nameAt(
      tokens,
      k + named.n,
      headWrittenAt(tokens, k, LOWER_NAME_HEADS) && longestMatch(tokens, k, LOWER_NAME_HEADS, true)!.n === named.n,
      headWrittenAt(tokens, k, FIELD_NAMED_HEADS) && longestMatch(tokens, k, FIELD_NAMED_HEADS, true)!.n === named.n,
    );
    if (nm.n === 0) {
      // "Ban Quản lý dự án": a head whose common-noun name the vocabulary knows in full.
      const generic = longestMatch(tokens, k, GENERIC_NOUNS, true);
      if (generic && generic.n >= named.n + 2) return finish(tokens, from, k + generic.n + localityAt(tokens, k + generic.n, false), false, false, null, true);
      // "Ủy ban Kiểm tra các cấp", "Ban Chỉ đạo các cấp": the body at every level.
      if (isCac(tokens[k + named.n]) && isWord(tokens[k + named.n + 1], 'cap')) return finish(tokens, from, k + named.n + 2, true, false, null, true);
      if (PART_HEADS.has(headWords) && !titled) return finish(tokens, from, k + named.n, false, true, null, true);
      // "Tổ công tác", "Ban Chỉ đạo" name a body by themselves in context (written plainly, not guessed).
      const exact = exactWordsAt(tokens, k, named.p.words);
      // ... unless the head alone is a kind of body ("Ban Quản lý", "Tập đoàn", "Hợp tác xã").
      const kind = longestMatch(tokens, k, GENERIC_NOUNS, true)?.n === named.n;
      if (named.p.words.length > 1 && !PART_HEADS.has(headWords) && exact && !kind) return finish(tokens, from, k + named.n, false, false, null, true);
      return null;
    }
    // "Thường trực", "Đảng đoàn", "Ban cán sự đảng" belong to an owner ("Thường trực HĐND tỉnh"); without
    // one ("Cơ quan Thường trực công tác cải cách hành chính") they name no body.
    if (OWNED_HEADS.has(headWords) && nm.owner === null) {
      return titled ? null : finish(tokens, from, k + named.n, false, true, null, true);
    }
    const end = k + named.n + nm.n;
    const owner = nm.owner !== null ? rawOf(tokens, nm.owner, end) : null;
    return finish(tokens, from, end, false, false, owner, nm.known);
  }
  // A local government named by its unit: "thành phố Hạ Long".
  const unit = localityAt(tokens, k, false);
  if (unit > 0 && !titled) {
    const unitWords = tokens.slice(k, k + unit).map((x) => x.f).join(' ');
    if (!LOCALITY_GENERICS.has(unitWords) && tokens[k + unit - 1]!.cap) return finish(tokens, from, k + unit, false, false, null, false);
  }
  return null;
}

/**
 * What a management board manages, after "Ban Quản lý": "(các) Khu công nghiệp, khu kinh tế", "Khu kinh tế Dung
 * Quất và các Khu công nghiệp Quảng Ngãi", "dự án đầu tư xây dựng tỉnh". It ends at a verb, a preposition,
 * punctuation, another body ("và Sở Xây dựng", "và các cơ quan liên quan") or the locality.
 */
function managedNameAt(tokens: readonly Token[], i: number): { n: number; known: boolean } {
  let k = i;
  let words = 0;
  let known = true;
  if (isCac(tokens[k]) && tokens[k + 1]?.word) k++;
  for (let guard = 0; guard < 16 && words < 14; guard++) {
    const t = tokens[k];
    if (!t) break;
    if (!t.word) {
      // "các Khu công nghiệp, khu kinh tế": the kinds of zone it manages.
      if (t.raw === COMMA && words > 0 && isWord(tokens[k + 1], 'khu')) {
        k++;
        continue;
      }
      if ((t.raw === '-' || t.raw === '–') && t.nl === 0 && words > 0 && tokens[k + 1]?.cap) {
        k++;
        continue;
      }
      break;
    }
    if (t.upper && t.f.length > 1) break;
    if (t.f === 'va') {
      const j = isCac(tokens[k + 1]) ? k + 2 : k + 1;
      // Another body after "và" ends the name; more of what is managed continues it.
      if (words === 0 || !tokens[j]?.word || parseBodyAt(tokens, k + 1, { bareGeneric: true }) || isPredicateAt(tokens, j)) break;
      k = j;
      continue;
    }
    if (words > 0 && (isStopAt(tokens, k) || headWrittenAt(tokens, k, NAME_ENDERS))) break;
    // "Khu Nông nghiệp ứng dụng Công nghệ cao": a verb right before more capitalized name words is part of it.
    if (!t.cap && isPredicateAt(tokens, k) && !longestMatch(tokens, k, NAME_WORDS, true) && !(words > 0 && nameVerbAt(tokens, k))) break;
    if (words > 0 && (tokenFuzzy(t, 'tinh') || (isWord(t, 'thanh') && isWord(tokens[k + 1], 'pho')))) {
      k += localityAt(tokens, k, false);
      break;
    }
    if (words > 0 && (longestMatch(tokens, k, COMPLETE_ORGS, true) || (t.cap && headWrittenAt(tokens, k, NAMED_HEADS)))) break;
    // "Ban Quản lý các khu chế xuất và công nghiệp Cần Thơ": the province named bare ends the name.
    const province = words > 0 ? bareProvinceAt(tokens, k) : 0;
    if (province > 0) {
      k += province;
      break;
    }
    if (t.cap) known = false;
    k++;
    words++;
  }
  while (k > i && !tokens[k - 1]!.word) k--;
  return { n: words > 0 ? k - i : 0, known };
}

/**
 * The purpose and place of a fund after its head "Quỹ" (`fundNameAt`): plain words in one paragraph ("đầu tư phát triển",
 * "nhà ở", verbs included), the first may be capitalized ("Quỹ Đầu tư phát triển"), closed by the place the fund
 * serves: a level (`fundPlaces` in bodyVocabulary.json: "quốc gia", "địa phương"), a province or "Thành phố"
 * (`localityAt`). Without such a place no name is read here ("Quỹ được hình thành ...", "Quỹ tổ chức thực hiện").
 */
function fundNameAt(tokens: readonly Token[], i: number): number {
  for (let k = i, words = 0; words <= FUND_PURPOSE_WORDS; k++, words++) {
    const t = tokens[k];
    // A wrapped line goes on with the name ("Quỹ Đầu tư phát triển" / "Thành phố"), a blank line does not.
    if (!t?.word || t.nl > 1) return 0;
    if (words > 0) {
      const place = exactLongestMatch(tokens, k, FUND_PLACES);
      if (place) return k + place.n - i;
      // The place written with its marks, as the head is ("Quỹ đạo vệ tinh" is an orbit, no fund of a "tỉnh").
      const loc = hasMarks(t.raw) ? localityAt(tokens, k, false) : 0;
      if (loc > 0) return k + loc - i;
    }
    if ((t.cap && words > 0) || t.f === 'va' || isStopAt(tokens, k)) return 0;
  }
  return 0;
}

/** Words of a fund's purpose at most, before its place ("phát triển đất", "hỗ trợ phát triển hợp tác xã"). */
const FUND_PURPOSE_WORDS = 6;

/** Levels a fund's name closes with besides a province or city ("quốc gia", "địa phương"). */
const FUND_PLACES = phrases(vocab.fundPlaces);

/** A named head at `i`; one that is a common word too only capitalized and written as itself ("Phòng Kinh tế"). */
function namedHeadAt(tokens: readonly Token[], i: number): { p: Phrase; n: number } | null {
  const m = longestMatch(tokens, i, NAMED_HEADS, true);
  if (!m || !longestMatch(tokens, i, CAPITAL_HEADS, true) || m.n > 1) return m;
  return tokens[i]!.cap && tokens[i]!.raw.toLowerCase() === (m.p.shown[0] ?? '').toLowerCase() ? m : null;
}

/** A lower-case verb inside a capitalized name: no duty word, and a capitalized name word (no body's head) follows. */
function nameVerbAt(tokens: readonly Token[], k: number): boolean {
  const verb = longestMatch(tokens, k, PREDICATE_STARTS, true);
  if (!verb || DUTIES_NOT_IN_NAMES.has(verb.p.words.join(' '))) return false;
  const next = tokens[k + verb.n];
  return !!next?.word && next.cap && !next.upper && completeOrgAt(tokens, k + verb.n) === 0 && !headWrittenAt(tokens, k + verb.n, NAMED_HEADS);
}


/** "S&", "S6", "Sd" for Sở, "B6" for Bộ: only when a known name follows ("S& Ndi vu"). */
function fuzzyShortHead(tokens: readonly Token[], k: number): { p: Phrase; n: number } | null {
  const t = tokens[k];
  if (!t?.word || t.f.length > 3 || !t.cap) return null;
  for (const [w, shown] of DEPARTMENT_HEADS) {
    // A word written cleanly with other marks is that word ("Bí thư" is no OCR-damaged "Bộ").
    if (!tokenFuzzy(t, w) || (t.f !== w && hasMarks(t.raw) && isVietnameseSyllable(t.raw))) continue;
    const nm = longestMatch(tokens, k + 1, NAME_WORDS, false, true);
    if (nm && nm.p.words[0]!.length > 2 && /^[A-ZĐÂĂÊÔƠƯ]/u.test(nm.p.shown[0] ?? '')) return { p: phrase(shown), n: 1 };
  }
  return null;
}

const DASH = /^[-–—]$/;

function rawOf(tokens: readonly Token[], from: number, to: number): string {
  // Built in one pass (every parse makes one): no slice, mapped array or join.
  let out = '';
  for (let k = from; k < Math.min(to, tokens.length); k++) {
    const t = tokens[k]!;
    const prev = tokens[k - 1];
    // A slash between two names keeps the writer's spacing ("xã/phường", "Phòng Kinh tế/ Phòng ...").
    if (k > from && prev && (t.raw === '/' || prev.raw === '/')) out += (t.start > prev.end ? ' ' : '') + t.raw;
    else out += (k > from && (t.word || DASH.test(t.raw)) && !(DASH.test(prev!.raw) && t.start === prev!.end) ? ' ' : '') + t.raw;
  }
  return out.replace(/\s+,/g, ',');
}

function finish(tokens: readonly Token[], from: number, to: number, group: boolean, bare: boolean, owner: string | null, known: boolean): BodyParse | null {
  if (to <= from) return null;
  // Never end on punctuation.
  while (to > from && !tokens[to - 1]!.word) to--;
  if (to <= from) return null;
  return {
    from,
    to,
    start: tokens[from]!.start,
    end: tokens[to - 1]!.end,
    raw: rawOf(tokens, from, to),
    group,
    bare,
    owner,
    known,
  };
}

/** A list of bodies: "Sở Nội vụ, Sở Tài chính và các cơ quan liên quan"; "X; Y; và Z". */
export interface BodyListParse {
  items: BodyParse[];
  /** Token index after the list. */
  to: number;
}

export function parseBodyListAt(tokens: readonly Token[], i: number, opts: ParseOptions = {}): BodyListParse | null {
  const first = parseBodyAt(tokens, i, opts);
  if (!first) return null;
  const items: BodyParse[] = [];
  let k = pushExpanded(tokens, first, items);
  // Group items joined by a bare comma: "các tổ chức hành chính khác, đơn vị sự nghiệp công lập thuộc thành phố".
  const commaJoined = new Set<BodyParse>();
  for (let guard = 0; guard < 20; guard++) {
    // "Chủ tịch Ủy ban nhân dân các tỉnh, thành phố nêu trên và lãnh đạo các Bộ ...": the back-reference closes the
    // item (the list ends after it or goes on).
    k = afterBackReference(tokens, k);
    // "Trung tâm Dịch vụ việc làm Thành phố (Sở Nội vụ), ...": a bracketed note after an item; "các sở, ban,
    // ngành trong phạm vi chức năng, nhiệm vụ của mình và ...": a scope.
    const skipped = afterQualifier(tokens, afterScope(tokens, afterBracket(tokens, k)));
    const sep = tokens[skipped];
    if (!sep) break;
    let next = skipped;
    if (sep.raw === COMMA || sep.raw === ';') next = skipped + 1;
    // "các Bộ, ngành có liên quan, nhất là các Bộ: Quốc phòng, Công an": the members singled out go on the list.
    if (sep.raw === COMMA) next += emphasisAt(tokens, next);
    // "cùng", not "cung" ("Đơn vị cung cấp ..." is one kind, not "Đơn vị" with "cấp").
    if (isWord(tokens[next], 'va') || (isWord(tokens[next], 'cung') && !isWord(tokens[next + 1], 'cap') && (!hasMarks(tokens[next]!.raw) || tokens[next]!.raw.toLowerCase() === 'cùng'))) next += 1;
    if (next === skipped && !missingComma(tokens, items[items.length - 1]!, skipped)) break;
    // "...; Giám đốc: Trung tâm Công báo - Tin học tỉnh, Trung tâm Phục vụ hành chính công tỉnh; ...": a title
    // whose colon lists the bodies it heads.
    const titled = longestMatch(tokens, next, HEAD_TITLES, true);
    if (titled && tokens[next + titled.n]?.raw === ':') next += titled.n + 1;
    // "Trung tâm Phục vụ hành chính công cấp tỉnh và cấp xã": a level after "và" is the same kind at that level.
    const level = levelAfter(tokens, items[items.length - 1]!, next);
    if (level) {
      items.push(level);
      k = level.to;
      continue;
    }
    const item = parseBodyAt(tokens, next, { bareGeneric: true });
    if (!item) break;
    k = skipped;
    // "các cơ quan, đơn vị, tổ chức và cá nhân có liên quan": individuals closing a list of kinds of bodies
    // are no body of their own; the list is one group.
    const prev = items[items.length - 1]!;
    if (next === k + 1 && isWord(sep, 'va') && kindsOnly(tokens, prev) && kindsOnly(tokens, item) && individualAt(tokens, item.from)) {
      items[items.length - 1] = { ...prev, to: item.to, end: item.end, raw: rawOf(tokens, prev.from, item.to), owner: item.owner ?? prev.owner };
      k = item.to;
      continue;
    }
    if (sep.raw === COMMA && next === k + 1) commaJoined.add(item);
    k = pushExpanded(tokens, item, items);
  }
  // The owner that closes such a run ("thuộc thành phố") belongs to every group of the run.
  for (let n = items.length - 1; n > 0; n--) {
    const cur = items[n]!;
    const prev = items[n - 1]!;
    // A run shares one "các"; an item with its own ("..., các đơn vị thuộc ...") is a group of its own.
    // An item with its own head's title ("Thủ trưởng cơ quan thuộc Chính phủ") is a group of its own too.
    if (!commaJoined.has(cur) || !cur.group || !prev.group || prev.bare || isCac(tokens[cur.from]) || longestMatch(tokens, cur.from, HEAD_TITLES, true)) continue;
    // "..., Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương": the provinces' own tail, no owner.
    if (/\btinh, thanh pho truc thuoc trung uong$/.test(fold(cur.raw))) continue;
    // "cơ quan thuộc Chính phủ" is a kind's own name, no owner of the run.
    const kind = longestMatch(tokens, isCac(tokens[cur.from]) ? cur.from + 1 : cur.from, GENERIC_NOUNS, true);
    if (kind?.p.words.includes('thuoc')) continue;
    const owner = /\s((?:trực )?thuộc\s.+)$/u.exec(cur.raw)?.[1];
    if (owner && !/\bthuộc\b/u.test(prev.raw)) items[n - 1] = { ...prev, raw: `${prev.raw} ${owner}` };
  }
  // "Thường trực, các Ban, các Tổ và đại biểu Hội đồng nhân dân tỉnh": parts share the owner named after them,
  // the nearest one ("..., các Tổ đại biểu và đại biểu Hội đồng nhân dân Thành phố, Hội đồng nhân dân cấp xã").
  const last = items[items.length - 1]!;
  const out: BodyParse[] = [];
  items.forEach((it, n) => {
    if (!it.bare) {
      out.push(it);
      return;
    }
    let ownerName: string | null = null;
    for (let m = n + 1; m < items.length && !ownerName; m++) if (!items[m]!.bare) ownerName = items[m]!.owner ?? ownerFromLast(items[m]!);
    if (!ownerName || it === last) return;
    out.push({ ...it, raw: `${it.raw} ${ownerName}`, bare: false });
  });
  if (out.length === 0) return null;
  return { items: withNeighbourPlace(tokens, withSharedPlace(tokens, out)), to: k };
}

/**
 * "Chính phủ, Hội đồng nhân dân, Ủy ban nhân dân thành phố Cần Thơ, ...", "HĐND, UBND các xã": a council written
 * bare right before another council of a place (a comma or "và" between) is that place's council too.
 */
function councilsSharingPlace(tokens: readonly Token[], items: BodyParse[]): BodyParse[] {
  const out = items.slice();
  for (let n = out.length - 2; n >= 0; n--) {
    const cur = out[n]!;
    const next = out[n + 1]!;
    const words = tokens.slice(cur.from, cur.to).filter((x) => x.word);
    if (!LOCAL_COUNCILS.has(words.map((x) => x.f).join(' ')) || completeOrgAt(tokens, cur.from) !== cur.to - cur.from) continue;
    const between = tokens.slice(cur.to, next.from);
    if (between.length > 2 || !between.every((x) => x.raw === COMMA || isWord(x, 'va'))) continue;
    const org = completeOrgAt(tokens, next.from);
    if (org === 0 || !LOCAL_COUNCILS.has(tokens.slice(next.from, next.from + org).map((x) => x.f).join(' '))) continue;
    const placeFrom = next.from + org;
    if (placeFrom >= next.to || localityAt(tokens, placeFrom, true) !== next.to - placeFrom) continue;
    // "UBND các xã" is a group: so is the council that takes its places.
    out[n] = { ...cur, raw: `${cur.raw} ${rawOf(tokens, placeFrom, next.to)}`, group: cur.group || next.group };
  }
  return out;
}

/**
 * "Thường trực Hội đồng nhân dân, các Ban Hội đồng nhân dân, Tổ đại biểu Hội đồng nhân dân và đại biểu Hội đồng
 * nhân dân thành phố": the place written once after the last owner is every earlier same owner's.
 */
const LOCAL_COUNCILS = new Set(vocab.localCouncils);

function withSharedPlace(tokens: readonly Token[], items: BodyParse[]): BodyParse[] {
  const last = items[items.length - 1]!;
  if (items.length < 2) return items;
  items = councilsSharingPlace(tokens, items);
  for (let j = last.from; j < last.to; j++) {
    const org = completeOrgAt(tokens, j);
    if (org === 0 || j + org >= last.to) continue;
    const words = tokens.slice(j, j + org).map((x) => x.f).join(' ');
    // Only a council or committee of a place: "các Ủy ban của Quốc hội, ... đại biểu Quốc hội tỉnh Cà Mau" are national.
    if (!LOCAL_COUNCILS.has(words) || localityAt(tokens, j + org, true) !== last.to - (j + org)) return items;
    const place = rawOf(tokens, j + org, last.to);
    return items.map((it) => {
      if (it === last || it.to - org < it.from) return it;
      if (tokens.slice(it.to - org, it.to).map((x) => x.f).join(' ') !== words || !it.raw.endsWith(rawOf(tokens, it.to - org, it.to))) return it;
      return { ...it, raw: `${it.raw} ${place}` };
    });
  }
  return items;
}

/**
 * "Chính phủ, Hội đồng nhân dân, Ủy ban nhân dân tỉnh An Giang, chính quyền địa phương ...", "Đoàn đại biểu Quốc
 * hội và đại biểu Quốc hội thành phố Cần Thơ": a council or a National Assembly delegation named bare right before
 * a body of the same level that names its place is that place's (the place is written once for both).
 */
function withNeighbourPlace(tokens: readonly Token[], items: BodyParse[]): BodyParse[] {
  const out = [...items];
  for (let n = out.length - 2; n >= 0; n--) {
    const it = out[n]!;
    const next = out[n + 1]!;
    const words = tokens.slice(it.from, it.to).map((x) => x.f).join(' ');
    if (it.raw !== rawOf(tokens, it.from, it.to)) continue;
    const head = LOCAL_COUNCILS.has(words) ? completeOrgAt(tokens, next.from) : words === 'doan dai bieu quoc hoi' ? delegateAt(tokens, next.from) : 0;
    if (head === 0 || (LOCAL_COUNCILS.has(words) && !LOCAL_COUNCILS.has(tokens.slice(next.from, next.from + head).map((x) => x.f).join(' ')))) continue;
    const place = localityAt(tokens, next.from + head, false);
    if (place === 0 || next.from + head + place !== next.to) continue;
    out[n] = { ...it, raw: `${it.raw} ${rawOf(tokens, next.from + head, next.to)}` };
  }
  return out;
}

const DELEGATE_TITLE = foldedPhrases([vocab.delegateTitle])[0]!.split(' ');

/** "đại biểu Quốc hội" at `i`: its token count, else 0. */
function delegateAt(tokens: readonly Token[], i: number): number {
  return exactWordsAt(tokens, i, DELEGATE_TITLE) ? DELEGATE_TITLE.length : 0;
}

const INDIVIDUALS = new Set(vocab.individuals);

/** Whether individuals ("cá nhân", "hộ gia đình") are named at `k`. */
function individualAt(tokens: readonly Token[], k: number): boolean {
  return INDIVIDUALS.has(`${tokens[k]?.f ?? ''} ${tokens[k + 1]?.f ?? ''}`);
}

/**
 * "Sở Tài chính Công an tỉnh": a Sở or Bộ named by its field, then a complete body on the same line with no comma
 * between (`nameAt` ends the first name there), is two items of the list.
 */
function missingComma(tokens: readonly Token[], prev: BodyParse, k: number): boolean {
  const t = tokens[k];
  if (!t || !t.cap || t.nl > 0 || prev.to !== k || prev.group) return false;
  const head = tokens[prev.from];
  if (!head?.cap || !departmentHead(head)) return false;
  return completeOrgAt(tokens, k) > 0;
}

/** "trong phạm vi chức năng, nhiệm vụ của mình", "theo chức năng, nhiệm vụ được giao" (folded words and commas). */
const SCOPE_IN_LIST = /^(trong pham vi |theo )chuc nang( , nhiem vu)?( , quyen han)?( (cua minh|duoc giao|duoc phan cong))? /;

/** The token after a scope phrase at `k` that a list continues after, else `k`. */
function afterScope(tokens: readonly Token[], k: number): number {
  const t = tokens[k];
  if (!t?.word || (t.f !== 'trong' && t.f !== 'theo')) return k;
  const words = tokens.slice(k, k + 14).map((x) => (x.word ? x.f : x.raw));
  const m = SCOPE_IN_LIST.exec(`${words.join(' ')} `);
  if (!m) return k;
  const end = k + m[0].trim().split(' ').length;
  const after = tokens[end];
  return after && (after.raw === COMMA || after.raw === ';' || isWord(after, 'va')) ? end : k;
}

/**
 * The token after a relative qualifier at `k` that a list continues after, else `k`: "Chủ tịch Ủy ban nhân dân
 * các xã, phường có tài sản kết cấu hạ tầng cấp nước sạch và các cơ quan, tổ chức ... chịu trách nhiệm thi hành".
 * "có trách nhiệm", "có kế hoạch" are predicates, not qualifiers.
 */
function afterQualifier(tokens: readonly Token[], k: number): number {
  const t = tokens[k];
  if (!t?.word || t.f !== 'co' || (hasMarks(t.raw) && t.raw.toLowerCase() !== 'có') || isPredicateAt(tokens, k)) return k;
  for (let j = k + 1; j < tokens.length && j <= k + 18; j++) {
    const x = tokens[j]!;
    if (!x.word) return k;
    if (x.f === 'va' && j > k + 1 && parseBodyAt(tokens, j + 1, { bareGeneric: true })) return j;
  }
  return k;
}

/** The token after a short bracketed note at `k` that a list continues after ("(Sở Nội vụ), ..."), else `k`. */
function afterBracket(tokens: readonly Token[], k: number): number {
  if (tokens[k]?.raw !== '(') return k;
  for (let j = k + 1; j < tokens.length && j < k + 16; j++) {
    if (tokens[j]!.raw === ')') {
      const after = tokens[j + 1];
      return after && (after.raw === COMMA || after.raw === ';' || isWord(after, 'va')) ? j + 1 : k;
    }
    if (tokens[j]!.raw === '(' || tokens[j]!.raw === '.' || tokens[j]!.raw === ';') return k;
  }
  return k;
}

/** A group named by kinds of bodies only ("các cơ quan, đơn vị", "cá nhân có liên quan"), after any title. */
function kindsOnly(tokens: readonly Token[], p: BodyParse): boolean {
  if (!p.group || p.bare) return false;
  let k = p.from;
  const title = longestMatch(tokens, k, HEAD_TITLES, true);
  if (title) k += title.n;
  if (isCac(tokens[k])) k++;
  return genericListAt(tokens, k, false) > 0 && !LOCALITY_GENERICS.has(tokens[k]!.f) && completeOrgAt(tokens, k) === 0;
}

/**
 * "Giám đốc các Sở: Nội vụ, Tài chính, Kế hoạch và Đầu tư" names one Sở per department: push each, else the
 * item itself. Returns the token index after what was consumed.
 */
function pushExpanded(tokens: readonly Token[], item: BodyParse, items: BodyParse[]): number {
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
  const bothLevels = last?.f === 'pho' && words[words.length - 2]?.f === 'thanh' && words[words.length - 3]?.f === 'tinh' && isCac(words[words.length - 4]);
  if (bothLevels && colon) {
    const provinces = provinceList(tokens, item.to + 1);
    if (provinces.length > 0) return pushPerProvince(tokens, item, provinces, items, true);
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
    if (sep?.raw === ',' && !isCac(tokens[k + 1])) k++;
    else if (isWord(sep, 'va') && fieldNameAt(tokens, k + 1, head)) k++;
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
 * Whether a name read in the paragraph before the dash at `dash` (a hard-wrapped paragraph's line opening with "- ")
 * runs on over it ("các Tập đoàn: ..., Công nghiệp" / "- Viễn thông Quân đội theo ..."): the dash is no bullet.
 * `from` is the paragraph's first token (the list may open lines before); the search looks back a few lines at most.
 */
export function nameRunsOverDash(tokens: readonly Token[], dash: number, from: number): boolean {
  if (!tokens[dash] || !DASH.test(tokens[dash]!.raw) || !wrappedInName(tokens, dash)) return false;
  for (let j = Math.max(from, dash - DASH_LOOKBACK); j < dash; j++) {
    if (!tokens[j]!.word || !tokens[j]!.cap) continue;
    const p = parseBodyListAt(tokens, j);
    if (!p) continue;
    if (p.to > dash + 1) return true;
    j = Math.max(j, p.to - 1);
  }
  return false;
}

/** Tokens before a line-opening dash searched for a name that runs on over it. */
const DASH_LOOKBACK = 60;

/**
 * A dash at `k` opening the next line of a hard-wrapped paragraph inside a name: one line break, a name word
 * right before it and the same line's name going on; a line that opens with a bullet itself lists items.
 */
function wrappedInName(tokens: readonly Token[], k: number): boolean {
  if (tokens[k]!.nl !== 1 || !tokens[k - 1]?.word || tokens[k + 1]?.nl !== 0) return false;
  let j = k - 1;
  while (j > 0 && tokens[j]!.nl === 0) j--;
  return !DASH.test(tokens[j]!.raw) && tokens[j]!.raw !== '+' && tokens[j]!.raw !== '*';
}

/**
 * "Trung tâm Phục vụ hành chính công cấp tỉnh, cấp xã", "Chủ tịch UBND cấp tỉnh, cấp xã": one kind of body at each
 * level written after it, one body per level as the gold writes them (ninth round: "Giám đốc Trung tâm Phục vụ
 * hành chính công cấp tỉnh, cấp xã" is two bodies). The name before the levels and each "cấp X", or null.
 */
function levelList(tokens: readonly Token[], item: BodyParse): { stem: string; levels: { from: number; to: number }[] } | null {
  const levels: { from: number; to: number }[] = [];
  let k = item.to - 2;
  while (k > item.from && isWord(tokens[k], 'cap') && tokens[k + 1]?.word && LEVEL_WORDS.has(tokens[k + 1]!.f)) {
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
function levelAfter(tokens: readonly Token[], prev: BodyParse, i: number): BodyParse | null {
  const levelAt = (k: number) => isWord(tokens[k], 'cap') && !!tokens[k + 1]?.word && LEVEL_WORDS.has(tokens[k + 1]!.f);
  if (!levelAt(i) || !levelAt(prev.to - 2)) return null;
  // The level closes the name ("cấp xã có trách nhiệm"), it starts no name of its own ("cấp xã Hòa Bình").
  const after = tokens[i + 2];
  if (after?.word && after.cap && after.nl === 0) return null;
  // The kind before the level: a level pushed by levelList starts at its "cấp" but carries the kind in its raw.
  const stem = prev.raw.replace(/\s+\S+\s+\S+$/u, '');
  if (stem === prev.raw || !stem.trim()) return null;
  return { ...prev, from: i, to: i + 2, start: tokens[i]!.start, end: tokens[i + 1]!.end, raw: `${stem} ${rawOf(tokens, i, i + 2)}`, group: false };
}

/** The place levels a body works at ("cấp tỉnh", "cấp xã"), folded. */
const LEVEL_WORDS: ReadonlySet<string> = new Set(vocab.adminLevels);

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
    while (k - from < 4 && tokens[k]?.word && tokens[k]!.cap && !tokens[k]!.upper && tokens[k]!.nl === 0 && !isCac(tokens[k]) && completeOrgAt(tokens, k) === 0 && !headWrittenAt(tokens, k, NAMED_HEADS)) k++;
    if (k === from) break;
    names.push({ from, to: k });
    if ((tokens[k]?.raw === COMMA || isWord(tokens[k], 'va')) && tokens[k + 1]?.cap && tokens[k + 1]!.nl === 0) k++;
    else break;
  }
  if (names.length === 0) return null;
  return { stem: rawOf(tokens, item.from, stemEnd), unit: rawOf(tokens, unitAt, unitAt + unit.n).toLowerCase(), names };
}

/** Provinces listed after a colon ("các tỉnh: Khánh Hòa, Đắk Lắk và Gia Lai"): their token ranges. */
function provinceList(tokens: readonly Token[], i: number): { from: number; to: number }[] {
  const out: { from: number; to: number }[] = [];
  let k = i;
  for (let guard = 0; guard < 40; guard++) {
    const n = bareProvinceAt(tokens, k);
    if (n === 0) break;
    out.push({ from: k, to: k + n });
    k += n;
    if (tokens[k]?.raw === COMMA || (isWord(tokens[k], 'va') && bareProvinceAt(tokens, k + 1) > 0)) k++;
    else break;
    // "các tỉnh: Gia Lai, - Đắk Lắk và Khánh Hòa": a list laid out as bullets.
    if (DASH.test(tokens[k]?.raw ?? '') && bareProvinceAt(tokens, k + 1) > 0) k++;
  }
  return out;
}

/**
 * "Chủ tịch Ủy ban nhân dân các tỉnh: Khánh Hòa, Đắk Lắk, Gia Lai" names each province's body, as annotators list
 * them; a Tỉnh ủy named just before without its province ("Bí thư tỉnh ủy và Chủ tịch ... các tỉnh: ...") is
 * each province's too. Returns the token index after the provinces.
 */
function pushPerProvince(tokens: readonly Token[], item: BodyParse, provinces: { from: number; to: number }[], items: BodyParse[], ownLevel = false): number {
  let cac = item.to - 1;
  while (cac > item.from && !isCac(tokens[cac])) cac--;
  const stem = rawOf(tokens, item.from, cac);
  const prev = items[items.length - 1];
  const prevWords = prev ? tokens.slice(prev.from, prev.to).filter((t) => t.word).map((t) => t.f) : [];
  const joined = tokens[prev?.to ?? -1];
  const partyBefore = prev && !prev.group && prevWords.slice(-2).join(' ') === 'tinh uy' && joined && (isWord(joined, 'va') || joined.raw === COMMA) && prev.to + 1 === item.from;
  if (partyBefore) items.pop();
  // `ownLevel`: "Thành phố Hồ Chí Minh" among "các tỉnh, thành phố: ...", else the level the list names.
  const levelOf = (from: number, to: number, unit: string) => (ownLevel && PROVINCE_UNITS.find((p) => p.folded.includes(tokens.slice(from, to).filter((x) => x.word).map((x) => x.f).join(' ')))?.unit === 'thành phố' ? 'Thành phố ' : unit);
  const perProvince = (p: BodyParse, head: string, unit: string) =>
    provinces.map(({ from, to }) => ({ ...p, from, to, start: tokens[from]!.start, end: tokens[to - 1]!.end, raw: `${head}${levelOf(from, to, unit)}${rawOf(tokens, from, to)}`, group: false, known: true }));
  if (partyBefore) items.push(...perProvince(prev!, `${rawOf(tokens, prev!.from, prev!.to - 2)} `.trimStart(), 'Tỉnh ủy '));
  items.push(...perProvince(item, stem ? `${stem} ` : '', 'tỉnh '));
  return provinces[provinces.length - 1]!.to;
}

/** The owner part of "đại biểu Hội đồng nhân dân tỉnh" is "Hội đồng nhân dân tỉnh". */
function ownerFromLast(last: BodyParse): string | null {
  const toks = tokenize(last.raw);
  for (let i = 1; i < toks.length; i++) {
    if (completeOrgAt(toks, i) > 0) return rawOf(toks, i, toks.length);
  }
  return null;
}

// ---------------------------------------------------------------------------------------------------------
// Resolution

export interface ResolvedBody {
  /** `canonical folded name@jurisdiction`. */
  key: string;
  /** Canonical display name with diacritics: the body itself ("Sở Nội vụ"). */
  name: string;
  /** The name as written, diacritics restored, the head's title kept ("Giám đốc Sở Nội vụ"). */
  written: string;
  /** The head's title the name was written with ("Giám đốc", "Thủ trưởng", "Chủ tịch"), or null. */
  official: string | null;
  group: boolean;
  jurisdiction: Jurisdiction;
}

const ALL_PHRASES: Phrase[] = [
  ...COMPLETE_ORGS,
  ...NAMED_HEADS,
  ...NAME_WORDS,
  ...DISPLAY_WORDS,
  ...GENERIC_NOUNS,
  ...GROUP_MODIFIERS,
  ...HEAD_TITLES,
  ...OFFICE_TITLES,
  ...LOCAL_UNITS,
  ...phrases(vocab.listWords),
].sort((x, y) => y.words.length - x.words.length);

/** Beginnings of national bodies' names. */
const NATIONAL_PREFIXES = vocab.nationalPrefixes;

// One title or a list of them ("Giám đốc, Thủ trưởng các sở"); "Trưởng Thuế tỉnh": the head of a field's office
// of a place (`placeOrgs`) is its "Trưởng" ("trường", a school, folds alike but opens no such name).
const PLACE_ORG_HEAD = `truong(?=\\s+(?:${PLACE_ORGS.map((p) => escapeRegExp(p.words.join(' '))).join('|')})\\b)`;
const STRIPPED_TITLES = new RegExp(`^(?:cac ong, ba:?\\s*)?(?:(?:cac |nhung )?(?:${[...vocab.strippedTitles.map(escapeRegExp), PLACE_ORG_HEAD].join('|')})(?:,\\s*|\\s+))+`);

/** Heads that name no particular body when written alone. */
const HEADS_ALONE = new Set(vocab.headsAlone);

const canonicalMemo = new BoundedMemo<string, string>(20_000);

/** Canonical display name: vocabulary words with diacritics, abbreviations expanded, the rest as written. */
export function canonicalName(rawName: string): string {
  return canonicalMemo.get(String(rawName ?? ''), canonicalNameUncached);
}

function canonicalNameUncached(rawName: string): string {
  const tokens = tokenize(String(rawName ?? '').slice(0, 400));
  const marked = writtenWithMarks(tokens);
  const out: string[] = [];
  let glue = false;
  for (let i = 0; i < tokens.length; ) {
    const t = tokens[i]!;
    if (!t.word) {
      if (t.raw === ',' || t.raw === ';' || t.raw === ':' || t.raw === ')' || t.raw === '.') {
        if (out.length) out[out.length - 1] += t.raw === ';' ? ',' : t.raw === '.' ? '' : t.raw;
      } else if (t.raw === '-' || t.raw === '–') out.push('-');
      else if (t.raw === '(') {
        out.push('(');
        glue = true;
      }
      i++;
      continue;
    }
    const ab = abbreviationAt(tokens, i);
    let words: string[];
    let n: number;
    if (ab) {
      words = ABBREVIATIONS[ab]!.split(' ');
      n = ab === 'ct-xh' ? 3 : 1;
    } else if (isCac(t)) {
      words = [t.f === 'nhung' ? 'những' : 'các'];
      n = 1;
    } else if (STOP_WORDS.has(t.f) && fold(t.raw) === t.f) {
      // A preposition written plainly stays itself ("trong" is no OCR-damaged "Trường").
      words = [t.raw];
      n = 1;
    } else {
      const afterTinh = out.length > 0 && /^(tỉnh|phố)$/i.test(out[out.length - 1]!);
      // The head repairs ("Sớ Nội vụ" is "Sở Nội vụ") read the name that follows; a vocabulary word alone does not.
      const repair = (afterTinh ? longestMatch(tokens, i, PROVINCES, true) : null) ?? fuzzyShortHead(tokens, i) ?? (i > 0 ? fuzzyGeneric(tokens, i) : null);
      const found = repair ?? longestMatch(tokens, i, ALL_PHRASES, true, true);
      // A word written with its marks that folds to another word is that other word, no OCR damage of the
      // vocabulary's ("Cục Trồng trọt" is no "Cục trưởng", "Điện Biên" no "Đoàn"): such a match is dropped.
      // A valid word the writer wrote is no damage either ("quy định" is no "quỹ định"): `rewritesWrittenWord`.
      const m = found && !repair && (otherWordWritten(tokens, i, found) || rewritesWrittenWord(tokens, i, found, marked)) ? null : found;
      if (m && !repair && lettersChanged(tokens, i, m)) {
        // "cơ quan thông tin" is no "cơ quan thông tấn": the writer's words stand, and the match's span with them
        // (read word by word, "quan" would become "quận").
        words = tokens.slice(i, i + m.n).filter((x) => x.word).map((x) => x.raw);
        n = m.n;
      } else if (m) {
        words = m.p.shown.slice();
        n = m.n;
        // Follow the writer's capitals word by word (OCR keeps them); all-capital words take the vocabulary's.
        const single = !repair && m.p.words.length === 1;
        for (let w = 0; w < words.length && w < n; w++) {
          const src = tokens[i + w]!;
          const word = words[w]!;
          if (single && keepsWrittenAccents(src, word)) {
            words[w] = src.raw;
            continue;
          }
          if (!src.word || src.upper || !word) continue;
          words[w] = src.cap ? word[0]!.toUpperCase() + word.slice(1) : word[0]!.toLowerCase() + word.slice(1);
        }
      } else {
        words = [t.raw];
        n = 1;
      }
    }
    for (const w of words) {
      if (glue && out.length) {
        out[out.length - 1] += w;
        glue = false;
      } else out.push(w);
    }
    i += n;
  }
  // "Sở Sở Công thương": a head written twice is a slip of the pen.
  if (out.length > 2 && out[0] === out[1] && /^\p{Lu}\p{Ll}*$/u.test(out[0]!)) out.shift();
  let name = out.join(' ').replace(/\s+,/g, ',').replace(/\s+/g, ' ').trim();
  name = name.replace(/,$/, '').trim();
  // "Các" opening a group is not part of its name; a body's own capital is kept (displayName adds one).
  if (name && /^(các|những)\b/i.test(name)) name = name[0]!.toLowerCase() + name.slice(1);
  return name;
}

/**
 * A match whose words the writer accented cleanly but one: that one, a valid syllable folding to another word,
 * is the other word ("Cục Trồng" is no "Cục trưởng"). OCR damage ("Uy ban nhén dan") has no clean word beside.
 */
function otherWordWritten(tokens: readonly Token[], i: number, m: { p: Phrase; n: number }): boolean {
  let other = false;
  let clean = false;
  // Some word folds to the phrase's own (only its marks damaged): "chi trả" shares no word with "chủ trì".
  let agree = false;
  // A proper name's words, each capitalized and accented otherwise than the vocabulary's lower-case words
  // ("xã Gò Công Đông" is no "cộng đồng"): a name of its own, not OCR damage.
  let proper = m.n > 1;
  for (let w = 0; w < m.n && w < m.p.words.length; w++) {
    const src = tokens[i + w]!;
    const shown = m.p.shown[w] ?? '';
    if (!src.word || !src.cap || src.upper || !/^\p{Ll}/u.test(shown) || !hasMarks(src.raw) || src.raw.toLowerCase() === shown || !isVietnameseSyllable(src.raw)) proper = false;
    if (src.word && fold(src.raw) === m.p.words[w]) agree = true;
    if (!src.word || !hasMarks(src.raw)) continue;
    if (src.raw.toLowerCase() === shown.toLowerCase()) clean = true;
    else if (fold(src.raw) !== m.p.words[w] && isVietnameseSyllable(src.raw)) other = true;
  }
  // An accented word that is another word, with a clean word beside it or no word of the phrase at all, is
  // another phrase, not OCR damage.
  return (other && (clean || !agree)) || proper;
}

/**
 * Whether the name's writer writes diacritics: its accented words are valid syllables (OCR damage writes
 * impossible ones: "Truyén", "Hoéi") and about as many as, or more than, its plain words (a text that lost its
 * marks, "Uy ban nhén dan tinh", has mostly plain words).
 */
function writtenWithMarks(tokens: readonly Token[]): boolean {
  let marked = 0;
  let plain = 0;
  for (const t of tokens) {
    if (!t.word || t.upper) continue;
    if (!hasMarks(t.raw)) plain++;
    else if (isVietnameseSyllable(t.raw)) marked++;
    else return false;
  }
  return marked > 0 && marked >= plain - 1;
}

/**
 * A one-word vocabulary match that rewrites a valid syllable the writer wrote, which OCR damage does not make:
 * changing the letters of a plain word ("Trung Quốc" is no "Trường", "Tai chinh" no "Tai chánh"), or, in a name
 * whose writer writes marks (`writtenWithMarks`), adding marks to a plain word read inside the name, between
 * the writer's words ("đơn vị quy định tại Điều 2 Quy chế này" is no "quỹ định ... Quỹ chế", "quản lý quy
 * hoạch" no "quỹ hoạch"). The name's frame, its opening head or the word closing it or one of its items
 * ("Bo Tư pháp", "Ủy ban nhân dân tinh", "các sở, ban, nganh"), is still restored: OCR that drops one word's
 * marks ("đầu tu" in a marked text) drops them there as well, and there the vocabulary word is what a name has.
 */
function rewritesWrittenWord(tokens: readonly Token[], i: number, m: { p: Phrase; n: number }, marked: boolean): boolean {
  if (m.p.words.length !== 1 || m.n !== 1) return false;
  const src = tokens[i]!;
  const shown = m.p.shown[0] ?? '';
  if (!src.word || src.upper || hasMarks(src.raw) || src.raw.toLowerCase() === shown.toLowerCase() || !isVietnameseSyllable(src.raw)) return false;
  if (fold(src.raw) !== m.p.words[0]) return true;
  return marked && !framesName(tokens, i);
}

/** Whether `tokens[i]` opens or closes the name or one of its items (after "các", at a comma or an end). */
function framesName(tokens: readonly Token[], i: number): boolean {
  const ends = (t: Token | undefined) => !t || t.raw === ',' || t.raw === ';';
  let before = i - 1;
  while (before >= 0 && !tokens[before]!.word && !ends(tokens[before])) before--;
  return before < 0 || ends(tokens[before]) || isCac(tokens[before]!) || ends(tokens[i + 1]);
}

/**
 * A match of several words that changes the letters of a word written plainly without marks, to another valid
 * syllable, beside a word the writer accented as the phrase does ("cơ quan thông tin" matched the vocabulary's
 * "cơ quan thông tấn" by one letter): a phrase of its own, not OCR damage (damage that drops the marks keeps the
 * letters: "Uy ban nhan dan").
 */
function lettersChanged(tokens: readonly Token[], i: number, m: { p: Phrase; n: number }): boolean {
  if (m.n < 2 || m.p.words.length !== m.n) return false;
  let changed = false;
  let clean = false;
  for (let w = 0; w < m.n; w++) {
    const src = tokens[i + w]!;
    if (!src.word) return false;
    const shown = m.p.shown[w] ?? '';
    if (hasMarks(src.raw) && src.raw.toLowerCase() === shown.toLowerCase()) clean = true;
    if (!hasMarks(src.raw) && !src.upper && fold(src.raw) !== m.p.words[w] && isVietnameseSyllable(src.raw)) changed = true;
  }
  return changed && clean;
}

/**
 * A one-word vocabulary match ("Đảng", "Đài") says nothing about the words around it, so it must not re-accent a
 * word the writer already accented as a valid syllable ("đăng ký đất đai" is not "đảng ký đất đài"); OCR repair
 * is for words without or with impossible diacritics. Longer phrases give each other context and still repair.
 */
function keepsWrittenAccents(src: Token, shown: string): boolean {
  if (!src.word || src.raw.toLowerCase() === shown.toLowerCase()) return false;
  if (fold(src.raw) === src.raw.toLowerCase()) return false;
  return isVietnameseSyllable(src.raw);
}

/** The folded, normalized name part of a body key. */
export function bodyKeyName(rawName: string): string {
  const display = canonicalName(rawName);
  let f = fold(display).replace(/[“”"']/g, '').replace(/\s+/g, ' ').trim();
  f = f.replace(/\s*,\s*/g, ', ').replace(/\s*-\s*/g, ' - ').replace(/\s*:\s*/g, ': ');
  const stripped = f.replace(STRIPPED_TITLES, '');
  if (stripped.length >= 2) f = stripped;
  const group = isGroupName(display);
  f = f.replace(/\b(cac|nhung)\s+/g, '');
  f = f.replace(/\bco lien quan\b/g, 'lien quan');
  f = f.replace(/\buy ban mat tran to quoc\b/g, 'mat tran to quoc').replace(/\bmat tran to quoc viet nam\b/g, 'mat tran to quoc');
  f = f.replace(/\bto hoi dong nhan dan\b/g, 'to dai bieu hoi dong nhan dan');
  // "tỉnh Quảng Ninh" -> "tỉnh": the jurisdiction is in the key already.
  f = f.replace(PROVINCE_AFTER_UNIT, '$1');
  // "các Ban của HĐND tỉnh" = "các Ban HĐND tỉnh"; the province's UBND/HĐND is one body with or without "tỉnh".
  f = f.replace(/ cua (?=(uy ban|hoi dong|tinh uy|dang|ban|mat tran))/g, ' ');
  f = f.replace(/\b(nhan dan|tinh uy) (cap )?tinh\b/g, '$1');
  if (!group) {
    // "Sở Nội vụ - Cơ quan Thường trực ..." is Sở Nội vụ; "Tổ công tác ... thuộc Ban Chỉ đạo ..." is the Tổ.
    f = f.replace(/\s+-\s+(co quan|don vi|la|thuong truc)\b.*$/, '');
    f = f.replace(/\s+(truc thuoc|thuoc)\s+.*$/, '');
    f = f.replace(/\s*\(.*$/, '');
    f = f.replace(/\s+(cap\s+)?tinh$/, '');
  }
  return f.replace(/[,;:.\s]+$/, '').replace(/\s+/g, ' ').trim();
}

const PROVINCE_AFTER_UNIT = new RegExp(`\\b(tinh|thanh pho) (?:${PROVINCES.map((p) => escapeRegExp(p.words.join(' '))).sort((a, b) => b.length - a.length).join('|')})\\b`, 'g');

const groupMemo = new BoundedMemo<string, boolean>(20_000);

/** Whether a canonical name names a group of bodies; pure, and asked twice per name resolved. */
function isGroupName(display: string): boolean {
  return groupMemo.get(display, isGroupNameUncached);
}

function isGroupNameUncached(display: string): boolean {
  const toks0 = tokenize(display);
  // Skip a head's title ("Thủ trưởng các sở").
  const title = longestMatch(toks0, isCac(toks0[0]) ? 1 : 0, HEAD_TITLES, true);
  const toks = title ? toks0.slice((isCac(toks0[0]) ? 1 : 0) + title.n) : toks0;
  let i = 0;
  const office = longestMatch(toks, isCac(toks[0]) ? 1 : 0, OFFICE_TITLES, true);
  if (office) i = (isCac(toks[0]) ? 1 : 0) + office.n;
  if (toks.slice(i).some((t) => isCac(t))) return true;
  // "Ủy ban nhân dân tỉnh, thành phố trực thuộc trung ương": the body of every province.
  if (/\btinh, thanh pho truc thuoc trung uong$/.test(fold(display))) return true;
  // "Sở, ban, ngành, đơn vị thuộc Ủy ban nhân dân tỉnh": kinds listed without "các" are still a group, whose
  // belonging stays in its name as a group's does.
  if (kindListAt(toks, i)) return true;
  // Starts with a proper body: "Trung tâm Truyền thông tỉnh", "Ủy ban nhân dân tỉnh".
  if (completeOrgAt(toks, i) > 0 || longestMatch(toks, i, NAMED_HEADS, true)) return false;
  const g = longestMatch(toks, i, GENERIC_NOUNS, true);
  if (!g) return false;
  // "thành phố Hạ Long" names one local government.
  const unit = longestMatch(toks, i, LOCAL_UNITS, true);
  const after = toks[i + g.n];
  if (unit && unit.n === g.n && after?.word && after.cap) return false;
  return true;
}


function provinceIn(folded: string): string | null {
  const toks = tokenize(folded);
  for (let i = 0; i < toks.length; i++) {
    // "tỉnh X", "thành phố X", and the Party committees "Tỉnh ủy X", "Thành ủy X".
    const partyCommittee = (toks[i]!.f === 'tinh' || toks[i]!.f === 'thanh') && toks[i + 1]?.f === 'uy';
    if (toks[i]!.f !== 'tinh' && !(toks[i]!.f === 'thanh' && toks[i + 1]?.f === 'pho') && !partyCommittee) continue;
    const k = toks[i]!.f === 'tinh' && !partyCommittee ? i + 1 : i + 2;
    const p = longestMatch(toks, k, PROVINCES, true);
    if (p) return PROVINCE_OF_SPELLING.get(p.p.display)!;
  }
  return null;
}

/** Jurisdiction of a body: national for central bodies, the named province, else the document's. */
export function bodyJurisdiction(rawName: string, jurisdiction: Jurisdiction | null): Jurisdiction {
  return namedJurisdiction(rawName) ?? jurisdiction ?? UNKNOWN_JURISDICTION;
}

/** The jurisdiction a body's name states itself (national for central bodies, or a named province), else null. */
function namedJurisdiction(rawName: string): Jurisdiction | null {
  const f = fold(canonicalName(rawName)).replace(STRIPPED_TITLES, '');
  const core = f.replace(/^(cac|nhung)\s+/, '');
  // "Thanh tra Chính phủ": a unit of a national body is national.
  const unit = OWNED_COMPLETE_ORGS.find((o) => core.startsWith(`${o} `));
  const owner = unit ? core.slice(unit.length + 1) : core;
  if (NATIONAL_PREFIXES.some((p) => core.startsWith(p) || owner.startsWith(p))) return NATIONAL;
  if (/\btrung uong\b/.test(core) && !/dia ban|tinh|huyen/.test(core)) return NATIONAL;
  return provinceIn(f);
}

/**
 * Resolve any spelling of a body to its canonical node: `key` = folded canonical name + `@` + jurisdiction.
 * An empty name resolves to itself.
 */
export function resolveBody(rawName: string, jurisdiction: Jurisdiction | null): ResolvedBody {
  // Pure in its arguments, and documents name the same bodies again and again.
  const j = jurisdiction === null || jurisdiction === undefined ? '' : jurisdiction;
  const raw = String(rawName ?? '');
  // By spelling, then jurisdiction: a spelling a document passes again and again keeps its hash, where a
  // key joining both would be a new string to flatten and hash on every call.
  const byJurisdiction = resolvedMemo.get(raw, newJurisdictionMap);
  let r = byJurisdiction.get(j);
  if (r === undefined) {
    r = resolveBodyUncached(raw, jurisdiction);
    byJurisdiction.set(j, r);
  }
  return { ...r };
}

/** Resolved bodies by spelling, then by jurisdiction (a province's name, national, unknown or none: a few dozen). */
const resolvedMemo = new BoundedMemo<string, Map<string, ResolvedBody>>(20_000);

function newJurisdictionMap(): Map<string, ResolvedBody> {
  return new Map();
}

function resolveBodyUncached(rawName: string, jurisdiction: Jurisdiction | null): ResolvedBody {
  const raw = String(rawName ?? '').replace(/\s+/g, ' ').trim();
  const r = nameReadings.get(raw, readName);
  const j = r.named ?? jurisdiction ?? UNKNOWN_JURISDICTION;
  const keyName = canonicalKeyName(r.keyName, j);
  return { key: `${keyName}@${j}`, name: r.name, written: r.written, official: r.official, group: r.group, jurisdiction: j };
}

/** What resolving reads off a spelling alone, whatever the document's jurisdiction. */
interface NameReading {
  /** Folded key name before the jurisdiction's own words are dropped (`canonicalKeyName`). */
  keyName: string;
  /** The jurisdiction the name states itself, or null (the document's then). */
  named: Jurisdiction | null;
  name: string;
  written: string;
  official: string | null;
  group: boolean;
}

/**
 * Readings by spelling: documents of every province name the same bodies ("Sở Nội vụ", "Ủy ban nhân dân
 * tỉnh"), and only the last step of a key depends on the jurisdiction.
 */
const nameReadings = new BoundedMemo<string, NameReading>(20_000);

function readName(raw: string): NameReading {
  const full = canonicalName(raw) || raw;
  const group = isGroupName(full);
  const written = displayName(full, group, true);
  return { keyName: bodyKeyName(raw) || fold(raw), named: namedJurisdiction(raw), name: displayName(full, group), written, official: officialTitle(written), group };
}

// A chair acts for the body named after the title ("Chủ tịch UBND các xã"), and so does "Người đứng đầu" before a
// kind of unit ("Người đứng đầu đơn vị sự nghiệp thuộc Bộ nhóm 1", "Người đứng đầu cơ quan, tổ chức được giao nhiệm
// vụ"); before anything else ("Người đứng đầu trong tổ chức") it answers in person.
const UNIT_HEAD = new RegExp(
  `^(?:${vocab.unitHeadTitles.map(escapeRegExp).join('|')})\\s+(?=(?:cac\\s+)?(?:${vocab.unitHeadKinds.map(escapeRegExp).join('|')})\\b)`,
);
const OFFICIALS = new RegExp(`${STRIPPED_TITLES.source}|^(?:pho )?chu tich(?:,\\s*|\\s+)`);

/**
 * The title(s) a written name opens with ("Giám đốc, Thủ trưởng các sở" -> "Giám đốc, Thủ trưởng"), when a
 * body follows it (a capitalized name or "các ..."), else null.
 */
function officialTitle(written: string): string | null {
  const f = fold(written);
  const m = OFFICIALS.exec(f) ?? UNIT_HEAD.exec(f);
  if (!m) return null;
  const words = written.split(' ');
  const n = m[0].trim().split(/\s+/).length;
  const rest = words.slice(n).join(' ');
  return /^(?:\p{Lu}|các |cơ quan|đơn vị)/u.test(rest) ? words.slice(0, n).join(' ').replace(/[,;:]$/, '') : null;
}

/** The body an official's title names ("Giám đốc Sở Nội vụ" -> "Sở Nội vụ"); the name itself without one. */
export function officialsBody(r: ResolvedBody): string {
  return r.official ? r.written.slice(r.official.length).replace(/^[,;:]?\s*/, '') : r.written;
}

/**
 * The body's own name from a canonical spelling: without the head's title ("Giám đốc Sở Nội vụ" ->
 * "Sở Nội vụ"), an apposition ("Sở Nội vụ - Cơ quan Thường trực ...") or a parent ("Tổ công tác ... thuộc
 * Ban Chỉ đạo ...").
 */
function displayName(full: string, group: boolean, keepTitle = false): string {
  let words = full.split(' ');
  const m = keepTitle ? /^cac ong, ba:?\s+/.exec(fold(full)) : STRIPPED_TITLES.exec(fold(full));
  if (m) {
    const n = m[0].trim().split(/\s+/).length;
    if (words.length > n) words = words.slice(n);
  }
  if (!group) {
    const cut = words.findIndex((w, i) => {
      const f = fold(w);
      const next = fold(words[i + 1] ?? '');
      const next2 = fold(words[i + 2] ?? '');
      return i > 0 && ((f === '-' && (/^(co|don|la)$/.test(next) || (next === 'thuong' && next2 === 'truc'))) || f === 'thuoc' || (f === 'truc' && next === 'thuoc') || f.startsWith('('));
    });
    if (cut > 0) words = words.slice(0, cut);
  }
  if (group) {
    // "các Sở, ban, ngành" -> "các sở, ban, ngành": kinds of bodies are common nouns.
    words = words.map((w, i) => {
      const prev = fold(words[i - 1] ?? '');
      const bare = fold(w).replace(/[,;:]$/, '');
      const inList = w.endsWith(',') || prev.endsWith(',');
      return (prev === 'cac' || prev.endsWith(',')) && inList && GENERIC_WORDS.has(bare) ? w.toLowerCase() : w;
    });
  }
  let name = words.join(' ').replace(/[,;:]$/, '').trim();
  if (!name) return full;
  if (!group || (keepTitle && !/^(các|những|cơ quan|đơn vị)\b/i.test(name))) name = name[0]!.toUpperCase() + name.slice(1);
  else if (/^(Các|Những)\b/.test(name)) name = name[0]!.toLowerCase() + name.slice(1);
  return name;
}

/**
 * Two names denote the same body (jurisdiction aside): equal key names, or the same words up to OCR damage.
 * Used to compare extracted assignments with hand annotations.
 */
export function sameBody(a: string, b: string): boolean {
  const ka = bodyKeyName(a);
  const kb = bodyKeyName(b);
  if (ka === kb) return true;
  const ta = ka.split(/[\s,]+/).filter(Boolean);
  const tb = kb.split(/[\s,]+/).filter(Boolean);
  if (ta.length !== tb.length || ta.length === 0) return false;
  return ta.every((w, i) => fuzzyWordEq(w, tb[i]!) || fuzzyWordEq(tb[i]!, w));
}

/**
 * Every named body (not generic groups) mentioned anywhere in `text`, with its span: the bodies a document
 * names even when it gives them no task ("của Chính phủ", "Nơi nhận: - Bộ Nội vụ"). `unknownNames` adds names
 * of words the vocabulary does not know ("Văn phòng Ban Chỉ huy Phòng thủ dân sự tỉnh").
 */
export function findBodyMentions(text: string, tokens: readonly Token[] = tokenize(text), opts: { unknownNames?: boolean } = {}): BodyParse[] {
  const lists = bodyMentionLists(tokens);
  return opts.unknownNames ? lists.all : lists.known;
}

/**
 * `findBodyMentions`' two lists, without and with `unknownNames`, read in one pass: each list goes on after the
 * names it keeps, and a place either list reaches is tested once for both (the task stage needs both lists).
 */
export function bodyMentionLists(tokens: readonly Token[]): { known: BodyParse[]; all: BodyParse[] } {
  const known: BodyParse[] = [];
  const all: BodyParse[] = [];
  // The next token each list reads (after the last name it kept).
  let knownFrom = 0;
  let allFrom = 0;
  for (let i = 0; i < tokens.length; i++) {
    if (i < knownFrom && i < allFrom) {
      i = Math.min(knownFrom, allFrom) - 1;
      continue;
    }
    const t = tokens[i]!;
    if (!t.word) continue;
    const prev = tokens[i - 1];
    const next = tokens[i + 1];
    // Only at a word start that can open a name.
    if (!t.cap && !abbreviationAt(tokens, i)) continue;
    if (prev && prev.word && prev.end === t.start) continue;
    // "NQ-HĐND", "QĐ-UBND", "05-NQ/TU", "BNV-CCHC": the issuer's code inside a document symbol.
    if (t.upper && ((prev && !prev.word && /[-/]/.test(prev.raw) && prev.end === t.start) || (next && !next.word && /[-/]/.test(next.raw) && next.start === t.end))) continue;
    const p = parseBodyAt(tokens, i);
    if (!p || p.bare || p.group) continue;
    const words = tokens.slice(p.from, p.to).filter((x) => x.word).map((x) => x.f).join(' ');
    // A head alone ("Trung tâm", "Ủy ban", "Ban Chấp hành") or "TW" names no particular body.
    if (HEADS_ALONE.has(words)) continue;
    if (i >= allFrom) {
      all.push(p);
      allFrom = p.to;
    }
    // Names of words the vocabulary does not know are kept only in the second list (to complete short forms).
    if (p.known && i >= knownFrom) {
      known.push(p);
      knownFrom = p.to;
    }
  }
  return { known, all };
}
