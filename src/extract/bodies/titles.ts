/** Officials' titles in a body's name ("Giám đốc", "Chủ tịch", "Người đứng đầu"), and the display name without them. */
import vocab from '../data/bodyVocabulary.json';
import { fold } from '../folding';
import { PLACE_ORGS } from '../vocabulary';
import { escapeRegExp } from '../../text/regex';
import { GENERIC_WORDS } from './wordSets';

// One title or a list of them ("Giám đốc, Thủ trưởng các sở"); "Trưởng Thuế tỉnh": the head of a field's office
// of a place (`placeOrgs`) is its "Trưởng" ("trường", a school, folds alike but opens no such name).
const PLACE_ORG_HEAD = `truong(?=\\s+(?:${PLACE_ORGS.map((p) => escapeRegExp(p.words.join(' '))).join('|')})\\b)`;
export const STRIPPED_TITLES = new RegExp(`^(?:cac ong, ba:?\\s*)?(?:(?:cac |nhung )?(?:${[...vocab.strippedTitles.map(escapeRegExp), PLACE_ORG_HEAD].join('|')})(?:,\\s*|\\s+))+`);

// A chair acts for the body named after the title ("Chủ tịch UBND các xã"), and so does "Người đứng đầu" before a
// kind of unit ("Người đứng đầu đơn vị sự nghiệp thuộc Bộ nhóm 1", "Người đứng đầu cơ quan, tổ chức được giao nhiệm
// vụ"); before anything else ("Người đứng đầu trong tổ chức") it answers in person.
const UNIT_HEAD = new RegExp(
  `^(?:${vocab.unitHeadTitles.map(escapeRegExp).join('|')})\\s+(?=(?:cac\\s+)?(?:${vocab.unitHeadKinds.map(escapeRegExp).join('|')})\\b)`,
);
const OFFICIALS = new RegExp(`${STRIPPED_TITLES.source}|^(?:pho )?chu tich(?:,\\s*|\\s+)`);

/**
 * The title(s) a written name opens with ("Giám đốc, Thủ trưởng các sở" -> "Giám đốc, Thủ trưởng"), when a
 * body follows it (a capitalized name or "các ..."), else null.
 */
export function officialTitle(written: string): string | null {
  const f = fold(written);
  const m = OFFICIALS.exec(f) ?? UNIT_HEAD.exec(f);
  if (!m) return null;
  const words = written.split(' ');
  const n = m[0].trim().split(/\s+/).length;
  const rest = words.slice(n).join(' ');
  return /^(?:\p{Lu}|các |cơ quan|đơn vị)/u.test(rest) ? words.slice(0, n).join(' ').replace(/[,;:]$/, '') : null;
}

/**
 * The body's own name from a canonical spelling: without the head's title ("Giám đốc Sở Nội vụ" ->
 * "Sở Nội vụ"), an apposition ("Sở Nội vụ - Cơ quan Thường trực ...") or a parent ("Tổ công tác ... thuộc
 * Ban Chỉ đạo ...").
 */
export function displayName(full: string, group: boolean, keepTitle = false): string {
  let words = full.split(' ');
  const m = keepTitle ? /^cac ong, ba:?\s+/.exec(fold(full)) : STRIPPED_TITLES.exec(fold(full));
  if (m) {
    const n = m[0].trim().split(/\s+/).length;
    if (words.length > n) words = words.slice(n);
  }
  if (!group) {
    const cut = words.findIndex((w, i) => {
      const f = fold(w);
      const next = fold(words[i + 1] ?? '');
      const next2 = fold(words[i + 2] ?? '');
      return i > 0 && ((f === '-' && (/^(co|don|la)$/.test(next) || (next === 'thuong' && next2 === 'truc'))) || f === 'thuoc' || (f === 'truc' && next === 'thuoc') || f.startsWith('('));
    });
    if (cut > 0) words = words.slice(0, cut);
  }
  if (group) {
    // "các Sở, ban, ngành" -> "các sở, ban, ngành": kinds of bodies are common nouns.
    words = words.map((w, i) => {
      const prev = fold(words[i - 1] ?? '');
      const bare = fold(w).replace(/[,;:]$/, '');
      const inList = w.endsWith(',') || prev.endsWith(',');
      // "... thuộc Bộ Xây dựng, Bộ Quốc phòng": a head with its proper name after it is a body's, not a kind.
      const named = !w.endsWith(',') && /^\p{Lu}/u.test(words[i + 1] ?? '');
      return (prev === 'cac' || prev.endsWith(',')) && inList && !named && GENERIC_WORDS.has(bare) ? w.toLowerCase() : w;
    });
  }
  let name = words.join(' ').replace(/[,;:]$/, '').trim();
  if (!name) return full;
  if (!group || (keepTitle && !/^(các|những|cơ quan|đơn vị)\b/i.test(name))) name = name[0]!.toUpperCase() + name.slice(1);
  else if (/^(Các|Những)\b/.test(name)) name = name[0]!.toLowerCase() + name.slice(1);
  return name;
}
