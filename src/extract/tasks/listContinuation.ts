/**
 * "... thì các sở, ban, ngành có văn bản giải trình ...", "... thì sở, ban, ngành cấp tỉnh phải có văn bản trả lời
 * ...": the commas of a list of kinds separate its items, they open no clause. Tried as a new subject, the last
 * item alone ("ngành") was read as a body of its own (LEAD "Ngành", "Ngành cấp tỉnh"); so was "tổ chức đảng" of a
 * Party text's "trách nhiệm của cấp ủy, tổ chức đảng và người đứng đầu ...". A kind written in lower case without
 * "các" ("ban", "ngành", "tổ chức đảng") inside a list of kinds continues it, it is never a subject by itself.
 */
import { isCac, parseBodyAt, parseBodyListAt, type BodyListParse, type BodyParse } from '../bodies';
import { endsSentence } from './document';
import type { TaskDocument } from './types';

/** Tokens looked back from a comma for the start of the list it belongs to ("các cơ quan chuyên môn, ..."). */
const LIST_LOOKBACK = 12;

/**
 * Whether the comma at `comma` separates kinds of a list that began before it and runs on past the next word, that
 * word opening a bare lower-case kind (not "các X", not a capitalized name, not a named body).
 */
export function continuesBodyList(doc: TaskDocument, comma: number): boolean {
  const t = doc.tokens;
  const next = t[comma + 1];
  if (!next?.word || next.cap || isCac(next) || !parseBodyAt(t, comma + 1, { bareGeneric: true })?.group) return false;
  // The list that opens farthest back: "tỉnh, sở Tài nguyên ..." read from "tỉnh" is part of "Hội đồng nhân dân tỉnh".
  let found: BodyListParse | null = null;
  for (let j = comma - 1; j >= 0 && j > comma - LIST_LOOKBACK; j--) {
    const x = t[j]!;
    if (!x.word) {
      if (x.raw === ';' || x.raw === ':' || endsSentence(doc, j)) break;
      continue;
    }
    const list = parseBodyListAt(t, j, { bareGeneric: true });
    if (list && list.to > comma + 1) found = list;
  }
  return !!found && kindsAround(found.items, comma);
}

/**
 * The list's items about the comma are kinds: one group holds it ("các sở, ban, ngành"), or groups stand on both
 * sides ("các cơ quan chuyên môn, đơn vị sự nghiệp"). A named body after it ("... của Hội đồng nhân dân tỉnh, sở Tài
 * nguyên và Môi trường chủ trì", a lower-case head) may open the clause's own subject after a fronted phrase.
 */
function kindsAround(items: readonly BodyParse[], comma: number): boolean {
  const holder = items.find((p) => p.from < comma && p.to > comma);
  if (holder) return holder.group;
  const before = items.filter((p) => p.to <= comma).at(-1);
  const after = items.find((p) => p.from > comma);
  return !!before?.group && !!after?.group;
}
