/**
 * Vietnamese provinces and centrally-run cities, before and after the 2025 merger (63 and 34 units: every
 * unit of the 34 is also a name of the 63, plus the city of Huế), with folded forms for matching OCR text.
 * A local document's jurisdiction is one of these names, written with diacritics.
 */
import { foldForSearch, foldKeepLength } from './folding';
import { bestPattern, type Token } from './matching';
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

export function provinceByName(name: string | null | undefined): Province | null {
  if (!name) return null;
  return BY_FOLDED.get(foldWords(name)) ?? null;
}

// Longest spellings first so "Thừa Thiên Huế" wins over "Huế".
const ALL_FOLDED = [...BY_FOLDED.keys()].sort((a, b) => b.length - a.length);
const PROVINCE_RE = new RegExp(
  `(?<![a-z0-9])(${ALL_FOLDED.map((f) => f.split(' ').join('[\\s\\-–]+')).join('|')})(?![a-z0-9])`,
  'g',
);

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
  for (const m of folded.matchAll(PROVINCE_RE)) {
    const province = BY_FOLDED.get(m[1]!.replace(/[\s\-–]+/g, ' '));
    if (!province) continue;
    if (!looksLikeName(text.slice(m.index, m.index + m[0].length), province)) continue;
    const before = folded.slice(Math.max(0, m.index - 12), m.index);
    out.push({
      province,
      start: m.index,
      end: m.index + m[0].length,
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
