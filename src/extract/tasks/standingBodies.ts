/**
 * Standing bodies named by their kind: a charter or a regulation gives duties to kinds of bodies, not to one body
 * ("Chi bộ lãnh đạo thực hiện nhiệm vụ chính trị của đơn vị", "Ban thường vụ lãnh đạo và kiểm tra, giám sát ...",
 * "Tổ chức cơ sở đảng có nhiệm vụ:"). Written alone these kinds are no body name ("Ban Thường vụ" awaits its owner,
 * "chi bộ" is a common noun), so only where such a kind opens a clause, capitalized: the clause reader then asks
 * for a predicate after it, so rules on meetings and elections ("Chi bộ họp thường lệ", "bầu ban thường vụ") stay
 * without a subject.
 */
import { writtenLevelAt, type BodyListParse, type BodyParse } from '../bodies';
import { longestMatch, phrases } from '../vocabulary';
import data from '../data/standingBodies.json';
import type { TaskDocument } from './types';

const KINDS = phrases(data.kinds);
const LEVELS = phrases(data.levels);

/**
 * The standing body whose kind opens a clause at `i`, when it reads further than `parsed` (the body parser reads
 * "Đảng ủy" of "Đảng ủy cơ sở"); else `parsed`.
 */
export function standingBodyAt(doc: TaskDocument, i: number, parsed: BodyListParse | null): BodyListParse | null {
  const t = doc.tokens;
  if (!t[i]?.cap) return parsed;
  const kind = longestMatch(t, i, KINDS, true);
  if (!kind) return parsed;
  let to = i + kind.n;
  // "Ủy ban kiểm tra cùng cấp", not "Chi bộ cung cấp thông tin": that level only with its marks.
  const level = longestMatch(t, to, LEVELS, true)?.n ?? writtenLevelAt(t, to);
  if (level > 0 && !t[to]!.cap) to += level;
  if (parsed && parsed.to >= to) return parsed;
  const last = t[to - 1]!;
  const raw = doc.text.slice(t[i]!.start, last.end).replace(/\s+/g, ' ');
  const item: BodyParse = { from: i, to, start: t[i]!.start, end: last.end, raw, group: false, bare: false, owner: null, known: true };
  return { items: [item], to };
}
