/**
 * The leaders of a group of bodies standing for the group (issue 8, twenty-first pass, theme A): "Lãnh đạo các sở,
 * ngành liên quan thực hiện nhiệm vụ ...", "giao trách nhiệm cho các thành viên Ban Chỉ đạo, Lãnh đạo các sở, ngành
 * liên quan thực hiện ...". As with "Thủ trưởng các ...", the gold names the group without the title (consistency
 * audit rule 6 of gold-real/README.md). "lãnh đạo" is also the verb "to lead": read before "các" and a group
 * followed by its duty, both readings make the group act, so the group is the body either way.
 */
import { isCac, parseBodyListAt, type BodyListParse } from '../bodies';
import { firstExactWordsAt } from '../vocabulary';
import type { TaskDocument } from './types';
import words from './clauseWords.json';

/** The titles' words, lower case as written (clauseWords.json: groupLeaderTitles). */
const TITLES: readonly (readonly string[])[] = words.groupLeaderTitles.map((w) => w.toLowerCase().split(' '));

/** "Lãnh đạo các <group>" at `i` (a title written so, any case): the group, or null. */
export function groupLeadersAt(doc: TaskDocument, i: number, end: number): BodyListParse | null {
  const t = doc.tokens;
  const title = firstExactWordsAt(t, i, TITLES, 'written');
  if (!title || !isCac(t[i + title.length])) return null;
  const list = parseBodyListAt(t, i + title.length, { bareGeneric: true });
  return list && list.to <= end ? list : null;
}
