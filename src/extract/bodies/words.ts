/** Tests of one token or phrase as written: "các", a predicate, a function word, a head carrying its own marks. */
import { isVietnameseSyllable } from '../../text/vietnameseSyllable';
import vocab from '../data/bodyVocabulary.json';
import { fold, hasMarks } from '../folding';
import { GENERIC_OWNER_WRITTEN_LEVELS } from './wordSets';
import {
  firstExactWordsAt,
  marksLost,
  PREDICATE_STARTS,
  verbNounAt,
  NAME_STOP_WORDS,
  STOP_WORDS,
  STOP_WORD_SPELLINGS,
  tokenFuzzy,
  longestMatch,
  phraseAt,
  formTest,
  type Phrase,
  type Token,
} from '../vocabulary';

export const COMMA = ',';

export function isWord(t: Token | undefined, f: string): boolean {
  return !!t && t.word && t.f === f;
}

/** "các", also as OCR writes it ("C4c", "Céc", "cdc"). */
export function isCac(t: Token | undefined): boolean {
  return !!t && t.word && formTest(t, 'cac', cacLike);
}

function cacLike(f: string): boolean {
  return f === 'cac' || f === 'nhung' || /^c[ae4@&3d]c$/.test(f);
}

/**
 * Whether a predicate may start at token `i` at all, whatever its words fold to: a word, and not the level written
 * "cùng cấp" ("Thường trực HĐND cùng cấp", "Ủy ban kiểm tra cùng cấp"), which folds like the verb "cung cấp". The
 * guard both predicate tests share: the body parser's `isPredicateAt` (where a name stops) and the task stages'
 * `predicateAt` (tasks/document.ts: where a subject's predicate begins).
 */
export function mayStartPredicate(tokens: readonly Token[], i: number): boolean {
  return !!tokens[i]?.word && writtenLevelAt(tokens, i) === 0;
}

/**
 * A level written so at token `k` ("cùng cấp" of "Thường trực HĐND cùng cấp", "Ủy ban kiểm tra cùng cấp"): its
 * token count, or 0. Its folded form is the verb "cung cấp", so it is matched with its marks, and a name followed by
 * it is followed by no predicate.
 */
export function writtenLevelAt(tokens: readonly Token[], k: number): number {
  return firstExactWordsAt(tokens, k, GENERIC_OWNER_WRITTEN_LEVELS, 'written', true)?.length ?? 0;
}

/** A lower-case predicate starts at token `i` ("thực hiện", "tổ chức", "có trách nhiệm"), written as such. */
export function isPredicateAt(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (!t || !mayStartPredicate(tokens, i) || verbNounAt(tokens, i)) return false;
  const m = longestMatch(tokens, i, PREDICATE_STARTS, true);
  // A one-word verb written with other marks is another word: "cán bộ" is no "cần", "Thi đua" no "đưa"; so is
  // a word without marks spelled otherwise that is a syllable of its own ("Cạnh tranh" is no "trình").
  return m !== null && (m.p.words.length > 1 || (writtenAs(t, m.p) && !ownSyllable(t, m.p)));
}

/** An unmarked word that folds to another word than the phrase's and is a Vietnamese syllable as written. */
function ownSyllable(t: Token, p: Phrase): boolean {
  return !hasMarks(t.raw) && t.f !== p.words[0] && isVietnameseSyllable(t.raw);
}

/**
 * A preposition or conjunction at `i` (stopWords of bodyVocabulary.json) written as the data writes it
 * (stopWordSpellings): "chợ" (of "tổ chức quản lý chợ"), "tài" ("tài nguyên"), "tư" ("tư vấn") fold to "cho", "tai",
 * "tu" but are words of a name, and so is a word written without the marks the function word has: "cung" of "cung
 * cấp dịch vụ" is no "cùng", "nhu" of "nhu cầu" no "như". The task stages' test (a kind's qualifier, a group's
 * run-on words); a name's end (isStopAt) also reads a word without marks as the function word.
 */
export function functionWordAt(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  return !!t?.word && STOP_WORDS.has(t.f) && spelledAsStopWord(t);
}

/** `t` is written as the data writes the stop word it folds to ("của", not "cửa"). */
export function spelledAsStopWord(t: Token): boolean {
  return STOP_WORD_SPELLINGS[t.f]?.includes(t.raw.toLowerCase()) ?? false;
}

const FUZZY_STOPS = vocab.fuzzyStops;
/**
 * A word a body's name stops at: a function word (functionWordAt), "thuộc" or "trực", and, unlike functionWordAt,
 * any of them written without marks or as OCR damages them (at least four letters): in text OCR stripped of its
 * marks, "Sở Tài chính cua tỉnh" ends at "cua". Measured on the 1270 snapshot documents: read as written instead,
 * the bodies of 42 change (40 of the generated corpus, much of it without marks); functionWordAt read leniently
 * changes 6, cutting "đơn vị cung cấp dịch vụ công nghệ thông tin" at "cung", and read as written changes none.
 */
export function isStopAt(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (!t || !t.word) return false;
  // "hàng không" is a word of a name ("Tổng công ty Cảng hàng không Việt Nam"), no "không".
  if (t.f === 'khong' && isWord(tokens[i - 1], 'hang')) return false;
  if (functionWordAt(tokens, i) || (NAME_STOP_WORDS.has(t.f) && spelledAsStopWord(t))) return true;
  // A word written with other marks than the function word's is another word: "Quân đội" is not "đối",
  // "Tập đoàn Công nghiệp" not "cùng". Words without marks (OCR lost them) may still be either.
  if (hasMarks(t.raw)) return false;
  return STOP_WORDS.has(t.f) || NAME_STOP_WORDS.has(t.f) || (t.f.length >= 4 && FUZZY_STOPS.some((w) => tokenFuzzy(t, w)));
}

/**
 * A head (or title) at `i` as written: the word carries the head's own marks, or none (OCR lost them).
 * "Viễn thông" inside "Tập đoàn Bưu chính Viễn thông" is no "Viện".
 */
export function headWrittenAt(tokens: readonly Token[], i: number, list: readonly Phrase[]): boolean {
  const m = longestMatch(tokens, i, list, true);
  return !!m && writtenAs(tokens[i]!, m.p);
}

/** `headWrittenAt` for one phrase. */
export function phraseWrittenAt(tokens: readonly Token[], i: number, p: Phrase): boolean {
  return phraseAt(tokens, i, p, true) > 0 && writtenAs(tokens[i]!, p);
}

export function writtenAs(t: Token, p: Phrase): boolean {
  return !hasMarks(t.raw) || t.raw.toLowerCase() === (p.shown[0] ?? '').toLowerCase();
}

/**
 * `t` carries no marks where the phrase's word does, in a text that keeps its marks: a word of its own written in
 * full ("thu" collect, not "thuế"), which `writtenAs` lets pass for a text whose marks were stripped.
 */
export function unmarkedInMarkedText(tokens: readonly Token[], t: Token, p: Phrase): boolean {
  return !hasMarks(t.raw) && hasMarks(p.shown[0] ?? '') && !marksLost(tokens);
}

/**
 * A match whose words the writer accented cleanly but one: that one, a valid syllable folding to another word,
 * is the other word ("Cục Trồng" is no "Cục trưởng"). OCR damage ("Uy ban nhén dan") has no clean word beside.
 */
export function otherWordWritten(tokens: readonly Token[], i: number, m: { p: Phrase; n: number }): boolean {
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

/** A capitalized word (not a heading's capitals) on the line it continues: a word of a proper name running on. */
export function nameWordOnLine(x: Token | undefined): boolean {
  return !!x?.word && x.cap && !x.upper && x.nl === 0;
}
