/**
 * Targets and named indicators in a task's text.
 *
 * Targets: "100%", "tối thiểu 70%", "trên 99%", "đạt 80%", "không thấp hơn 52.600 tỷ đồng",
 * "trên 15 triệu lượt", "ít nhất 1,5 tỷ USD", "20.000 việc làm" -> comparator, value, unit (the scale word
 * stays in the unit: "tỷ đồng"). Indicators: PCI, PAR Index, SIPAS, PAPI, GRDP, ICT Index, by acronym or
 * by their Vietnamese names. Matching runs on the folded text (same offsets), tolerant of OCR vowels.
 */
import { foldKeepLength } from './folding';
import type { Span, Target } from './types';

export interface IndicatorDef {
  code: string;
  name: string;
}

export const INDICATORS: readonly IndicatorDef[] = [
  { code: 'PCI', name: 'Chỉ số năng lực cạnh tranh cấp tỉnh' },
  { code: 'PAR_INDEX', name: 'Chỉ số cải cách hành chính' },
  { code: 'SIPAS', name: 'Chỉ số hài lòng về sự phục vụ hành chính' },
  { code: 'PAPI', name: 'Chỉ số hiệu quả quản trị và hành chính công cấp tỉnh' },
  { code: 'GRDP', name: 'Tổng sản phẩm trên địa bàn' },
  { code: 'ICT_INDEX', name: 'Chỉ số sẵn sàng cho phát triển và ứng dụng công nghệ thông tin - truyền thông' },
];

const V = '[a-z0-9&@$]';
const INDICATOR_PATTERNS: readonly [string, RegExp][] = [
  // Acronyms first; OCR writes PAPI as "PAPL", PAR Index as "PAR IndeX".
  ['PAR_INDEX', /\bpar[\s-]*index\b/g],
  ['ICT_INDEX', /\bict[\s-]*index\b/g],
  ['PCI', /\bpci\b/g],
  ['SIPAS', /\bsipas\b/g],
  ['PAPI', /\bpap[il1]\b/g],
  ['GRDP', /\bgrdp\b/g],
  ['PCI', new RegExp(`n${V}{1,2}ng\\s+l${V}{1,2}c\\s+c${V}{1,2}nh\\s+tranh\\s+c${V}{1,2}p\\s+t${V}{1,2}nh`, 'g')],
  ['PAR_INDEX', new RegExp(`ch${V}\\s+s${V}{1,2}\\s+c${V}{1,2}i\\s+c${V}{1,2}ch\\s+h${V}{1,2}nh\\s+ch${V}{1,2}nh`, 'g')],
  ['SIPAS', new RegExp(`ch${V}\\s+s${V}{1,2}\\s+(?:do\\s+l${V}{1,3}ng\\s+)?s${V}\\s+h${V}{1,2}i\\s+l${V}{1,2}ng`, 'g')],
  ['PAPI', new RegExp(`hi${V}{1,2}u\\s+qu${V}{1,2}\\s+qu${V}{1,2}n\\s+tr${V}\\s+v${V}\\s+h${V}{1,2}nh\\s+ch${V}{1,2}nh\\s+c${V}{1,2}ng`, 'g')],
  ['GRDP', new RegExp(`t${V}{1,2}ng\\s+s${V}{1,2}n\\s+ph${V}{1,2}m\\s+tr${V}{1,2}n\\s+d${V}{1,2}a\\s+b${V}{1,2}n`, 'g')],
  ['ICT_INDEX', new RegExp(`s${V}{1,2}n\\s+s${V}{1,2}ng\\s+cho\\s+ph${V}{1,2}t\\s+tri${V}{1,2}n\\s+v${V}\\s+${V}{1,2}ng\\s+d${V}{1,2}ng\\s+c${V}{1,2}ng\\s+ngh${V}`, 'g')],
];

export interface IndicatorMention extends Span {
  code: string;
}

/** Any indicator pattern at all: most texts name none, and one scan says so. */
const ANY_INDICATOR = new RegExp(INDICATOR_PATTERNS.map(([, re]) => `(?:${re.source})`).join('|'));

/** The last text read and its indicators: a task's targets and its indicator codes read the same text. */
let lastIndicators: { text: string; found: readonly IndicatorMention[] } | null = null;

/** Every indicator named in `text`, in text order (`folded`: `foldKeepLength(text)`, when the caller has it). */
export function findIndicators(text: string, folded?: string): IndicatorMention[] {
  const src = String(text ?? '');
  if (lastIndicators && lastIndicators.text === src) return lastIndicators.found.map((m) => ({ ...m }));
  const found = findIndicatorsUncached(src, folded);
  lastIndicators = { text: src, found: found.map((m) => ({ ...m })) };
  return found;
}

function findIndicatorsUncached(text: string, folded?: string): IndicatorMention[] {
  const f = folded ?? foldKeepLength(String(text ?? ''));
  if (!ANY_INDICATOR.test(f)) return [];
  const out: IndicatorMention[] = [];
  for (const [code, re] of INDICATOR_PATTERNS) {
    for (const m of f.matchAll(new RegExp(re.source, 'g'))) {
      if (out.some((o) => o.start < m.index + m[0].length && m.index < o.end)) continue;
      out.push({ code, start: m.index, end: m.index + m[0].length });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Distinct indicator codes named in `text`. */
export function indicatorCodes(text: string, folded?: string): string[] {
  return [...new Set(findIndicators(text, folded).map((m) => m.code))];
}

export interface TargetMatch extends Target, Span {}

const COMPARATORS: readonly [RegExp, string][] = [
  [new RegExp(`^(?:t${V}i\\s+thi${V}?u|${V}t\\s+nh${V}{1,2}t|kh${V}{1,2}ng\\s+th${V}{1,2}p\\s+h${V}{1,2}n|kh${V}{1,2}ng\\s+d${V}{1,3}i|t${V}{1,2})$`), '>='],
  [new RegExp(`^(?:tr${V}{1,2}n|h${V}{1,2}n|v${V}{1,3}t)$`), '>'],
  [new RegExp(`^(?:t${V}i\\s+d${V}|kh${V}{1,2}ng\\s+qu${V}{1,2})$`), '<='],
  [new RegExp(`^(?:d${V}{1,3}i)$`), '<'],
  [new RegExp(`^(?:d${V}{1,2}t|b${V}{1,2}ng)$`), '='],
];
const COMPARATOR_WORDS = `t${V}i\\s+thi${V}?u|${V}t\\s+nh${V}{1,2}t|kh${V}{1,2}ng\\s+th${V}{1,2}p\\s+h${V}{1,2}n|kh${V}{1,2}ng\\s+d${V}{1,3}i|kh${V}{1,2}ng\\s+qu${V}{1,2}|t${V}i\\s+d${V}|tr${V}{1,2}n|h${V}{1,2}n|v${V}{1,3}t|d${V}{1,3}i|d${V}{1,2}t|t${V}{1,2}`;
const NUMBER = '(\\d{1,3}(?:\\.\\d{3})+(?:,\\d+)?|\\d+(?:[.,]\\d+)?)';
const SCALE = `(ngh${V}{1,2}n|tri${V}{1,2}u|t${V})`;
const UNITS = `(d${V}{1,2}ng|usd|l${V}{1,3}t|vi${V}{1,2}c\\s+l${V}{1,2}m|doanh\\s+nghi${V}{1,2}p|h${V}|ng${V}{1,3}i|km|ha|gi${V}{1,3}ng\\s+b${V}{1,2}nh|b${V}{1,2}c\\s+s${V}|kh${V}{1,2}ch|t${V}n|m2|con|d${V}\\s+${V}n|c${V}ng\\s+tr${V}nh)`;

const PERCENT_RE = new RegExp(`(?:\\b(${COMPARATOR_WORDS})\\s+)?${NUMBER}(?:\\s*[-–]\\s*${NUMBER})?\\s*%(?:\\s+tr${V}\\s+l${V}n)?`, 'g');
const QUANTITY_RE = new RegExp(`(?:\\b(${COMPARATOR_WORDS})\\s+)?${NUMBER}\\s+(?:${SCALE}\\s+)?${UNITS}\\b(?:\\s+tr${V}\\s+l${V}n)?`, 'g');

/** "52.600" -> 52600, "10,01" -> 10.01, "1,5" -> 1.5, "3.5" -> 3.5. */
export function parseVietnameseNumber(s: string): number | null {
  let t = s.trim();
  if (/^\d{1,3}(\.\d{3})+(,\d+)?$/.test(t)) t = t.replace(/\./g, '').replace(',', '.');
  else t = t.replace(',', '.');
  const n = Number(t);
  return Number.isFinite(n) ? n : null;
}

function comparatorOf(word: string | undefined, tail: string): string | null {
  if (/tr\S\s+l\S+n$/.test(tail)) return '>=';
  if (!word) return null;
  const w = word.replace(/\s+/g, ' ');
  for (const [re, c] of COMPARATORS) if (re.test(w)) return c;
  return null;
}

/** What ends a clause inside a task's text: ";", a sentence end, an item "(2)", a bullet line. */
const CLAUSE_BREAK = /;|\.\s|\(\d{1,2}\)|\n\s*[-+•]/g;

/** Targets in `text`, each with its indicator when the same clause names one (`folded` as for `findIndicators`). */
export function findTargets(text: string, folded?: string): TargetMatch[] {
  const src = String(text ?? '');
  const f = folded ?? foldKeepLength(src);
  const indicators = findIndicators(src, f);
  const out: TargetMatch[] = [];
  let breaks: { index: number; end: number }[] | null = null;
  const push = (start: number, end: number, value: number | null, unit: string | null, comparator: string | null) => {
    if (out.some((o) => o.start < end && start < o.end)) return;
    // The indicator named earlier in the same clause: "Tốc độ tăng trưởng (GRDP) đạt trên 10%". The clause
    // starts at the last break found in the text before `start`: a break of the whole text that ends by
    // `start` (one cut by `start` is no break before it, and nothing inside it is one either).
    breaks ??= [...f.matchAll(CLAUSE_BREAK)].map((b) => ({ index: b.index, end: b.index + b[0].length }));
    let clauseStart = -1;
    for (const b of breaks) {
      if (b.end > start) break;
      clauseStart = b.index;
    }
    const ind = [...indicators].reverse().find((m) => m.end <= start && m.start > clauseStart);
    out.push({ start, end, raw: src.slice(start, end).replace(/\s+/g, ' ').trim(), value, unit, comparator, indicator: ind?.code ?? null });
  };
  // Without "%" (or a digit before a space) no percentage (or quantity) can match.
  if (f.includes('%')) for (const m of f.matchAll(PERCENT_RE)) {
    const before = f[m.index - 1] ?? ' ';
    // A number glued to a word is OCR for a letter ("s6" = số), not a quantity.
    if (/[\d/\p{L}]/u.test(before)) continue;
    const low = parseVietnameseNumber(m[2]!);
    const comparator = m[3] ? '>=' : (comparatorOf(m[1], m[0]) ?? '=');
    if (low === null || low > 1000) continue;
    push(m.index, m.index + m[0].length, low, '%', comparator);
  }
  if (/\d\s/.test(f)) for (const m of f.matchAll(QUANTITY_RE)) {
    const before = f[m.index - 1] ?? ' ';
    const after = f[m.index + m[0].length] ?? ' ';
    if (/[\d/\p{L}]/u.test(before) || after === '/') continue;
    const value = parseVietnameseNumber(m[2]!);
    if (value === null) continue;
    const numEnd = m[0].indexOf(m[2]!) + m[2]!.length;
    const unitRaw = src.slice(m.index + numEnd, m.index + m[0].length).replace(/\s+tr\S*\s+l\S*n$/i, '').replace(/\s+/g, ' ').trim();
    push(m.index, m.index + m[0].length, value, unitRaw || null, comparatorOf(m[1], m[0]) ?? '=');
  }
  return out.sort((a, b) => a.start - b.start);
}
