/**
 * The document's own dates of effect, from its final provisions: "Quyết định này có hiệu lực (thi hành) kể
 * từ ngày ký (ban hành)", "... từ ngày 01 tháng 12 năm 2025", "... sau 10 ngày kể từ ngày ký", "Luật này có
 * hiệu lực thi hành từ ngày 01/7/2025", "Nghị quyết này được ... thông qua ngày ... và có hiệu lực từ ngày
 * ..."; and an end when stated ("... có hiệu lực đến hết ngày 31/12/2025", "hết hiệu lực kể từ ngày ...").
 *
 * Only the document speaking of itself counts: "<kind> này có hiệu lực", or "<kind> có hiệu lực" opening a
 * sentence; "kể từ ngày Nghị quyết này có hiệu lực" refers to the date rather than stating it, and "Luật
 * Dữ liệu có hiệu lực ..." speaks of another document.
 */
import { foldKeepLength } from '../folding';
import { dateAtStart } from '../dates';
import type { DocumentEffectDates } from '../types';
import effectData from '../data/effectDates.json';

export const NO_EFFECT_DATES: DocumentEffectDates = { effectiveFrom: null, effectiveFromRule: null, effectiveUntil: null, evidence: null };

/** Data phrases as patterns: OCR and exports wrap lines anywhere, so a space is any run of whitespace. */
const words = (list: readonly string[]) => list.map((w) => w.replace(/ /g, '\\s+')).join('|');
const KIND = `(?:${words(effectData.kindWords)})`;
/** "<kind> này (chính thức) có hiệu lực (thi hành)": the statement. */
const STATEMENT = new RegExp(
  `(${KIND}(?:\\s+(?:lien\\s+tich\\s+)?nay)?[\\s*_,]+(?:(?:se|duoc)\\s+)?(?:chinh\\s+thuc\\s+)?|(?:va|,)\\s+)co\\s+hieu\\s+luc(?:\\s+(?:thi\\s+hanh|ap\\s+dung|phap\\s+luat))?`,
  'g',
);
/** The words every `STATEMENT` match holds. */
const STATEMENT_CORE = /co\s+hieu\s+luc/;
/** Before the subject: the words that turn the statement into a reference to it. */
const REFERS = /(?:ngay|khi|truoc|sau|den|tu|cho)\s*$/;
const ON_SIGNING = new RegExp(`^[\\s*_,]*(?:ke\\s+)?(?:tu\\s+)?(?:ngay\\s+)?(?:${words(effectData.signingWords)})\\b`);
const FROM_DATE = /^[\s*_,]*(?:ke\s+)?tu\s+(?:ngay\s*)?/;
const AFTER_PERIOD = /^[\s*_,]*(?:ke\s+tu\s+ngay\s+\S+\s+)?sau\s+(\d{1,3})\s+(ngay|thang)\b[^.;]{0,40}?(?:ke\s+)?tu\s+ngay\s+(?:ky|ban\s+hanh|thong\s+qua)/;
const UNTIL = /(?:den\s+(?:het\s+)?ngay\s*|het\s+hieu\s+luc\s+(?:thi\s+hanh\s+)?(?:ke\s+)?(?:tu\s+|vao\s+)?(?:ngay\s*)?)/g;

function addPeriod(iso: string, n: number, unit: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  if (unit === 'ngay') d.setUTCDate(d.getUTCDate() + n);
  else d.setUTCMonth(d.getUTCMonth() + n);
  return d.toISOString().slice(0, 10);
}

/** The sentence around [from, to), as written, whitespace collapsed. */
function sentenceOf(text: string, folded: string, from: number, to: number): string {
  const start = Math.max(folded.lastIndexOf('.', from - 1) + 1, folded.lastIndexOf('\n\n', from) + 1, from - 200);
  let end = folded.indexOf('.', to);
  while (end >= 0 && /\d/.test(folded[end - 1] ?? '') && /\d/.test(folded[end + 1] ?? '')) end = folded.indexOf('.', end + 1);
  const stop = end < 0 ? Math.min(folded.length, to + 200) : Math.min(end + 1, to + 300);
  return text.slice(start, stop).replace(/[*_]+/g, '').replace(/\s+/g, ' ').trim();
}

/** The document's own effective dates; `issued` (its date) resolves "kể từ ngày ký". */
export function extractEffectiveDates(text: string, issued: string | null): DocumentEffectDates {
  const folded = foldKeepLength(text);
  // Every statement holds "co hieu luc": a text without it (most plans and reports) is not scanned for the
  // statement's many openings at every offset.
  if (!STATEMENT_CORE.test(folded)) return NO_EFFECT_DATES;
  for (const m of folded.matchAll(STATEMENT)) {
    const at = m.index;
    const subject = m[1]!;
    // "và có hiệu lực" needs the document named earlier in the sentence ("Nghị quyết này được ... thông qua ... và có hiệu lực").
    if (/^(?:va|,)/.test(subject)) {
      const sentence = folded.slice(Math.max(0, at - 300), at);
      const lastStop = Math.max(sentence.lastIndexOf('. '), sentence.lastIndexOf('.\n'));
      if (!new RegExp(`${KIND}\\s+nay\\b`).test(sentence.slice(lastStop + 1))) continue;
    } else {
      if (REFERS.test(folded.slice(Math.max(0, at - 8), at))) continue;
      // A bare "<kind> có hiệu lực" must open its sentence (or article): else it may name another document.
      if (!/\bnay\b/.test(subject) && !/(?:^|[.:\n]|dieu\s+\d+[.:]?)[\s*_]*$/.test(folded.slice(Math.max(0, at - 40), at))) continue;
    }
    const after = folded.slice(at + m[0].length, at + m[0].length + 260);
    const evidence = sentenceOf(text, folded, at, at + m[0].length);
    const until = untilIn(after);
    if (ON_SIGNING.test(after)) return { effectiveFrom: issued, effectiveFromRule: 'ON_SIGNING', effectiveUntil: until, evidence };
    const period = AFTER_PERIOD.exec(after);
    if (period) {
      return { effectiveFrom: issued ? addPeriod(issued, Number(period[1]), period[2]!) : null, effectiveFromRule: 'AFTER_PERIOD', effectiveUntil: until, evidence };
    }
    const from = FROM_DATE.exec(after);
    if (from) {
      const d = dateAtStart(after.slice(from[0].length));
      if (d) return { effectiveFrom: d.iso, effectiveFromRule: 'STATED_DATE', effectiveUntil: until, evidence };
    }
    return { effectiveFrom: null, effectiveFromRule: 'OTHER_EVENT', effectiveUntil: until, evidence };
  }
  return NO_EFFECT_DATES;
}

/** "... đến hết ngày 31/12/2025", "... hết hiệu lực kể từ ngày ..." in the statement's sentence. */
function untilIn(after: string): string | null {
  const stop = after.search(/\.\s|;/);
  const sentence = stop < 0 ? after : after.slice(0, stop);
  for (const u of sentence.matchAll(UNTIL)) {
    const d = dateAtStart(sentence.slice(u.index + u[0].length));
    if (d) return d.iso;
  }
  return null;
}
