/** What follows a group's nouns: its field ("về y tế"), competence, function, owner and locality, back-references. */
import vocab from '../data/bodyVocabulary.json';
import { hasMarks } from '../folding';
import {
  GENERIC_NOUNS,
  GROUP_MODIFIERS,
  HEAD_TITLES,
  NAME_WORDS,
  PREDICATE_STARTS,
  PROVINCE_PLACE_WORDS,
  STOP_WORDS,
  tokenFuzzy,
  exactWordsAt,
  firstExactWordsAt,
  longestMatch,
  type Token,
} from '../vocabulary';
import { CHAINED_MODIFIERS, LOCAL_UNITS } from './wordSets';
import { COMMA, headWrittenAt, isCac, isPredicateAt, isStopAt, isWord, phraseWrittenAt } from './words';
import { FOLDED_LEVEL_PATTERN, isLevelWord, levelAt } from './levels';
import { PROVINCES } from './localities';
import { genericListAt, localityAt } from './genericLists';
import { completeOrgAt, namedHeadAt, namedOwnerAt } from './heads';
import { MINISTRY_UNIT_HEADS } from './headNames';

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

/** "giải quyết TTHC": words naming a bare "cơ quan" or "đơn vị" by the procedures it settles, folded, split. */
const PROCEDURE_QUALIFIERS: readonly (readonly string[])[] = vocab.procedureQualifiers.map((q) => q.split(' '));

/** "có chức năng quản lý": folded, split. */
const FUNCTION_QUALIFIERS: readonly (readonly string[])[] = vocab.functionQualifiers.map((q) => q.split(' '));

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
    // The level closing the field, on its line ("cấp xã").
    if (levelAt(tokens, j) && tokens[j + 1]!.nl === 0) return j > k + q.length ? j + 2 - k : 0;
  }
  return 0;
}

/**
 * "cơ quan chức năng quản lý đất đai cấp xã", "cơ quan quản lý đất đai cấp xã": a folded key name written with a
 * shorter spelling of the function qualifier, then a field closed by its level, read as the full qualifier ("cơ quan
 * có chức năng quản lý đất đai cấp xã"), so a document's spellings of the body are one node. Other names unchanged.
 */
export function withFullFunctionQualifier(folded: string): string {
  return folded.replace(SHORT_FUNCTION_QUALIFIER, `$1 ${vocab.functionQualifiers[0]} $2`);
}

const SHORT_FUNCTION_QUALIFIER = new RegExp(
  `^(${vocab.functionQualifiedKinds.join('|')}) (?:${vocab.functionQualifierSpellings.join('|')}) (\\S.* ${FOLDED_LEVEL_PATTERN})$`,
);

/** Folded words pointing back to a body named earlier ("các tỉnh, thành phố nêu trên"). */
const BACK_REFERENCES: readonly (readonly string[])[] = vocab.backReferences.map((q) => q.split(' '));

/** The token after a back-reference at `k` ("nêu trên"), else `k`: the list's item ends there, its name before it. */
export function afterBackReference(tokens: readonly Token[], k: number): number {
  const ref = firstExactWordsAt(tokens, k, BACK_REFERENCES);
  return ref ? k + ref.length : k;
}

/** Folded words singling out members of the group before them ("..., nhất là các Bộ: ..."). */
const EMPHASIS_OPENERS: readonly (readonly string[])[] = vocab.emphasisOpeners.map((q) => q.split(' '));

/** The tokens of an emphasis opener at `k` ("nhất là"), 0 when there is none. */
export function emphasisAt(tokens: readonly Token[], k: number): number {
  return firstExactWordsAt(tokens, k, EMPHASIS_OPENERS)?.length ?? 0;
}

/** Words after a kind that "về" and the field the body serves go on from ("chuyên môn", "quản lý"), folded. */
const FIELD_SERVING_MODIFIERS: ReadonlySet<string> = new Set(vocab.fieldServingModifiers);

/**
 * Group modifiers, owners and localities after a group's nouns. `underCac`: the group opened with its own "các",
 * so modifiers a comma joins ("các đơn vị quân đội, công an") stay in its name.
 */
export function groupTailAt(tokens: readonly Token[], i: number, underCac = false): { n: number; owner: number | null } {
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
    const served = FIELD_SERVING_MODIFIERS.has(prev) ? fieldAfterVe(tokens, k) : 0;
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
    const found = longestMatch(tokens, k, GROUP_MODIFIERS, true);
    // A function word that opens no modifier is itself: "cơ quan, đơn vị liên quan và trong thời hạn ..." is no "vũ
    // trang" read loosely.
    const m = found && STOP_WORDS.has(tokens[k]!.f) && isStopAt(tokens, k) && tokens[k]!.f !== found.p.words[0] ? null : found;
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
        } else if (isLevelWord(tokens[k + m.n])) {
          // "các đơn vị thuộc tỉnh Nam Định": the province's name is the owner's, not the sentence's.
          k += m.n + Math.max(1, localityAt(tokens, k + m.n, false));
        } else if (isWord(tokens[k + m.n], 'trung') && isWord(tokens[k + m.n + 1], 'uong')) {
          k += m.n + 2;
        } else if (isWord(tokens[k + m.n], 'thanh') && isWord(tokens[k + m.n + 1], 'pho')) {
          // "các đơn vị trực thuộc thành phố Hà Nội và các cơ quan ...": the city's name too, so "và" starts the next body.
          k += m.n + Math.max(2, localityAt(tokens, k + m.n, false));
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
      // "đơn vị sự nghiệp công lập thuộc tỉnh Nam Định", "các đơn vị thuộc thành phố Hà Nội": the place's name too.
      if (PROVINCE_PLACE_WORDS.some((p) => w === p || w.endsWith(` ${p}`))) k += longestMatch(tokens, k, PROVINCES, true)?.n ?? 0;
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
    // "cấp ủy, chính quyền các xã, phường, đặc khu", "các cơ quan, đơn vị các huyện": the members of each such place.
    const places = localUnitsAt(tokens, k);
    if (places > 0) {
      k += places;
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

/**
 * Heads of bodies written alone and joined by commas ("Vụ, Cục", "Vụ, Cục, đơn vị"): the kinds of units of a
 * group, when the first is a head with no name after it; one head alone when its owner follows ("các Ủy ban của
 * Quốc hội"). Token count, or 0.
 */
export function unitKindsAt(tokens: readonly Token[], i: number): number {
  let k = i;
  let heads = 0;
  let items = 0;
  for (;;) {
    const head = tokens[k]?.cap ? namedHeadAt(tokens, k) : null;
    // "Vụ trưởng các Vụ, Cục trưởng Cục Đường bộ Việt Nam": a head's title after the comma opens the next body.
    if (head && items > 0 && (longestMatch(tokens, k, HEAD_TITLES, true)?.n ?? 0) > head.n) break;
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
  // "Văn phòng Đăng ký đất đai và các Chi nhánh trực thuộc có trách nhiệm ...": one kind of unit of the body named just
  // before, "trực thuộc" with no owner after it (as "các đơn vị trực thuộc").
  const ownUnits = items === 1 && !tokens[i]!.upper && isWord(after, 'truc') && isWord(tokens[k + 1], 'thuoc')
    && (!tokens[k + 2]?.word || isStopAt(tokens, k + 2) || isPredicateAt(tokens, k + 2));
  return heads > 0 && (items >= 2 || owned || units || ownUnits) ? k - i : 0;
}

/**
 * "các xã, phường, đặc khu", "các huyện": "các" and local units only, on one line: token count, or 0. A unit
 * named after them ("các xã Tịnh Sơn ...") is no level of places.
 */
function localUnitsAt(tokens: readonly Token[], i: number): number {
  if (!isCac(tokens[i]) || tokens[i]!.cap) return 0;
  let k = i + 1;
  for (;;) {
    const unit = tokens[k]?.nl === 0 ? longestMatch(tokens, k, LOCAL_UNITS, true) : null;
    if (!unit || !phraseWrittenAt(tokens, k, unit.p)) return 0;
    k += unit.n;
    if (tokens[k]?.raw !== COMMA || !longestMatch(tokens, k + 1, LOCAL_UNITS, true)) break;
    k++;
  }
  return tokens[k]?.word && tokens[k]!.cap ? 0 : k - i;
}
