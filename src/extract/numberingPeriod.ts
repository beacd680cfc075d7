/**
 * Document numbers are not unique forever: state bodies restart their numbering every calendar year
 * (`76/NQ-CP` of 2021 and of 2023 are different resolutions) unless the year is part of the symbol
 * (`60/2021/NĐ-CP`), and Party committees restart theirs with every congress term (`18-NQ/TW` of the
 * 12th Central Committee, 2017, and of the 13th, 2022, are different resolutions). Two claims about the
 * "same" symbol whose dates fall in different numbering periods therefore most likely name different
 * documents, while claims within one period that disagree are a real conflict to resolve.
 */
import { parseSymbol } from './symbols';

/** Opening dates of the national Party congresses (terms X to XIV). */
const CENTRAL_TERMS: [string, string][] = [
  ['2006-04-18', 'X'],
  ['2011-01-12', 'XI'],
  ['2016-01-21', 'XII'],
  ['2021-01-25', 'XIII'],
  ['2026-01-19', 'XIV'],
];

/**
 * Provincial and lower Party congresses are held in the autumn before the national one; their exact
 * dates differ by province, so terms are approximated as starting on 1 September of those years.
 */
const LOCAL_TERM_YEARS = [2005, 2010, 2015, 2020, 2025];

/**
 * The numbering period a dated document with this symbol belongs to: `"2021"` for state documents,
 * `"TW-XIII"` / `"local-2020"` for Party documents, null when the symbol carries its year (no ambiguity)
 * or the symbol or date cannot be read.
 */
export function numberingPeriod(symbol: string | null, isoDate: string | null): string | null {
  if (!symbol || !isoDate || !/^\d{4}-\d{2}-\d{2}$/.test(isoDate)) return null;
  const parsed = parseSymbol(symbol);
  if (!parsed || parsed.year) return null;
  if (!parsed.party) return isoDate.slice(0, 4);
  if (parsed.agency === 'TW') {
    let term: string | null = null;
    for (const [start, name] of CENTRAL_TERMS) if (isoDate >= start) term = name;
    return term ? `TW-${term}` : null;
  }
  let start: number | null = null;
  for (const year of LOCAL_TERM_YEARS) if (isoDate >= `${year}-09-01`) start = year;
  return start === null ? null : `local-${start}`;
}

/** True when the dated claims about one symbol fall in more than one numbering period. */
export function claimsSpanNumberingPeriods(symbol: string | null, isoDates: (string | null)[]): boolean {
  const periods = new Set(isoDates.map((d) => numberingPeriod(symbol, d)).filter((p): p is string => p !== null));
  return periods.size > 1;
}
