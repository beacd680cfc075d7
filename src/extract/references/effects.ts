/**
 * What this document does to the documents it cites, as the text states it: replaces, repeals (whole or in
 * part), amends, supplements, guides (hướng dẫn / quy định chi tiết), suspends, corrects (đính chính).
 *
 * A cue ("thay thế", "bãi bỏ", "sửa đổi, bổ sung", ...; data/effectCues.json) acts for this document only
 * when the document is its subject: the cue opens a clause of a normative text ("Điều 2. Bãi bỏ Quyết định
 * số ..."), a line of its title ("Về việc bãi bỏ ..."), or follows "<kind> này" with at most its date of
 * effect between ("Quyết định này có hiệu lực từ ngày ký và thay thế Quyết định số ..."). A cue inside a
 * cited document's title ("Luật số 56/2024/QH15 sửa đổi, bổ sung ...") belongs to that document; a passive
 * or conditional one ("được sửa đổi bởi", "khi ... bị bãi bỏ") to nobody. The cue's objects are the first
 * citation after it in its clause and the list that follows ("...; Quyết định số ..."), over clauses that
 * open with a document kind. The part affected is what the text names between cue and citation (Điều /
 * Khoản / Điểm, Mục, Phần, Chương, Phụ lục, "một số ...").
 */
import { spellingTest, tokenizeWords as tokenize, type Token } from '../matching';
import { kindAt } from '../documentKinds';
import type { DocumentKind, EffectKind } from '../types';
import effectData from '../data/effectCues.json';
import { clauseAt, type Clause } from './clauses';
import { cueAt, cueList } from './cues';
import { isListGap } from './relations';
import { proposedAt } from './proposals';
import type { Mention } from './mention';

export interface MentionEffect {
  kind: EffectKind;
  /** The part affected as written ("khoản 2 Điều 3", "Phụ lục I"), or "một số ..." unnamed; null = whole. */
  part: string | null;
  whole: boolean;
  /** Offsets of the cue, for evidence. */
  cueStart: number;
  cueEnd: number;
}

interface Cue {
  kinds: EffectKind[];
  start: number;
  end: number;
  /** Token index after the cue chain. */
  next: number;
}

const CUE_PHRASES = cueList(effectData.cues.map((c) => c.phrase));
const CUE_KINDS = new Map<string, EffectKind[]>(effectData.cues.map((c) => [c.phrase, c.kinds as EffectKind[]]));
const BACKWARD = cueList(effectData.backward);
const PASSIVE: ReadonlySet<string> = new Set(effectData.passive);
const LEAD: ReadonlySet<string> = new Set(effectData.lead);
const BLOCKING = cueList(effectData.blocking);
const BLOCKING_NOUN_WHEN_LISTED: ReadonlySet<string> = new Set(effectData.blockingNounWhenListed);
const OBJECT_BEFORE = new RegExp(`(?:${effectData.objectBefore.map((p) => p.replace(/ /g, '\\s+')).join('|')})\\s*$`);
const PART_BEFORE_BACKWARD = new RegExp(`(?:${effectData.partBeforeBackward.map((p) => p.replace(/ /g, '\\s+')).join('|')})\\s*$`);
const PARTIAL = cueList(effectData.partial);
const WHOLE = cueList(effectData.whole);
/** Words that end the name of the part concerned ("một số điều của ..."). */
const PART_ENDERS: ReadonlySet<string> = new Set(effectData.partEnders);
const ACTING_KINDS: ReadonlySet<string> = new Set(effectData.actingKinds);
const TITLE_OR_SELF_ONLY: ReadonlySet<string> = new Set(effectData.titleOrSelfOnly);
const GAP_FILLERS: ReadonlySet<string> = new Set(effectData.gapFillers);

/** How far a cue reaches to its first object: one clause, bounded. */
const OBJECT_WINDOW = 260;

/** "Điều 3", "khoản 2 Điều 5", "điểm a khoản 1 Điều 2", "Mục II", "Phần I", "Chương III", "Phụ lục 01". */
const NAMED_PART =
  /(?:(?:diem\s+[a-z](?:\s*(?:,|va)\s*[a-z])*\s+)?(?:khoan\s+\d+[a-z]?(?:\s*(?:,|va)\s*\d+)*\s+)?(?:cua\s+)?dieu\s+\d+[a-z]?|phu\s*luc\s*(?:[ivxlc]+|\d+)?|(?:tieu\s+)?muc\s+(?:[ivxlc]+|\d+|[a-z]\d?)|phan\s+(?:[ivxlc]+|\d+)|chuong\s+(?:[ivxlc]+|\d+)|khoan\s+\d+[a-z]?|danh\s+muc)\b/g;

/** "tại khoản 3 Điều 10; khoản 3 Điều 20; khoản 4 Điều 47 " ending the gap before a citation. */
const PARTS_BEFORE_CITATION = new RegExp(`\\btai\\s+(?:${NAMED_PART.source})(?:\\s*(?:[;,]|va)\\s*(?:${NAMED_PART.source}))*\\s*(?:cua\\s+)?$`);

/** Match the longest cue at token i; the chain "sửa đổi, bổ sung, bãi bỏ" gives each of its kinds. */
function cueChainAt(tokens: readonly Token[], i: number): Cue | null {
  // Most tokens start no cue: the kinds list is made only for those that do.
  if (!cueAt(tokens, i, CUE_PHRASES, 0)) return null;
  const kinds: EffectKind[] = [];
  let j = i;
  while (j < tokens.length) {
    const n = cueAt(tokens, j, CUE_PHRASES, 0);
    if (!n) {
      if (kinds.length && tokens[j]!.w === 'va') {
        const m = cueAt(tokens, j + 1, CUE_PHRASES, 0);
        if (m) {
          j++;
          continue;
        }
      }
      break;
    }
    const phrase = tokens.slice(j, j + n).map((t) => t.w).join(' ');
    for (const k of CUE_KINDS.get(phrase) ?? []) if (!kinds.includes(k)) kinds.push(k);
    j += n;
  }
  if (!kinds.length) return null;
  // "sửa đổi, bổ sung" is one act (AMENDS); "bổ sung" alone supplements.
  if (kinds.includes('AMENDS')) {
    const s = kinds.indexOf('SUPPLEMENTS');
    if (s >= 0) kinds.splice(s, 1);
  }
  return { kinds, start: tokens[i]!.start, end: tokens[j - 1]!.end, next: j };
}

/** The first token from `from` where a cue starts (`cueChainAt` is null everywhere before it), or the end. */
function nextCueStart(tokens: readonly Token[], from: number): number {
  let i = from;
  // Every word of the text is asked: its spelling turns most away, once per spelling, before the cues are read.
  while (i < tokens.length && !(spellingTest(tokens[i]!, 'opensEffectCue', opensEffectCue) && cueAt(tokens, i, CUE_PHRASES, 0))) i++;
  return i;
}

/** Whether a cue may start at a word of this spelling within a zero budget (`cueAt` is 0 wherever it may not). */
export function opensEffectCue(x: Token): boolean {
  return CUE_PHRASES.atExact([x], 0).length > 0;
}

/** "<kind> này" starting at token `i` (the document speaking of itself); its token count, or 0. */
function tokensNameItself(tokens: readonly Token[], i: number): number {
  const k = kindAt(tokens, i);
  return k && tokens[i + k.tokens]?.w === 'nay' ? k.tokens + 1 : 0;
}

/**
 * Whether this document is the subject of the cue at token `ci` of the clause's tokens: `LEAD` when the cue
 * opens a line or clause (a title or an article's imperative), `SELF` after "<kind> này", null otherwise.
 */
function documentIsSubject(
  text: string,
  folded: string,
  tokens: readonly Token[],
  ci: number,
  clause: Clause,
  ownKind: DocumentKind | null,
  citesBetween: (from: number, to: number) => boolean,
): 'LEAD' | 'SELF' | null {
  const prev = tokens[ci - 1]?.w;
  if (prev && PASSIVE.has(prev)) return null;
  // Title line or an article's imperative: only lead words (headings, "Về việc", a kind word) before it.
  const lineStart = folded.lastIndexOf('\n', tokens[ci]!.start - 1) + 1;
  const atLineStart = /^[\s*_#>|\-+•.\d)(]*$/.test(folded.slice(lineStart, tokens[ci]!.start));
  const first = text[tokens[ci]!.start] ?? '';
  if (atLineStart && first !== first.toLowerCase() && (ownKind === null || ACTING_KINDS.has(ownKind) || /^(?:ve|ve viec)$/.test(tokens.slice(Math.max(0, ci - 2), ci).map((t) => t.w).join(' ')))) return 'LEAD';
  let k = ci - 1;
  while (k >= 0 && tokens[k]!.start >= clause.leadStart && (LEAD.has(tokens[k]!.w) || /^\d+$/.test(tokens[k]!.w) || tokens[k]!.w.length === 1)) k--;
  const leadOnly = k < 0 || tokens[k]!.start < clause.leadStart;
  if (leadOnly && (ownKind === null || ACTING_KINDS.has(ownKind) || tokens.slice(0, ci).some((t) => t.w === 'viec'))) return 'LEAD';
  // "<kind> này (có hiệu lực ... ) (và|,) <cue>" in the same sentence.
  const sentenceStart = Math.max(folded.lastIndexOf('. ', tokens[ci]!.start), folded.lastIndexOf('.\n', tokens[ci]!.start), clause.start - 200);
  const back = tokenize(folded, Math.max(0, sentenceStart), tokens[ci]!.start);
  for (let i = back.length - 1; i >= 0; i--) {
    const n = tokensNameItself(back, i);
    if (!n) continue;
    const gap = folded.slice(back[i + n - 1]!.end, tokens[ci]!.start);
    // "Thông tư này có hiệu lực từ ... và thay thế Thông tư số X ... hướng dẫn ...": a citation between makes
    // the later cue part of its title.
    if (citesBetween(back[i + n - 1]!.end, tokens[ci]!.start)) return null;
    return /^\s*(?:(?:chinh\s+thuc\s+)?co\s+hieu\s+luc[^.;]{0,140}?)?[\s,;]*(?:va|dong\s+thoi)?\s*$/.test(gap) ? 'SELF' : null;
  }
  return null;
}

/** The part named between cue and citation, as written; `whole` when the text says "toàn bộ" or names none. */
function partBetween(text: string, folded: string, from: number, to: number): { part: string | null; whole: boolean } {
  const gap = folded.slice(from, to);
  const toks = tokenize(folded, from, to);
  if (toks.some((_, i) => cueAt(toks, i, WHOLE, 0))) return { part: null, whole: true };
  const named = [...gap.matchAll(NAMED_PART)];
  if (named.length) {
    const a = from + named[0]!.index!;
    const last = named[named.length - 1]!;
    const b = from + last.index! + last[0].length;
    return { part: text.slice(a, b).replace(/\s+/g, ' ').trim(), whole: false };
  }
  const p = toks.findIndex((_, i) => cueAt(toks, i, PARTIAL, 0));
  if (p >= 0) {
    const end = toks.slice(p).find((t) => PART_ENDERS.has(t.w));
    return { part: text.slice(toks[p]!.start, end ? end.start : toks[toks.length - 1]!.end).replace(/\s+/g, ' ').trim(), whole: false };
  }
  return { part: null, whole: true };
}

/** The mention whose title span holds `offset` (the cue is part of that document's title). */
function insideTitle(mentions: readonly Mention[], offset: number): boolean {
  return mentions.some((m) => m.start < offset && offset < Math.max(m.end, m.tailEnd + 1) && !(m.end <= m.tailEnd && offset > m.tailEnd));
}

/** Effects per mention (a mention may carry several: "sửa đổi, bổ sung, bãi bỏ một số điều của ..."). */
export function assignEffects(
  text: string,
  folded: string,
  clauses: readonly Clause[],
  mentions: readonly Mention[],
  ownKind: DocumentKind | null,
): Map<Mention, MentionEffect[]> {
  const out = new Map<Mention, MentionEffect[]>();
  const add = (m: Mention, e: MentionEffect) => {
    const list = out.get(m) ?? [];
    if (!list.some((x) => x.kind === e.kind && x.part === e.part)) list.push(e);
    out.set(m, list);
  };
  const ordered = [...mentions].filter((m) => !m.embedded).sort((a, b) => a.start - b.start);
  const citesBetween = (from: number, to: number) => ordered.some((m) => m.start >= from && m.start < to);
  const all = tokenize(folded);
  let lastActing: { clause: Clause; end: number; how: 'LEAD' | 'SELF' } | null = null;
  // The title ends where the preamble's first "Căn cứ" starts (0 when there is none: no title region known).
  const bodyStart = clauses.find((c) => c.mode === 'BASIS')?.start ?? 0;
  // From cue start to cue start: the body's closures over `cue` make V8 allocate a context for each pass through
  // it, which at every token was most of what this stage allocated (bench/HISTORY.md, x22).
  for (let ti = nextCueStart(all, 0); ti < all.length; ti = nextCueStart(all, ti + 1)) {
    const cue = cueChainAt(all, ti);
    if (!cue) continue;
    const chainEnd = cue.next;
    const clause = clauseAt(clauses, cue.start);
    if (!clause) {
      ti = chainEnd - 1;
      continue;
    }
    // A cue just after a citation's issuer, or inside its title, is that document's title.
    const prevMention = [...ordered].reverse().find((m) => m.start < cue.start);
    const ownedByCited = !!prevMention && (insideTitle([prevMention], cue.start) || /^\s*$/.test(folded.slice(prevMention.tailEnd, cue.start)));
    const clauseToks = tokenize(folded, clause.start, cue.end);
    const ci = clauseToks.findIndex((t) => t.start === cue.start);
    // "Sửa đổi Danh mục ... và bãi bỏ danh mục ... tại Phụ lục kèm theo Quyết định số ...": a verb coordinated
    // with one whose subject is this document shares that subject.
    const coordinated: boolean = !!lastActing && lastActing.clause === clause && /(?:^|\s)(?:va|,)\s*$/.test(folded.slice(lastActing.end, cue.start));
    // "Kiến nghị thực thi: Sửa đổi ... Nghị định số ...": a simplification plan proposes the change to the body that
    // issued the text; this document changes nothing (REFERENCES). Where the proposal runs: proposals.ts.
    const proposed = proposedAt(folded, cue.start);
    const how: 'LEAD' | 'SELF' | null =
      !ownedByCited && !proposed && ci >= 0 ? (coordinated ? lastActing!.how : documentIsSubject(text, folded, clauseToks, ci, clause, ownKind, citesBetween)) : null;
    // Outside the title, an imperative opening a clause gives only the kinds a clause can enact.
    if (how === 'LEAD' && cue.start >= bodyStart) cue.kinds = cue.kinds.filter((k) => !TITLE_OR_SELF_ONLY.has(k));
    const subject = how !== null && cue.kinds.length > 0;
    if (subject) lastActing = { clause, end: cue.end, how };
    const backward = cueAt(all, Math.max(0, ti - 1), BACKWARD, 0) > 0 || cueAt(all, ti, BACKWARD, 0) > 0;
    if (subject) forward(cue, clause, how);
    // "Quyết định số X ... hết hiệu lực": here the cited document is the subject, and this one the cause.
    else if (backward && prevMention) backwardOf(cue, clause, prevMention);
    ti = chainEnd - 1;
  }
  return out;

  function record(m: Mention, cue: Cue, from: number) {
    const { part, whole } = partBetween(text, folded, from, m.start);
    for (const kind of cue.kinds) add(m, { kind, part, whole, cueStart: cue.start, cueEnd: cue.end });
  }

  /** The first citation after the cue in its clause, then the list after it. */
  function forward(cue: Cue, clause: Clause, how: 'LEAD' | 'SELF') {
    const idx = ordered.findIndex((m) => m.start >= cue.end);
    if (idx < 0) return;
    let scopeEnd = clause.end;
    // A cue ending its clause with ":" or a list in following clauses that open with a document kind.
    let c = clause;
    let lastWords = clause;
    for (;;) {
      const next = clauseAt(clauses, c.end);
      if (!next || next.start !== c.end) break;
      // Item labels ("1.", "a)") split off by the clause reader are not words of the item.
      const toks = tokenize(folded, next.leadStart, Math.min(next.end, next.leadStart + 40)).filter((t, i, a) => !(i === 0 && a.length === 1 && /^(?:\d+|[a-z])$/.test(t.w)));
      const at = toks[0]?.w === 'cac' ? 1 : 0;
      // Blank lines between the list's lead and its items belong to the list.
      // An item may also open with the part it concerns: "1. Khoản 7 Điều 72 ... Luật Bảo vệ môi trường số ...".
      const opensWithPart = toks.length > 0 && new RegExp(`^${NAMED_PART.source}`).test(folded.slice(toks[0]!.start, toks[0]!.start + 60));
      if (toks.length && !(kindAt(toks, at) || toks[0]!.w === 'so' || opensWithPart)) break;
      // A list runs on after a separator (";", ":", ",", "và") or into labelled items ("1.", "-"); a paragraph
      // that merely opens with a document kind (a note under a title) is not one of its items. Blank and
      // label-only clauses between are transparent.
      if (toks.length) {
        const ends = folded.slice(lastWords.start, lastWords.end).replace(/[\s*_|]+$/, '');
        const itemLabel = /[^\s*_]/.test(folded.slice(next.start, next.leadStart)) || labelled(next);
        if (!(/[;:,]$/.test(ends) || /(?:^|\s)(?:va|hoac)$/.test(ends) || itemLabel)) break;
        lastWords = next;
      }
      scopeEnd = next.end;
      c = next;
    }
    const first = ordered[idx]!;
    if (first.start - cue.end > OBJECT_WINDOW || first.start >= scopeEnd) {
      // The list may start in the next clause ("Bãi bỏ các văn bản sau:\n1. Quyết định số ...").
      if (first.start >= scopeEnd || !/:\s*$/.test(folded.slice(cue.end, clause.end))) return;
    }
    // "Bãi bỏ các văn bản ... cụ thể như sau:" introduces a list of items: its words describe the list.
    const introducesList = /:[\s*_]*$/.test(folded.slice(cue.end, clause.end)) && first.start >= clause.end;
    // "Quyết định này quy định chi tiết <matter> quy định tại khoản 2 Điều 43 ...; khoản 4 Điều 47 Nghị định số
    // X": the parts listed right before the citation are the parts of X it details.
    const detailsParts = how === 'SELF' && cue.kinds.includes('GUIDES') && PARTS_BEFORE_CITATION.test(folded.slice(cue.end, first.start));
    if (detailsParts) {
      record(first, cue, cue.end);
      return;
    }
    if (introducesList ? folded.slice(cue.end, first.start).includes('|') : blocked(cue.end, first.start)) return;
    // A sentence ends between cue and citation: not its object (item labels "1.", "a)" aside).
    const between = folded.slice(cue.end, first.start).replace(/(?:^|\n)[\s*_]*(?:\d{1,2}|[a-z])[.)]\s/g, ' ');
    if (/[.;]\s/.test(between) && !/:\s*$/.test(folded.slice(cue.end, clause.end))) return;
    record(first, cue, cue.end);
    let prev = first;
    let itemClause = clauseAt(clauses, first.start);
    for (let k = idx + 1; k < ordered.length; k++) {
      const m = ordered[k]!;
      if (m.start >= scopeEnd) break;
      if (insideTitle([prev], m.start)) continue;
      // The previous item's title runs up to this citation with no separator ("... về việc Thành lập Ban chỉ
      // đạo thực hiện Quyết định 19/1999/QĐ-TTg"): the citation is named in that title, not listed.
      if (prev.end === m.start && prev.end > prev.tailEnd && !/(?:[;,]|(?:^|\s)va)\s*$/.test(folded.slice(prev.tailEnd, prev.end))) continue;
      const mc = clauseAt(clauses, m.start);
      // A citation inside brackets ("(được sửa đổi, bổ sung tại ... Nghị định số ...)") qualifies the item.
      if (insideBrackets(mc ? Math.max(mc.start, prev.start) : prev.start, m.start)) continue;
      if (isListGap(folded, prev.tailEnd, m.start) || isListGap(folded, prev.end, m.start)) {
        record(m, cue, m.start);
        prev = m;
      } else if (mc && mc !== itemClause && mc.start >= clause.end) {
        // The first citation of the next item of the list ("2. Điều 63 Nghị định số ..."); after "; " with no
        // label, when the item before cited further documents in its title, the list is that title's.
        const nestedInItem = mentions.some((o) => o.start > prev.tailEnd && o.start < mc.start);
        if (nestedInItem && !labelled(mc)) break;
        record(m, cue, mc.leadStart);
        prev = m;
        itemClause = mc;
      }
      // Other citations inside an item ("(được sửa đổi tại ... Luật Giá số ...)") are not objects.
    }
  }

  /** "Quyết định số X ... hết hiệu lực kể từ ngày Quyết định này có hiệu lực": the citation opening the clause. */
  function backwardOf(cue: Cue, clause: Clause, m: Mention) {
    if (m.start < clause.start) return;
    const lead = tokenize(folded, clause.leadStart, m.start);
    let part: string | null = null;
    if (lead.some((t) => !(LEAD.has(t.w) || /^\d+$/.test(t.w) || t.w.length === 1 || t.w === 'so'))) {
      // "..., các thủ tục hành chính ... đã công bố tại Quyết định số X ... hết hiệu lực": a part of X, named
      // after the last comma and before "công bố tại" / "ban hành kèm theo".
      // The last comma that does not sit inside a list of numbers ("số thứ tự 12, 13 Mục I").
      const commas = [...folded.slice(clause.leadStart, m.start).matchAll(/,(?!\s*\d)/g)];
      const from = commas.length ? clause.leadStart + commas[commas.length - 1]!.index! + 1 : clause.leadStart;
      const named = folded.slice(from, m.start);
      if (!PART_BEFORE_BACKWARD.test(named) || /[.;:]/.test(named) || citesBetween(from, m.start)) return;
      part = text.slice(from, m.start).replace(/\s+/g, ' ').trim() || null;
    }
    const sentence = tokenize(folded, cue.end, Math.min(clause.end, cue.end + 120));
    if (!sentence.some((_, i) => tokensNameItself(sentence, i))) return;
    for (const kind of cue.kinds) add(m, { kind, part, whole: part === null, cueStart: cue.start, cueEnd: cue.end });
  }

  /** The clause opens with an item label ("2.", "b)"), or follows one the clause reader split off. */
  function labelled(c: Clause): boolean {
    if (!/^[\s*_]*$/.test(folded.slice(c.start, c.leadStart))) return true;
    const before = clauseAt(clauses, c.start - 1);
    return !!before && /^[\s*_]*(?:\d{1,2}|[a-z])[.)][\s*_]*$/.test(folded.slice(before.start, before.end));
  }

  /** A blocking phrase at token i, unless it names a part as an item of a list ("từ, cụm từ, quy định tại"). */
  function blockingAt(toks: readonly Token[], i: number): boolean {
    const n = cueAt(toks, i, BLOCKING, 0);
    if (!n) return false;
    const phrase = toks.slice(i, i + n).map((t) => t.w).join(' ');
    const listed = i > 0 && (toks[i - 1]!.w === 'va' || /,\s*$/.test(folded.slice(toks[i - 1]!.end, toks[i]!.start)));
    return !(listed && BLOCKING_NOUN_WHEN_LISTED.has(phrase));
  }

  function insideBrackets(from: number, to: number): boolean {
    let depth = 0;
    for (let i = from; i < to; i++) {
      if (folded[i] === '(') depth++;
      else if (folded[i] === ')' && depth > 0) depth--;
    }
    return depth > 0;
  }

  /** Another predicate, a table cell boundary or a long noun phrase between cue and citation. */
  function blocked(from: number, to: number): boolean {
    if (folded.slice(from, to).includes('|')) return true;
    const toks = tokenize(folded, from, to);
    if (toks.some((_, i) => blockingAt(toks, i))) return true;
    // "... đã được công bố tại các Quyết định của ... về việc ...: số X; số Y": the list after the colon is
    // of the documents named before it.
    if (/:\s*$/.test(folded.slice(from, to)) && toks.some((t, i) => t.w === 'tai' && kindAt(toks, i + (toks[i + 1]?.w === 'cac' ? 2 : 1)))) return false;
    // "Sửa đổi một số điều của Quy định về <its title> ban hành kèm theo Quyết định số ...": the attached
    // document's title is part of the object.
    if (OBJECT_BEFORE.test(folded.slice(from, to)) && toks.some((_, i) => i < 6 ? kindAt(toks, i) : toks[i + (kindAt(toks, i)?.tokens ?? NaN)]?.w === 've')) return false;
    const other = toks.filter((t) => !GAP_FILLERS.has(t.w) && !/^\d+$/.test(t.w) && t.w.length > 1).length;
    return other > effectData.maxGapWords;
  }
}
