/**
 * Heads of bodies: abbreviations ("UBND"), complete bodies ("Ủy ban nhân dân tỉnh"), named heads ("Sở", "Bộ") and
 * their OCR-damaged short forms, and the owner written after a body or a group.
 */
import { isVietnameseSyllable } from '../../text/vietnameseSyllable';
import vocab from '../data/bodyVocabulary.json';
import { hasMarks } from '../folding';
import {
  ABBREVIATIONS,
  COMPLETE_ORGS,
  NAME_WORDS,
  NAMED_HEADS,
  ORG_ABBREVIATIONS,
  PREDICATE_STARTS,
  DUTIES_NOT_IN_NAMES,
  CAPITAL_HEADS,
  PLACE_ORGS,
  tokenFuzzy,
  exactWordsAt,
  longestMatch,
  formTest,
  phrase,
  foldedPhrases,
  type Phrase,
  type Token,
} from '../vocabulary';
import { DEPARTMENT_HEADS, PLACE_ORG_LEVELS } from './wordSets';
import { headWrittenAt, isWord, nameWordOnLine, otherWordWritten, phraseWrittenAt } from './words';
import { bareProvinceAt, centralTailAt, PROVINCES, vietNamAt } from './localities';
import { localityAt } from './genericLists';

/** The display form of the department head ("Sở", "Bộ") token `t` is, else null. */
export function departmentHead(t: Token | undefined): string | null {
  return t?.word ? (DEPARTMENT_HEADS.get(t.f) ?? null) : null;
}

/** Abbreviations read also when not written in capitals ("Ubnd"), folded. */
const LOWER_CASE_ABBREVIATIONS: ReadonlySet<string> = new Set(vocab.lowerCaseAbbreviations);

export function abbreviationAt(tokens: readonly Token[], i: number): string | null {
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
  if (t.f.length > 3 && !t.upper && !LOWER_CASE_ABBREVIATIONS.has(t.f)) return null;
  if ((t.f === 'hpnd' || t.f === 'hbnd') && !t.upper) return null;
  return t.f;
}

export function isAbbreviation(f: string): boolean {
  return ABBREVIATIONS[f] !== undefined;
}

/** A complete body (abbreviation or phrase) at `i`: token count, or 0. */
export function completeOrgAt(tokens: readonly Token[], i: number): number {
  const ab = abbreviationAt(tokens, i);
  if (ab && ORG_ABBREVIATIONS.has(ab)) return ab.includes('mttq') ? 1 + vietNamAt(tokens, i + 1) : 1;
  if (ab === 'tu' || ab === 'tw') return 1;
  // "Ủy ban MTTQ Việt Nam tỉnh".
  if (tokens[i]?.word && isWord(tokens[i + 1], 'ban') && /^[a-z0-9&@]{0,2}y$/.test(tokens[i]!.f) && abbreviationAt(tokens, i + 2)?.includes('mttq')) {
    return 3 + vietNamAt(tokens, i + 3);
  }
  const m = longestMatch(tokens, i, COMPLETE_ORGS, true);
  // "Đồng ý chủ trương ...", opening a chairman's conclusion, is no OCR-damaged "Đảng ủy": the writer's accented words
  // are other words.
  if (m && !otherWordWritten(tokens, i, m)) return m.n;
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
export function placeOrgGroupAt(tokens: readonly Token[], i: number): number {
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

/**
 * "- Chi nhánh Khu vực II" after a complete body ("Ngân hàng Nhà nước Việt Nam - Chi nhánh ...", "Ngân hàng Nhà
 * nước chi nhánh khu vực 14", the dash left out): token count, or 0.
 */
export function branchAt(tokens: readonly Token[], i: number): number {
  const dash = tokens[i];
  if (!dash) return 0;
  const d = !dash.word && (dash.raw === '-' || dash.raw === '–') ? 1 : 0;
  if ((d && dash.nl > 0) || tokens[i + d]?.nl) return 0;
  if (!isWord(tokens[i + d], 'chi') || !isWord(tokens[i + d + 1], 'nhanh')) return 0;
  let k = i + d + 2;
  while (k < i + 8 + d && tokens[k]?.word && tokens[k]!.nl === 0 && (tokens[k]!.cap || /^\d+$/.test(tokens[k]!.f) || isWord(tokens[k], 'khu') || isWord(tokens[k], 'vuc'))) k++;
  return k > i + d + 2 ? k - i : 0;
}

/** "khu vực", "miền": words before a regional unit's region, folded, split. */
const REGION_WORDS: readonly (readonly string[])[] = vocab.regionWords.map((w) => w.split(' '));

/** Capitalized words a region's name holds at most ("Nam Trung Bộ", "Đồng bằng sông Cửu Long" is lower inside). */
const REGION_NAME_WORDS = 4;

/**
 * The region closing a regional unit's name: "khu vực XV", "khu vực 3", "khu vực Nam Trung Bộ", "miền Trung"
 * ("Kho bạc Nhà nước khu vực XV", "Chi cục Hải quan khu vực XII", "Tổng công ty Điện lực miền Trung", the 2025
 * reorganisation's names), on the name's line. The tokens to add at `end`, the name's end (which may already hold
 * the region's word, read as a lower-case name word), or 0.
 */
export function regionAt(tokens: readonly Token[], end: number): number {
  let at = -1;
  for (const w of REGION_WORDS) {
    if (end >= w.length && exactWordsAt(tokens, end - w.length, w)) at = end;
    else if (exactWordsAt(tokens, end, w) && tokens.slice(end + 1, end + w.length).every((x) => x.nl === 0)) at = end + w.length;
    if (at >= 0) break;
  }
  const n = tokens[at];
  if (!n?.word || n.nl > 0) return 0;
  if (/^\d{1,2}$/.test(n.f) || /^[IVXL]{1,6}$/.test(n.raw)) return at + 1 - end;
  let k = at;
  while (k < at + REGION_NAME_WORDS && nameWordOnLine(tokens[k])) k++;
  return k > at ? k - end : 0;
}

/** Complete bodies that are a unit of the body written after them ("Thanh tra Chính phủ"), folded. */
export const OWNED_COMPLETE_ORGS: readonly string[] = foldedPhrases(vocab.ownedCompleteOrgs);

/**
 * "Thanh tra Chính phủ", "Thanh tra Ngân hàng Nhà nước", "Thanh tra Bộ Xây dựng": the owner written right after a
 * complete body `[from, end)` that is also a unit of another (capitalized, on the same line): its token count, or 0.
 */
export function unitOwnerAt(tokens: readonly Token[], from: number, end: number): number {
  const t = tokens[end];
  if (!t?.word || !t.cap || t.nl > 0 || !OWNED_COMPLETE_ORGS.includes(tokens.slice(from, end).map((x) => x.f).join(' '))) return 0;
  const org = completeOrgAt(tokens, end);
  return org > 0 ? org + localityAt(tokens, end + org, true) : namedOwnerAt(tokens, end);
}

/**
 * A named body owning a group ("các đơn vị thuộc Bộ Nội vụ", "thuộc Sở Y tế"), or the issuing ministry or
 * department written by its head alone ("các đơn vị trực thuộc Bộ"): token count, or 0.
 */
export function namedOwnerAt(tokens: readonly Token[], i: number): number {
  const t = tokens[i];
  if (!t?.cap || !departmentHead(t)) return 0;
  const nm = longestMatch(tokens, i + 1, NAME_WORDS, true);
  if (nm && tokens[i + 1]!.cap) return 1 + nm.n + localityAt(tokens, i + 1 + nm.n, false);
  return 1;
}

/**
 * A complete body's name written bare and in sentence case, then a clause mark or a lower-case word (no place, no
 * name after it): its tokens, or 0.
 */
export function unplacedOrgAt(tokens: readonly Token[], i: number): number {
  const n = completeOrgAt(tokens, i);
  const next = tokens[i + n];
  // Written as a field is ("Bảo hiểm xã hội"), not as a proper name with capitals inside ("Kho bạc Nhà nước").
  if (n === 0 || !tokens[i]!.cap || tokens.slice(i + 1, i + n).some((x) => x.cap)) return 0;
  if (localityAt(tokens, i + n, false) > 0 || vietNamAt(tokens, i + n) > 0) return 0;
  return !next || (!next.word && next.raw !== '(') || (next.word && !next.cap) ? n : 0;
}

/** A named head at `i`; one that is a common word too only capitalized and written as itself ("Phòng Kinh tế"). */
export function namedHeadAt(tokens: readonly Token[], i: number): { p: Phrase; n: number } | null {
  const m = longestMatch(tokens, i, NAMED_HEADS, true);
  if (!m || !longestMatch(tokens, i, CAPITAL_HEADS, true) || m.n > 1) return m;
  return tokens[i]!.cap && tokens[i]!.raw.toLowerCase() === (m.p.shown[0] ?? '').toLowerCase() ? m : null;
}

/** A lower-case verb inside a capitalized name: no duty word, and a capitalized name word (no body's head) follows. */
export function nameVerbAt(tokens: readonly Token[], k: number): boolean {
  const verb = longestMatch(tokens, k, PREDICATE_STARTS, true);
  if (!verb || DUTIES_NOT_IN_NAMES.has(verb.p.words.join(' '))) return false;
  const next = tokens[k + verb.n];
  return !!next?.word && next.cap && !next.upper && completeOrgAt(tokens, k + verb.n) === 0 && !headWrittenAt(tokens, k + verb.n, NAMED_HEADS);
}


/** Whether `t`, read as the folded word `w`, is another word written cleanly with its own marks ("Bí" for "bo"). */
function otherSyllableWritten(t: Token, w: string): boolean {
  return t.f !== w && hasMarks(t.raw) && isVietnameseSyllable(t.raw);
}

/** "S&", "S6", "Sd" for Sở, "B6" for Bộ: only when a known name follows ("S& Ndi vu"). */
export function fuzzyShortHead(tokens: readonly Token[], k: number): { p: Phrase; n: number } | null {
  const t = tokens[k];
  if (!t?.word || t.f.length > 3 || !t.cap) return null;
  for (const [w, shown] of DEPARTMENT_HEADS) {
    // A word written cleanly with other marks is that word ("Bí thư" is no OCR-damaged "Bộ").
    if (!tokenFuzzy(t, w) || otherSyllableWritten(t, w)) continue;
    const nm = longestMatch(tokens, k + 1, NAME_WORDS, false, true);
    if (nm && nm.p.words[0]!.length > 2 && /^[A-ZĐÂĂÊÔƠƯ]/u.test(nm.p.shown[0] ?? '')) return { p: phrase(shown), n: 1 };
  }
  return null;
}
