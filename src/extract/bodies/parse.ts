/**
 * Parsing one body phrase at a token (`parseBodyAt`, memoized per token array): a title, a head and its name, a
 * group and its tail, a managed or fund name.
 */
import vocab from '../data/bodyVocabulary.json';
import { fold, hasMarks } from '../folding';
import {
  COMPLETE_ORGS,
  GENERIC_NOUNS,
  HEAD_TITLES,
  NAME_WORDS,
  NAMED_HEADS,
  OFFICE_TITLES,
  PART_HEADS,
  COMMUNE_LEVELS,
  NAME_ENDERS,
  LOWER_NAME_HEADS,
  PLACE_ORGS,
  tokenFuzzy,
  exactWordsAt,
  firstExactWordsAt,
  exactLongestMatch,
  longestMatch,
  MEMO_MIN_TOKENS,
  PREDICATE_STARTS,
  tokenMemo,
  mayStartAt,
  spellingTest,
  phrase,
  type Token,
} from '../vocabulary';
import {
  DEPARTMENT_HEAD_WORDS,
  FIELD_NAMED_HEADS,
  GENERIC_OWNERS,
  LOCAL_UNITS,
  LOCALITY_GENERICS,
  OWNED_HEADS,
  SECTOR_KINDS,
} from './wordSets';
import { type BodyParse, finish, type ParseOptions, rawOf, wrappedLineInName } from './bodyParse';
import { COMMA, headWrittenAt, isCac, isPredicateAt, isStopAt, isWord, otherWordWritten, phraseWrittenAt, writtenAs } from './words';
import { bareProvinceAt } from './localities';
import { genericOwnerLevelAt } from './levels';
import { genericListAt, localityAt } from './genericLists';
import { personNameAt } from './persons';
import {
  branchAt,
  regionAt,
  completeOrgAt,
  fuzzyShortHead,
  isAbbreviation,
  namedHeadAt,
  nameVerbAt,
  placeOrgGroupAt,
  unitOwnerAt,
} from './heads';
import { groupTailAt, unitKindsAt } from './qualifiers';
import { nameAt } from './headNames';
import { fundNameAt } from './funds';
import { owningGroupEnd, partyCommitteeOwnerAt } from './partyCommittees';

const QUAN_LY = phrase('quản lý');

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
 * a new way in needs its first-word condition here too (tests/extract/bodies/bodyStarts.test.ts checks the two agree).
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
  // "Đồng chí Bộ trưởng Bộ Quốc phòng", "các đồng chí Bí thư Tỉnh ủy": an honorific before a title is no part of
  // the name.
  const honorific = honorificAt(tokens, k);
  if (honorific > 0 && tokens[k + honorific]?.cap && parseBodyAt(tokens, k + honorific, opts)) k += honorific;
  // "các vị đại biểu HĐND tỉnh": the council's members, addressed with respect; the delegates as without "các vị".
  else if (respectfulDelegatesAt(tokens, k) && parseBodyAt(tokens, k + 2, opts)) k += 2;
  const from = k;
  // "các Bộ trưởng, Thủ trưởng cơ quan ngang bộ, ...": the ministers stand for the ministries ("các Bộ").
  if (isCac(tokens[k]) && isWord(tokens[k + 1], 'bo') && isWord(tokens[k + 2], 'truong') && tokens[k + 1]!.cap) {
    const p = finish(tokens, from, k + 3, true, false, null, true);
    return p && { ...p, raw: 'các Bộ' };
  }
  let titled = false;
  let officeTitle = false;
  // "các trung tâm" is no OCR-damaged "Cục trưởng": "các" opens a group, never a title.
  // Nor is a name whose accented word is another word: "Chi cục Trồng trọt" is no "Chi cục trưởng".
  const titleAt = longestMatch(tokens, k, HEAD_TITLES, true);
  const head = titleAt && ((tokens[k]!.f === 'cac' && titleAt.p.words[0] !== 'cac') || otherWordWritten(tokens, k, titleAt)) ? null : titleAt;
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
      // "Chánh Văn phòng Bộ, Vụ trưởng, Cục trưởng, Người đứng đầu ... quy định ...": a unit head's title alone, the
      // list or the duty going on after it, stands for that kind of the ministry's units.
      const unitKind = BARE_UNIT_HEADS.get(w);
      const after = tokens[k + head.n];
      if (unitKind && writtenAs(tokens[k]!, head.p) && after && after.nl === 0) {
        const { link, owner } = vocab.bareUnitHeadTitles;
        if (after.raw === COMMA || after.raw === ';' || isWord(after, 'va') || bareTitleDutyAt(tokens, k + head.n)) {
          const p = finish(tokens, from, k + head.n, true, false, null, true);
          return p && { ...p, raw: `${unitKind} ${link} ${owner}` };
        }
        // "Cục trưởng, Vụ trưởng thuộc Bộ Y tế": the ministry written after the title.
        const ministry = isWord(after, BARE_UNIT_LINK) && tokens[k + head.n + 1]?.cap ? parseBodyAt(tokens, k + head.n + 1) : null;
        if (ministry && ministry.from === k + head.n + 1 && !ministry.group && isWord(tokens[ministry.from], fold(owner).toLowerCase())) {
          const end = ministry.to;
          const p = finish(tokens, from, end, true, false, rawOf(tokens, k + head.n + 1, end), true);
          return p && { ...p, raw: `${unitKind} ${link} ${rawOf(tokens, k + head.n + 1, end)}` };
        }
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
    // "Tổ chức, cá nhân quản lý khu vực công cộng có trách nhiệm ...": a kind spelt as a verb ("tổ chức") is
    // capitalized where it opens an item, and the comma after it, before the next kind, says it is the kind (the verb
    // takes its object there, no comma). A head with a name ("Ban quản lý dự án, nhà thầu") stays a head.
    const kindListed =
      !!kind && !!exactLongestMatch(tokens, k, PREDICATE_STARTS) && tokens[k + kind.n]?.raw === COMMA && !!longestMatch(tokens, k + kind.n + 1, GENERIC_NOUNS, true);
    const lowerKind = !!namedHead && !!kind && kind.n > namedHead.n && (!t.cap || SECTOR_KINDS.has(kind.p.words.join(' ')) || kindListed);
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

  // "Phó Thủ tướng Trần Hồng Hà": an office held by one person, named by the person ("Chính phủ" left out).
  const premier = !titled ? premierAt(tokens, k) : 0;
  const holder = premier > 0 ? personNameAt(tokens, k + premier) : 0;
  if (holder > 0) return finish(tokens, from, k + premier + holder, false, false, null, true);

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
    // "Đảng ủy các cơ quan Đảng tỉnh" is one committee, no group, though "các" is in its name.
    const party = end === k + complete ? partyCommitteeOwnerAt(tokens, k, end, ownerBodyAt) : 0;
    end += party;
    end += branchAt(tokens, end);
    if (loc === 0) end += regionAt(tokens, end);
    // "Phó Thủ tướng Chính phủ Trần Hồng Hà": an office held by one person, named after it.
    if (/^(pho )?thu tuong chinh phu$/.test(tokens.slice(k, end).filter((x) => x.word).map((x) => x.f).join(' '))) end += personNameAt(tokens, end);
    const group = party === 0 && tokens.slice(k, end).some((x) => isCac(x));
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
    // "Quân khu 4", "Quân đoàn 12": a number names the body.
    if (NUMBERED_HEADS.has(headWords) && numberAt(tokens, k + named.n)) {
      // "Ban Chỉ đạo 35 Tỉnh ủy", "Ban Chỉ đạo 389 tỉnh": the body or the place the numbered body belongs to.
      const end = k + named.n + 1;
      const owner = tokens[end]?.cap ? ownerBodyAt(tokens, end) : null;
      // "Ban chỉ đạo 35 các cấp": the body at every level, one name as the number's own branch read it before.
      const levels = isCac(tokens[end]) && isWord(tokens[end + 1], 'cap') ? 2 : 0;
      return finish(tokens, from, owner ? owner.to : end + (levels || localityAt(tokens, end, false)), false, false, owner ? owner.raw : null, true);
    }
    // "Quỹ đầu tư phát triển Thành phố", "Quỹ nhà ở quốc gia": a fund is named by its purpose in lower-case words,
    // verbs included, up to the place it serves; "Quỹ" written with its marks ("Quy chuẩn kỹ thuật quốc gia" is none).
    if (headWords === 'quy' && hasMarks(t.raw) && writtenAs(t, named.p)) {
      const fund = fundNameAt(tokens, k + named.n);
      if (fund > 0) return finish(tokens, from, k + named.n + fund, false, false, null, true);
    }
    const nm = nameAt(tokens, k + named.n, parseBodyAt, {
      lowerName: headWrittenAt(tokens, k, LOWER_NAME_HEADS) && longestMatch(tokens, k, LOWER_NAME_HEADS, true)!.n === named.n,
      fieldNamed: headWrittenAt(tokens, k, FIELD_NAMED_HEADS) && longestMatch(tokens, k, FIELD_NAMED_HEADS, true)!.n === named.n,
    });
    if (nm.n === 0) {
      // "Ban Quản lý dự án": a head whose common-noun name the vocabulary knows in full.
      const generic = longestMatch(tokens, k, GENERIC_NOUNS, true);
      if (generic && generic.n >= named.n + 2) return finish(tokens, from, k + generic.n + localityAt(tokens, k + generic.n, false), false, false, null, true);
      // "Ủy ban Kiểm tra các cấp", "Ban Chỉ đạo các cấp": the body at every level.
      if (isCac(tokens[k + named.n]) && isWord(tokens[k + named.n + 1], 'cap')) return finish(tokens, from, k + named.n + 2, true, false, null, true);
      const genericOwner = OWNED_HEADS.has(headWords) && !titled ? genericOwnerAt(tokens, k + named.n) : 0;
      if (genericOwner > 0) return finish(tokens, from, k + named.n + genericOwner, false, false, rawOf(tokens, k + named.n, k + named.n + genericOwner), true);
      // "Ban Thường vụ các huyện ủy, thị ủy, thành ủy": the standing part of each body of a group, one group.
      const groupEnd = (OWNED_HEADS.has(headWords) || PART_HEADS.has(headWords)) && !titled ? owningGroupEnd(tokens, k + named.n, false, parseBodyAt) : 0;
      if (groupEnd > 0) return finish(tokens, from, groupEnd, true, false, rawOf(tokens, k + named.n, groupEnd), true);
      if (PART_HEADS.has(headWords) && !titled) return finish(tokens, from, k + named.n, false, true, null, true);
      // "Tổ công tác", "Ban Chỉ đạo" name a body by themselves in context (written plainly, not guessed).
      const exact = exactWordsAt(tokens, k, named.p.words);
      // ... unless the head alone is a kind of body ("Ban Quản lý", "Tập đoàn", "Hợp tác xã").
      const kind = longestMatch(tokens, k, GENERIC_NOUNS, true)?.n === named.n;
      // "Bộ đội Biên phòng tỉnh": with the province it serves.
      const province = tokenFuzzy(tokens[k + named.n], 'tinh') && !isWord(tokens[k + named.n + 1], 'uy') ? localityAt(tokens, k + named.n, true) : 0;
      if (named.p.words.length > 1 && !PART_HEADS.has(headWords) && exact && !kind) return finish(tokens, from, k + named.n + province, false, false, null, true);
      return null;
    }
    // "Thường trực", "Đảng đoàn", "Ban cán sự đảng" belong to an owner ("Thường trực HĐND tỉnh"); without
    // one ("Cơ quan Thường trực công tác cải cách hành chính") they name no body.
    if (OWNED_HEADS.has(headWords) && nm.owner === null) {
      const owner = titled ? null : ownerBodyAt(tokens, k + named.n);
      if (owner) return finish(tokens, from, owner.to, false, false, owner.raw, owner.known);
      const groupEnd = titled ? 0 : owningGroupEnd(tokens, k + named.n, false, parseBodyAt);
      if (groupEnd > 0) return finish(tokens, from, groupEnd, true, false, rawOf(tokens, k + named.n, groupEnd), true);
      return titled ? null : finish(tokens, from, k + named.n, false, true, null, true);
    }
    const nameEnd = k + named.n + nm.n;
    // "Chi cục Hải quan khu vực XII": a regional unit's region; "Bộ Tư lệnh Quân khu 4": a numbered body's number.
    const numbered = NUMBERED_HEADS.has(tokens.slice(nameEnd - 2, nameEnd).map((x) => x.f).join(' ')) && numberAt(tokens, nameEnd) ? 1 : 0;
    const end = nameEnd + (numbered || regionAt(tokens, nameEnd));
    const groupEnd = headWords === 'ban' && nm.owner === null && !titled && end === nameEnd ? owningGroupEnd(tokens, end, true, parseBodyAt) : 0;
    if (groupEnd > 0) return finish(tokens, from, groupEnd, true, false, rawOf(tokens, end, groupEnd), nm.known);
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
 * The body a standing part belongs to, written right after it and read as a body on its own: "Thường trực Đảng ủy
 * xã", "Ban Thường vụ Đảng ủy phường", "Thường trực Ban Chỉ đạo tỉnh". The name reader knows owners that are complete
 * bodies ("Thường trực Tỉnh ủy", "Thường trực HĐND tỉnh"); a Party committee or a steering committee named by its
 * level was left bare, awaiting an owner it already had.
 */
function ownerBodyAt(tokens: readonly Token[], k: number): BodyParse | null {
  if (tokens[k]?.nl) return null;
  const owner = parseBodyAt(tokens, k);
  return owner && owner.from === k && !owner.bare && !owner.group ? owner : null;
}

/**
 * "Thường trực cấp ủy quyết định ...", "Ban Thường vụ cấp ủy cấp trên trực tiếp": the Party committee of whichever
 * level applies the text, owning a standing part written before it, with the level that says which; on the part's
 * line. Token count, or 0.
 */
function genericOwnerAt(tokens: readonly Token[], k: number): number {
  const owner = firstExactWordsAt(tokens, k, GENERIC_OWNERS, 'folded', true);
  if (!owner) return 0;
  return owner.length + genericOwnerLevelAt(tokens, k + owner.length);
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
      if ((t.raw === '-' || t.raw === '–') && (t.nl === 0 || wrappedLineInName(tokens, k)) && words > 0 && tokens[k + 1]?.cap) {
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
 * A lower-case word after a unit head's title written alone that starts its duty ("Vụ trưởng quyết định ...",
 * "Cục trưởng có trách nhiệm ..."): no group ("các Vụ"), owner ("thuộc", "của"), level or function word, which
 * would make the title a part of a longer name.
 */
function bareTitleDutyAt(tokens: readonly Token[], k: number): boolean {
  const x = tokens[k];
  if (!x?.word || x.cap || isCac(x) || isStopAt(tokens, k)) return false;
  return !['thuoc', 'cua', 'cap', 'truc'].includes(x.f);
}

/** "đồng chí", "các đồng chí" at `k`, written so: its token count, or 0. */
function honorificAt(tokens: readonly Token[], k: number): number {
  const cac = isCac(tokens[k]) ? 1 : 0;
  const t = tokens[k + cac];
  // Written with its marks, or without any ("Dong chi"): "dòng" or "đông" is another word.
  const dong = !!t?.word && t.f === 'dong' && (!hasMarks(t.raw) || t.raw.toLowerCase() === 'đồng');
  return dong && isWord(tokens[k + cac + 1], 'chi') ? cac + 2 : 0;
}

/** "các vị" before "đại biểu" at `k` ("vị" written with its marks, or without any). */
function respectfulDelegatesAt(tokens: readonly Token[], k: number): boolean {
  const vi = tokens[k + 1];
  const written = !!vi?.word && vi.f === 'vi' && (!hasMarks(vi.raw) || vi.raw.toLowerCase() === 'vị');
  return written && isCac(tokens[k]) && isWord(tokens[k + 2], 'dai') && isWord(tokens[k + 3], 'bieu');
}

/** Heads of bodies named by a number ("Quân khu 4"), folded. */
const NUMBERED_HEADS: ReadonlySet<string> = new Set(vocab.numberedHeads);
/** A ministry's unit head's title written alone, folded, and the kind of unit it stands for ("Vụ"). */
const BARE_UNIT_HEADS: ReadonlyMap<string, string> = new Map(Object.entries(vocab.bareUnitHeadTitles.titles).map(([title, kind]) => [fold(title), kind]));
const BARE_UNIT_LINK = fold(vocab.bareUnitHeadTitles.link);

/** A body's number at `k` on its name's line ("4" in "Quân khu 4"). */
function numberAt(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  return !!t?.word && t.nl === 0 && /^\d{1,3}$/.test(t.f);
}

/**
 * "Thủ tướng", "Phó Thủ tướng" at `k`, capitalized as a title in running text (a signature's "PHÓ THỦ TƯỚNG" over
 * the signer's name is no body): its token count, or 0.
 */
function premierAt(tokens: readonly Token[], k: number): number {
  const title = (x: Token | undefined) => !!x && x.cap && !x.upper;
  const pho = isWord(tokens[k], 'pho') && title(tokens[k]) ? 1 : 0;
  return isWord(tokens[k + pho], 'thu') && title(tokens[k + pho]) && isWord(tokens[k + pho + 1], 'tuong') ? pho + 2 : 0;
}
