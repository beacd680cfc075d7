/** Kinds of bodies inside a list: sectors, schools' levels, individuals, a kind joined by "và", OCR-damaged kinds. */
import vocab from '../data/bodyVocabulary.json';
import { hasMarks } from '../folding';
import {
  GENERIC_NOUNS,
  STANDALONE_GROUP_KINDS,
  ANYONE_KINDS,
  GROUP_SECTORS,
  HEAD_TITLES,
  fuzzyWordEq,
  firstExactWordsAt,
  longestMatch,
  wordCost,
  phrases,
  foldedPhrases,
  type Phrase,
  type Token,
} from '../vocabulary';
import { LOCALITY_GENERICS } from './wordSets';
import { COMMA, isCac, isWord, phraseWrittenAt } from './words';

/** Levels of schools ("đại học", "cao đẳng"), folded, one array per level. */
const SCHOOL_LEVELS: readonly (readonly string[])[] = foldedPhrases(vocab.schoolLevels).map((l) => l.split(' '));

/** A kind of school named by its level ("trường đại học", "cơ sở giáo dục đại học"), folded. */
export function schoolKind(kind: string): boolean {
  return SCHOOL_LEVELS.some((l) => kind.endsWith(` ${l.join(' ')}`));
}

/** A level of school written alone after a kind of school ("cao đẳng", "Trung cấp"), on its line: token count, or 0. */
export function schoolLevelAt(tokens: readonly Token[], i: number): number {
  if (!tokens[i]?.word || tokens[i]!.nl > 0) return 0;
  const level = firstExactWordsAt(tokens, i, SCHOOL_LEVELS);
  // Written with its marks: "cao dang" without them may be OCR noise of other words.
  return level && hasMarks(tokens[i + level.length - 1]!.raw) ? level.length : 0;
}

/**
 * A kind after "và" that joins the group before it (token count, or 0): written plainly, of the same sector
 * (or the list addresses anyone), and followed by the modifier the whole list shares ("liên quan") or opened by
 * one "các".
 */
export function sharedKindAt(tokens: readonly Token[], i: number, before: string, listStart: number): number {
  const m = tokens[i]?.word && !tokens[i]!.cap ? longestMatch(tokens, i, GENERIC_NOUNS, true) : null;
  if (!m || !phraseWrittenAt(tokens, i, m.p)) return 0;
  const kind = m.p.words.join(' ');
  if (STANDALONE_GROUP_KINDS.has(kind) || LOCALITY_GENERICS.has(kind) && kind !== 'dia phuong') return 0;
  if (crossesSector(before, kind) && !anyoneList(tokens, listStart)) return 0;
  let k = i + m.n;
  let individuals = individualAt(tokens, i);
  // "... và tổ chức, cá nhân có liên quan".
  while (tokens[k]?.raw === COMMA) {
    const more = longestMatch(tokens, k + 1, GENERIC_NOUNS, true);
    if (!more || tokens[k + 1]!.cap) break;
    individuals ||= individualAt(tokens, k + 1);
    k += 1 + more.n;
  }
  // "Thủ trưởng các cơ quan, đơn vị và tổ chức, cá nhân có liên quan": a head heads the units before "và", never
  // the individuals after it, so these are two bodies (the tenth round's decision, correction C3 of gold-real's
  // README); without the head the list is one ("các cơ quan, đơn vị và tổ chức, cá nhân có liên quan").
  if (individuals && headTitleBefore(tokens, listStart - 1)) return 0;
  if (isWord(tokens[k], 'khac')) k++;
  if (isWord(tokens[k], 'co')) k++;
  if (isWord(tokens[k], 'lien') && isWord(tokens[k + 1], 'quan')) return m.n;
  // "các bộ, cơ quan và địa phương biết, thực hiện", "Đề nghị các sở, ban, ngành và địa phương khẩn trương ...":
  // under one "các" the kinds are one phrase whatever follows (README convention 7, correction C2), unless a
  // capitalized word goes on to name one body of the last kind.
  return isCac(tokens[listStart - 1]) && !tokens[i + m.n]?.cap ? m.n : 0;
}

/** Whether a head's title ("Thủ trưởng", "Giám đốc") ends right before the "các" at `cac`. */
function headTitleBefore(tokens: readonly Token[], cac: number): boolean {
  if (!isCac(tokens[cac])) return false;
  for (let j = cac - 1; j >= Math.max(0, cac - 4); j--) {
    const title = longestMatch(tokens, j, HEAD_TITLES, true);
    if (title && j + title.n === cac) return true;
  }
  return false;
}

function sectorOf(kind: string): 'state' | 'enterprise' | null {
  return GROUP_SECTORS.find((s) => kind === s.kind || kind.startsWith(`${s.kind} `))?.sector ?? null;
}


/**
 * "các cơ quan, tổ chức, đơn vị, doanh nghiệp, cá nhân có liên quan": a list of kinds that names organizations
 * or individuals of any kind addresses everyone concerned, one collective whatever its sectors.
 */
export function anyoneList(tokens: readonly Token[], i: number): boolean {
  let k = i;
  for (let guard = 0; guard < 12; guard++) {
    const m = longestMatch(tokens, k, GENERIC_NOUNS, true);
    if (!m) return false;
    const kind = m.p.words.join(' ');
    if (ANYONE_KINDS.some((k) => kind === k || kind.startsWith(`${k} `))) return true;
    k += m.n;
    if (tokens[k]?.raw === COMMA || isWord(tokens[k], 'va')) k++;
    else return false;
    if (isCac(tokens[k])) k++;
  }
  return false;
}

/** Whether a list of kinds passes from state agencies to enterprises or back between these two kinds. */
export function crossesSector(before: string, after: string): boolean {
  const a = sectorOf(before);
  const b = sectorOf(after);
  return a !== null && b !== null && a !== b;
}

/** Short kinds OCR damages ("sở", "ban", "xã"). */
const FUZZY_SHORT_KINDS = phrases(vocab.fuzzyShortKinds);

/** OCR-damaged short generic nouns ("sd" = sở, "Sé" = sở) only when followed by a list comma. */
export function fuzzyGeneric(tokens: readonly Token[], i: number): { p: Phrase; n: number } | null {
  const t = tokens[i];
  if (!t?.word || t.f.length > 3) return null;
  if (tokens[i + 1]?.raw !== COMMA) return null;
  for (const p of FUZZY_SHORT_KINDS) {
    const g = p.words[0]!;
    if (t.f !== g && t.f[0] === g[0] && (fuzzyWordEq(t.f, g) || wordCost(t.f, g) <= 0.75)) return { p, n: 1 };
  }
  return null;
}

const INDIVIDUALS = new Set(vocab.individuals);

/** Whether individuals ("cá nhân", "hộ gia đình") are named at `k`. */
export function individualAt(tokens: readonly Token[], k: number): boolean {
  return INDIVIDUALS.has(`${tokens[k]?.f ?? ''} ${tokens[k + 1]?.f ?? ''}`);
}
