/**
 * The closing article of a decision, a resolution or a circular: "Chánh Văn phòng UBND thành phố; Giám đốc các
 * Sở: Nội vụ, Tư pháp, Tài chính; Chủ tịch UBND các xã, phường thuộc vùng đồng bào dân tộc thiểu số và miền núi;
 * Thủ trưởng các đơn vị liên quan, chịu trách nhiệm thi hành Quyết định này./.". Everything before the formula
 * ("chịu / có trách nhiệm (tổ chức) thi hành / thực hiện <văn bản> này") names who carries the text out, so
 * the list is read leniently, as annotators read it: the words the body parser leaves between two bodies
 * belong to the body before them ("Vụ Tổ chức" + "cán bộ", "Cục Quản lý Khám" + ", chữa bệnh", "các xã, phường"
 * + "thuộc vùng ..."), or join the body they run into ("Thủ trưởng các Vụ, Cục thuộc" + "Bộ Y tế"); a comma or
 * "và" separates two bodies only when a body starts after it.
 */
import { isCac, parseBodyListAt, type BodyParse } from '../bodies';
import { exactWordsAt, HEAD_TITLES, exactLongestMatch, longestMatch, phrases, PREDICATE_STARTS, verbNounAt } from '../vocabulary';
import { endsSentence, isListSeparator } from './document';
import { ASSIGN_TRIGGERS, EXECUTED_DOCUMENTS, EXECUTION_DUTIES, OTHER_PARTIES, RESPONSIBILITY_PREDICATES } from './phrases';
import type { Actor, TaskDocument } from './types';
import { fold, hasMarks } from '../folding';
import words from './clauseWords.json';

/** Tokens a closing article's list of bodies holds at most before its formula. */
const MAX_SUBJECT_TOKENS = 160;

/**
 * The bodies of a closing article whose list starts at `i` and the token where its formula starts, or null when
 * the sentence from `i` does not end in the formula or names no body there.
 */
export function closingSubjects(doc: TaskDocument, i: number, end: number): { actors: Actor[]; predAt: number } | null {
  const predAt = formulaAt(doc, i, end);
  if (predAt < 0) return null;
  const actors = listedBodies(doc, i, predAt);
  return actors.length > 0 ? { actors, predAt } : null;
}

/** Where the formula "chịu trách nhiệm thi hành Quyết định này" starts in the sentence from `i`, or -1. */
function formulaAt(doc: TaskDocument, i: number, end: number): number {
  // Asked for every clause subject: where the formula's words stand nowhere within reach, no scan can find it.
  if (!formulaWithin(doc, i + 1, Math.min(end, i + MAX_SUBJECT_TOKENS))) return -1;
  // Only the first token where the scan can stop decides: every other token is passed over.
  const k = nextScanStop(doc, i + 1);
  if (k >= end || k >= i + MAX_SUBJECT_TOKENS) return -1;
  if (endsSentence(doc, k)) return -1;
  // "Ủy ban nhân dân tỉnh yêu cầu Thủ trưởng các sở, ...": the speaker assigns; its objects are the list (see clauses.ts).
  if (assignsAt(doc, k)) return -1;
  // "Thủ trưởng các đơn vị liên quan, chịu trách nhiệm ...": the comma closes the list.
  return formulaWordsAt(doc.tokens, k) ? k : -1;
}

/** "chịu trách nhiệm thi hành Quyết định này": the formula's words at `k`, whatever stands before them. */
export function formulaWordsAt(t: TaskDocument['tokens'], k: number): boolean {
  const duty = longestMatch(t, k, RESPONSIBILITY_PREDICATES, true);
  if (!duty) return false;
  const exec = longestMatch(t, k + duty.n, EXECUTION_DUTIES, true);
  if (!exec) return false;
  const doc2 = longestMatch(t, k + duty.n + exec.n, EXECUTED_DOCUMENTS, true);
  return !!doc2 && t[k + duty.n + exec.n + doc2.n]?.f === 'nay';
}

/**
 * Whether the formula's words start at some token in [from, to). Where they stand is found once per document:
 * a closing article holds them once, and most clause subjects have none within reach, so their scans are spared.
 */
function formulaWithin(doc: TaskDocument, from: number, to: number): boolean {
  let at = doc.formulaStarts.at;
  if (at === null) doc.formulaStarts.at = at = formulaStarts(doc.tokens);
  for (const k of at) if (k >= from && k < to) return true;
  return false;
}

/**
 * Every token where `formulaWordsAt` holds. The formula ends in "này" at most FORMULA_TOKENS after its start (a
 * phrase matches as many tokens as it has words), so only the tokens that far before a "này" are tried.
 */
export function formulaStarts(t: TaskDocument['tokens']): number[] {
  const found: number[] = [];
  let next = 0;
  for (let q = 0; q < t.length; q++) {
    if (t[q]!.f !== 'nay') continue;
    for (let k = Math.max(next, q - FORMULA_TOKENS); k < q; k++) if (formulaWordsAt(t, k)) found.push(k);
    next = q;
  }
  return found;
}

/** Tokens of the longest formula before its "này": the longest phrase of each of its three lists. */
const FORMULA_TOKENS = [RESPONSIBILITY_PREDICATES, EXECUTION_DUTIES, EXECUTED_DOCUMENTS].reduce((n, list) => n + Math.max(...list.map((p) => p.words.length)), 0);

/** Whether `formulaAt`'s scan stops at token `k`: a sentence end, an assigning verb, or a responsibility predicate. */
function stopsScan(doc: TaskDocument, k: number): boolean {
  const x = doc.tokens[k]!;
  if (!x.word) return endsSentence(doc, k);
  return assignsAt(doc, k) || !!longestMatch(doc.tokens, k, RESPONSIBILITY_PREDICATES, true);
}

/**
 * An assigning verb in lower case at `k` ("yêu cầu", "giao"): a one-word verb only as written, or without marks as
 * OCR leaves it, so a name's word is none ("Cục Nhà giáo và Cán bộ quản lý giáo dục", "Tôn giáo", "công trình giao thông").
 */
function assignsAt(doc: TaskDocument, k: number): boolean {
  const x = doc.tokens[k]!;
  if (!x.word || x.cap || verbNounAt(doc.tokens, k)) return false;
  const m = longestMatch(doc.tokens, k, ASSIGN_TRIGGERS, true);
  return !!m && (m.n > 1 || !hasMarks(x.raw) || x.raw.toLowerCase() === m.p.shown[0]!.toLowerCase());
}

/**
 * The first token at or after `k` where `formulaAt`'s scan stops (the token count when none, `k` plus the scan's
 * limit when none comes before that). A unit's clause subjects are tried one after another and their scans
 * overlap: the last stop found and where its scan began (`TaskDocument.scanStop`) answer every later start
 * between the two at once.
 */
function nextScanStop(doc: TaskDocument, k: number): number {
  const known = doc.scanStop;
  if (k >= known.from && k <= known.stop) return known.stop;
  const n = doc.tokens.length;
  // No further than any scan reads: a token that far is past every limit (and, being maybe no stop, not kept).
  const limit = k + MAX_SUBJECT_TOKENS;
  let j = k;
  while (j < n && j < limit && !stopsScan(doc, j)) j++;
  if (j === limit) return j;
  known.from = k;
  known.stop = j;
  return j;
}

const OFFICE_TITLE = words.ministryOffice.title.split(' ').map((w) => fold(w).toLowerCase());
const OFFICE_ISSUER = fold(words.ministryOffice.issuer).toLowerCase();

/**
 * "Chánh Văn phòng, Cục trưởng Cục ..." in a ministry's text: the head of the office written alone, right before a
 * separator, stands for the ministry's office ("Văn phòng Bộ"). Null elsewhere (a UBND's "Chánh Văn phòng UBND tỉnh"
 * is read by the body parser).
 */
export function ministryOfficeAt(doc: TaskDocument, k: number): BodyParse | null {
  const t = doc.tokens;
  // The title's words first: asked at every clause start, they fail at once where the issuer would be folded.
  if (!t[k]?.cap || !exactWordsAt(t, k, OFFICE_TITLE)) return null;
  const issuer = fold(doc.issuer ?? '').toLowerCase();
  if (!issuer.startsWith(`${OFFICE_ISSUER} `)) return null;
  const last = k + OFFICE_TITLE.length - 1;
  const next = t[last + 1]?.raw;
  if (next !== ',' && next !== ';') return null;
  return { from: k, to: last + 1, start: t[k]!.start, end: t[last]!.end, raw: words.ministryOffice.name, group: false, bare: false, owner: null, known: true };
}

/** One body as the closing list names it: tokens [from, to) and the parse it grew from (none: words only). */
interface Listed {
  from: number;
  to: number;
  parse: BodyParse | null;
}

/**
 * The bodies named in [from, to). The list is read in chunks between separators (";", ":", and "," or "và"
 * before another body, a head's title or another party); a chunk is one body, or several when the parser reads
 * a list there ("Giám đốc các Sở: Nội vụ, Tư pháp"), with the words the parser left inside the chunk.
 */
function listedBodies(doc: TaskDocument, from: number, to: number): Actor[] {
  const t = doc.tokens;
  const out: Listed[] = [];
  // The body the chunk's words run on with, or the words waiting for one ("Thủ trưởng các Vụ, Cục thuộc" before
  // "Bộ Y tế"); after a verb or another party the rest of the chunk names nothing.
  let open: Listed | null = null;
  let stopped = false;
  // After "việc" or "chức năng" the words name an activity ("liên quan đến việc thực hiện sắp xếp", "có chức năng đào
  // tạo, bồi dưỡng"): its verbs stop nothing.
  let activity = false;
  const separate = (stop: boolean) => {
    open = null;
    stopped = stop;
    activity = false;
  };
  for (let k = from; k < to; ) {
    const x = t[k]!;
    if (x.raw === ';') {
      separate(false);
      k++;
      continue;
    }
    // "Thủ trưởng các cơ quan, đơn vị: Văn phòng UBND tỉnh, Sở Tài chính": the members stand for the group.
    if (x.raw === ':') {
      const last = out[out.length - 1];
      if (open && last === open && last.parse?.group && last.to === k && startsBody(doc, k + 1, to)) out.pop();
      separate(false);
      k++;
      continue;
    }
    const office = stopped || open ? null : ministryOfficeAt(doc, k);
    if (office) {
      out.push({ from: office.from, to: office.to, parse: office });
      open = null;
      k = office.to;
      continue;
    }
    const list = stopped ? null : parseBodyListAt(t, k);
    if (list && list.to <= to) {
      const items = list.items.filter((p) => p.to <= to);
      for (let n = 0; n < items.length; n++) {
        const p = items[n]!;
        // A body written right after words of the chunk continues them ("... thuộc" + "Bộ Y tế"), unless a head's
        // title opens it ("Giám đốc Sở Khoa học và Công nghệ Giám đốc Trung tâm ...", a comma left out).
        const cur: Listed | null = open;
        if (n === 0 && cur !== null && !headTitleAt(doc, p.from)) {
          cur.to = p.to;
          cur.parse ??= p;
        } else {
          open = { from: p.from, to: p.to, parse: p };
          out.push(open);
        }
      }
      k = Math.max(k + 1, list.to);
      continue;
    }
    // A comma or "và" separates before another body, a head's title ("Vụ trưởng Vụ Pháp chế, Thủ trưởng các Cục,
    // Vụ") or another party ("và các đối tượng được bồi thường", "và ông (bà) ..."); before other words it is part
    // of a name ("Vụ Kế hoạch, Tài chính", "Cục Quản lý Khám, chữa bệnh", "vùng đồng bào dân tộc thiểu số và miền núi").
    if (isListSeparator(x)) {
      if (startsBody(doc, k + 1, to) || headTitleAt(doc, k + 1)) {
        separate(false);
        k++;
        continue;
      }
      if (t[k + 1]?.word && OTHER_PARTIES.has(t[k + 1]!.f)) {
        separate(true);
        k++;
        continue;
      }
    }
    if (x.word && (x.f === 'viec' || (x.f === 'nang' && t[k - 1]?.f === 'chuc'))) activity = true;
    // A verb among the words ("căn cứ chức năng, nhiệm vụ", "hoạt động trong lĩnh vực") ends what the chunk names.
    // The verb after "có" or "được" qualifies the body ("các cơ quan Trung ương được tổ chức theo hệ thống ngành dọc").
    // A body's name may hold "quản lý" ("Cục Nhà giáo và Cán bộ quản lý giáo dục", "các cơ quan quản lý nhà nước").
    if (x.word && !x.cap && !stopped && !activity && !auxiliaryBefore(t, k) && !(open && nameVerbAt(t, k)) && verbAt(t, k)) separate(true);
    if (!stopped) {
      const cur: Listed | null = open;
      if (cur) cur.to = k + 1;
      else if (x.word) {
        open = { from: k, to: k + 1, parse: null };
        out.push(open);
      }
    }
    k++;
  }
  return out.flatMap((l) => actorOf(doc, l) ?? []);
}

const NAME_VERBS = phrases(words.closingNameVerbs);

/**
 * A verb at `k`; a one-word verb only as written, or without marks as OCR leaves it ("giáo dục" is no "giao"); not
 * the last word of a noun ("công trình", "chương trình").
 */
function verbAt(t: TaskDocument['tokens'], k: number): boolean {
  if (verbNounAt(t, k)) return false;
  const m = longestMatch(t, k, PREDICATE_STARTS, true);
  return !!m && (m.n > 1 || !hasMarks(t[k]!.raw) || t[k]!.raw.toLowerCase() === m.p.shown[0]!.toLowerCase());
}

/** A verb that names what a body does inside its name ("quản lý"), as written at `k`. */
function nameVerbAt(t: TaskDocument['tokens'], k: number): boolean {
  return !!exactLongestMatch(t, k, NAME_VERBS);
}

/** "có" or "được" as written right before token `k`: an auxiliary the verb at `k` completes. */
function auxiliaryBefore(t: TaskDocument['tokens'], k: number): boolean {
  const raw = t[k - 1]?.raw.toLowerCase();
  return raw === 'có' || raw === 'được';
}

/** Words opening another party of a closing list, not the name of a body: "các đối tượng ...", "ông (bà)". */

/** A head's title as written at `k` ("Giám đốc", "Thủ trưởng", "Vụ trưởng"). */
function headTitleAt(doc: TaskDocument, k: number): boolean {
  const t = doc.tokens;
  return !!t[k]?.cap && !!exactLongestMatch(t, k, HEAD_TITLES);
}

/** Whether a body's name starts at `k` (before `to`). */
function startsBody(doc: TaskDocument, k: number, to: number): boolean {
  const list = parseBodyListAt(doc.tokens, k);
  return !!list && list.items[0]!.to <= to;
}

/**
 * The actor of a listed body: its parse when the name is the parser's, else the name as the list writes it. Words
 * without a body are one only when a head's title names a group ("Thủ trưởng các Cục, Vụ"); a bracket after the
 * title is another title ("Giám đốc (Thủ trưởng) các sở, ban, ngành"), no part of the name.
 */
function actorOf(doc: TaskDocument, l: Listed): Actor | null {
  const t = doc.tokens;
  let to = l.to;
  while (to > l.from + 1 && !t[to - 1]!.word && t[to - 1]!.raw !== ')') to--;
  if (l.parse && l.from === l.parse.from && to === l.parse.to) return { parse: l.parse, name: l.parse.raw };
  const title = headTitleAt(doc, l.from) ? longestMatch(t, l.from, HEAD_TITLES, true)!.n : 0;
  if (!l.parse && !(title > 0 && t.slice(l.from + title, to).some((x) => isCac(x)))) return null;
  let raw = doc.text.slice(t[l.from]!.start, t[to - 1]!.end);
  if (title > 0 && t[l.from + title]?.raw === '(') {
    let close = -1;
    for (let j = l.from + title + 1; j < to && close < 0; j++) if (t[j]!.raw === ')') close = j;
    if (close > 0) raw = doc.text.slice(t[l.from]!.start, t[l.from + title - 1]!.end) + ' ' + doc.text.slice(t[close + 1]?.start ?? t[to - 1]!.end, t[to - 1]!.end);
  }
  raw = raw.replace(/\s+/g, ' ').trim();
  const base: BodyParse = l.parse ?? { from: l.from, to, start: 0, end: 0, raw, group: true, bare: false, owner: null, known: false };
  const parse: BodyParse = { ...base, from: l.from, to, start: t[l.from]!.start, end: t[to - 1]!.end, raw, known: false };
  return { parse, name: raw };
}
