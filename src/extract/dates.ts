/**
 * Vietnamese dates as written in documents, OCR damage included, to ISO `YYYY-MM-DD`.
 *
 * Forms: `15/7/2021`, `04-7-2023`, `15.7.2021`, `ngày 09 tháng 12 năm 2022`, `ngay23 thang 7 nam 2025`.
 * OCR repairs: a stray digit in the year (`15/7/12021` -> 2021), letters read for digits inside a number
 * (`0l/10/2021`, `2O21`). Impossible dates (31/2, month 13) give null rather than a guess.
 */
import { foldKeepLength } from './folding';

export interface DateMatch {
  start: number;
  end: number;
  /** As written. */
  raw: string;
  iso: string;
}

const MIN_YEAR = 1945;
const MAX_YEAR = 2100;

/** Letters OCR reads for digits; only replaced inside tokens that already hold a digit. */
function repairDigits(token: string): string {
  if (!/\d/.test(token)) return token;
  return token.replace(/[oO]/g, '0').replace(/[lI|]/g, '1');
}

/** A 4- or 5-digit year; a 5-digit one has a stray digit at one end (`12021`). */
function repairYear(raw: string): number | null {
  const digits = repairDigits(raw);
  if (!/^\d{4,5}$/.test(digits)) return null;
  const candidates = digits.length === 4 ? [digits] : [digits.slice(1), digits.slice(0, 4)];
  for (const c of candidates) {
    const y = Number(c);
    if (y >= MIN_YEAR && y <= MAX_YEAR) return y;
  }
  return null;
}

/**
 * A citation's date whose written year has a stray digit ("09/6/20205" of "Nghị định số 118/2025/NĐ-CP") takes
 * the year its symbol states when dropping one digit gives it: which digit is stray only the symbol tells
 * (`repairYear` drops an end one, 2020). Other dates are returned unchanged.
 */
export function yearFromSymbol(iso: string, raw: string, symbolYear: string | null): string {
  if (!symbolYear || iso.startsWith(symbolYear)) return iso;
  const year = /\d{5}(?!\d)/.exec(repairDigits(raw))?.[0];
  if (!year) return iso;
  for (let i = 0; i < year.length; i++) {
    if (year.slice(0, i) + year.slice(i + 1) === symbolYear) return `${symbolYear}${iso.slice(4)}`;
  }
  return iso;
}

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** ISO date from day, month, year parts, or null when they do not form a real date. */
export function isoDate(day: string | number, month: string | number, year: string | number): string | null {
  const d = Number(repairDigits(String(day)));
  const m = Number(repairDigits(String(month)));
  const y = typeof year === 'number' ? year : repairYear(year);
  if (y === null || !Number.isInteger(d) || !Number.isInteger(m)) return null;
  if (m < 1 || m > 12 || d < 1 || d > daysIn(y, m)) return null;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

// Digit-ish: digits plus the letters OCR reads for them, but starting with a digit.
const N2 = '(\\d[\\dOoIl]?)';
const N45 = '(\\d[\\dOoIl]{3,4})';
/** `15/7/2021`, `15-7-2021`, `15.7.2021` (folded text). */
const NUMERIC = `${N2}\\s?([/.\\-])\\s?${N2}\\s?\\2\\s?${N45}`;
/** `ngày 09 tháng 12 năm 2022`, `ngay23 thang 7 nam 2025` (folded, OCR-tolerant words). */
const WORDED = `${N2}\\s*th[a-z0-9@]{0,2}ng\\s*${N2}\\s*,?\\s*n[a-z0-9@]{1,2}m\\s*${N45}`;
/** Optional leading "ngày" (folded, OCR: `ngdy`, `ngay23`), written twice by mistake at most ("ngày ngày 08"). */
const DAY_WORD = '(?:ng[a-z0-9@]{1,2}y\\s*){0,2}';
const DATE_RE = new RegExp(`(?<![\\d/.\\-])${DAY_WORD}(?:${NUMERIC}|${WORDED})(?![\\d/])`, 'gi');

const DATE_AT_START_RE = new RegExp(`^${DAY_WORD}(?:${NUMERIC}|${WORDED})(?![\\d/])`, 'i');

function isoFromMatch(m: RegExpMatchArray): string | null {
  if (m[1] !== undefined) return isoDate(m[1], m[3]!, m[4]!);
  if (m[5] !== undefined) return isoDate(m[5], m[6]!, m[7]!);
  return null;
}

/** Parse one written date ("ngày 09 tháng 12 năm 2022", "15/7/12021"); null when it is not a valid date. */
export function parseVietnameseDate(raw: string): string | null {
  if (typeof raw !== 'string' || raw.length > 200) return null;
  const folded = foldKeepLength(raw.normalize('NFC'));
  const m = new RegExp(DATE_RE.source, 'i').exec(folded);
  return m ? isoFromMatch(m) : null;
}

/** Every valid date in a text, with offsets into it (the text is NFC, as extractors receive it). */
export function findDates(text: string): DateMatch[] {
  const folded = foldKeepLength(text);
  const out: DateMatch[] = [];
  for (const m of folded.matchAll(new RegExp(DATE_RE.source, 'gi'))) {
    const iso = isoFromMatch(m);
    if (!iso) continue;
    out.push({ start: m.index, end: m.index + m[0].length, raw: text.slice(m.index, m.index + m[0].length), iso });
  }
  return out;
}

/**
 * The date written at the very start of `folded` (after optional "ngày"), for parsers that walk a citation:
 * returns its ISO form and length, or null.
 */
export function dateAtStart(folded: string): { iso: string; length: number } | null {
  const m = DATE_AT_START_RE.exec(folded.slice(0, 60));
  if (!m) return null;
  const iso = isoFromMatch(m);
  return iso ? { iso, length: m[0].length } : null;
}
