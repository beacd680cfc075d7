/** Provinces a body's name ends with, and the short place phrases around them ("trực thuộc trung ương", "Việt Nam"). */
import { fold } from '../folding';
import { PROVINCES as PROVINCE_UNITS } from '../provinces';
import { tokenFuzzy, exactLongestMatch, longestMatch, phrases, tokenize, type Token } from '../vocabulary';
import { isWord } from './words';

/** Each spelling a body's name may end with, and the province's name it writes. */
const PROVINCE_OF_SPELLING = new Map(
  PROVINCE_UNITS.flatMap((p) => (p.name.includes(' - ') ? [p.name, p.name.replace(' - ', ' ')] : [p.name]).map((s) => [s, p.name] as const)),
);
/**
 * Provinces a local body's name ends with ('Sở Y tế tỉnh Cà Mau'), older and merged names alike: the project's
 * one list (provinces.ts), a dashed name also without its dash ("Bà Rịa Vũng Tàu"). In folded order, so that
 * of two OCR-damaged matches at one cost the same one wins as before.
 */
export const PROVINCES = phrases(
  [...PROVINCE_OF_SPELLING.keys()].sort((a, b) => {
    const x = fold(a);
    const y = fold(b);
    return x < y ? -1 : x > y ? 1 : 0;
  }),
);

export function vietNamAt(tokens: readonly Token[], i: number): number {
  return tokens[i]?.word && tokenFuzzy(tokens[i], 'viet') && tokens[i + 1]?.word && tokens[i + 1]!.f === 'nam' ? 2 : 0;
}

/**
 * A province named bare after a complete body, capitalized as written: "Báo và Phát thanh, Truyền hình Cần
 * Thơ", "Thường trực Tỉnh ủy Thanh Hóa" (not a heading in capitals: "TỈNH ỦY QUẢNG NGÃI" is the header's Tỉnh ủy).
 */
export function bareProvinceAt(tokens: readonly Token[], i: number): number {
  const t = tokens[i];
  if (!t?.cap || t.upper) return 0;
  return exactLongestMatch(tokens, i, PROVINCES)?.n ?? 0;
}

/** "trực thuộc trung ương" closing "các tỉnh, thành phố": token count, or 0. */
export function centralTailAt(tokens: readonly Token[], i: number): number {
  return isWord(tokens[i], 'truc') && isWord(tokens[i + 1], 'thuoc') && isWord(tokens[i + 2], 'trung') && isWord(tokens[i + 3], 'uong') ? 4 : 0;
}


export function provinceIn(folded: string): string | null {
  const toks = tokenize(folded);
  for (let i = 0; i < toks.length; i++) {
    // "tỉnh X", "thành phố X", and the Party committees "Tỉnh ủy X", "Thành ủy X".
    const partyCommittee = (toks[i]!.f === 'tinh' || toks[i]!.f === 'thanh') && toks[i + 1]?.f === 'uy';
    if (toks[i]!.f !== 'tinh' && !(toks[i]!.f === 'thanh' && toks[i + 1]?.f === 'pho') && !partyCommittee) continue;
    const k = toks[i]!.f === 'tinh' && !partyCommittee ? i + 1 : i + 2;
    const p = longestMatch(toks, k, PROVINCES, true);
    if (p) return PROVINCE_OF_SPELLING.get(p.p.display)!;
  }
  return null;
}
