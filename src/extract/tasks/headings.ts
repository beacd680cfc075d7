/**
 * Headings that name bodies: "2.8. Sở Tư pháp", "a) Công an tỉnh:", "6. Đề nghị Ủy ban MTTQ tỉnh",
 * "Trách nhiệm của ...". The body a heading names is the subject (the actor) of the units under it that
 * name no subject of their own.
 */
import { parseBodyListAt, resolveBody, type BodyParse } from '../bodies';
import type { Section } from '../types';
import { longestMatch } from '../vocabulary';
import { hasListPunctuation, lastWordBefore, skipLabel, underResponsibility } from './document';
import { TITLE_TRIGGERS } from './phrases';
import type { Actor, ClauseEvent, SectionActors, TaskDocument, Unit } from './types';

/** Record the bodies a title unit's heading names as its section's actors. */
export function titleActors(doc: TaskDocument, actors: SectionActors, u: Unit): void {
  const s = u.section!;
  let k = skipLabel(doc, u.from, u.to);
  const trig = longestMatch(doc.tokens, k, TITLE_TRIGGERS, true);
  if (trig) k += trig.n;
  const parsed = parseBodyListAt(doc.tokens, k);
  if (!parsed) return;
  const items = parsed.items.filter((p) => p.to <= u.to);
  if (items.length === 0) return;
  const list = { items, to: Math.min(parsed.to, items[items.length - 1]!.to) };
  const lastWord = lastWordBefore(doc, u.to);
  if (list.to > lastWord) {
    actors.heading.set(s.path, list.items.map((p) => ({ parse: p, name: p.raw })));
    return;
  }
  // "3. Các cơ quan chủ trì thực hiện các nội dung cải cách hành chính" under "Tổ chức thực hiện":
  // the whole heading names the body.
  if (underResponsibility(doc, s) && list.items.length === 1 && !hasListPunctuation(doc, list.to, u.to)) {
    const first = list.items[0]!;
    const raw = doc.text.slice(first.start, doc.tokens[lastWord]!.end).replace(/\s+/g, ' ').trim();
    const parse: BodyParse = { ...first, end: doc.tokens[lastWord]!.end, to: lastWord + 1, raw };
    actors.heading.set(s.path, [{ parse, name: raw }]);
  }
}

/** The actors of a section: its own heading's (or intro's), else its nearest ancestor's. */
export function sectionActorsOf(doc: TaskDocument, actors: SectionActors, s: Section | null): Actor[] {
  for (let cur = s; cur; cur = cur.parentPath ? (doc.byPath.get(cur.parentPath) ?? null) : null) {
    const a = actors.heading.get(cur.path) ?? actors.intro.get(cur.path);
    if (a) return a;
  }
  return [];
}

/**
 * When an item restates its heading's bodies as its subject ("1. Thủ trưởng các sở ...; Chủ tịch UBND
 * xã ..." then "(1) ... Thủ trưởng các sở, ban, ngành; cơ quan trung ương ...; Chủ tịch UBND các xã ..."),
 * the item's fuller list is the section's actor list.
 */
export function preferItemSubjects(doc: TaskDocument, actors: SectionActors, units: readonly Unit[], events: ReadonlyMap<Unit, ClauseEvent[]>): void {
  // Units by their section's path, so each section finds its own and its descendants' units without a
  // scan of all units (documents with many titled sections would be quadratic).
  const byPath = new Map<string, number[]>();
  units.forEach((u, i) => {
    if (!u.section) return;
    const list = byPath.get(u.section.path);
    if (list) list.push(i);
    else byPath.set(u.section.path, [i]);
  });
  const paths = [...byPath.keys()].sort();
  for (const [path, named] of [...actors.heading]) {
    const keys = new Set(named.map((a) => resolveBody(a.name, doc.jurisdiction).key));
    // The section itself, then "IV.1(2)" and "IV.1.a"-style descendants: paths with that prefix are
    // contiguous in sorted order.
    const found: number[] = [...(byPath.get(path) ?? [])];
    for (const prefix of [`${path}(`, `${path}.`]) {
      for (let k = lowerBound(paths, prefix); k < paths.length && paths[k]!.startsWith(prefix); k++) found.push(...byPath.get(paths[k]!)!);
    }
    found.sort((a, b) => a - b);
    for (const i of found) {
      const u = units[i]!;
      const ev = (events.get(u) ?? []).find((e) => e.explicit && e.actors.some((a) => keys.has(resolveBody(a.name, doc.jurisdiction).key)));
      if (ev) {
        actors.heading.set(path, ev.actors);
        break;
      }
    }
  }
}

/** First index of a sorted array whose element is >= `key`. */
function lowerBound(sorted: readonly string[], key: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
