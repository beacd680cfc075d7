/**
 * References to other documents: one `DocumentReference` per distinct cited document, every mention kept.
 *
 * A numbered citation is found from its symbol (`05-NQ/TU`, `1663/0D-UBND`, `56 1 24/NQ-HDND`) and read
 * outwards: the kind word before it ("Nghị quyết số", "Quyết định"), the date after it ("ngày 15/7/2021"),
 * the issuer ("của Thủ tướng Chính phủ", or "của Bộ Nội vụ tại Văn bản số ..." before it) and a title
 * ("về ...", "ban hành ..."). Lists share a trailing issuer ("Thông báo số 929-TB/TU ..., Văn bản số
 * 1456-CV/TU ... của Thường trực Tỉnh ủy") when the symbols allow it. Unnumbered documents named by title
 * (laws, Party congress and plenum resolutions, named schemes and plans) come from namedReferences.ts.
 *
 * Relations follow tests/fixtures/gold/SCHEMA.md: BASIS under "Căn cứ", PROPOSAL for a Tờ trình under "Xét"
 * or "Theo đề nghị", AMENDS when the document amends / supplements / updates / replaces the cited one,
 * IMPLEMENTS when the text directs that it be carried out, REFERENCES otherwise; the strongest relation over
 * a document's mentions wins. A document cited inside another citation's title ("Chương trình số 25-CTr/TU
 * ... thực hiện Nghị quyết số 19-NQ/TW") is only referenced.
 */
import { foldKeepLength } from '../folding';
import { sectionPathIndex } from '../sections';
import { NATIONAL, type CitationRelation, type DocumentKind, type DocumentReference, type ReferenceMention, type Section } from '../types';
import { dateAtStart } from '../dates';
import { issuerAtStart, type IssuerRef } from '../issuers';
import { provinceByName, type Province } from '../provinces';
import {
  documentKey,
  foldTitle,
  inferIssuer,
  parseSymbol,
  symbolIssuerFamily,
  symbolMatchKey,
  type ParsedSymbol,
} from '../symbols';
import { KIND_WORDS, isSoToken, kindEndingAt } from '../documentKinds';
import { clauseAt, segmentClauses, type Clause } from './clauses';
import { squash, tokenize, wordCost, type Token } from '../ocr';
import { AMEND_CUES, AMEND_FILLERS, CUE_WINDOW, DIRECTIVE_BEFORE_TAI, EMBED_CUES, IMPLEMENT_CUES, cueAt } from './cues';
import { findNamedReferences } from './namedReferences';
import { findSymbols, maskUrls } from '../findSymbols';

export interface ReferenceContext {
  /** Province of the citing document: local citations without a named province belong to it. */
  province: Province | null;
  /** Every symbol of the citing document (its text's and its portal's): never listed as a reference. */
  ownSymbols: readonly string[];
  /** The citing document's own title: "Về việc sửa đổi, bổ sung Kế hoạch X" makes the document of X amended. */
  ownTitle: string | null;
  /** The citing document's kind: with its title, the name it is mentioned by ("Luật Dữ liệu"), never a citation. */
  ownKind?: DocumentKind | null;
  sections: readonly Section[];
}

/** A citation as read at one place in the text, before merging per document. */
export interface Mention {
  /** Start of the citation: the kind word, or the symbol when none precedes it. */
  start: number;
  /** End of symbol, date and issuer. */
  tailEnd: number;
  /** End of the title, or `tailEnd` when none. */
  end: number;
  parsed: ParsedSymbol | null;
  kind: DocumentKind;
  kindFromWord: boolean;
  date: string | null;
  issuer: IssuerRef | null;
  issuerStated: boolean;
  title: string | null;
  jurisdiction: string;
  /** Named (unnumbered) documents carry their key parts here. */
  namedTitle: string | null;
  relation: CitationRelation;
  /** Cited inside the title of the previous citation. */
  embedded: boolean;
  /** Offset of the "thực hiện" that makes this citation embedded: ignored as a cue for later ones. */
  embeddingCue: [number, number] | null;
  confidence: number;
}

const RELATION_RANK: Record<CitationRelation, number> = { BASIS: 5, PROPOSAL: 4, AMENDS: 3, IMPLEMENTS: 2, REFERENCES: 1 };

const OF_RE = /^[\s,]*(c[a-z1]{0,3}a)\s+/;
const TERM_RE = /^[\s,]*\(?kh[a-z]{1,2}a\s+[xvil]{1,6}\)?/;
const TITLE_START_RE = /^[\s,:]*(?=(?:ve|v\/v|ban hanh|phe duyet|quy dinh|huong dan|thuc hien|[“"]))/;

function familiesCompatible(p: ParsedSymbol | null, stated: IssuerRef, inferred: IssuerRef | null): boolean {
  if (!p) return true;
  const f = symbolIssuerFamily(p);
  if (!f) return true;
  if (f !== stated.family) return false;
  if (f === 'MINISTRY' || f === 'NATIONAL_OTHER' || f === 'DEPARTMENT') return !inferred || inferred.name === stated.name;
  return true;
}

/** Kind from the kind word and the symbol's type code: the code wins, except where it cannot tell. */
function resolveKind(word: DocumentKind | null, p: ParsedSymbol | null): DocumentKind | null {
  const code = p?.kind ?? null;
  if (word === 'QUY_DINH' && p?.typeCode === 'QĐ') return 'QUY_DINH';
  if (code) return code;
  if (word) return word;
  return null;
}

function readTitle(text: string, folded: string, from: number, limit: number): { title: string; end: number } | null {
  const m = TITLE_START_RE.exec(folded.slice(from, from + 12));
  if (!m) return null;
  const start = from + m[0].length;
  const window = folded.slice(start, Math.min(limit, start + 320));
  const quoted = /^[“"]/.test(window);
  let stop = window.length;
  const enders = quoted ? /[”"](?=[^”"]*)/ : /;|\.(?=\s|$)|\n\s*\n\s*(?=[A-Z])/;
  const e = enders.exec(quoted ? window.slice(1) : window);
  if (e) stop = e.index + (quoted ? 2 : 0);
  const raw = squash(text.slice(start, start + stop)).replace(/[\s,;:.]+$/, '');
  if (raw.length < 3) return null;
  return { title: raw, end: start + stop };
}

/** Numbered citations, each read with its kind, date, issuer and title. */
function numberedMentions(text: string, folded: string, ctx: ReferenceContext): Mention[] {
  const out: Mention[] = [];
  for (const hit of findSymbols(text)) {
    const p = hit.parsed;
    // Kind word (and "số") just before the symbol.
    const toks = tokenize(folded, Math.max(0, hit.start - 100), hit.start);
    let last = toks.length - 1;
    let hasSo = false;
    if (last >= 0 && isSoToken(toks[last]!.w)) {
      hasSo = true;
      last--;
    }
    let km = last >= 0 ? kindEndingAt(toks, last) : null;
    // "... quy phạm pháp luật số 64/2025/QH15": a lower-case "luật" ends a law's name ("pháp luật"), it is not
    // the kind word; the capitalised "Luật" that opens the name is looked for below.
    if (km && km.kind === 'LUAT' && /^l/.test(text[toks[km.first]!.start]!)) km = null;
    let start = km ? toks[km.first]!.start : hasSo ? toks[last + 1]!.start : hit.start;
    // "Luật Quản lý, sử dụng tài sản công số 15/2017/QH14": a law's name sits between the word and "số".
    let lawName: string | null = null;
    if (!km && hasSo) {
      const from = Math.max(0, start - 200);
      const window = text.slice(from, start);
      let law: RegExpExecArray | null = null;
      for (const m of window.matchAll(/(?<![\p{L}\d])L[uư][\p{L}@]{1,2}t\s+(?=\p{Lu})/gu)) law = m as RegExpExecArray;
      if (law && wordCost('luat', folded.slice(from + law.index, from + law.index + 4)) !== null && !/[;]|\.\s/.test(window.slice(law.index))) {
        // "Luật sửa đổi, bổ sung một số điều của Luật X số 87/2025/QH15": the number is the amending law's.
        const amending = /(?<![\p{L}\d])L[uư][\p{L}@]{1,2}t\s+s[ửu]a\s+đ[ổo]i[^;]*?c[ủu]a\s*$/u.exec(window.slice(0, law.index));
        const at = amending && !/[;]|\.\s/.test(window.slice(amending.index)) ? amending.index : law.index;
        lawName = squash(window.slice(at)).replace(/[\s,]+$/, '');
        start = from + at;
      }
    }

    // Date, issuer and Party term after it.
    let pos = hit.end;
    const afterTinh = /^\s*(?:tinh|thanh pho)(?=\s+ng)/.exec(folded.slice(pos, pos + 20));
    if (afterTinh) pos += afterTinh[0].length;
    const ws = /^[\s,(]*/.exec(folded.slice(pos, pos + 10))![0].length;
    const date = dateAtStart(folded.slice(pos + ws, pos + ws + 40));
    if (date) pos += ws + date.length;
    let stated: IssuerRef | null = null;
    const of = OF_RE.exec(folded.slice(pos, pos + 12));
    if (of) {
      const iss = issuerAtStart(folded.slice(pos + of[0].length, pos + of[0].length + 110), ctx.province);
      if (iss) {
        stated = iss.issuer;
        pos += of[0].length + iss.end;
      }
    }
    if (!stated) {
      // "hướng dẫn của Bộ Nội vụ tại Văn bản số ...", "Theo đề nghị của Sở Nội vụ tại Tờ trình số ...".
      const pre = /c[a-z1]{0,3}a\s+([^;.]{2,80}?)\s+t[a-z]{0,2}i\s*$/.exec(folded.slice(Math.max(0, start - 100), start));
      if (pre) stated = issuerAtStart(pre[1]!, ctx.province)?.issuer ?? null;
    }
    const term = TERM_RE.exec(folded.slice(pos, pos + 20));
    if (term) pos += term[0].length;
    const tailEnd = pos;

    const province = stated && stated.jurisdiction !== NATIONAL ? provinceOf(stated, ctx.province) : ctx.province;
    const inferred = inferIssuer(p, province);
    const issuer = stated && familiesCompatible(p, stated, inferred) ? stated : inferred;
    const jurisdiction =
      p.scope === 'national'
        ? NATIONAL
        : p.scope === 'local'
          ? (province?.jurisdiction ?? 'unknown')
          : (stated?.jurisdiction ?? province?.jurisdiction ?? NATIONAL);
    const kind = resolveKind(km?.kind ?? (lawName ? 'LUAT' : null), p);
    const title = lawName ? { title: lawName, end: tailEnd } : readTitle(text, folded, tailEnd, folded.length);
    out.push({
      start,
      tailEnd,
      end: title?.end ?? tailEnd,
      parsed: p,
      kind: kind ?? 'OTHER',
      kindFromWord: !!km || !!lawName,
      date: date?.iso ?? null,
      issuer,
      issuerStated: !!stated && issuer === stated,
      title: title?.title ?? null,
      jurisdiction,
      namedTitle: null,
      relation: 'REFERENCES',
      embedded: false,
      embeddingCue: null,
      confidence: Math.min(0.99, 0.7 + (km ? 0.12 : 0) + (hasSo ? 0.05 : 0) + (date ? 0.08 : 0) + (stated ? 0.04 : 0)),
    });
  }
  return out;
}

/** The province a provincial issuer belongs to ("UBND tỉnh Quảng Ngãi" cited from a Quảng Ninh text). */
function provinceOf(issuer: IssuerRef, fallback: Province | null): Province | null {
  if (fallback && fallback.jurisdiction === issuer.jurisdiction) return fallback;
  return provinceByName(issuer.jurisdiction) ?? fallback;
}

/** Text between two offsets holds only list separators (", ", "; ", " và "). */
function isListGap(folded: string, from: number, to: number): boolean {
  if (to < from || to - from > 12) return false;
  return /^[\s,;]*(?:va\s*)?(?:cac\s*)?$/.test(folded.slice(from, to));
}

/** "sửa đổi, bổ sung (một số điều của) Quyết định số ...": an amend verb whose object is this citation. */
function amendsDirectly(folded: string, clause: Clause, m: Mention): boolean {
  const toks = tokenize(folded, Math.max(clause.start, m.start - 200), m.start);
  for (let i = Math.max(0, toks.length - 12); i < toks.length; i++) {
    const n = cueAt(toks, i, AMEND_CUES);
    if (!n) continue;
    let j = i + n;
    let direct = true;
    while (j < toks.length) {
      const k = cueAt(toks, j, AMEND_CUES);
      if (k) {
        j += k;
        continue;
      }
      const w = toks[j]!.w;
      if (!(AMEND_FILLERS.has(w) || /^\d+$/.test(w) || w.length === 1)) {
        direct = false;
        break;
      }
      j++;
    }
    if (direct) return true;
  }
  return false;
}

/**
 * The object of the document's own amending title ("Về việc sửa đổi, bổ sung, cập nhật Kế hoạch X"), as
 * folded tokens; null when the title does not amend anything.
 */
export function amendedObject(ownTitle: string | null): string[] | null {
  if (!ownTitle) return null;
  const toks = tokenize(foldKeepLength(ownTitle.normalize('NFC')));
  // OCR may damage one verb beyond recognition ("sira ddi"): the object follows the last verb found early on.
  let objectStart = -1;
  for (let i = 0; i < Math.min(toks.length, 10); i++) {
    const n = cueAt(toks, i, AMEND_CUES);
    if (n) objectStart = i + n;
  }
  if (objectStart < 0) return null;
  const rest = toks.slice(objectStart).map((t) => t.w);
  while (rest.length && (AMEND_FILLERS.has(rest[0]!) || cueAt(toks, toks.length - rest.length, AMEND_CUES))) rest.shift();
  return rest.length >= 5 ? rest : null;
}

/** Object tokens found in order in a haystack of tokens, with OCR tolerance: the share found. */
function inOrderShare(object: readonly string[], hay: readonly Token[]): number {
  let j = 0;
  let found = 0;
  for (const w of object) {
    for (let k = j; k < hay.length && k < j + 4; k++) {
      if (wordCost(w, hay[k]!.w) !== null) {
        found++;
        j = k + 1;
        break;
      }
    }
  }
  return found / object.length;
}

/**
 * Spans masked so far: `covers(s, e)` says whether one span [a, b] has a <= s and e <= b, in log time (the
 * spans sorted by start with the running maximum of their ends) rather than a scan of every span.
 */
class Spans {
  private starts: number[] = [];
  private maxEnds: number[] = [];
  private spans: [number, number][] = [];

  add(a: number, b: number): void {
    const last = this.starts[this.starts.length - 1];
    this.spans.push([a, b]);
    if (last !== undefined && a < last) {
      // Out of order (never in text-order reading): rebuild sorted.
      this.spans.sort((x, y) => x[0] - y[0]);
      this.starts = [];
      this.maxEnds = [];
      for (const [x, y] of this.spans) this.append(x, y);
      return;
    }
    this.append(a, b);
  }

  private append(a: number, b: number): void {
    const prevMax = this.maxEnds[this.maxEnds.length - 1];
    this.starts.push(a);
    this.maxEnds.push(prevMax === undefined || b > prevMax ? b : prevMax);
  }

  covers(s: number, e: number): boolean {
    // Spans starting at or before s: the furthest end among them.
    let lo = 0;
    let hi = this.starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.starts[mid]! <= s) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && this.maxEnds[lo - 1]! >= e;
  }
}

/**
 * Whether the clause's trigger ("Căn cứ", "Xét", "Theo đề nghị") governs this citation: the first citation of
 * the clause, an item of a list that starts there, or a numbered citation right after the previous one's
 * title ("... về công tác văn thư và Nghị định số ..."), unless it is cited as what that one carries out
 * ("... thực hiện Nghị quyết số ..."). A scheme named deep inside a Căn cứ sentence is not a basis.
 */
function governedByTrigger(folded: string, m: Mention, clause: Clause, listPrev: Mention | null, previous: Mention | null): boolean {
  if (!previous || previous.start < clause.start) return true;
  if (listPrev) return listPrev.relation === 'BASIS' || listPrev.relation === 'PROPOSAL';
  // "Căn cứ Luật X số 64/2025/QH15 được sửa đổi, bổ sung bởi Luật số 87/2025/QH15": the basis is the law as
  // amended, so the amending law is a basis too.
  if (AMENDED_BY.test(folded.slice(previous.tailEnd, m.start))) return previous.relation === 'BASIS' || previous.relation === 'PROPOSAL';
  if (!m.parsed) return false;
  return previous.end >= m.start - 2;
}

/** The words between a cited document and the one that amended it: "được sửa đổi, bổ sung (một số điều) bởi". */
const AMENDED_BY =
  /^[\s,;(*]*(?:da\s+)?duoc\s+sua\s+doi,?\s*(?:bo\s+sung\s*)?(?:mot\s+so\s+dieu\s*)?(?:theo|boi|tai)\s*(?:diem\s+\S{1,2}\s+)?(?:khoan\s+\d+\s+)?(?:dieu\s+\d+\s+)?(?:cua\s+)?$/;

const PROPOSAL_CUES = ['de nghi'];

/** Assign each mention its relation, in text order (embedding and lists look at the previous mention). */
function assignRelations(folded: string, clauses: readonly Clause[], mentions: Mention[], ctx: ReferenceContext): void {
  const object = amendedObject(ctx.ownTitle);
  const masked = new Spans();
  let prev: Mention | null = null;
  for (const m of mentions) {
    const clause = clauseAt(clauses, m.start);
    // A list item follows the previous citation directly, or right after its title ("...; Chỉ thị số ...").
    const listPrev = prev && (isListGap(folded, prev.tailEnd, m.start) || isListGap(folded, prev.end, m.start)) ? prev : null;
    m.relation = relationOf(m, clause, listPrev, prev);
    prev = m;
  }

  function relationOf(m: Mention, clause: Clause | null, listPrev: Mention | null, previous: Mention | null): CitationRelation {
    if (clause?.mode && clause.mode !== 'IMPLEMENTS' && governedByTrigger(folded, m, clause, listPrev, previous)) {
      if (clause.mode === 'BASIS') return 'BASIS';
      if (clause.mode === 'PROPOSAL') return 'PROPOSAL';
      const before = tokenize(folded, Math.max(clause.start, m.start - CUE_WINDOW), m.start);
      const proposal = m.kind === 'TO_TRINH' || before.some((t, i) => cueAt(before, i, PROPOSAL_CUES) > 0);
      return proposal ? 'PROPOSAL' : 'BASIS';
    }
    if (clause && amendsDirectly(folded, clause, m)) return 'AMENDS';
    if (object && m.parsed && m.end > m.tailEnd) {
      // The cited document's title names what this document amends ("... về việc ban hành Kế hoạch X").
      const hay = tokenize(folded, m.tailEnd, m.end);
      if (inOrderShare(object, hay) >= 0.85) return 'AMENDS';
    }
    // Cited in the previous citation's title: "... của Tỉnh ủy thực hiện Nghị quyết số 19-NQ/TW".
    if (previous && m.start - previous.tailEnd <= 30) {
      const gap = tokenize(folded, previous.tailEnd, m.start);
      const n = gap.length ? cueAt(gap, 0, EMBED_CUES) : 0;
      if (n && n === gap.length) {
        m.embedded = true;
        m.embeddingCue = [gap[0]!.start, gap[n - 1]!.end];
        masked.add(m.embeddingCue[0], m.embeddingCue[1]);
        return 'REFERENCES';
      }
    }
    if (listPrev && !listPrev.embedded) return listPrev.relation;
    if (!clause) return 'REFERENCES';
    const toks = tokenize(folded, Math.max(clause.start, m.start - CUE_WINDOW), m.start).filter(
      (t) => !masked.covers(t.start, t.end),
    );
    for (let i = 0; i < toks.length; i++) if (cueAt(toks, i, IMPLEMENT_CUES)) return 'IMPLEMENTS';
    // "theo Nghị quyết số ...", "quy định tại Nghị định số ...", "được phê duyệt tại Quyết định số ..."; but
    // "như đã đánh giá tại ..." only refers to it.
    const near = toks.slice(-4);
    if (near.some((t) => t.w === 'theo')) return 'IMPLEMENTS';
    const tai = near.findIndex((t) => t.w === 'tai');
    if (tai >= 1 && near.slice(0, tai).some((t, i, a) => cueAt(a, i, DIRECTIVE_BEFORE_TAI, 0))) return 'IMPLEMENTS';
    if (clause.mode === 'IMPLEMENTS') return 'IMPLEMENTS';
    return 'REFERENCES';
  }
}

/** A trailing "của <issuer>" closes a list: it applies to the earlier items that have none and can take it. */
function shareListIssuers(folded: string, mentions: Mention[], province: Province | null): void {
  for (let i = mentions.length - 1; i > 0; i--) {
    const m = mentions[i]!;
    if (!m.issuerStated || !m.issuer) continue;
    for (let j = i - 1; j >= 0; j--) {
      const p = mentions[j]!;
      const next = mentions[j + 1]!;
      if (!isListGap(folded, p.tailEnd, next.start) || p.issuerStated || p.embedded || next.embedded) break;
      if (!p.parsed) continue;
      const inferred = inferIssuer(p.parsed, province);
      if (!familiesCompatible(p.parsed, m.issuer, inferred)) break;
      p.issuer = m.issuer;
      p.issuerStated = true;
    }
  }
}

function mentionKey(m: Mention): string {
  return documentKey({
    symbol: m.parsed?.symbol ?? null,
    jurisdiction: m.jurisdiction,
    kind: m.kind,
    issuer: m.issuer?.name ?? null,
    date: m.date,
    title: m.namedTitle,
  });
}

/** Merge mentions per document; claims that disagree are kept on the mentions and noted. */
function mergeMentions(text: string, mentions: Mention[], ctx: ReferenceContext): DocumentReference[] {
  const byKey = new Map<string, Mention[]>();
  for (const m of mentions) {
    const key = mentionKey(m);
    const list = byKey.get(key);
    if (list) list.push(m);
    else byKey.set(key, [m]);
  }
  const refs: DocumentReference[] = [];
  const pathAt = sectionPathIndex(ctx.sections);
  for (const [key, ms] of byKey) {
    const first = ms[0]!;
    const evidenceOf = (m: Mention) => squash(text.slice(m.start, Math.min(m.tailEnd, m.start + 240)));
    const mentionsOut: ReferenceMention[] = ms.map((m) => ({
      start: m.start,
      end: m.end,
      sectionPath: pathAt(m.start),
      snippet: evidenceOf(m),
      relation: m.relation,
      claimedDate: m.date,
      claimedIssuer: m.issuer?.name ?? null,
    }));
    const relation = ms.reduce<CitationRelation>((best, m) => (RELATION_RANK[m.relation] > RELATION_RANK[best] ? m.relation : best), 'REFERENCES');
    const dated = ms.find((m) => m.date);
    const statedIssuer = ms.find((m) => m.issuerStated && m.issuer) ?? ms.find((m) => m.issuer);
    const withWord = ms.find((m) => m.kindFromWord) ?? first;
    const notes: string[] = [];
    const dates = [...new Set(ms.map((m) => m.date).filter(Boolean))];
    if (dates.length > 1) notes.push(`Mentions disagree on the date: ${dates.join(', ')}; the first is used.`);
    const issuers = [...new Set(ms.filter((m) => m.issuerStated).map((m) => m.issuer!.name))];
    if (issuers.length > 1) notes.push(`Mentions disagree on the issuer: ${issuers.join(', ')}.`);
    const relations = [...new Set(ms.map((m) => m.relation))];
    if (relations.length > 1) notes.push(`Also ${relations.filter((r) => r !== relation).join(', ')} in other mentions.`);
    refs.push({
      key,
      kind: withWord.kind,
      symbol: first.parsed?.symbol ?? null,
      date: dated?.date ?? null,
      issuer: statedIssuer?.issuer?.name ?? null,
      jurisdiction: first.jurisdiction,
      title: first.namedTitle ?? ms.find((m) => m.title)?.title ?? null,
      relation,
      evidence: evidenceOf(first),
      mentions: mentionsOut,
      confidence: Math.max(...ms.map((m) => m.confidence)),
      notes: notes.length ? notes.join(' ') : null,
    });
  }
  return refs;
}

/** Words that end a name rather than continue it: "Luật Dữ liệu có hiệu lực ...", "Luật Dữ liệu và ...". */
const AFTER_NAME = new Set(['co', 'va', 'duoc', 'nay', 'thi', 'theo', 'tai', 'la', 'quy', 've', 'do']);

/** A named document that is the citing document itself ("Luật Dữ liệu ..." inside the Luật Dữ liệu). */
function namesItself(name: string, ownName: string): boolean {
  if (name === ownName) return true;
  if (!name.startsWith(`${ownName} `)) return false;
  const next = name.slice(ownName.length + 1).split(' ')[0]!;
  return /^\d/.test(next) || AFTER_NAME.has(next);
}

/** Every document the text cites, one entry per document, in order of first mention. */
export function extractReferences(text: string, ctx: ReferenceContext): DocumentReference[] {
  const masked = maskUrls(text);
  const folded = foldKeepLength(masked);
  const clauses = segmentClauses(folded, masked);
  const ownKeys = new Set(ctx.ownSymbols.map(symbolMatchKey));
  const numbered = numberedMentions(masked, folded, ctx).filter((m) => !(m.parsed && ownKeys.has(symbolMatchKey(m.parsed.symbol))));
  // Titles stop where the next citation starts.
  for (let i = 0; i + 1 < numbered.length; i++) {
    const m = numbered[i]!;
    const next = numbered[i + 1]!;
    if (m.end > next.start) {
      m.end = Math.max(m.tailEnd, next.start);
      if (m.title) m.title = squash(masked.slice(m.tailEnd, m.end)).replace(/^[\s,:]+|[\s,;:.]+$/g, '') || null;
    }
  }
  const ownName = ctx.ownKind && ctx.ownTitle ? foldTitle(`${KIND_WORDS.find((k) => k.kind === ctx.ownKind)?.display ?? ''} ${ctx.ownTitle}`) : null;
  const named = findNamedReferences(masked, folded, clauses, numbered, ctx).filter((m) => !(ownName && m.namedTitle && namesItself(foldTitle(m.namedTitle), ownName)));
  const mentions = [...numbered, ...named].sort((a, b) => a.start - b.start);
  shareListIssuers(folded, mentions, ctx.province);
  assignRelations(folded, clauses, mentions, ctx);
  return mergeMentions(masked, mentions, ctx);
}

