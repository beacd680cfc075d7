/**
 * Deadlines in a task's text: "trước ngày 20/7/2025", "hoàn thành trước ngày 31/12/2021", "đến 30/9/2023",
 * "trong tháng 8/2023", "Quý III/2022", "6 tháng cuối năm 2023", "trong năm 2023", "hằng năm".
 * Matching runs on the folded text (same offsets as the original), tolerant of OCR vowels ("truéc ngay").
 * Only dates introduced by a deadline word count: "Nghị quyết số 128/NQ-HĐND ngày 09/12/2022" is a citation.
 */
import { foldKeepLength } from './folding';
import type { Deadline, Span } from './types';

export interface DeadlineMatch extends Deadline, Span {
  /** Higher is more precise: a day beats a month beats a quarter beats a year beats a recurrence. */
  precision: number;
}

const V = '[a-z0-9&@$]'; // a letter or an OCR stand-in for a damaged vowel
const BEFORE = `tr${V}{1,3}[cde]`; // trước: truoc, truec, trude
const UNTIL = `d${V}{1,2}n`; // đến: den, dén
const DAY = `ng${V}{1,2}y`; // ngày: ngay, ngdy
const DATE_NUM = '(\\d{1,2})\\s*[/.-]\\s*(\\d{1,2})\\s*[/.-]\\s*(\\d{4,5})';
const DATE_WORDS = `(\\d{1,2})\\s+th${V}{1,2}ng\\s+(\\d{1,2})\\s+n${V}{1,2}m\\s+(\\d{4,5})`;
const CUE = `(?:th${V}{1,2}i\\s+gian\\s+ho${V}{1,2}n\\s+th${V}{1,2}nh\\s*:?|${BEFORE}|${UNTIL}|ch${V}{1,3}m\\s+nh${V}{1,2}t(?:\\s+la)?|h${V}{1,2}n\\s+ch${V}{1,2}t|th${V}{1,2}i\\s+h${V}{1,2}n(?:\\s+ho${V}{1,2}n\\s+th${V}{1,2}nh)?|ho${V}{1,2}n\\s+th${V}{1,2}nh(?:\\s+xong)?|xong)`;

const DAY_RE = new RegExp(`\\b${CUE}\\s*(?:${BEFORE}\\s+)?(?:${DAY}\\s*)?(?:${DATE_NUM}|${DATE_WORDS})`, 'g');
const MONTH_RE = new RegExp(`\\b(?:trong|${BEFORE}|${UNTIL}|cu${V}{1,2}i|d${V}{1,2}u)\\s+th${V}{1,2}ng\\s+(\\d{1,2})\\s*(?:[/-]|n${V}{1,2}m)\\s*(\\d{4})`, 'g');
const QUARTER_RE = new RegExp(`\\bqu${V}?\\s+(iv|i{1,3}|[1-4])\\s*(?:[/-]|(?:n${V}{1,2}m\\s+))\\s*(\\d{4})`, 'gi');
const HALF_RE = new RegExp(`\\b(?:0?6)\\s+th${V}{1,2}ng\\s+(d${V}{1,2}u|cu${V}{1,2}i)\\s+n${V}{1,2}m\\s+(\\d{4})`, 'g');
const YEAR_RE = new RegExp(`\\b(trong|${BEFORE}|${UNTIL}|cu${V}{1,2}i|ngay\\s+trong|ho${V}{1,2}n\\s+th${V}{1,2}nh\\s+trong)\\s+n${V}{1,2}m\\s+(\\d{4})`, 'g');
const RECUR_RE = new RegExp(`\\bh${V}{1,2}ng\\s+(n${V}{1,2}m|qu${V}|th${V}{1,2}ng)\\b`, 'g');

const ANY_DEADLINE = new RegExp([DAY_RE, MONTH_RE, QUARTER_RE, HALF_RE, YEAR_RE, RECUR_RE].map((re) => `(?:${re.source})`).join('|'), 'i');
/** `ANY_DEADLINE` on a text without digits: every other form needs one, so only a recurrence can match. */
const ANY_RECURRENCE = new RegExp(RECUR_RE.source, 'i');

/** Repair an OCR year ("12021" -> 2021) and check the date; ISO string or null. */
export function isoDate(day: number, month: number, yearRaw: string): string | null {
  let year = Number(yearRaw);
  if (yearRaw.length === 5) {
    // A stray digit before the year: keep the plausible four.
    const tail = Number(yearRaw.slice(1));
    const head = Number(yearRaw.slice(0, 4));
    year = tail >= 1945 && tail <= 2100 ? tail : head;
  }
  if (!(year >= 1945 && year <= 2100) || month < 1 || month > 12 || day < 1) return null;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > days) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function romanQuarter(s: string): number {
  const r = s.toLowerCase();
  return r === 'i' || r === '1' ? 1 : r === 'ii' || r === '2' ? 2 : r === 'iii' || r === '3' ? 3 : r === 'iv' || r === '4' ? 4 : 0;
}

/**
 * Every deadline phrase in `text`, in text order. `folded` is `foldKeepLength(text)` when the caller has it
 * already (a slice of the document's fold).
 */
export function findDeadlines(text: string, folded?: string): DeadlineMatch[] {
  const src = String(text ?? '');
  const f = folded ?? foldKeepLength(src);
  const out: DeadlineMatch[] = [];
  const raw = (s: number, e: number) => src.slice(s, e).replace(/\s+/g, ' ').trim();
  // Most task texts hold no deadline: one scan for any form says so (case-insensitive, so it matches
  // at least what each form matches). Every dated form also needs a year, four digits in a row: without
  // them, only recurrences.
  const dated = /\d{4}/.test(f);
  if (!(dated ? ANY_DEADLINE : ANY_RECURRENCE).test(f)) return [];
  if (dated) for (const m of f.matchAll(DAY_RE)) {
    const d = m[1] ?? m[4];
    const mo = m[2] ?? m[5];
    const y = m[3] ?? m[6];
    const iso = d && mo && y ? isoDate(Number(d), Number(mo), y) : null;
    if (!iso) continue;
    out.push({ start: m.index, end: m.index + m[0].length, raw: raw(m.index, m.index + m[0].length), dueDate: iso, period: null, precision: 5 });
  }
  if (dated) for (const m of f.matchAll(MONTH_RE)) {
    const mo = Number(m[1]);
    const y = Number(m[2]);
    if (mo < 1 || mo > 12 || y < 1945 || y > 2100) continue;
    out.push({ start: m.index, end: m.index + m[0].length, raw: raw(m.index, m.index + m[0].length), dueDate: null, period: `${y}-${String(mo).padStart(2, '0')}`, precision: 4 });
  }
  if (dated) for (const m of f.matchAll(QUARTER_RE)) {
    const q = romanQuarter(m[1]!);
    const y = Number(m[2]);
    if (!q || y < 1945 || y > 2100) continue;
    out.push({ start: m.index, end: m.index + m[0].length, raw: raw(m.index, m.index + m[0].length), dueDate: null, period: `${y}-Q${q}`, precision: 3 });
  }
  if (dated) for (const m of f.matchAll(HALF_RE)) {
    const y = Number(m[2]);
    if (y < 1945 || y > 2100) continue;
    const half = m[1]!.startsWith('d') ? 'H1' : 'H2';
    out.push({ start: m.index, end: m.index + m[0].length, raw: raw(m.index, m.index + m[0].length), dueDate: null, period: `${y}-${half}`, precision: 3 });
  }
  if (dated) for (const m of f.matchAll(YEAR_RE)) {
    const y = Number(m[2]);
    if (y < 1945 || y > 2100) continue;
    // "định hướng đến năm 2030", "tầm nhìn đến năm 2045", "giai đoạn ... đến năm": horizons of a title.
    const before = f.slice(Math.max(0, m.index - 14), m.index);
    if (/(huong|nhin|doan)\s*$/.test(before)) continue;
    out.push({ start: m.index, end: m.index + m[0].length, raw: raw(m.index, m.index + m[0].length), dueDate: null, period: String(y), precision: 2 });
  }
  for (const m of f.matchAll(RECUR_RE)) {
    const unit = m[1]!;
    const period = unit.startsWith('n') ? 'ANNUAL' : unit.startsWith('q') ? 'QUARTERLY' : 'MONTHLY';
    out.push({ start: m.index, end: m.index + m[0].length, raw: raw(m.index, m.index + m[0].length), dueDate: null, period, precision: 1 });
  }
  // Drop matches inside a more precise one ("đến 31/12/2023" vs "năm 2023" never overlap, but be safe).
  out.sort((a, b) => a.start - b.start || b.precision - a.precision);
  return out.filter((d, i) => !out.some((o, j) => j !== i && o.start <= d.start && d.end <= o.end && o.precision > d.precision));
}

/** The deadline of a task: its most precise deadline phrase (the first one on a tie), or null. */
export function parseDeadline(text: string, folded?: string): Deadline | null {
  const all = findDeadlines(text, folded);
  if (all.length === 0) return null;
  let best = all[0]!;
  for (const d of all) if (d.precision > best.precision) best = d;
  return { raw: best.raw, dueDate: best.dueDate, period: best.period };
}
