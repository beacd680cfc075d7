/**
 * A responsibility cell of a task table holds names only, no sentence: a group it names runs on to the next
 * separator ("Các doanh nghiệp cung cấp dịch vụ bưu chính", "UBND các phường, xã có liên quan", "Các cơ quan
 * quản lý các lĩnh vực trọng điểm tại điểm d, ..."), where prose would have ended it at the verb-like word; over
 * the cell's wrapped lines too, and up to a place that closes it ("các Hiệp hội và Doanh nghiệp công nghệ" / "số
 * Việt Nam").
 */
import { fold } from '../../text/fold';
import { provinceByName } from '../provinces';
import columns from './tableColumns.json';
import type { Actor, TaskDocument, Unit } from './types';

const PLACES = new Set(columns.cellNamePlaces.map((p) => fold(p).toLowerCase()));

/** Words that open a reference to a part of the text or a scope, not more of the name ("tại điểm d"), as written. */
const ENDS_NAME = new Set(columns.cellNameEnds);
const endsName = (raw: string) => ENDS_NAME.has(raw.toLowerCase());
const MAX_WORDS = 10;

/** The name of a group in a task table's cell, run on to the cell's next separator; the actor's name otherwise. */
export function cellGroupName(doc: TaskDocument, unit: Unit, actor: Actor): string {
  const p = actor.parse;
  if (!unit.row || !p.group || actor.name !== p.raw) return actor.name;
  const cell = unit.row.cells.find((c) => c.start <= p.start && p.end <= c.end && (c.role === 'LEAD' || c.role === 'COORDINATE' || c.role === 'SUPERVISE'));
  if (!cell) return actor.name;
  const t = doc.tokens;
  let k = p.to;
  let words = 0;
  while (k < t.length && t[k]!.start < cell.end) {
    const x = t[k]!;
    const place = x.cap ? placeUpTo(doc, k, cell.end) : 0;
    if (place > 0) {
      words += place;
      k += place;
      break;
    }
    if (!x.word || x.cap || endsName(x.raw) || x.f === 'va') break;
    if (++words > MAX_WORDS) return actor.name;
    k++;
  }
  // Only words up to a separator or the cell's end: anything else is another item.
  const next = t[k];
  if (words === 0 || (next && next.start < cell.end && next.word && !endsName(next.raw))) return actor.name;
  return doc.text.slice(p.start, t[k - 1]!.end).replace(/\s+/g, ' ').trim();
}

/** Words of a place from `k` to the next separator or the cell's end (a province, "Việt Nam"); 0 if none is there. */
function placeUpTo(doc: TaskDocument, k: number, end: number): number {
  const t = doc.tokens;
  let j = k;
  while (j < t.length && t[j]!.start < end && t[j]!.word && t[j]!.cap) j++;
  if (j === k || (t[j] && t[j]!.start < end && t[j]!.word)) return 0;
  const name = doc.text.slice(t[k]!.start, t[j - 1]!.end).replace(/\s+/g, ' ');
  return PLACES.has(fold(name).toLowerCase()) || provinceByName(name) ? j - k : 0;
}
