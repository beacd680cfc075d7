/** Canonical display names: vocabulary words with diacritics, abbreviations expanded, the rest as written. */
import { isVietnameseSyllable } from '../../text/vietnameseSyllable';
import vocab from '../data/bodyVocabulary.json';
import { fold, hasMarks } from '../folding';
import { BoundedMemo } from '../memo';
import {
  ABBREVIATIONS,
  COMPLETE_ORGS,
  DISPLAY_WORDS,
  GENERIC_NOUNS,
  GROUP_MODIFIERS,
  HEAD_TITLES,
  NAME_WORDS,
  NAMED_HEADS,
  OFFICE_TITLES,
  STOP_WORDS,
  exactLongestMatch,
  longestMatch,
  phrases,
  tokenize,
  type Phrase,
  type Token,
} from '../vocabulary';
import { LOCAL_UNITS } from './wordSets';
import { isCac, otherWordWritten } from './words';
import { PROVINCES } from './localities';
import { fuzzyGeneric } from './kinds';
import { abbreviationAt, fuzzyShortHead } from './heads';

const ALL_PHRASES: Phrase[] = [
  ...COMPLETE_ORGS,
  ...NAMED_HEADS,
  ...NAME_WORDS,
  ...DISPLAY_WORDS,
  ...GENERIC_NOUNS,
  ...GROUP_MODIFIERS,
  ...HEAD_TITLES,
  ...OFFICE_TITLES,
  ...LOCAL_UNITS,
  ...phrases(vocab.listWords),
].sort((x, y) => y.words.length - x.words.length);

const canonicalMemo = new BoundedMemo<string, string>(20_000);

/** Canonical display name: vocabulary words with diacritics, abbreviations expanded, the rest as written. */
export function canonicalName(rawName: string): string {
  return canonicalMemo.get(String(rawName ?? ''), canonicalNameUncached);
}

function canonicalNameUncached(rawName: string): string {
  const tokens = tokenize(String(rawName ?? '').slice(0, 400));
  const marked = writtenWithMarks(tokens);
  const out: string[] = [];
  let glue = false;
  for (let i = 0; i < tokens.length; ) {
    const t = tokens[i]!;
    if (!t.word) {
      if (t.raw === ',' || t.raw === ';' || t.raw === ':' || t.raw === ')' || t.raw === '.') {
        if (out.length) out[out.length - 1] += t.raw === ';' ? ',' : t.raw === '.' ? '' : t.raw;
      } else if (t.raw === '-' || t.raw === '–') out.push('-');
      else if (t.raw === '(') {
        out.push('(');
        glue = true;
      }
      i++;
      continue;
    }
    const ab = abbreviationAt(tokens, i);
    let words: string[];
    let n: number;
    if (ab) {
      words = ABBREVIATIONS[ab]!.split(' ');
      n = ab === 'ct-xh' ? 3 : 1;
    } else if (isCac(t)) {
      words = [t.f === 'nhung' ? 'những' : 'các'];
      n = 1;
    } else if (STOP_WORDS.has(t.f) && fold(t.raw) === t.f && !(t.cap && i > 0) && !provinceAfterLevel(out, tokens, i)) {
      // A preposition written plainly stays itself ("trong" is no OCR-damaged "Trường"); capitalized inside a name
      // it is a name's word that lost its marks ("Sở Tai chinh" is "Sở Tài chính", not "tại").
      words = [t.raw];
      n = 1;
    } else {
      const province = provinceAfterLevel(out, tokens, i);
      // An official's title spelt exactly, marks lost ("Bi thu" is "Bí thư", no OCR-damaged "Bộ").
      const title = exactLongestMatch(tokens, i, HEAD_TITLES) ?? exactLongestMatch(tokens, i, OFFICE_TITLES);
      // The head repairs ("Sớ Nội vụ" is "Sở Nội vụ") read the name that follows; a vocabulary word alone does not.
      const repair = province ?? (title ? null : fuzzyShortHead(tokens, i)) ?? (i > 0 ? fuzzyGeneric(tokens, i) : null);
      const found = repair ?? longestMatch(tokens, i, ALL_PHRASES, true, true);
      // A word written with its marks that folds to another word is that other word, no OCR damage of the
      // vocabulary's ("Cục Trồng trọt" is no "Cục trưởng", "Điện Biên" no "Đoàn"): such a match is dropped.
      // A valid word the writer wrote is no damage either ("quy định" is no "quỹ định"): `rewritesWrittenWord`.
      const m = found && !repair && (otherWordWritten(tokens, i, found) || rewritesWrittenWord(tokens, i, found, marked)) ? null : found;
      if (m && !repair && lettersChanged(tokens, i, m)) {
        // "cơ quan thông tin" is no "cơ quan thông tấn": the writer's words stand, and the match's span with them
        // (read word by word, "quan" would become "quận").
        words = tokens.slice(i, i + m.n).filter((x) => x.word).map(repairedSpelling);
        n = m.n;
      } else if (m) {
        words = m.p.shown.slice();
        n = m.n;
        // Follow the writer's capitals word by word (OCR keeps them); all-capital words take the vocabulary's.
        const single = !repair && m.p.words.length === 1;
        for (let w = 0; w < words.length && w < n; w++) {
          const src = tokens[i + w]!;
          const word = words[w]!;
          if (single && keepsWrittenAccents(src, word)) {
            words[w] = src.raw;
            continue;
          }
          if (!src.word || src.upper || !word) continue;
          words[w] = src.cap ? word[0]!.toUpperCase() + word.slice(1) : word[0]!.toLowerCase() + word.slice(1);
        }
      } else {
        words = [repairedSpelling(t)];
        n = 1;
      }
    }
    for (const w of words) {
      if (glue && out.length) {
        out[out.length - 1] += w;
        glue = false;
      } else out.push(w);
    }
    i += n;
  }
  // "Sở Sở Công thương": a head written twice is a slip of the pen.
  if (out.length > 2 && out[0] === out[1] && /^\p{Lu}\p{Ll}*$/u.test(out[0]!)) out.shift();
  let name = out.join(' ').replace(/\s+,/g, ',').replace(/\s+/g, ' ').trim();
  name = name.replace(/,$/, '').trim();
  // "Các" opening a group is not part of its name; a body's own capital is kept (displayName adds one).
  if (name && /^(các|những)\b/i.test(name)) name = name[0]!.toLowerCase() + name.slice(1);
  return name;
}


/**
 * Whether the name's writer writes diacritics: its accented words are valid syllables (OCR damage writes
 * impossible ones: "Truyén", "Hoéi") and about as many as, or more than, its plain words (a text that lost its
 * marks, "Uy ban nhén dan tinh", has mostly plain words).
 */
function writtenWithMarks(tokens: readonly Token[]): boolean {
  let marked = 0;
  let plain = 0;
  for (const t of tokens) {
    if (!t.word || t.upper) continue;
    if (!hasMarks(t.raw)) plain++;
    else if (isVietnameseSyllable(t.raw)) marked++;
    else return false;
  }
  return marked > 0 && marked >= plain - 1;
}

/**
 * A one-word vocabulary match that rewrites a valid syllable the writer wrote, which OCR damage does not make:
 * changing the letters of a plain word ("Trung Quốc" is no "Trường", "Tai chinh" no "Tai chánh"), or, in a name
 * whose writer writes marks (`writtenWithMarks`), adding marks to a plain word read inside the name, between
 * the writer's words ("đơn vị quy định tại Điều 2 Quy chế này" is no "quỹ định ... Quỹ chế", "quản lý quy
 * hoạch" no "quỹ hoạch"). The name's frame, its opening head or the word closing it or one of its items
 * ("Bo Tư pháp", "Ủy ban nhân dân tinh", "các sở, ban, nganh"), is still restored: OCR that drops one word's
 * marks ("đầu tu" in a marked text) drops them there as well, and there the vocabulary word is what a name has.
 */
function rewritesWrittenWord(tokens: readonly Token[], i: number, m: { p: Phrase; n: number }, marked: boolean): boolean {
  if (m.p.words.length !== 1 || m.n !== 1) return false;
  const src = tokens[i]!;
  const shown = m.p.shown[0] ?? '';
  if (!src.word || src.upper || hasMarks(src.raw) || src.raw.toLowerCase() === shown.toLowerCase()) return false;
  // OCR look-alikes the token's reading repairs ("ch1nh", "chtrc") write the syllable they repair to.
  const written = plainSyllable(src) ? fold(src.raw) : isVietnameseSyllable(src.f) ? src.f : null;
  if (written === null) return false;
  if (written !== m.p.words[0]) return true;
  return marked && !framesName(tokens, i);
}

/** Whether `tokens[i]` opens or closes the name or one of its items (after "các", at a comma or an end). */
function framesName(tokens: readonly Token[], i: number): boolean {
  const ends = (t: Token | undefined) => !t || t.raw === ',' || t.raw === ';';
  let before = i - 1;
  while (before >= 0 && !tokens[before]!.word && !ends(tokens[before])) before--;
  return before < 0 || ends(tokens[before]) || isCac(tokens[before]!) || ends(tokens[i + 1]);
}

/**
 * A match of several words that changes the letters of a word written plainly without marks, to another valid
 * syllable, beside a word the writer accented as the phrase does ("cơ quan thông tin" matched the vocabulary's
 * "cơ quan thông tấn" by one letter): a phrase of its own, not OCR damage (damage that drops the marks keeps the
 * letters: "Uy ban nhan dan").
 */
function lettersChanged(tokens: readonly Token[], i: number, m: { p: Phrase; n: number }): boolean {
  if (m.n < 2 || m.p.words.length !== m.n) return false;
  let changed = false;
  let clean = false;
  for (let w = 0; w < m.n; w++) {
    const src = tokens[i + w]!;
    if (!src.word) return false;
    const shown = m.p.shown[w] ?? '';
    if (hasMarks(src.raw) && src.raw.toLowerCase() === shown.toLowerCase()) clean = true;
    if (!hasMarks(src.raw) && !src.upper && fold(src.raw) !== m.p.words[w] && isVietnameseSyllable(src.raw)) changed = true;
  }
  return changed && clean;
}

/**
 * A word kept as written, with the OCR look-alikes its reading repairs read back ("ch1nh" is "chinh", "thwong"
 * "thuong"): when the spelling as written is no syllable and the repair has a syllable's shape (a foreign word,
 * "World" read as "uorld", has none). Marks stay as written.
 */
const SYLLABLE_SHAPE = /^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnpqrstvx])?[aeiouy]{1,3}(?:ng|nh|ch|[cmnpt])?$/;

function repairedSpelling(t: Token): string {
  if (t.upper || hasMarks(t.raw) || t.f === fold(t.raw) || plainSyllable(t) || !SYLLABLE_SHAPE.test(t.f)) return t.raw;
  return t.cap ? t.f[0]!.toUpperCase() + t.f.slice(1) : t.f;
}

/** A word written as a valid syllable, which OCR did not make: "p" opening a word is OCR's "Đ" (`Pang` = Đảng). */
function plainSyllable(t: Token): boolean {
  return isVietnameseSyllable(t.raw) && !P_FOR_D.test(t.raw);
}

const P_FOR_D = /^p[aeiouy]/i;

/**
 * A one-word vocabulary match ("Đảng", "Đài") says nothing about the words around it, so it must not re-accent a
 * word the writer already accented as a valid syllable ("đăng ký đất đai" is not "đảng ký đất đài"); OCR repair
 * is for words without or with impossible diacritics. Longer phrases give each other context and still repair.
 */
function keepsWrittenAccents(src: Token, shown: string): boolean {
  if (!src.word || src.raw.toLowerCase() === shown.toLowerCase()) return false;
  if (fold(src.raw) === src.raw.toLowerCase()) return false;
  return isVietnameseSyllable(src.raw);
}

/**
 * A province's name after its level or its party committee ("tỉnh", "thành phố", "Tỉnh ủy", "Thành ủy") at `i`,
 * even where its first word reads as a function word ("Da Nang": "đã"), else null.
 */
function provinceAfterLevel(out: readonly string[], tokens: readonly Token[], i: number): { p: Phrase; n: number } | null {
  return out.length > 0 && /^(tỉnh|phố|ủy)$/i.test(out[out.length - 1]!) ? longestMatch(tokens, i, PROVINCES, true) : null;
}
