/**
 * Lists of kinds ("sở, ban, ngành", "xã, phường, đặc khu") and the locality written after a complete body ("tỉnh
 * Quảng Ninh", "cấp tỉnh", "các xã, phường"). One module: a locality may be such a list, and a list ends where a
 * proper name that is no locality follows its kind.
 */
import { fold, hasMarks } from '../folding';
import {
  GENERIC_NOUNS,
  STANDALONE_GROUP_KINDS,
  COMMUNE_LEVELS,
  tokenFuzzy,
  longestMatch,
  type Phrase,
  type Token,
} from '../vocabulary';
import { IDIOM_GENERICS, LOCAL_UNITS, LOCALITY_GENERICS, MASS_KINDS } from './wordSets';
import { COMMA, headWrittenAt, isCac, isPredicateAt, isStopAt, isWord, otherWordWritten, phraseWrittenAt } from './words';
import { levelAt } from './levels';
import { centralTailAt, PROVINCES } from './localities';
import { anyoneList, crossesSector, fuzzyGeneric, schoolKind, schoolLevelAt, sharedKindAt } from './kinds';

/** "tỉnh" [Province] / "cấp tỉnh" / "các xã, phường" / "thành phố Hạ Long" after a complete body. */
export function localityAt(tokens: readonly Token[], i: number, allowGenericList: boolean): number {
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
  if (levelAt(tokens, i)) {
    // "cấp tỉnh, thành phố trực thuộc trung ương": the provinces' level.
    if (tokens[i + 1]!.f === 'tinh' && tokens[i + 2]?.raw === COMMA && isWord(tokens[i + 3], 'thanh') && isWord(tokens[i + 4], 'pho')) {
      const central = centralTailAt(tokens, i + 5);
      if (central > 0) return 5 + central;
    }
    // "cấp tỉnh, cấp xã": the body at each of these levels.
    let n = 2;
    while (tokens[i + n]?.raw === COMMA && levelAt(tokens, i + n + 1)) n += 3;
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
    // No place's name holds "và": in capitals ("THÀNH PHỐ VÀ ỦY BAN NHÂN DÂN XÃ") it joins the next body.
    while (n < 3 && tokens[k + n]?.word && tokens[k + n]!.cap && !(tokens[k + n]!.upper && !unitUpper) && !isWord(tokens[k + n], 'va') && !isPredicateAt(tokens, k + n)) n++;
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

/** A capitalized name right after a kind, on its line: no place, level or "Trung ương" ("các sở, ngành Thành phố"). */
function properNameAfterKind(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  if (!t?.word || !t.cap || t.upper || t.nl > 0 || isCac(t) || isStopAt(tokens, k)) return false;
  if (localityAt(tokens, k, false) > 0 || longestMatch(tokens, k, PROVINCES, true) || (isWord(t, 'trung') && isWord(tokens[k + 1], 'uong'))) return false;
  return !longestMatch(tokens, k, GENERIC_NOUNS, true);
}

/** Kinds joined by a comma at `i`, without "các" ("Sở, ban, ngành", "Sở, ngành"): a list of kinds, no one body. */
export function kindListAt(tokens: readonly Token[], i: number): boolean {
  const n = genericListAt(tokens, i, false);
  return n > 2 && tokens.slice(i, i + n).some((t) => t.raw === COMMA);
}

/**
 * A generic noun ("cơ quan", "thị ủy") at `i`, OCR-tolerant, unless its accented words are other words: "Thú y"
 * (veterinary, "Chi cục Chăn nuôi và Thú y") is no damaged "thị ủy".
 */
export function genericNounAt(tokens: readonly Token[], i: number): { p: Phrase; n: number } | null {
  const m = longestMatch(tokens, i, GENERIC_NOUNS, true);
  return m && m.n > 1 && otherWordWritten(tokens, i, m) ? null : m;
}

/** Generic nouns joined by commas: "sở, ban, ngành", "xã, phường, đặc khu". Returns token count. */
export function genericListAt(tokens: readonly Token[], i: number, localityOnly: boolean): number {
  const first = genericNounAt(tokens, i) ?? fuzzyGeneric(tokens, i);
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
