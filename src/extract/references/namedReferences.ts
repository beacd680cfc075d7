/**
 * Documents cited by name without a number:
 * - laws: "Luật Tổ chức chính quyền địa phương năm 2015", "Luật sửa đổi, bổ sung một số điều của Luật ... năm
 *   2019" (issuer Quốc hội);
 * - Party resolutions named by their congress or plenum: "Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XV",
 *   "Nghị quyết Trung ương 4 khóa XII", "Kết luận Hội nghị Trung ương 4 khóa XIII";
 * - named schemes, plans and master plans the text directs to be carried out: "Triển khai có hiệu quả Đề án
 *   tăng cường ... năm 2023", "Hoàn thành ... Kế hoạch đào tạo, bồi dưỡng ... năm 2025", and short names such
 *   as "Đề án 06".
 * Not references: generic mentions ("các nghị quyết của Trung ương", "Đề án vị trí việc làm" of each agency
 * to be approved), schemes still to be drafted ("xây dựng Đề án ..."), and a named content of a numbered
 * document ("Đề án “...” theo Quyết định 388/QĐ-TTg", which is that decision).
 */
import { NATIONAL, type DocumentKind } from '../types';
import { dateAtStart } from '../dates';
import { provincialIssuer, type IssuerRef } from '../issuers';
import type { Province } from '../provinces';
import { clauseAt, type Clause } from './clauses';
import { kindAt, mayStartKind } from '../documentKinds';
import { CREATE_CUES, CUE_WINDOW, IMPLEMENT_CUES, lastCue } from './cues';
import cueData from '../data/cues.json';
import { matchPatternWords, patternWords, spellingTest, tokenizeWords, lookalikeCost, type Token } from '../matching';
import { squash } from '../displayText';
import { escapeRegExp } from '../../text/regex';
import type { Mention, ReferenceContext } from './mention';

const YEAR_END = /n[a-z]{1,2}m\s+\d{4}|\d{4}\s*[-–]\s*\d{4}|thoi ky\s+\d{4}/g;
/** Where a name certainly ends. */
const HARD_STOP = /[;(:]|\.(?=\s|$)/;
/** Where a name probably ends in running text: a comma or a connecting word. */
const SOFT_STOP_WORDS = cueData.nameSoftStops.join('|');
const SOFT_STOP = new RegExp(`^(?:\\s*[,”"]|\\s(?:${SOFT_STOP_WORDS}|${cueData.nameSoftStopsAfterName.join('|')})\\s|\\s(?:so|ngay)\\s+\\d|\\s*$)`);
const SOFT_STOP_ANYWHERE = new RegExp(`,|\\s(?:${SOFT_STOP_WORDS})\\s|\\s(?:so|ngay)\\s+\\d`);

/** Offsets covered by citations already read: a bitmap, so lookups stay constant-time on long texts. */
class Coverage {
  private readonly bits: Uint8Array;
  constructor(length: number, spans: readonly { start: number; end: number }[] = []) {
    this.bits = new Uint8Array(length + 1);
    for (const s of spans) this.add(s);
  }
  add(s: { start: number; end: number }): void {
    this.bits.fill(1, Math.max(0, s.start), Math.max(0, Math.min(this.bits.length, s.end)));
  }
  has(at: number): boolean {
    return this.bits[at] === 1;
  }
}

function named(
  start: number,
  end: number,
  title: string,
  kind: DocumentKind,
  issuer: IssuerRef | null,
  jurisdiction: string,
): Mention {
  return {
    start,
    tailEnd: end,
    end,
    parsed: null,
    kind,
    kindFromWord: true,
    date: null,
    issuer,
    issuerStated: false,
    title,
    jurisdiction,
    namedTitle: title,
    relation: 'REFERENCES',
    embedded: false,
    embeddingCue: null,
    confidence: 0.6,
  };
}

/**
 * End of a name that starts at `from`. A quoted name ends at its closing quote. Otherwise a name usually
 * ends with a period of time ("năm 2023", "giai đoạn 2021 - 2025, định hướng đến năm 2030"): the first such
 * expression followed by a stop ends it. Without one, the first comma or connecting word does (-1 when
 * `needYear`).
 */
function nameEnd(folded: string, from: number, maxLen: number, needYear: boolean): number {
  const window = folded.slice(from, Math.min(folded.length, from + maxLen));
  const q = /^[^“"\n]{0,20}?[“"]/.exec(window);
  if (q) {
    const close = window.indexOf(window[q[0].length - 1] === '“' ? '”' : '"', q[0].length);
    if (close > 0) return from + close + 1;
  }
  const hard = HARD_STOP.exec(window);
  // A date or number after the name ends it: "Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015".
  const dated = /\s(?:ng[a-z]{1,2}y|so|s\d)\s*\d/.exec(window);
  const limit = Math.min(hard ? hard.index : window.length, dated ? dated.index : window.length);
  const body = window.slice(0, limit);
  for (const y of body.matchAll(YEAR_END)) {
    let end = y.index + y[0].length;
    const tail = /^,?\s*(?:dinh huong|tam nhin)\s+(?:den\s+)?n[a-z]{1,2}m\s+\d{4}/.exec(body.slice(end));
    if (tail) end += tail[0].length;
    if (SOFT_STOP.test(body.slice(end, end + 12)) || end >= body.length - 1) return from + end;
  }
  if (needYear) return -1;
  const soft = SOFT_STOP_ANYWHERE.exec(body);
  return from + (soft ? soft.index : limit);
}

/** First citation starting at or after `offset` (citations sorted by start), if within 40 characters. */
function firstAtOrAfter(sorted: readonly Mention[], offset: number): Mention | undefined {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  const m = sorted[lo];
  return m && m.start - offset <= 40 ? m : undefined;
}

/** Laws by name. */
function laws(text: string, folded: string, taken: Coverage, titles: Coverage): Mention[] {
  const out: Mention[] = [];
  for (const m of text.matchAll(/(?<![\p{L}\d])L[uư][\p{L}@]{1,2}t(?=\s)/gu)) {
    const at = m.index;
    // Inside a citation, or named in a cited document's title ("... quy định chi tiết Luật X"): not cited here.
    if (taken.has(at) || titles.has(at) || lookalikeCost('luat', folded.slice(at, at + m[0].length)) === null) continue;
    const before = tokenizeWords(folded, Math.max(0, at - 12), at);
    if (before.length && lookalikeCost('phap', before[before.length - 1]!.w) === 0) continue;
    const after = tokenizeWords(folded, at + m[0].length, Math.min(folded.length, at + 80));
    const w1 = after[0]?.w ?? '';
    if (!after[1] || NOT_LAW_NAMES.has(w1)) continue;
    const first = text[after[0]!.start] ?? '';
    // A named law starts with a capital ("Luật Tổ chức ...") or is an amending law ("Luật sửa đổi, ...").
    const amending = lookalikeCost('sua', w1) !== null && after[1] && lookalikeCost('doi', after[1].w) !== null;
    if (!amending && first === first.toLowerCase()) continue;
    let end = nameEnd(folded, at, 220, amending);
    if (end < 0) end = nameEnd(folded, at, 120, false);
    if (end - at < 8) continue;
    // A number right after the name: the numbered citation covers it.
    if (/^\s*,?\s*(?:so|s\d)\s*\d/.test(folded.slice(end, end + 12))) continue;
    const title = squash(text.slice(at, end)).replace(/[\s,;:.]+$/, '');
    const law = named(at, end, title, 'LUAT', { name: 'Quốc hội', family: 'NATIONAL_ASSEMBLY', jurisdiction: NATIONAL }, NATIONAL);
    // "Luật ... ngày 19 tháng 6 năm 2015": the date of adoption.
    const ws = /^[\s,]*/.exec(folded.slice(end, end + 6))![0].length;
    const date = dateAtStart(folded.slice(end + ws, end + ws + 40));
    if (date) {
      law.date = date.iso;
      law.tailEnd = law.end = end + ws + date.length;
    }
    out.push(law);
    taken.add({ start: at, end: law.end });
  }
  return out;
}

/** Words after "Luật" that make it no name ("luật sư", "luật này"), and after a scheme's kind ("Kế hoạch này"). */
const NOT_LAW_NAMES: ReadonlySet<string> = new Set(cueData.notLawNames);
const NOT_SCHEME_NAMES: ReadonlySet<string> = new Set(cueData.notSchemeNames);
/** "theo", "ban hành kèm theo" between a scheme's name and a numbered citation: the name is that citation's content. */
const CITED_CONTENT = new RegExp(`^[\\s,”"')]*(?:${cueData.citedContentLinks.map(escapeRegExp).join('|')})\\s`);
/** "quốc gia", "toàn quốc" in a scheme's name: a national one. */
const NATIONAL_SCOPE = new RegExp(`\\b(?:${cueData.nationalScopeWords.map(escapeRegExp).join('|')})\\b`);

const ROMAN = /^[xvil]{1,6}$/;
const QUY_HOACH = patternWords('quy hoach');
const QUY = patternWords('quy');

/**
 * Whether a token reads "quy" at no cost, which "quy hoạch" matched at no cost needs: asked at every token that
 * opens no scheme kind, answered once per spelling.
 */
function readsQuy(t: Token): boolean {
  return matchPatternWords([t], 0, QUY)?.cost === 0;
}
/** The words `partyNamed` reads after a kind, split once (it tries them after every kind of a party resolution). */
const HOI_NGHI = patternWords('hoi nghi');
const TRUNG_UONG = patternWords('trung uong');
const DAI_HOI = patternWords('dai hoi');
const DAI_BIEU = patternWords('dai bieu');
const DANG_BO_TINH = patternWords('dang bo tinh');
const DANG_BO_THANH_PHO = patternWords('dang bo thanh pho');
const TOAN_QUOC = patternWords('toan quoc');
const LAN_THU = patternWords('lan thu');
const KHOA = patternWords('khoa');
const CUA_DANG = patternWords('cua dang');

/** Party resolutions and conclusions named by congress or plenum. */
const PARTY_KINDS: readonly DocumentKind[] = ['NGHI_QUYET', 'KET_LUAN'];
const SCHEME_KINDS: readonly DocumentKind[] = ['DE_AN', 'KE_HOACH'];

/** Whether "(Hội nghị) Trung ương" or "(Hội nghị) Đại hội" opens at `j`, as `partyNamed` reads them after a kind. */
function partyBodyAt(tokens: readonly Token[], j: number): boolean {
  const hn = matchPatternWords(tokens, j, HOI_NGHI);
  const at = hn ? j + hn.tokens : j;
  return !!(matchPatternWords(tokens, at, TRUNG_UONG) || matchPatternWords(tokens, at, DAI_HOI));
}

function partyNamed(text: string, folded: string, tokens: Token[], taken: Coverage, province: Province | null): Mention[] {
  const out: Mention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!mayStartKind(tokens, i, PARTY_KINDS)) continue;
    // A two-word kind with a Party body after it: the body's words (cheap) are tested before the kind's phrase.
    if (!partyBodyAt(tokens, i + 2)) continue;
    const k = kindAt(tokens, i);
    if (!k || (k.kind !== 'NGHI_QUYET' && k.kind !== 'KET_LUAN') || k.tokens !== 2) continue;
    const start = tokens[i]!.start;
    if (taken.has(start)) continue;
    let j = i + 2;
    const hn = matchPatternWords(tokens, j, HOI_NGHI);
    if (hn) j += hn.tokens;
    let congress = false;
    let provincial = false;
    const tw = matchPatternWords(tokens, j, TRUNG_UONG);
    const dh = matchPatternWords(tokens, j, DAI_HOI);
    if (tw && text[tokens[j]!.start] === text[tokens[j]!.start]!.toUpperCase()) {
      j += tw.tokens;
      if (!/^\d{1,2}$/.test(tokens[j]?.w ?? '')) continue; // "Nghị quyết Trung ương 4": the plenum's number
      j++;
    } else if (dh) {
      congress = true;
      j += dh.tokens;
      const db = matchPatternWords(tokens, j, DAI_BIEU);
      if (db) j += db.tokens;
      const dbt = matchPatternWords(tokens, j, DANG_BO_TINH) ?? matchPatternWords(tokens, j, DANG_BO_THANH_PHO);
      if (dbt) {
        provincial = true;
        j += dbt.tokens;
      } else {
        const tq = matchPatternWords(tokens, j, TOAN_QUOC);
        if (tq) j += tq.tokens;
      }
    } else continue;
    // "lần thứ XV", "khóa XII", "(khóa XI, XII, XIII)", "của Đảng".
    for (;;) {
      const lt = matchPatternWords(tokens, j, LAN_THU);
      const kh = matchPatternWords(tokens, j, KHOA);
      if (lt && tokens[j + lt.tokens] && (ROMAN.test(tokens[j + lt.tokens]!.w) || /^\d+$/.test(tokens[j + lt.tokens]!.w))) j += lt.tokens + 1;
      else if (kh && tokens[j + kh.tokens] && ROMAN.test(tokens[j + kh.tokens]!.w)) j += kh.tokens + 1;
      else if (tokens[j] && ROMAN.test(tokens[j]!.w) && folded.slice(tokens[j - 1]!.end, tokens[j]!.start).includes(',')) j++;
      else if (congress && !provincial && matchPatternWords(tokens, j, CUA_DANG)) j += 2;
      else break;
    }
    const end = tokens[j - 1]!.end + (folded[tokens[j - 1]!.end] === ')' ? 1 : 0);
    const title = squash(text.slice(start, end));
    let issuer: IssuerRef | null;
    let jurisdiction: string = NATIONAL;
    if (congress && provincial) {
      issuer = province ? provincialIssuer('DAI_HOI', province) : null;
      jurisdiction = province?.jurisdiction ?? 'unknown';
    } else if (congress) {
      issuer = { name: 'Đại hội đại biểu toàn quốc của Đảng', family: 'PARTY_CENTRAL', jurisdiction: NATIONAL };
    } else {
      issuer = { name: 'Ban Chấp hành Trung ương Đảng', family: 'PARTY_CENTRAL', jurisdiction: NATIONAL };
    }
    out.push(named(start, end, title, k.kind, issuer, jurisdiction));
    taken.add({ start, end });
    i = j - 1;
  }
  return out;
}

/** Named schemes (Đề án), plans (Kế hoạch) and master plans (Quy hoạch) that the text says to carry out. */
function schemes(
  text: string,
  folded: string,
  tokens: Token[],
  clauses: readonly Clause[],
  taken: Coverage,
  titles: Coverage,
  numbered: readonly Mention[],
  province: Province | null,
): Mention[] {
  const out: Mention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    // Only a scheme or plan kind matters here: other tokens need no full kind match.
    const k = mayStartKind(tokens, i, SCHEME_KINDS) ? kindAt(tokens, i) : null;
    if (!k || k.tokens !== 2 || !['DE_AN', 'KE_HOACH'].includes(k.kind)) {
      const qh = spellingTest(tokens[i]!, 'quyExact', readsQuy) ? matchPatternWords(tokens, i, QUY_HOACH) : null;
      if (!(qh && qh.cost === 0)) continue;
    }
    const kind: DocumentKind = k && k.tokens === 2 && (k.kind === 'DE_AN' || k.kind === 'KE_HOACH') ? k.kind : 'OTHER';
    const start = tokens[i]!.start;
    const initial = text[start] ?? '';
    if (taken.has(start) || initial === initial.toLowerCase()) continue;
    const next = tokens[i + 2];
    if (!next || NOT_SCHEME_NAMES.has(next.w)) continue;
    // "Đề án 06": a short name by number.
    if (kind === 'DE_AN' && /^\d{1,3}$/.test(next.w) && !/^\s*\/|^\s*[-–]\s*[a-z]/i.test(folded.slice(next.end, next.end + 3))) {
      const title = `Đề án ${next.w}`;
      out.push(named(start, next.end, title, 'DE_AN', null, province?.jurisdiction ?? NATIONAL));
      continue;
    }
    const clause = clauseAt(clauses, start);
    if (!clause) continue;
    const before = tokenizeWords(folded, Math.max(clause.start, start - CUE_WINDOW), start);
    const cue = lastCue(before, IMPLEMENT_CUES);
    if (cue < 0 || lastCue(before, CREATE_CUES) > cue) continue;
    const end = nameEnd(folded, start, 260, kind !== 'DE_AN');
    if (end < 0 || end - start < 14) continue;
    let fullEnd = end;
    const paren = /^\s*\([^()\n]{3,40}\)/.exec(folded.slice(end, end + 45));
    if (paren && kind === 'OTHER') fullEnd = end + paren[0].length;
    // Content of a numbered document: "Đề án ... theo Quyết định 388/QĐ-TTg", "Kế hoạch ... tại Nghị quyết số 300".
    const nextCitation = firstAtOrAfter(numbered, fullEnd);
    if (nextCitation && CITED_CONTENT.test(folded.slice(fullEnd, nextCitation.start) + ' ')) continue;
    if (titles.has(start)) continue;
    const title = squash(text.slice(start, fullEnd)).replace(/[\s,;:.]+$/, '');
    // A national plan or scheme says so in its name ("Quy hoạch phát triển điện lực quốc gia ...").
    const national = NATIONAL_SCOPE.test(folded.slice(start, fullEnd)) || !province;
    out.push(named(start, fullEnd, title, kind, null, national ? NATIONAL : province!.jurisdiction));
    taken.add({ start, end: fullEnd });
  }
  return out;
}

/** Unnumbered documents cited by name. `numbered` are the numbered citations already read. */
export function findNamedReferences(
  text: string,
  folded: string,
  clauses: readonly Clause[],
  numbered: readonly Mention[],
  ctx: ReferenceContext,
): Mention[] {
  const taken = new Coverage(text.length, numbered.map((n) => ({ start: n.start, end: n.tailEnd })));
  const tokens = tokenizeWords(folded);
  const titles = new Coverage(text.length, numbered.map((n) => ({ start: n.tailEnd, end: n.end })));
  const out = [
    ...laws(text, folded, taken, titles),
    ...partyNamed(text, folded, tokens, taken, ctx.province),
  ];
  out.push(...schemes(text, folded, tokens, clauses, taken, titles, numbered, ctx.province));
  return out;
}
