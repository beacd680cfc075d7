/**
 * Vietnamese provinces and centrally-run cities, before and after the 2025 merger (63 and 34 units: every
 * unit of the 34 is also a name of the 63, plus the city of Huế), with folded forms for matching OCR text.
 * A local document's jurisdiction is one of these names, written with diacritics.
 */
import { foldForSearch, foldKeepLength } from './folding';
import { bestPattern, spellingTest, wordsOfWholeText, type Token } from './matching';
import provinceData from './data/provinces.json';

export interface Province {
  /** Name with diacritics, as used for jurisdictions: "Quảng Ninh". */
  name: string;
  /** `tỉnh` or `thành phố` (centrally-run city): decides "Tỉnh ủy" vs "Thành ủy", "UBND tỉnh" vs "UBND thành phố". */
  unit: 'tỉnh' | 'thành phố';
  /** Folded spellings, words separated by single spaces. */
  folded: string[];
  /** Jurisdiction of its documents: its name, or the name it bears since a renaming ("Thừa Thiên Huế" -> "Huế"). */
  jurisdiction: string;
}

const CITIES: readonly string[] = provinceData.cities;
const PROVINCE_NAMES: readonly string[] = provinceData.provinces;
/** Other spellings seen in documents. */
const ALIASES: Readonly<Record<string, readonly string[]>> = provinceData.aliases;

function foldWords(s: string): string {
  return foldForSearch(s).replace(/[^a-z0-9]+/g, ' ').trim();
}

export const PROVINCES: readonly Province[] = [
  ...CITIES.map((name) => ({ name, unit: 'thành phố' as const })),
  ...PROVINCE_NAMES.map((name) => ({ name, unit: 'tỉnh' as const })),
].map((p) => ({
  ...p,
  folded: [foldWords(p.name), ...(ALIASES[p.name] ?? [])],
  jurisdiction: (provinceData.renamed as Record<string, string | undefined>)[p.name] ?? p.name,
}));

const BY_FOLDED = new Map<string, Province>();
for (const p of PROVINCES) for (const f of p.folded) BY_FOLDED.set(f, p);

const MERGED_INTO: Readonly<Record<string, string | undefined>> = provinceData.mergedInto;

/** The unit a province was merged into in 2025 ("Vĩnh Phúc" -> "Phú Thọ"), or null for a unit that stands. */
export function mergedInto(p: Province): string | null {
  return MERGED_INTO[p.name] ?? null;
}

export function provinceByName(name: string | null | undefined): Province | null {
  if (!name) return null;
  return BY_FOLDED.get(foldWords(name)) ?? null;
}

// Longest spellings first so "Thừa Thiên Huế" wins over "Huế".
const ALL_FOLDED = [...BY_FOLDED.keys()].sort((a, b) => b.length - a.length);

/**
 * Spellings by their first two characters, longest first: at each word start only those are tried, as the
 * alternation /(?<![a-z0-9])(w1[\s\-–]+w2...|...)(?![a-z0-9])/g would try them, without trying all ~150 at
 * every offset. Words are letters and digits (a first word of two at least), so a run of separators is
 * always taken whole and a spelling's first two characters are the text's.
 */
// An array indexed by the two characters' codes (both a-z0-9, under 128): read at every word start of a text.
const BY_FIRST_TWO: ({ folded: string; words: string[] }[] | undefined)[] = new Array(128 << 7);
for (const f of ALL_FOLDED) {
  const words = f.split(' ');
  if (!words.every((w) => /^[a-z0-9]+$/.test(w)) || words[0]!.length < 2) {
    throw new Error(`data/provinces.json: spelling "${f}" must be words of letters and digits, the first of two at least`);
  }
  const key = (f.charCodeAt(0) << 7) | f.charCodeAt(1);
  const list = (BY_FIRST_TWO[key] ??= []);
  list.push({ folded: f, words });
}

const isAlnum = (c: number): boolean => (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39);
/** The separators allowed between a name's words: `\s`, `-`, `–`. */
const isSeparator = (c: number): boolean => c === 0x2d || c === 0x2013 || /\s/.test(String.fromCharCode(c));

/** End of `words` read at `at` (separators between them, no letter or digit after), or -1. */
function spellingEnd(folded: string, at: number, words: readonly string[]): number {
  let i = at;
  for (let k = 0; k < words.length; k++) {
    if (k > 0) {
      const from = i;
      while (i < folded.length && isSeparator(folded.charCodeAt(i))) i++;
      if (i === from) return -1;
    }
    if (!folded.startsWith(words[k]!, i)) return -1;
    i += words[k]!.length;
  }
  return i < folded.length && isAlnum(folded.charCodeAt(i)) ? -1 : i;
}

/**
 * Province spellings in folded text, leftmost first, the longest spelling at each place. `words`, the folded
 * text's word tokens when the caller has them, say where a spelling may start without reading every character:
 * at a word's start, or inside a word only after a character that is no letter or digit ("x&ha noi").
 */
export function* spellingsIn(folded: string, words?: readonly Token[]): Generator<Spelling> {
  let i = 0;
  if (!words) {
    for (let m = nextSpelling(folded, 0, folded.length); m; m = nextSpelling(folded, i, folded.length)) {
      yield m;
      i = m.end;
    }
    return;
  }
  // An index loop: a for-of inside a generator allocated an iterator result per word (bench/HISTORY.md, x22).
  for (let k = 0; k < words.length; k++) {
    const w = words[k]!;
    if (w.end <= i) continue;
    if (spellingTest(w, 'lettersAndDigits', plainWord)) {
      // Only its start can open a spelling, and only a spelling whose first word is this word: the word is one
      // run of letters and digits, so a longer first word would run on past it, a shorter one end inside it.
      const m = w.start >= i && spellingTest(w, 'provinceFirstWord', isFirstWord) ? spellingAt(folded, w.start) : null;
      if (m) {
        yield m;
        i = m.end;
      }
      continue;
    }
    for (let m = nextSpelling(folded, Math.max(i, w.start), w.end); m; m = nextSpelling(folded, i, w.end)) {
      yield m;
      i = m.end;
    }
  }
}

interface Spelling {
  folded: string;
  start: number;
  end: number;
}

/** First words of the spellings (a plain word can open a spelling only when it is one). */
const FIRST_WORDS: ReadonlySet<string> = new Set(ALL_FOLDED.map((f) => f.split(' ')[0]!));

function isFirstWord(t: Token): boolean {
  return FIRST_WORDS.has(t.raw);
}

/** A word of letters a-z and digits only (folded). */
function plainWord(t: Token): boolean {
  return /^[a-z0-9]+$/.test(t.raw);
}

/** The first spelling starting in [from, to) of `folded`, each run of letters and digits tried at its start. */
function nextSpelling(folded: string, from: number, to: number): Spelling | null {
  let i = from;
  while (i < to) {
    // Spellings start with two letters or digits (a-z0-9), never right after one.
    const c = folded.charCodeAt(i);
    const m = isAlnum(c) && !(i > 0 && isAlnum(folded.charCodeAt(i - 1))) ? spellingAt(folded, i) : null;
    if (m) return m;
    // No spelling starts inside a run of letters and digits: go on after this one.
    i++;
    if (isAlnum(c)) while (i < folded.length && isAlnum(folded.charCodeAt(i))) i++;
  }
  return null;
}

/** The longest spelling starting at `i`, the start of a run of letters and digits, or null. */
function spellingAt(folded: string, i: number): Spelling | null {
  const d = i + 1 < folded.length ? folded.charCodeAt(i + 1) : 0;
  if (!isAlnum(d)) return null;
  const candidates = BY_FIRST_TWO[(folded.charCodeAt(i) << 7) | d];
  if (candidates === undefined) return null;
  for (const cand of candidates) {
    const end = spellingEnd(folded, i, cand.words);
    if (end >= 0) return { folded: cand.folded, start: i, end };
  }
  return null;
}

export interface ProvinceMention {
  province: Province;
  start: number;
  end: number;
  /** Preceded by "tỉnh" / "thành phố": a strong sign the unit, not a place inside it, is meant. */
  qualified: boolean;
}

const MARKS = /[\u0300-\u036f]|đ/gi;

function marksOf(s: string): Set<string> {
  return new Set((s.normalize('NFD').match(MARKS) ?? []).map((c) => c.toLowerCase()));
}

/**
 * A province is a proper name: every word capitalised, and, when the text has diacritics there, mostly the
 * name's own. Common words fold to the same letters: "diễn biến" (Điện Biên), "hòa bình" (Hòa Bình).
 */
function looksLikeName(span: string, p: Province): boolean {
  const words = span.split(/[\s\-–]+/).filter(Boolean);
  if (!words.every((w) => /^\p{Lu}/u.test(w))) return false;
  const seen = marksOf(span);
  if (!seen.size) return true;
  const own = marksOf(p.name);
  let shared = 0;
  for (const m of seen) if (own.has(m)) shared++;
  return shared * 2 >= seen.size;
}

/** Every exact (folded) province mention in a text, written as a name. */
export function findProvinces(text: string): ProvinceMention[] {
  const folded = foldKeepLength(text);
  const out: ProvinceMention[] = [];
  for (const m of spellingsIn(folded, wordsOfWholeText(folded) ?? undefined)) {
    const province = BY_FOLDED.get(m.folded)!;
    if (!looksLikeName(text.slice(m.start, m.end), province)) continue;
    const before = folded.slice(Math.max(0, m.start - 12), m.start);
    out.push({
      province,
      start: m.start,
      end: m.end,
      qualified: /(?:tinh|thanh pho|tp\.?)\s+$/.test(before),
    });
  }
  return out;
}

/** The province a text is mostly about: qualified mentions count double. Null when none is named. */
export function dominantProvince(text: string): Province | null {
  const score = new Map<Province, number>();
  for (const m of findProvinces(text)) score.set(m.province, (score.get(m.province) ?? 0) + (m.qualified ? 2 : 1));
  let best: Province | null = null;
  let bestScore = 0;
  for (const [p, s] of score) {
    if (s > bestScore) {
      best = p;
      bestScore = s;
    }
  }
  return best;
}

const FUZZY_CANDIDATES = PROVINCES.flatMap((p) => p.folded.map((f) => ({ phrase: f, value: p })));

/**
 * OCR-tolerant province at a token position ("Quadng Ngdai", "Quéang Ninh"); a one-word name ("Huế") only
 * when written exactly, since one damaged word matches too many others.
 */
export function provinceAtTokens(
  tokens: readonly Token[],
  at: number,
  maxCost = 1,
): { province: Province; tokens: number; end: number } | null {
  const hit = bestPattern(tokens, at, FUZZY_CANDIDATES);
  if (!hit || hit.match.cost > (hit.match.tokens === 1 ? 0 : maxCost)) return null;
  return { province: hit.value, tokens: hit.match.tokens, end: hit.match.end };
}
