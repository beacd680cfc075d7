/**
 * Letters quote the provisions they answer with: "Tại khoản 7 Điều 39 Nghị định số 126/2020/NĐ-CP ... quy định:
 * “... Bộ Tài chính hướng dẫn cụ thể nội dung chi ...”". The quotation states the law, it gives no one a duty in
 * the letter (the tax and customs letters' gold annotates only the letter's own requests and its closing). So in a
 * letter (công văn) the findings inside a quotation opened right after a colon are dropped.
 */
import type { RoleFinding, TaskDocument } from './types';
import words from './clauseWords.json';

const QUOTING_KINDS: ReadonlySet<string> = new Set(words.quotingKinds);

/** A quotation that opens after ":" (emphasis marks and spaces between) and closes within this many characters. */
const QUOTE = /:[\s*_]*[“"]/g;
// A curly quotation closes at its own mark (a straight quote inside it marks a term); a straight one at either.
const CLOSE_CURLY = /”/g;
const CLOSE_STRAIGHT = /[”"]/g;
const MAX_QUOTE_CHARS = 6000;

/** The findings of a letter that do not lie inside a quoted provision. */
export function withoutQuotedProvisions(doc: TaskDocument, findings: readonly RoleFinding[]): RoleFinding[] {
  if (!doc.kind || !QUOTING_KINDS.has(doc.kind)) return [...findings];
  const spans = quotedSpans(doc.text);
  if (spans.length === 0) return [...findings];
  const inQuote = (f: RoleFinding): boolean => {
    const at = doc.tokens[f.dutyFrom]?.start ?? -1;
    return spans.some(([from, to]) => at > from && at < to);
  };
  return findings.filter((f) => !inQuote(f));
}

/** [open, close) character spans of the quotations opened after a colon. */
function quotedSpans(text: string): [number, number][] {
  const out: [number, number][] = [];
  for (const m of text.matchAll(QUOTE)) {
    const open = m.index + m[0].length - 1;
    const closing = text[open] === '“' ? CLOSE_CURLY : CLOSE_STRAIGHT;
    closing.lastIndex = open + 1;
    const close = closing.exec(text);
    if (close && close.index - open <= MAX_QUOTE_CHARS) out.push([open, close.index]);
  }
  return out;
}
