/**
 * Forms attached to a document (a model Tờ trình, an application) print a header with blanks ("Số: ….",
 * "…., ngày ….. tháng …… năm ……") and their own "Căn cứ" lines: the bases of a paper still to be written, not of
 * this document. The gold leaves templates out (gold-real README, second round: "templates add nothing"; the
 * eighth-round procedure list 2109/QĐ-BXD, whose model Tờ trình cites "Luật Nhà ở số 27/2023/QH15" that the text
 * names nowhere else): the citations of a form's Căn cứ clauses are dropped.
 */
import type { Clause } from './clauses';
import type { Mention } from './mention';

/** A blank number or date of a form's header (folded): "Số: ….", "Số:……/TTr-", "ngày.....tháng.....năm". */
const BLANK_HEADER = /\bso\s*:\s*[.…_]{2,}|\bngay\s*[.…_]{3,}\s*thang\s*[.…_]{2,}\s*nam\b/g;
/** Characters after a form's blank header within which its "Căn cứ" lines open (a heading, "Kính gửi", a title). */
const FORM_PREAMBLE_CHARS = 1500;

/**
 * Spans [start, end) of the Căn cứ clauses that belong to a form: a BASIS clause opened by its trigger within
 * `FORM_PREAMBLE_CHARS` after a blank header, with the clauses that carry its list on. Only after the document's
 * own preamble (a BASIS clause before the header), so a draft's own header with blanks keeps its bases.
 */
export function formBasisSpans(folded: string, clauses: readonly Clause[]): [number, number][] {
  const firstBasis = clauses.find((c) => c.mode === 'BASIS' && c.triggered);
  if (!firstBasis) return [];
  const headers = [...folded.matchAll(BLANK_HEADER)].map((m) => m.index).filter((at) => at > firstBasis.end);
  if (!headers.length) return [];
  const spans: [number, number][] = [];
  let inForm = false;
  for (const c of clauses) {
    if (c.mode !== 'BASIS') {
      inForm = false;
      continue;
    }
    if (c.triggered) inForm = headers.some((h) => h < c.start && c.start - h <= FORM_PREAMBLE_CHARS);
    if (inForm) spans.push([c.start, c.end]);
  }
  return spans;
}

/** Whether an offset lies in one of the spans. */
export function inSpans(spans: readonly [number, number][], at: number): boolean {
  return spans.some(([s, e]) => at >= s && at < e);
}

/** A form's blank: two ellipsis characters, or four dots or three underscores ("……", "....", "___"). */
const BLANK = '(?:…[.…]|\\.{3}[.…]|_{3})';
/** "Luật Chính quyền địa phương số……", "Quyết định số: ….": a number left blank (folded text). */
const BLANK_NUMBER = new RegExp(`\\bso\\s*:?\\s*${BLANK}`);
/** "Dự án …… - ...": a name left blank, right after the kind's words. */
const BLANK_NAME = new RegExp(`^[a-z]+(?: [a-z]+){0,2}\\s*${BLANK}`);

/**
 * A document named by a form with its number or name left blank ("Căn cứ Luật Chính quyền địa phương số……" in a
 * model decision among the annexes, "Thực hiện Dự án …… - ..."): a paper still to be filled in, no citation.
 */
export function namedByBlankForm(folded: string, m: Mention): boolean {
  if (m.parsed) return false;
  const span = folded.slice(m.start, m.end);
  return BLANK_NUMBER.test(span) || BLANK_NAME.test(span);
}
