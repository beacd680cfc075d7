/**
 * A body a heading or an item's opening names leads the item under it: "2. Trách nhiệm của Ủy ban nhân dân các xã,
 * phường" then "a) Tổ chức tiếp nhận hồ sơ ..." ... "e) Phối hợp chặt chẽ với các Sở, ban, ngành ...". A point of
 * its own list that tells it to coordinate with partners it names makes those partners COORDINATE, not the body
 * itself (the gold's third-round convention for body-headed items, as for a functions regulation's own list, see
 * functionsRegulation.ts). A "phối hợp" naming no partner ("Phối hợp tích hợp dữ liệu ...") keeps the body
 * COORDINATE, and so does a body whose points are all "Phối hợp" (it leads nothing there).
 */
import { endsInColon } from './document';
import type { Actor, RoleFinding, TaskDocument } from './types';

/**
 * The findings without an item owner's own COORDINATE in points where it leads nothing and names partners, when
 * it leads another point. `owners`: the bodies headings and items' openings name (each its own Actor).
 */
export function withoutOwnersCoordination(doc: TaskDocument, findings: readonly RoleFinding[], owners: ReadonlySet<Actor>): RoleFinding[] {
  if (owners.size === 0) return [...findings];
  // Units where each owner leads, and units where a partner other than the owners is told to coordinate.
  const leads = new Map<Actor, Set<RoleFinding['unit']>>();
  const partnered = new Set<RoleFinding['unit']>();
  for (const f of findings) {
    if (f.role === 'COORDINATE' && !owners.has(f.actor)) partnered.add(f.unit);
    // "5. Các Sở, ban, ngành thuộc Thành phố có trách nhiệm:" announces the points: no duty of its own.
    if (f.role !== 'LEAD' || !owners.has(f.actor) || onlyAnnounces(doc, f)) continue;
    const units = leads.get(f.actor) ?? new Set();
    units.add(f.unit);
    leads.set(f.actor, units);
  }
  return findings.filter((f) => {
    if (f.role !== 'COORDINATE' || !owners.has(f.actor) || !partnered.has(f.unit) || namesOwner(f)) return true;
    const units = leads.get(f.actor);
    return !units || units.has(f.unit);
  });
}

/** The unit that names the owner itself ("Điều 2. Sở X có trách nhiệm phối hợp Y ..."): its own clause, no point of it. */
function namesOwner(f: RoleFinding): boolean {
  return f.actor.parse.start >= f.unit.start && f.actor.parse.start < f.unit.end;
}

/**
 * A finding whose unit ends in a colon and whose duty is a few words ("có trách nhiệm:", "thực hiện các nội dung
 * sau:"): it announces the points below it, unlike "a) Chỉ đạo các ngân hàng thương mại ..., cụ thể như sau:".
 */
function onlyAnnounces(doc: TaskDocument, f: RoleFinding): boolean {
  if (!endsInColon(doc, f.unit)) return false;
  let words = 0;
  for (let k = f.dutyFrom; k < f.dutyTo; k++) if (doc.tokens[k]!.word) words++;
  return words <= ANNOUNCING_WORDS;
}

/** Words of a duty that only announces its points at most ("triển khai thực hiện những nội dung sau"). */
const ANNOUNCING_WORDS = 8;
