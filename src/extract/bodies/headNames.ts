/**
 * The name words after a named head ("Sở" -> "Nội vụ", "Ban Chỉ đạo Nhà nước về Du lịch", "Cục Cảnh sát ..., Bộ
 * Công an"). Whether a body starts after "và" or "về" is asked of the parser it is given (`parseBodyAt`), which
 * calls this module.
 */
import vocab from '../data/bodyVocabulary.json';
import { hasMarks } from '../folding';
import { kindAt } from '../documentKinds';
import {
  ABBREVIATIONS,
  GENERIC_NOUNS,
  HEAD_TITLES,
  NAME_WORDS,
  NAMED_HEADS,
  OFFICE_TITLES,
  ORG_ABBREVIATIONS,
  PLACE_ORGS,
  PREDICATE_STARTS,
  DUTIES_NOT_IN_NAMES,
  STOP_WORDS,
  NAME_ENDERS,
  LOWER_NAME_HEADS,
  tokenFuzzy,
  firstExactWordsAt,
  longestMatch,
  phrases,
  type Phrase,
  type Token,
} from '../vocabulary';
import { FIELD_CLOSED_HEADS, FIELD_NAMED_HEADS, LOCAL_COUNCILS, LOCAL_UNITS } from './wordSets';
import { type BodyParser, DASH, wrappedLineInName } from './bodyParse';
import { COMMA, functionWordAt, headWrittenAt, isCac, isPredicateAt, isStopAt, isWord, nameWordOnLine, spelledAsStopWord, unmarkedInMarkedText, writtenAs } from './words';
import { levelAt } from './levels';
import { bareProvinceAt, PROVINCES } from './localities';
import { genericNounAt, localityAt } from './genericLists';
import { abbreviationAt, completeOrgAt, departmentHead, unplacedOrgAt } from './heads';
import { committeeFieldAt } from './committeeFields';

/** "Ký tên", "Ký, ghi rõ họ tên": a form's instructions under a signature line, folded, split. */
const SIGNATURE_INSTRUCTIONS: readonly (readonly string[])[] = vocab.signatureInstructions.map((q) => q.split(' '));

/** A company's legal form written inside its name ("TNHH", "MTV", "CP"), as written. */
const COMPANY_FORMS: ReadonlySet<string> = new Set(vocab.companyForms);

/** What the head before a name lets the name be. */
export interface NameHead {
  /** The head takes a name in lower case, several words long ("Ban Chỉ đạo phòng thủ dân sự quốc gia"). */
  lowerName?: boolean;
  /** The head is a committee named by the field it steers, after "về" ("Ban Chỉ đạo Nhà nước về Du lịch"). */
  fieldNamed?: boolean;
}

/** Name words after a named head ("Sở" -> "Nội vụ"). Returns token count and whether all were known words. */
export function nameAt(tokens: readonly Token[], i: number, parseBody: BodyParser, { lowerName = false, fieldNamed = false }: NameHead = {}): { n: number; known: boolean; owner: number | null } {
  let k = i;
  let known = true;
  let lower = 0;
  let owner: number | null = null;
  let words = 0;
  // "Ban Chỉ đạo phòng thủ dân sự quốc gia": these heads take a name in lower case, several words long; so does a
  // ministry's unit ("Cục Kiểm soát thủ tục hành chính", "Cục Công nghiệp công nghệ thông tin").
  let maxLower = lowerName ? 6 : headWrittenAt(tokens, i - 1, MINISTRY_UNIT_HEADS) ? MINISTRY_UNIT_LOWER_WORDS : 3;
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
    if (words > 0 && t.word && !t.cap && t.f === 'va' && isStopAt(tokens, k) && !departmentHead(tokens[i - 1]) && fieldAfterVa(tokens, k + 1, parseBody)) {
      k++;
      continue;
    }
    // "Ban Chỉ đạo Nhà nước về Du lịch", "Hội đồng Quốc gia về Phát triển bền vững": a committee's field.
    if (fieldNamed && t.word && t.raw === 'về' && fieldNameAfterVe(tokens, k + 1, parseBody)) {
      // Its capitalized words are the field's, verbs included ("Phát triển bền vững").
      k += 2;
      while (nameWordOnLine(tokens[k])) k++;
      words++;
      lower = 0;
      known = false;
      continue;
    }
    // "Công ty TNHH MTV Cấp thoát nước": the company's legal form in capitals, then its name.
    if (t.word && t.upper && COMPANY_FORMS.has(t.raw) && tokens[k + 1]?.word && tokens[k + 1]!.cap && tokens[k + 1]!.nl === 0) {
      k++;
      continue;
    }
    const found = longestMatch(tokens, k, NAME_WORDS, false, true);
    // A look-alike match that takes in a function word written as such is no name ("Hà Nội và" is no "Nội vụ"); nor
    // is a lower-case word written with other marks than a one-word name's ("Bộ Tài chính đang xây dựng": no "Đảng"),
    // nor one written without marks in a text that keeps them ("phối hợp với Sở Tài chính thu thập": no "thuế").
    const otherWord = !!found && found.n === 1 && words > 0 && t.word && !t.cap && (!writtenAs(t, found.p) || unmarkedInMarkedText(tokens, t, found.p));
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
      // "Lao động - Thương binh": a dash inside a name, never a bullet opening the next line, unless the line before
      // broke the name itself (a hard-wrapped export: "Vụ trưởng Vụ Kế hoạch" / "- Tài chính, Thủ trưởng ...").
      if ((t.raw === '-' || t.raw === '–') && (t.nl === 0 || wrappedLineInName(tokens, k)) && words > 0 && tokens[k + 1]?.cap && !longestMatch(tokens, k + 1, GENERIC_NOUNS, true)) {
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
    if (words > 0 && levelAt(tokens, k)) {
      k += localityAt(tokens, k, false);
      break;
    }
    // Capitalized words continue a name; all-capital words (headings) only through the vocabulary.
    if (t.cap && !t.upper) {
      // "Báo Hải Phòng", "Đài Phát thanh - Truyền hình Quảng Nam", "Trường Đại học Nam Định": a province named bare
      // is read whole; one of its words alone is a head ("Phòng") or a verb written without marks ("Nam": "nắm").
      const province = bareProvinceAt(tokens, k);
      if (province > 1) {
        k += province;
        words++;
        known = false;
        lower = 0;
        continue;
      }
      // A name in a heading's capitals ends where the capitals do ("SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN Độc lập -
      // Tự do": a header's two columns read as one line by OCR).
      if (words > 0 && k >= 2 && cappedWord(tokens[k - 1]) && cappedWord(tokens[k - 2])) break;
      // "Phòng thủ dân sự" is a field ("Văn phòng Ban Chỉ huy Phòng thủ dân sự tỉnh"), no "Phòng" of a body.
      const defence = t.f === 'phong' && isWord(tokens[k + 1], 'thu');
      if (words > 0 && ((!defence && headWrittenAt(tokens, k, NAMED_HEADS) && !unmarkedFieldAt(tokens, k)) || headWrittenAt(tokens, k, HEAD_TITLES) || isCac(t))) break;
      // "Sở Y tế Cơ quan có thẩm quyền ...": a cell's next label ("Cơ quan", "Đơn vị") is no more of the name.
      if (words > 0 && /^(co quan|don vi)\b/.test(longestMatch(tokens, k, GENERIC_NOUNS, true)?.p.words.join(' ') ?? '')) break;
      // Right after the head, a capitalized word opens the name: no function word is written so mid-sentence
      // ("Hội đồng Thi đua", not "thì").
      if (isStopAt(tokens, k) && !(words === 0 && t.nl === 0 && !spelledAsStopWord(t))) break;
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
function fieldNameAfterVe(tokens: readonly Token[], i: number, parseBody: BodyParser): boolean {
  const t = tokens[i];
  // A wrapped line may part "về" from its field ("... Nhà nước về" / "Du lịch (gọi tắt là ...)").
  if (!t?.word || !t.cap || t.upper || t.nl > 1 || tokens[i - 1]!.nl > 0) return false;
  if (kindAt(tokens, i) || isStopAt(tokens, i) || isCac(t) || headWrittenAt(tokens, i, NAMED_HEADS) || completeOrgAt(tokens, i) > 0) return false;
  if (longestMatch(tokens, i, HEAD_TITLES, true) || longestMatch(tokens, i, OFFICE_TITLES, true) || longestMatch(tokens, i, PROVINCES, true)) return false;
  if (headWrittenAt(tokens, i, LOCAL_UNITS) || longestMatch(tokens, i, GENERIC_NOUNS, true)) return false;
  // A capitalized verb ("Phát triển") names a field here, mid-sentence.
  return parseBody(tokens, i, { bareGeneric: true }) === null;
}

/** Heads of a ministry's units, named in lower-case words too ("Cục Cảnh sát giao thông", "Vụ Pháp chế"). */
export const MINISTRY_UNIT_HEADS = phrases(vocab.ministryUnitHeads);
/** Lower-case words a ministry's unit is named by at most before its ministry. */
const MINISTRY_UNIT_WORDS = 10;
/** Lower-case words a ministry's unit is named by at most after its first capitalized word. */
const MINISTRY_UNIT_LOWER_WORDS = 6;

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
/** A word of a heading in capitals: two letters or more, all capitals (an abbreviation may stand in a name). */
function cappedWord(t: Token | undefined): boolean {
  return !!t?.word && t.upper && t.f.length > 1 && !ABBREVIATIONS[t.f];
}

/**
 * A head's word written without marks that, with the words after it, spells a field the vocabulary knows ("Vien thong"
 * of "Tập đoàn Bưu chính Viễn thông": with its marks "Viễn" is no "Viện"): more of the name, not the next body.
 */
function unmarkedFieldAt(tokens: readonly Token[], k: number): boolean {
  if (hasMarks(tokens[k]!.raw)) return false;
  const field = longestMatch(tokens, k, PLACE_ORGS, true) ?? longestMatch(tokens, k, NAME_WORDS, true);
  return !!field && field.n >= 2 && sameWords(tokens, k, field.n, field.p) && !headWrittenAt(tokens, k + field.n - 1, NAMED_HEADS);
}

function fieldAfterVa(tokens: readonly Token[], i: number, parseBody: BodyParser): boolean {
  const t = tokens[i];
  if (!t?.word || !t.cap || t.upper || t.nl > 0) return false;
  // Without marks a field's first word may read as a function word ("Tai chinh": "tại"); a field of two words or
  // more the vocabulary knows, written with its letters, is still a field.
  const field = hasMarks(t.raw) ? null : longestMatch(tokens, i, NAME_WORDS, true);
  const knownField = !!field && field.n >= 2 && sameWords(tokens, i, field.n, field.p);
  if (isPredicateAt(tokens, i) || (isStopAt(tokens, i) && !knownField) || isCac(t) || headWrittenAt(tokens, i, NAMED_HEADS) || completeOrgAt(tokens, i) > 0) return false;
  if (longestMatch(tokens, i, HEAD_TITLES, true) || longestMatch(tokens, i, OFFICE_TITLES, true) || longestMatch(tokens, i, PROVINCES, true)) return false;
  if (headWrittenAt(tokens, i, LOCAL_UNITS) || genericNounAt(tokens, i)) return false;
  return parseBody(tokens, i, { bareGeneric: true }) === null;
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
    if (x.f !== m.p.words[j] && functionWordAt(tokens, k + j)) return true;
  }
  return false;
}

/** Whether the `n` tokens at `k` are the phrase's words exactly, any dash for any dash ("Thi đua – Khen thưởng"). */
function sameWords(tokens: readonly Token[], k: number, n: number, p: Phrase): boolean {
  const dash = (w: string) => w.replace(/^[–—]$/, '-');
  return n === p.words.length && p.words.every((w, j) => dash(tokens[k + j]?.f ?? '') === dash(w));
}
