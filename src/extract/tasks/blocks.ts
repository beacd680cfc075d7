/**
 * Stage 2: task blocks. The document's duties are its numbered items, bullets, paragraphs and task-table rows
 * outside the preamble and the recipients block ("Nơi nhận", "Kính gửi"). Headings that do not end a
 * sentence ("1. Sở Nội vụ", "IV. TỔ CHỨC THỰC HIỆN") are titles: they name the bodies of their section.
 */
import { membersRunOverBullet, nameRunsOverDash, parseBodyListAt } from '../bodies';
import { longestMatch } from '../vocabulary';
import { ASSIGN_TRIGGERS, ASSIGNING_WORDS, EXECUTED_DOCUMENTS } from './phrases';
import { headingEnd, RECIPIENTS_LINE } from '../sections';
import type { Section } from '../types';
import { clauseEvent } from './clauses';
import { closingSubjects } from './closingArticle';
import { endsSentence, skipLabel, tokenAt } from './document';
import { tableRowsIn, type TaskTable } from './tables';
import type { TaskDocument, Unit } from './types';

/** "Trách nhiệm của ...", "Nhiệm vụ của ..." opening a heading (folded). */
const OWNER_HEADING = /^[*_\s]*(trach nhiem|nhiem vu) cua\b/;

/** Words of a paragraph that gives others duties. */
const ASSIGNING = new RegExp(`\\b(${ASSIGNING_WORDS.join('|')})\\b`);

/** The task blocks of a document in text order; rows of `tables` become units of their own. */
export function taskBlocks(doc: TaskDocument, tables: readonly TaskTable[]): Unit[] {
  const excluded = recipientSpans(doc);
  const units: Unit[] = [];
  const add = (start: number, end: number, section: Section | null, title: boolean) => {
    for (const [s, e] of splitByExcluded(start, end, [...excluded, ...tableRowsIn(tables, start, end).map((r) => [r.start, r.end] as [number, number])])) {
      const span = trimSpan(doc.text, s, e);
      if (!span) continue;
      const from = tokenAt(doc, span[0]);
      const to = tokenAt(doc, span[1]);
      if (to <= from || citationItem(doc, from, to)) continue;
      units.push({ start: span[0], end: span[1], from, to, section, title });
    }
  };
  if (doc.sections.length === 0) {
    for (const [s, e] of untilClosing(doc, paragraphs(doc, bodyStart(doc), doc.text.length))) add(s, e, null, false);
    return withoutProcedures(doc, withRows(doc, units, tables));
  }
  // Before the first section, after the preamble: a directive's "..., Chủ tịch UBND tỉnh yêu cầu Giám đốc
  // các sở, ... thực hiện các nhiệm vụ sau:" assigns too; other paragraphs there (the header, the title)
  // are no duties.
  const from = bodyStart(doc);
  for (const [a, b] of paragraphs(doc, from, Math.max(from, doc.sections[0]!.start))) {
    if (ASSIGNING.test(doc.folded.slice(a, b).toLowerCase())) add(a, b, null, false);
  }
  for (const s of doc.sections) {
    const kids = doc.children.get(s.path) ?? [];
    const ownEnd = kids.length > 0 ? kids[0]!.start : s.end;
    const hEnd = Math.min(headingEnd(doc.text, s.start, ownEnd), ownEnd);
    const title = isTitle(doc, s, hEnd, ownEnd);
    let contentStart = s.start;
    if (title) {
      add(s.start, hEnd, s, true);
      contentStart = hEnd;
    }
    const first = units.length;
    for (const [a, b] of untilClosing(doc, paragraphs(doc, contentStart, ownEnd))) add(a, b, s, false);
    if (title && units[first]) units[first]!.underTitle = true;
  }
  return withoutProcedures(doc, withRows(doc, units, tables));
}

/**
 * A decision that announces administrative procedures ("Về việc công bố (danh mục) thủ tục hành chính ...") attaches
 * them after its closing mark: their steps say who handles a citizen's file, which is not a duty the decision
 * assigns (the gold's TTHC convention). Its own articles, up to "./.", are read as usual.
 */
function withoutProcedures(doc: TaskDocument, units: Unit[]): Unit[] {
  // The title is before the first article or part: a duty to "công bố ... thủ tục hành chính" in one is not it.
  const headerEnd = Math.min(doc.folded.length, HEADER_CHARS, doc.sections[0]?.start ?? Number.POSITIVE_INFINITY);
  const header = doc.folded.slice(0, headerEnd).toLowerCase();
  if (!ANNOUNCES_PROCEDURES.test(header)) return units;
  const mark = /\.\s*\/\s*\.[ \t*_]*(\n|$)/.exec(doc.text);
  if (!mark) return units;
  const end = mark.index + mark[0].length;
  return units.filter((u) => u.start < end);
}

/** Characters of the header where a decision's title is read. */
const HEADER_CHARS = 2500;
/** The title of a decision that announces administrative procedures (folded). */
const ANNOUNCES_PROCEDURES = /\bcong bo\b[^.;]{0,160}?\b(thu tuc hanh chinh|tthc)\b/;

/**
 * The paragraphs up to the one that closes the document ("... thi hành Quyết định này./."): what follows it
 * in the same section is the signature block or an attachment without numbering of its own (a list of
 * procedures, a form), not duties. An attachment's numbered parts are sections of their own; its task
 * tables are read as rows.
 */
function untilClosing(doc: TaskDocument, paras: [number, number][]): [number, number][] {
  for (let at = 0; at < paras.length; at++) {
    const [a, b] = paras[at]!;
    if (CLOSING_MARK.test(doc.text.slice(a, b).trimEnd())) return paras.slice(0, at + 1);
    // The resolution's passing sentence, on a line of its own (a paragraph may run on into it: it rarely starts in
    // capitals after its markup): the text before it is the last duty.
    const passed = PASSED_FORMULA.exec(doc.folded.slice(a, b).toLowerCase());
    if (passed) return passed.index > 0 ? [...paras.slice(0, at), [a, a + passed.index]] : paras.slice(0, at);
  }
  return paras;
}

/** The mark that ends a document's text: "./.". */
const CLOSING_MARK = /\.\s*\/\s*\.$/;

/**
 * The sentence that ends a resolution or a law: "Nghị quyết này đã được Hội đồng nhân dân ... thông qua ngày ...",
 * "Nghị quyết này được Ủy ban Thường vụ Quốc hội ... thông qua ngày ...". The signature and a portal's recipients
 * list without its "Nơi nhận" label ("- Chính phủ; - Ban Tổ chức Trung ương; ...") follow it (folded).
 */
const PASSED_FORMULA = /(?<=^|\n)[ \t*_]*(nghi quyet|luat|phap lenh) nay (da )?duoc\b[^\n]{0,240}?thong qua\b/;

/** Table rows as units, in their sections. */
function withRows(doc: TaskDocument, units: Unit[], tables: readonly TaskTable[]): Unit[] {
  const excluded = tables.length > 0 ? recipientSpans(doc) : [];
  for (const t of tables) {
    for (const row of t.rows) {
      if (inSpans(row.start, excluded)) continue;
      const section = sectionAt(doc, row.start);
      units.push({ start: row.start, end: row.end, from: tokenAt(doc, row.start), to: tokenAt(doc, row.end), section, title: false, row });
    }
  }
  return units.sort((a, b) => a.start - b.start);
}

function inSpans(at: number, spans: readonly [number, number][]): boolean {
  return spans.some(([s, e]) => at >= s && at < e);
}

/** The innermost section containing `at`. */
function sectionAt(doc: TaskDocument, at: number): Section | null {
  let best: Section | null = null;
  for (const s of doc.sections) if (s.start <= at && at < s.end && (!best || s.start >= best.start)) best = s;
  return best;
}

/**
 * "23. Quyết định số 60/2002/QĐ-UB ngày 27 tháng 9 năm 2002 của Ủy ban nhân dân tỉnh ... Thành lập trạm y tế ...": an
 * item that opens with a numbered document is a citation (a list of texts repealed, applied or replaced); the bodies
 * its title names are given nothing.
 */
function citationItem(doc: TaskDocument, from: number, to: number): boolean {
  const t = doc.tokens;
  const k = skipLabel(doc, from, to);
  // A listed item (a label or a bullet before it): a line that only wraps a sentence may start with a citation.
  if (k === from) return false;
  const kind = longestMatch(t, k, EXECUTED_DOCUMENTS, true);
  if (!kind || !t[k]!.cap) return false;
  const at = t[k + kind.n]?.f === 'so' ? k + kind.n + 1 : k + kind.n;
  return /^\d/.test(t[at]?.raw ?? '') && (t[at + 1]?.raw === '/' || t[at + 1]?.raw === '-');
}

/** Where the body begins when there is no section: after the header ("V/v ...", "Kính gửi: ...", "Căn cứ ..."). */
export function bodyStart(doc: TaskDocument): number {
  let at = 0;
  for (const m of doc.folded.matchAll(/(^|\n)\s*[~-]?\s*(can c\S{1,3}|xet|theo de nghi|v\/v)\b[^\n]*/g)) at = m.index + m[0].length;
  for (const [, end] of recipientSpans(doc)) if (end < doc.text.length * 0.5) at = Math.max(at, end);
  return at;
}

/** "Kính gửi:" opening a line (folded), the addressees of a letter. */
export const ADDRESSEES_LINE = /^[ \t]*(?:\|[ \t]*)?kinh gui[ \t]*[:.]/m;
/** Either label, every line (the recipients' pattern is the sections' own: one pattern for both stages). */
const RECIPIENTS_OR_ADDRESSEES = new RegExp(`${RECIPIENTS_LINE.source}|${ADDRESSEES_LINE.source}`, 'gm');

/** "Nơi nhận: ..." up to the next section (or the end); "Kính gửi: - A; - B" up to the end of its list. */
export function recipientSpans(doc: TaskDocument): [number, number][] {
  const spans: [number, number][] = [];
  // Also in a layout table's first cell ("| Nơi nhận: - Như Điều 5; ... | TM. ỦY BAN NHÂN DÂN |").
  for (const m of doc.folded.matchAll(RECIPIENTS_OR_ADDRESSEES)) {
    const start = m.index;
    if (!RECIPIENTS_LINE.test(m[0])) {
      // The addressees: the rest of the line and the bulleted lines right after it.
      let end = doc.text.indexOf('\n', start);
      if (end < 0) end = doc.text.length;
      for (;;) {
        const next = doc.text.indexOf('\n', end + 1);
        const line = doc.text.slice(end + 1, next < 0 ? doc.text.length : next);
        if (!/^\s*[-+•–]/.test(line) || next < 0) break;
        end = next;
      }
      spans.push([start, end]);
      continue;
    }
    // Up to the next section, or to an attached part that carries no numbering of its own: a table
    // ("PHỤ LỤC" with its task table) or a new title line.
    const next = doc.sections.find((s) => s.start > start);
    let end = next ? next.start : doc.text.length;
    const attached = /\n[ \t]*(\||phu luc\b|danh muc\b|ke hoach\b|chuong trinh\b)/i.exec(doc.folded.slice(start, end));
    if (attached) end = start + attached.index + 1;
    spans.push([start, end]);
  }
  return spans;
}

/**
 * A heading is a title (not a duty) when it does not end a sentence and the next line starts anew:
 * "1. Sở Nội vụ", "IV. TỔ CHỨC THỰC HIỆN". Items "(1)", "a)" are always duties.
 */
export function isTitle(doc: TaskDocument, s: Section, hEnd: number, ownEnd: number): boolean {
  if (s.label.startsWith('(') || /^[a-zđ]$/.test(s.label)) return namesBodiesOnly(doc, s, hEnd, ownEnd);
  const line = doc.text.slice(s.start, hEnd).trim();
  // "1.5. Trách nhiệm của đối tượng thực hiện kiểm kê:" heads the duties listed under it.
  if (/:$/.test(line) && s.heading) {
    const at = doc.tokens[skipLabel(doc, tokenAt(doc, s.start), tokenAt(doc, hEnd))]?.start ?? s.start;
    if (OWNER_HEADING.test(doc.folded.slice(at, hEnd).toLowerCase())) return true;
  }
  if (/[.;:,]$/.test(line)) return false;
  // A label alone on its line ("1." above its text) heads a duty, not a title.
  if (!s.heading) return false;
  const rest = doc.text.slice(hEnd, ownEnd);
  // A whole item on its line without a closing mark ("3. Sở Tài chính tham mưu nguồn kinh phí ...", "1. Phối hợp với
  // ... hoạt động thông suốt" under a body's article) then the next item: it heads nothing, so it is a duty.
  if (!rest.trim() && !doc.children.get(s.path)?.length) return false;
  // Followed by its children or a blank line: a title, unless the line says who does what and the item before it was a
  // whole duty on its line ("2. ... phát triển" / "3. Hội đồng Dân tộc, ... giám sát việc thực hiện Nghị quyết này" /
  // the closing paragraph, all written without closing marks; not "4. Sở Khoa học và Công nghệ" over its bullets).
  if (!rest.trim() || /^[ \t]*\n[ \t]*\n/.test(rest)) return !(rest.trim() && afterLeafDuty(doc, s) && lineSaysWhoDoesWhat(doc, s, hEnd));
  if (!/^\s*[\p{Lu}\d(\-+•“"]/u.test(rest)) return false;
  // A line that already says who does what ("8. Giao Ủy ban Kiểm tra Tỉnh ủy chủ trì, phối hợp với Ban
  // cán sự đảng" wrapped before "ƯBND tỉnh ...") starts a duty: it is not a title.
  const from = skipLabel(doc, tokenAt(doc, s.start), tokenAt(doc, hEnd));
  const ev = clauseEvent(doc, [], from, tokenAt(doc, hEnd), true);
  if (ev && !ev.silent && ev.predAt < tokenAt(doc, hEnd)) return false;
  // "3. Về bố trí các nguồn lực ... (...): Giao Bộ Giáo dục và Đào tạo chủ trì, phối" wrapped: a topic, then
  // after its colon the duty.
  for (let k = from; k < tokenAt(doc, hEnd) - 1; k++) {
    if (doc.tokens[k]!.raw !== ':') continue;
    const after = clauseEvent(doc, [], k + 1, tokenAt(doc, ownEnd), true);
    if (after && !after.silent && after.actors.length > 0 && after.at < tokenAt(doc, hEnd)) return false;
  }
  // "2. Sở Tài chính; Chủ tịch, Tổng Giám đốc các Công ty TNHH Một thành viên" / "Khai thác công trình thủy lợi;
  // ... chịu trách nhiệm thi hành Quyết định này./.": a line wrapped inside a closing article's list.
  if (parseBodyListAt(doc.tokens, from) && closingSubjects(doc, from, tokenAt(doc, ownEnd))) return false;
  // A line wrapped inside a list of bodies ("Điều 3. Chánh Văn phòng UBND tỉnh, Giám đốc" / "Sở Nông
  // nghiệp và Môi trường, ... chịu trách nhiệm thi hành") is the start of a sentence, not a title.
  const trigger = longestMatch(doc.tokens, from, ASSIGN_TRIGGERS, true);
  const list = parseBodyListAt(doc.tokens, from + (trigger?.n ?? 0));
  const crossed = list?.items.find((p) => p.from < tokenAt(doc, hEnd) && p.to > tokenAt(doc, hEnd));
  if (list && crossed && list.items.length > 1) return false;
  // A heading line that opens with a body whose name the break cuts ("1. Ủy ban Mặt trận" / "Tổ quốc Việt Nam tỉnh có
  // trách nhiệm ...", "2. Sở Nông nghiệp và" / "Môi trường chủ trì ..."): DOCX exports wrap lines anywhere, and the
  // sentence goes on to its predicate after the name. A title's body ends with its line ("2. Sở Tư pháp").
  if (!trigger && crossed && wrappedSubject(doc, from, tokenAt(doc, hEnd), tokenAt(doc, ownEnd))) return false;
  // A line that assigns ("3. Đề nghị Ủy ban Mặt trận" / "Tổ quốc Việt Nam tỉnh phối hợp ...", "... các cấp thành phố" /
  // "Hà Nội tham gia giám sát ...") and runs on into a line of text, not a bullet or a label: a sentence wrapped, often
  // inside the body's name.
  return !(trigger && list && /^[ \t]*\n[ \t]*\p{Lu}/u.test(rest));
}

/** Whether a section's heading line names its actors and their predicate ("3. Hội đồng Dân tộc, ... giám sát ..."). */
function lineSaysWhoDoesWhat(doc: TaskDocument, s: Section, hEnd: number): boolean {
  const from = skipLabel(doc, tokenAt(doc, s.start), tokenAt(doc, hEnd));
  const ev = clauseEvent(doc, [], from, tokenAt(doc, hEnd), true);
  return !!ev && !ev.silent && ev.actors.length > 0 && ev.predAt < tokenAt(doc, hEnd);
}

/** Whether the section before `s` in its list is a leaf item that ends a sentence or has nothing under its line. */
function afterLeafDuty(doc: TaskDocument, s: Section): boolean {
  if (s.ordinal === 0) return false;
  const siblings = s.parentPath === null ? doc.sections.filter((x) => x.parentPath === null) : (doc.children.get(s.parentPath) ?? []);
  const prev = siblings[s.ordinal - 1];
  if (!prev || prev.label.startsWith('(') || /^[a-zđ]$/.test(prev.label) || doc.children.get(prev.path)?.length) return false;
  const hEnd = Math.min(headingEnd(doc.text, prev.start, prev.end), prev.end);
  return /[.;]$/.test(doc.text.slice(prev.start, hEnd).trim()) || !doc.text.slice(hEnd, prev.end).trim();
}

/**
 * Whether the clause from token `from` (a body's name cut by the line break at token `breakAt`) has that body as its
 * subject and its predicate after the break.
 */
function wrappedSubject(doc: TaskDocument, from: number, breakAt: number, end: number): boolean {
  const ev = clauseEvent(doc, [], from, end, true);
  return !!ev && !ev.silent && ev.actors.length > 0 && ev.predAt >= breakAt;
}

/**
 * An item "a) Sở Nông nghiệp và Môi trường" (or "(2) Công an tỉnh, Bộ Chỉ huy Quân sự tỉnh") whose line names
 * bodies and nothing else, with its duties on the lines below: a heading, like a numbered one.
 */
function namesBodiesOnly(doc: TaskDocument, s: Section, hEnd: number, ownEnd: number): boolean {
  const line = doc.text.slice(s.start, hEnd).trim();
  if (/[.;:,]$/.test(line) || !s.heading) return false;
  const rest = doc.text.slice(hEnd, ownEnd);
  if (!rest.trim() || !/^[ \t]*\n\s*[\p{Lu}\-+•–]/u.test(rest)) return false;
  const from = skipLabel(doc, tokenAt(doc, s.start), tokenAt(doc, hEnd));
  const list = parseBodyListAt(doc.tokens, from);
  // The list ends with the line: one that runs on ("a) Các cơ quan Đảng trực thuộc" / "Tỉnh ủy; ...") is a sentence.
  return !!list && list.to === tokenAt(doc, hEnd) && list.items.every((p) => !p.bare);
}

/**
 * Paragraphs: a line break ends one when the line closes a sentence and the next starts in capitals,
 * a bullet or a number — OCR breaks lines inside sentences, clean text puts one paragraph per line.
 */
export function paragraphs(doc: TaskDocument, start: number, end: number): [number, number][] {
  const out: [number, number][] = [];
  let from = start;
  let i = doc.text.indexOf('\n', start);
  while (i >= 0 && i < end) {
    const before = doc.text.slice(from, i).trimEnd();
    const after = doc.text.slice(i + 1, end);
    const next = /^\s*(\S)/.exec(after);
    // "... phối hợp tổ chức chính trị" / "- xã hội tại địa phương": a hyphenated name wrapped before its hyphen is
    // no bullet (the line runs on without punctuation and the next goes on in lower case).
    // "..., Công nghiệp" / "- Viễn thông Quân đội theo ...": nor is one the list's name runs on over.
    const bulleted = /^[ \t]*[-+•–](?=\s)/.test(after);
    // "2. Sở Văn hoá, Thể thao và Du lịch;" / "UBND các xã, phường niêm yết ...": a line that only names bodies before its
    // ";" runs on into the next one's list and predicate (the subjects are chained), bulleted or not.
    const listGoesOn = listRunsOn(doc, from, before, i + 1, bulleted);
    const bullet = bulleted && !listGoesOn && !(/[\p{L}\d]$/u.test(before) && (/^[ \t]*[-–][ \t]+\p{Ll}/u.test(after) || nameRunsOverDash(doc.tokens, tokenAt(doc, i + 1), tokenAt(doc, from))));
    const closes = /[.;:!?”"]$/.test(before) && !listGoesOn;
    // "c) Quy định về quản lý thu, chi" / (blank line) / "Các cơ sở giáo dục có trách nhiệm ...": an item's heading line
    // without punctuation, a blank line, then a new sentence: the heading is no part of that sentence.
    // The new sentence opens with its subject (OCR breaks sentences at blank lines too: "(5) Tăng cường ... thủ tục
    // hành" / "Của người đứng đầu ...").
    const heading = !before.includes('\n') && ITEM_LABEL.test(before) && /^[ \t]*\n/.test(after) && !!parseBodyListAt(doc.tokens, tokenAt(doc, i + 1));
    // The closing mark ends the text whatever follows it (a signature table, an attachment).
    if (before.trim() && next && (bullet || CLOSING_MARK.test(before) || ((closes || heading) && /[\p{Lu}\d(“"|-]/u.test(next[1]!)))) {
      out.push([from, i]);
      from = i + 1;
    }
    i = doc.text.indexOf('\n', i + 1);
  }
  if (from < end) out.push([from, end]);
  return out;
}

/**
 * Whether the list of bodies of the paragraph before the line at offset `at` (`before`, from offset `from`) goes on
 * on that line, so no paragraph ends there: the last item's line names bodies and nothing else and closes with ";"
 * ("Chánh Văn phòng UBND tỉnh;" / "Giám đốc Sở Tài chính;", bulleted or not, the last one "... chịu trách nhiệm thi
 * hành Quyết định này": the bodies share the predicate of the last, as when the list runs on one line); or a group's
 * members are laid out one a line ("Giám đốc các Sở:" / "- Tài chính;" / "- Xây dựng;", read by the list parser).
 */
function listRunsOn(doc: TaskDocument, from: number, before: string, at: number, bulleted: boolean): boolean {
  if (before.endsWith(';')) {
    // The last item's own line(s): the paragraph may hold the bullets before it already.
    let item = 0;
    for (const m of before.matchAll(/\n[ \t]*[-+•–](?=\s)/g)) item = m.index + 1;
    // A bulleted list goes on only toward a predicate: the addressees of a dispatch ("- Chủ tịch UBND các tỉnh, ...;" /
    // "- Các Bộ: ...;" / "- Chánh Văn phòng ... ."), bodies to the end, stay items of their own.
    if (bulleted && namesOnlyBodiesToEnd(doc, at)) return false;
    if (onlyBodies(doc, from + item, from + before.length - 1)) return true;
    // "- Giám đốc các Sở:" / "+ Tài chính;" / "+ Xây dựng;" / "- Chủ tịch ...": a member's line closes an item too.
    if (item > 0 && membersRunOverBullet(doc.tokens, tokenAt(doc, from + item), tokenAt(doc, from))) return true;
  }
  return bulleted && /[:;,]$/.test(before) && membersRunOverBullet(doc.tokens, tokenAt(doc, at), tokenAt(doc, from));
}

/**
 * Whether the sentence from offset `at` closes with an item of bodies alone: its last ";"-separated part, after
 * its bullet, is a list of bodies up to the sentence's end.
 */
function namesOnlyBodiesToEnd(doc: TaskDocument, at: number): boolean {
  const t = doc.tokens;
  let k = tokenAt(doc, at);
  let part = k;
  for (; k < t.length && !endsSentence(doc, k); k++) if (t[k]!.raw === ';') part = k + 1;
  const from = skipLabel(doc, part, k);
  const list = from < k ? parseBodyListAt(t, from) : null;
  return !!list && list.to >= k;
}

/** A line that opens with an item's label: "c) ", "2. ", "(3) ", "IV. ". */
const ITEM_LABEL = /^\s*([a-zđ][.)]|\(?\d{1,2}[.)]|[IVX]{1,4}\.)\s/;

/**
 * Whether the last sentence of [from, semi) holds a label and a list of bodies and nothing else (`semi` is the offset
 * of its ";"). The thi hành article may open on the line of the sentence before it: "Điều 3. Quyết định này có hiệu
 * lực thi hành kể từ ngày ký. Chánh Văn phòng Ủy ban nhân dân tỉnh;" / "Thủ trưởng các sở, ...; Chủ tịch ... chịu
 * trách nhiệm thi hành Quyết định này".
 */
function onlyBodies(doc: TaskDocument, from: number, semi: number): boolean {
  let a = tokenAt(doc, from);
  const b = tokenAt(doc, semi);
  for (let k = a; k < b; k++) if (endsSentence(doc, k)) a = k + 1;
  const k = skipLabel(doc, a, b);
  const list = k < b ? parseBodyListAt(doc.tokens, k) : null;
  // The parser may read on past the ";" into the next line's bodies: the line is still only bodies.
  return !!list && list.to >= b && doc.tokens[b]?.raw === ';';
}

function splitByExcluded(start: number, end: number, excluded: readonly [number, number][]): [number, number][] {
  let parts: [number, number][] = [[start, end]];
  for (const [xs, xe] of excluded) {
    const next: [number, number][] = [];
    for (const [s, e] of parts) {
      if (xe <= s || xs >= e) next.push([s, e]);
      else {
        if (xs > s) next.push([s, xs]);
        if (xe < e) next.push([xe, e]);
      }
    }
    parts = next;
  }
  return parts;
}

function trimSpan(text: string, s: number, e: number): [number, number] | null {
  while (s < e && /\s/.test(text[s]!)) s++;
  while (e > s && /\s/.test(text[e - 1]!)) e--;
  return e > s ? [s, e] : null;
}
