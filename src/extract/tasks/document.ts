/**
 * The document as the task stages read it, and the token-level helpers they share: labels, sentence ends,
 * appositions, and which sections assess the past or assign responsibility.
 */
import { foldKeepLength } from '../folding';
import { BoundedMemo } from '../memo';
import { mayStartPredicate, parseBodyListAt, UNKNOWN_JURISDICTION, type BodyParse } from '../bodies';
import type { Section } from '../types';
import { documentTokens, exactWordsAt, longestMatch, PREDICATE_STARTS, spellingTest, tokenFuzzy, tokenize, writtenAs, type Phrase, type Token } from '../vocabulary';
import { ADVERBS, APPOSITION_WORDS, CAN_CU, FRONTED, ASSESSMENT_HEADING, DATE_WORDS, DEADLINE_OPENERS, DEFINITION_HEADINGS, DUTY_VERBS, RESPONSIBILITY_PREDICATES, SUBJECTS_HEADING, SUBJECTS_HEADING_JOINS, MEMBER_LIST_OPENERS, RESPONSIBILITY_HEADING, ROLE_NOUNS, SCOPE_OPENERS } from './phrases';
import type { TaskContext } from './index';
import words from './clauseWords.json';
import { addressedPlaceOf } from './addressedPlace';
import type { TaskDocument, Unit } from './types';

/** Tokenize and index a document once for all stages. */
export function readTaskDocument(text: string, sections: readonly Section[], ctx: TaskContext, shown = text): TaskDocument {
  if (shown.length !== text.length) throw new Error('readTaskDocument: the shown text must have the read text\'s offsets (same length).');
  const byPath = new Map<string, Section>();
  const children = new Map<string, Section[]>();
  for (const s of sections) {
    byPath.set(s.path, s);
    const key = s.parentPath ?? '';
    const list = children.get(key) ?? [];
    list.push(s);
    children.set(key, list);
  }
  return {
    text,
    shown,
    folded: foldKeepLength(text),
    tokens: documentTokens(text),
    sections,
    byPath,
    children,
    jurisdiction: ctx.jurisdiction ?? UNKNOWN_JURISDICTION,
    issuer: ctx.issuer ?? null,
    kind: ctx.kind ?? null,
    addressedPlace: addressedPlaceOf(ctx.title, ctx.jurisdiction),
    references: ctx.references,
    headingFolds: new Map(),
    delegating: new Map(),
    assessing: new Map(),
    scanStop: { from: -1, stop: -2 },
    formulaStarts: { at: null },
    letterReply: { answers: null },
  };
}

/**
 * `foldKeepLength(doc.text.slice(start, end))`, read off the document's fold: the fold is made code point by
 * code point, so a slice that cuts no surrogate pair folds to the same slice of the whole.
 */
export function foldedSlice(doc: TaskDocument, start: number, end: number): string {
  const lowSurrogate = (i: number) => {
    const c = doc.text.charCodeAt(i);
    return c >= 0xdc00 && c <= 0xdfff;
  };
  return lowSurrogate(start) || lowSurrogate(end) ? foldKeepLength(doc.text.slice(start, end)) : doc.folded.slice(start, end);
}

/** `wordsReading` of headings: documents repeat theirs ("Tổ chức thực hiện", "Điều 3."), and so do documents of a kind. */
const headingReadings = new BoundedMemo<string, string>(10_000);

/** `wordsReading(heading)` of a section, folded once per document. */
export function foldedHeading(doc: TaskDocument, s: Section): string {
  let f = doc.headingFolds.get(s);
  if (f === undefined) {
    f = headingReadings.get(s.heading ?? '', wordsReading);
    doc.headingFolds.set(s, f);
  }
  return f;
}

/**
 * A short text (a heading) folded and lower case, each word read as the tokens read it: OCR's look-alikes of a
 * damaged vowel repaired ("Nhiém vii va quyen han" reads "nhiem vu va quyen han", "Trach nhi€m" "trach nhiem"),
 * what lies between words folded as it is. Not of the same length as the text: for patterns, not offsets.
 */
export function wordsReading(text: string): string {
  let out = '';
  let last = 0;
  for (const t of tokenize(text)) {
    if (!t.word) continue;
    // Most words follow one plain space, its own fold: no slice to fold.
    const gap = t.start === last + 1 && text.charCodeAt(last) === 32 ? ' ' : foldKeepLength(text.slice(last, t.start)).toLowerCase();
    out += gap + t.f;
    last = t.end;
  }
  return out + foldKeepLength(text.slice(last)).toLowerCase();
}

export function skipLabel(doc: TaskDocument, from: number, to: number): number {
  const t = doc.tokens;
  let k = from;
  // "Điều 3.", "IV.", "3.1.", "(2)", "4)", "a)", "-".
  const first = t[k];
  if (!first) return k;
  if (spellingTest(first, 'articleWord', isArticleWord) && /^\d+$/.test(t[k + 1]?.raw ?? '')) {
    k += 2;
    if (t[k]?.raw === '.' || t[k]?.raw === ':') k++;
    return skipEmphasis(doc, k, to);
  }
  // "(2)", and the sub-items of a letter's points "(i)", "(ii)", "(iv)" or "(a)".
  if (first.raw === '(' && /^(\d+|[ivx]{1,4}|[a-zđ])$/.test(t[k + 1]?.raw ?? '') && t[k + 2]?.raw === ')') return k + 3;
  let j = k;
  while (j < to && j < k + 6 && (spellingTest(t[j]!, 'labelPart', isLabelPart) || t[j]!.raw === '.')) {
    if (t[j]!.raw === '.' && t[j + 1] && t[j + 1]!.start - t[j]!.end > 0) {
      j++;
      break;
    }
    j++;
  }
  if (j > k && (t[j - 1]!.raw === '.' || t[j]?.raw === ')' || t[j]?.raw === '-' || t[j]?.raw === '–')) {
    if (t[j]?.raw === ')' || t[j]?.raw === '-' || t[j]?.raw === '–') j++;
    return skipEmphasis(doc, j, to);
  }
  return skipJunk(doc, k, to);
}

/** "Điều" (OCR: "Pieu", "Djieu"), the word of an article's label. Each label is asked at every unit and clause: once per spelling. */
function isArticleWord(x: Token): boolean {
  return x.word && /^(dieu|pieu)$/.test(x.f.replace(/^dj/, 'd'));
}

/** A part of an item's number: "3", "IV", "a" (of "3.1.", "IV.", "a)"). */
function isLabelPart(x: Token): boolean {
  return /^(\d{1,2}|[IVXLl1]+|[a-zđ])$/.test(x.raw);
}

/**
 * The markdown emphasis that closes a bold or italic label ("**Điều 3. **Chánh Văn phòng ...", as DOCX exports write
 * every article): the text starts after it.
 */
function skipEmphasis(doc: TaskDocument, k: number, to: number): number {
  const t = doc.tokens;
  while (k < to && (t[k]!.raw === '*' || t[k]!.raw === '_')) k++;
  return k;
}

export function skipJunk(doc: TaskDocument, k: number, to: number): number {
  const t = doc.tokens;
  while (k < to && !t[k]!.word && /^[-+•–—~*“"'‘’(]$/.test(t[k]!.raw)) k++;
  return k;
}

/** A list separator: a comma or the word "và". */
export function isListSeparator(x: Token | undefined): boolean {
  return x?.raw === ',' || (!!x?.word && x.f === 'va');
}

export function endsSentence(doc: TaskDocument, i: number): boolean {
  const t = doc.tokens;
  const tok = t[i];
  if (!tok || tok.word) return false;
  if (tok.raw !== '.' && tok.raw !== '!' && tok.raw !== '?') return false;
  const next = t[i + 1];
  const prev = t[i - 1];
  if (!next) return true;
  // "10.000", "TP.HCM", "./.": not a sentence end.
  if (prev && next.start === tok.end && /\d$/.test(prev.raw) && /^\d/.test(next.raw)) return false;
  if (next.raw === '/') return true;
  if (next.word && !next.cap && !/^\d/.test(next.raw) && next.start === tok.end) return false;
  return true;
}

export function lastWordBefore(doc: TaskDocument, to: number): number {
  let k = to - 1;
  while (k > 0 && !doc.tokens[k]!.word) k--;
  return k;
}

// -------------------------------------------------------------------------------------------------------
// Roles

export function sentenceEnd(doc: TaskDocument, from: number, to: number): number {
  for (let k = from; k < to; k++) if (endsSentence(doc, k)) return k + 1;
  return to;
}

/**
 * A predicate at `k` before `end`, folded: a predicate phrase, a scope opener or a duty verb of the genre. Never
 * where no predicate may start (bodies' `mayStartPredicate`, the guard the body parser's `isPredicateAt` shares).
 */
export function predicateAt(doc: TaskDocument, k: number, end: number): boolean {
  if (k >= end || !mayStartPredicate(doc.tokens, k)) return false;
  return longestMatch(doc.tokens, k, PREDICATE_STARTS, true) !== null || longestMatch(doc.tokens, k, SCOPE_OPENERS, true) !== null || dutyVerbAt(doc, k);
}

/**
 * A predicate at `k`, also after an adverb in lower case ("trực tiếp kiểm tra"): for a duty whose subject is sure
 * (told by "Giao", or past a deadline), where an adverb cannot be the subject's qualifier ("Người đứng đầu cơ quan
 * trực tiếp sử dụng công chức").
 */
export function predicateAfterAdverb(doc: TaskDocument, k: number, end: number): boolean {
  if (predicateAt(doc, k, end)) return true;
  const x = doc.tokens[k];
  const adverb = !x?.word || x.cap ? null : longestMatch(doc.tokens, k, ADVERBS, true);
  return adverb !== null && predicateAt(doc, k + adverb.n, end);
}

/**
 * A duty follows a subject at `k`: a predicate (after an adverb perhaps) or a responsibility formula ("có trách
 * nhiệm", "chịu trách nhiệm"). What the readers that run a subject's name on (nameTail, placeTail) ask before they do.
 */
export function dutyFollowsAt(doc: TaskDocument, k: number, end: number): boolean {
  return predicateAfterAdverb(doc, k, end) || !!longestMatch(doc.tokens, k, RESPONSIBILITY_PREDICATES, true);
}

/**
 * A verb of the genre's duties at `k` (`dutyVerbs` in clauseWords.json), compared on the folded form but, where
 * the text has its marks, as written: "họp" (meet) is no "hợp", "tăng" no "tầng". Text OCR stripped of marks still
 * matches.
 */
export function dutyVerbAt(doc: TaskDocument, k: number): boolean {
  const t = doc.tokens;
  const m = longestMatch(t, k, DUTY_VERBS, true);
  if (!m) return false;
  const words = m.p.written;
  for (let n = 0; n < m.n; n++) {
    const x = t[k + n]!;
    if (x.f !== m.p.words[n]) return false;
    const raw = x.raw.toLowerCase();
    if (raw !== x.f && raw !== words[n]) return false;
  }
  return true;
}

/** Tokens of "là <role>," before a body's duty at most ("là cơ quan thường trực của Ban Chỉ đạo,"). */
const ROLE_APPOSITION_TOKENS = 14;

/**
 * "Giao Chính phủ, căn cứ vào Nghị quyết này và Đề án số 364/ĐA-CP ..., tổ chức việc xác định ...": a fronted phrase
 * ("căn cứ", "theo", "trên cơ sở", ...) set between commas after the bodies, their duty after it (issue 8,
 * twenty-first pass, theme A). The token after its closing comma when the duty follows there, else `k`. An opener
 * that is the start of a longer verb ("theo dõi") is that verb, not a phrase.
 */
function insertedPhraseEnd(doc: TaskDocument, k: number, end: number): number {
  const t = doc.tokens;
  // "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các Đoàn thể tỉnh bằng nhiều hình thức và phương pháp thích hợp,
  // tổ chức tuyên truyền ...": a means written as such ("bằng"), no comma before it.
  const x = t[k];
  const means = x?.word === true && MEANS_OPENERS.some((w) => writtenAs(t, x, w)) ? 1 : 0;
  if (t[k]?.raw !== ',' && means === 0) return k;
  const opener = means > 0 ? null : INSERTED_OPENERS.find((p) => exactWordsAt(t, k + 1, p.words));
  if (means === 0 && (!opener || (longestMatch(t, k + 1, PREDICATE_STARTS, true)?.n ?? 0) > opener.words.length)) return k;
  for (let j = k + (opener ? 1 + opener.words.length : means); j < end && j <= k + INSERTED_PHRASE_TOKENS; j++) {
    const x = t[j]!;
    if (x.word) continue;
    if (x.raw === ';' || x.raw === ':' || endsSentence(doc, j)) return k;
    if (x.raw === ',') return predicateAfterAdverb(doc, j + 1, end) ? j + 1 : k;
  }
  return k;
}

/** Words opening a means between the bodies and their duty, as written (clauseWords.json, meansOpeners). */
const MEANS_OPENERS: readonly string[] = words.meansOpeners.map((w) => w.normalize('NFC').toLowerCase());

/** Tokens such an inserted phrase holds at most (a basis citing a document with its number and date). */
const INSERTED_PHRASE_TOKENS = 45;
/** What opens an inserted phrase after its comma: a fronted phrase or a legal ground ("căn cứ"). */
const INSERTED_OPENERS: readonly Phrase[] = FRONTED.concat(CAN_CU);

/** "Sở Nội vụ - Cơ quan Thường trực ... chịu trách nhiệm": skip the apposition to the predicate. */
export function skipApposition(doc: TaskDocument, k: number, end: number): number {
  const t = doc.tokens;
  // "Hội đồng Dân tộc, ..., đại biểu Quốc hội tỉnh Điện Biên, trong phạm vi nhiệm vụ, quyền hạn của mình, giám sát ...":
  // a comma before the subject's scope; the scope itself opens the predicate (the role is read past it).
  if (t[k]?.raw === ',' && longestMatch(t, k + 1, SCOPE_OPENERS, true)) return k + 1;
  const inserted = insertedPhraseEnd(doc, k, end);
  if (inserted > k) return inserted;
  if (t[k]?.raw === '(') {
    for (let j = k + 1; j < end && j < k + 30; j++) if (t[j]!.raw === ')') return j + 1;
  }
  // "Giao Sở Nông nghiệp và Môi trường là cơ quan đầu mối, chủ trì, hướng dẫn ...": the role the body holds, then
  // its duty after the comma.
  if (t[k] !== undefined && writtenAs(t, t[k]!, 'là') && longestMatch(t, k + 1, ROLE_NOUNS, true)) {
    for (let j = k + 1; j < end && j <= k + ROLE_APPOSITION_TOKENS; j++) {
      if (t[j]!.word) continue;
      if (t[j]!.raw === ',' && predicateAt(doc, j + 1, end)) return j + 1;
      if (t[j]!.raw !== '-' && t[j]!.raw !== '(' && t[j]!.raw !== ')') break;
    }
  }
  // "Thường trực cấp ủy gồm bí thư, các phó bí thư, chỉ đạo kiểm tra ...": the members, then the duty after a comma.
  const members = t[k]?.word ? longestMatch(t, k, MEMBER_LIST_OPENERS, true) : null;
  if (members) {
    for (let j = k + members.n; j < end && j <= k + ROLE_APPOSITION_TOKENS; j++) {
      if (t[j]!.word) continue;
      if (t[j]!.raw !== ',') break;
      if (predicateAt(doc, j + 1, end)) return j + 1;
    }
  }
  // "Giao Phó Thủ tướng Chính phủ Trần Hồng Hà trước ngày 15 tháng 11 năm 2025 trực tiếp kiểm tra ...": a deadline
  // between the subject and its duty (a comma or bracket around it or not).
  const deadline = deadlineEnd(doc, k, end);
  if (deadline > k && predicateAfterAdverb(doc, deadline, end)) return deadline;
  if ((t[k]?.raw === '-' || t[k]?.raw === '–') && t[k + 1]?.word) {
    for (let j = k + 1; j < end && j < k + 25; j++) {
      if (endsSentence(doc, j) || t[j]!.raw === ';') break;
      if (j > k + 2 && predicateAt(doc, j, end) && !longestMatch(t, j, APPOSITION_WORDS, true)) return j;
    }
  }
  return k;
}

/**
 * The token after a deadline at `k` ("trước ngày 15/11/2025,", "(chậm nhất trong tháng 12 năm 2025)"): its opener,
 * then only numbers, date words and separators, then a closing comma or bracket. `k` when none is there.
 */
function deadlineEnd(doc: TaskDocument, k: number, end: number): number {
  const t = doc.tokens;
  let j = k;
  if (t[j]?.raw === ',' || t[j]?.raw === '(') j++;
  const m = longestMatch(t, j, DEADLINE_OPENERS, true);
  if (!m) return k;
  j += m.n;
  let numbers = 0;
  for (const stop = Math.min(end, j + DEADLINE_TOKENS); j < stop; j++) {
    const x = t[j]!;
    if (/^\d+$/.test(x.f)) numbers++;
    else if (!(x.word ? DATE_WORDS.has(x.f) : x.raw === '/' || x.raw === '-' || x.raw === '.')) break;
  }
  if (numbers === 0) return k;
  if (t[j]?.raw === ',' || t[j]?.raw === ')') j++;
  return j < end ? j : k;
}

/** Tokens of a deadline's date at most ("ngày 15 tháng 11 năm 2025" is 7). */
const DEADLINE_TOKENS = 10;

/**
 * Whether a section (or a part around it) assesses the past or defines scope and words: no duties there. A scope
 * heading covers every level below it, also an item naming bodies as a heading does (docs/extraction.md).
 */
export function isAssessment(doc: TaskDocument, s: Section | null): boolean {
  if (!s) return false;
  // Asked for every unit, and a section's units share its answer (and its parents'): once per section and
  // document, since the answer reads the parents the document's `byPath` finds.
  let r = doc.assessing.get(s);
  if (r === undefined) {
    const folded = foldedHeading(doc, s).trim();
    r = ASSESSMENT_HEADING.test(folded) || definesScope(folded) || isAssessment(doc, s.parentPath ? (doc.byPath.get(s.parentPath) ?? null) : null);
    doc.assessing.set(s, r);
  }
  return r;
}

/**
 * A heading that defines a text's scope ("Đối tượng áp dụng") or names only the subjects of a scheme ("Đối tượng
 * thi đua", "Đối tượng nộp phí"): the bodies listed under it are concerned, not given duties. A heading joining
 * another topic ("Đối tượng, nội dung thi đua", "Đối tượng và thời gian") heads parts that may set duties.
 */
function definesScope(folded: string): boolean {
  if (DEFINITION_HEADINGS.some((h) => folded.startsWith(h))) return true;
  // A subjects heading holds the noun's first word: most headings are turned away before being split into words.
  if (SUBJECTS_HEADING.length > 0 && !folded.includes(SUBJECTS_HEADING[0]!)) return false;
  const heading = folded.replace(/[^a-z0-9 ]+/g, (c) => (c === ',' ? ' , ' : ' ')).split(/\s+/).filter(Boolean);
  return SUBJECTS_HEADING.every((w, n) => heading[n] === w) && !heading.includes(',') && !SUBJECTS_HEADING_JOINS.some((j) => heading.includes(j));
}

// -------------------------------------------------------------------------------------------------------
// Actors named by headings

export function underResponsibility(doc: TaskDocument, s: Section): boolean {
  for (let cur = s.parentPath ? doc.byPath.get(s.parentPath) : undefined; cur; cur = cur.parentPath ? doc.byPath.get(cur.parentPath) : undefined) {
    if (RESPONSIBILITY_HEADING.test(foldedHeading(doc, cur))) return true;
  }
  return false;
}

export function hasListPunctuation(doc: TaskDocument, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (doc.tokens[i]!.raw === ';') return true;
  return false;
}


export function assignmentSection(doc: TaskDocument, u: Unit): string | null {
  let s = u.section;
  // Units before the first section (or of a document without sections) are cited at the document.
  if (!s) return '';
  while (s && (s.label.startsWith('(') || /^[a-zđ]$/.test(s.label)) && s.parentPath) s = doc.byPath.get(s.parentPath) ?? s;
  // The closing sentence of a part ("... chịu trách nhiệm triển khai thực hiện Kế hoạch này./.") speaks
  // for the whole part, even when it follows the part's last item.
  if (isClosing(doc, u) && s.parentPath && u.start > s.start) {
    let root: Section = s;
    while (root.parentPath) root = doc.byPath.get(root.parentPath) ?? root;
    if (root !== s) return root.path;
  }
  return s.path;
}

/**
 * A closing formula ("... triển khai thực hiện Kế hoạch này./.") speaks for the whole document. The text right
 * under a body's own heading that happens to end the document is that body's duty, not such a formula.
 */
/** The closing mark "./." (or "./") a text's last sentence ends with. */
export const ENDS_WITH_CLOSING_MARK = /\.\s*\/\s*\.?\s*$/;

export function isClosing(doc: TaskDocument, u: Unit): boolean {
  return !u.underTitle && ENDS_WITH_CLOSING_MARK.test(doc.text.slice(u.start, u.end));
}

/** Whether a unit ends in a colon: it announces the points below it ("... có trách nhiệm:", "... như sau:"). */
export function endsInColon(doc: TaskDocument, u: Unit): boolean {
  return doc.text.slice(u.start, u.end).trimEnd().endsWith(':');
}

export function tokenAt(doc: TaskDocument, offset: number): number {
  let lo = 0;
  let hi = doc.tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (doc.tokens[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The bodies listed in brackets after a group's name, "(Sở Tài chính, Ban quản lý Khu kinh tế ...)" or "(gồm
 * các Sở: Xây dựng, Công Thương)", when the bracket holds nothing else: `open` is the "(" token. Null otherwise.
 */
export function bracketMembers(doc: TaskDocument, open: number, end: number): BodyParse[] | null {
  return bracketAt(doc, open, end)?.members ?? null;
}

/** `bracketMembers` with the index of the closing ")". */
export function bracketAt(doc: TaskDocument, open: number, end: number): { members: BodyParse[]; close: number } | null {
  const t = doc.tokens;
  if (t[open]?.raw !== '(') return null;
  let k = open + 1;
  k += longestMatch(t, k, MEMBER_LIST_OPENERS, true)?.n ?? 0;
  if (t[k]?.raw === ':') k++;
  const list = parseBodyListAt(t, k);
  if (!list || list.to >= end || t[list.to]?.raw !== ')') return null;
  return { members: list.items, close: list.to };
}

/**
 * "đồng thời" at `i` (OCR-tolerant), which opens a clause of its own: asked at every word of a clause, the first
 * word's reading once per spelling.
 */
export function simultaneouslyAt(t: readonly Token[], i: number): boolean {
  const x = t[i];
  return x !== undefined && spellingTest(x, 'readsDong', readsDong) && tokenFuzzy(t[i + 1], 'thoi');
}

function readsDong(x: Token): boolean {
  return tokenFuzzy(x, 'dong');
}
