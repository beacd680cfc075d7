/**
 * Mentions merged per cited document: one `DocumentReference` per key, every mention kept, the strongest
 * relation winning and disagreeing claims (dates, issuers) noted. A trailing "của <issuer>" of a list is
 * shared with the earlier items first.
 */
import { sectionPathIndex } from '../sections';
import { NATIONAL, type CitationRelation, type DocumentReference, type EffectKind, type ReferenceEffect, type ReferenceMention } from '../types';
import type { MentionEffect } from './effects';
import { findProvinces, mergedInto, type Province } from '../provinces';
import { documentKey, inferIssuer } from '../symbols';
import { squash } from '../displayText';
import { foldKeepLength } from '../folding';
import { escapeRegExp } from '../../text/regex';
import cueData from '../data/cues.json';
import type { Mention, ReferenceContext } from './mention';
import { familiesCompatible } from './numberedMentions';
import { isListGap } from './relations';

/** Effects by which this document changes the cited one (GUIDES, SUSPENDS and CORRECTS leave it as it is). */
const CHANGING_EFFECTS: ReadonlySet<EffectKind> = new Set<EffectKind>(['REPLACES', 'REPEALS', 'AMENDS', 'SUPPLEMENTS']);

const RELATION_RANK: Record<CitationRelation, number> = { BASIS: 5, PROPOSAL: 4, AMENDS: 3, IMPLEMENTS: 2, REFERENCES: 1 };

/** A trailing "của <issuer>" closes a list: it applies to the earlier items that have none and can take it. */
export function shareListIssuers(folded: string, mentions: Mention[], province: Province | null): void {
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
      // "công văn số 1108/QNI-QLDN2 ngày ... và công văn số 1701/QNI-QLDN2 ... của Thuế tỉnh Quảng Ninh": a
      // provincial issuer places every item it closes, not only the last.
      if (p.parsed.scope !== 'national' && m.issuer.jurisdiction !== NATIONAL) p.jurisdiction = m.issuer.jurisdiction;
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

/**
 * A provincial paper cited once with its province ("Quyết định số 09/2019/QĐ-UBND ngày 28/5/2019 của Ủy ban
 * nhân dân tỉnh Kon Tum") and again without it ("... của Ủy ban nhân dân tỉnh", a table's "Quyết định số
 * 66/2018/QĐ-UBND ngày 28/12/2018") is one paper: the bare mentions, given the citing document's province by
 * default, take the named one. Only for one other province and dates that agree (for a number without a year,
 * the same date written at both); a mention that names the citing province itself keeps it.
 */
function placeBareMentions(text: string, mentions: readonly Mention[], province: Province | null): void {
  if (!province) return;
  const named = new Map<string, Mention[]>();
  for (const m of mentions) {
    if (!m.parsed || !(m.parsed.year || m.date) || m.parsed.scope !== 'local' || m.jurisdiction === province.jurisdiction || m.jurisdiction === NATIONAL || m.jurisdiction === 'unknown') continue;
    const list = named.get(m.parsed.symbol);
    if (list) list.push(m);
    else named.set(m.parsed.symbol, [m]);
  }
  if (!named.size) return;
  for (const m of mentions) {
    if (!m.parsed || m.jurisdiction !== province.jurisdiction) continue;
    // "... của Ủy ban nhân dân tỉnh Quảng Ngãi" in a text of Quảng Ngãi names its province: it is no bare mention.
    if (findProvinces(text.slice(m.start, m.tailEnd)).some((p) => p.province.jurisdiction === province.jurisdiction)) continue;
    const others = named.get(m.parsed.symbol);
    if (!others || new Set(others.map((o) => o.jurisdiction)).size !== 1) continue;
    const other = others.find((o) => o.date) ?? others[0]!;
    if (m.date && other.date && m.date !== other.date) continue;
    // A number without a year ("27-CTr/TU") is reused every term: the same date must say it is the same paper.
    if (!m.parsed.year && (!m.date || m.date !== other.date)) continue;
    m.jurisdiction = other.jurisdiction;
    if (other.issuer && (!m.issuer || m.issuer.family === other.issuer.family)) m.issuer = other.issuer;
  }
}

/**
 * "của Ủy ban nhân dân tỉnh về việc ...": a bare provincial level (no name) between a citation and its title, which
 * the citation's issuer reading leaves unread; the title then runs to the sentence's end.
 */
const BARE_LEVEL_THEN_TITLE = new RegExp(
  `^[\\s,]*c[a-z1]{0,3}a\\s+(?:${cueData.bareLevelBodies.map(escapeRegExp).join('|')})\\s+(?:${cueData.bareLevels.map(escapeRegExp).join('|')})\\s+` +
    `(?=(?:${cueData.titleOpeners.map(escapeRegExp).join('|')})(?![a-z]))`,
);
/** Characters of such a title read at most. */
const BARE_TITLE_CHARS = 240;

/** The text of a mention's title: read with the mention, or after a bare provincial level. */
function titleText(text: string, m: Mention): string {
  if (m.end > m.tailEnd) return text.slice(m.tailEnd, m.end);
  const after = text.slice(m.tailEnd, m.tailEnd + BARE_TITLE_CHARS);
  const bare = BARE_LEVEL_THEN_TITLE.exec(foldKeepLength(after));
  if (!bare) return '';
  const rest = after.slice(bare[0].length);
  return rest.slice(0, /;|\.(?:\s|$)/.exec(rest)?.index ?? rest.length);
}

/**
 * A provincial paper whose citation names no province ("Quyết định số 62/2019/QĐ-UBND ngày ... của Ủy ban nhân
 * dân tỉnh về việc ban hành quy định giá các loại đất trên địa bàn tỉnh Vĩnh Phúc") is the paper of the one
 * province its title names as "tỉnh / thành phố X": a former province's paper cited after the 2025 mergers keeps
 * its own place, as the gold records it. Only numbers with a year, never against the citation's own words, and
 * only a province merged into the citing one: the citing province's own paper about another ("Quy chế phối hợp
 * với tỉnh Lạng Sơn") stays its own.
 */
function placeByTitle(text: string, mentions: readonly Mention[]): void {
  for (const m of mentions) {
    if (!m.parsed?.year || m.parsed.scope !== 'local') continue;
    if (findProvinces(text.slice(m.start, m.tailEnd)).length) continue;
    const named = new Set(findProvinces(titleText(text, m)).filter((p) => p.qualified).map((p) => p.province));
    if (named.size !== 1) continue;
    const province = [...named][0]!;
    // m.jurisdiction is the place read so far: the citing document's, or a national letter's addressees'.
    if (province.jurisdiction === m.jurisdiction || mergedInto(province) !== m.jurisdiction) continue;
    m.jurisdiction = province.jurisdiction;
    const inferred = inferIssuer(m.parsed, province);
    if (inferred && (!m.issuer || m.issuer.family === inferred.family)) m.issuer = inferred;
  }
}

/** Merge mentions per document; claims that disagree are kept on the mentions and noted. */
export function mergeMentions(text: string, mentions: Mention[], ctx: ReferenceContext, effectsOf: ReadonlyMap<Mention, MentionEffect[]> = new Map()): DocumentReference[] {
  placeByTitle(text, mentions);
  placeBareMentions(text, mentions, ctx.province);
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
    const strongest = ms.reduce<CitationRelation>((best, m) => (RELATION_RANK[m.relation] > RELATION_RANK[best] ? m.relation : best), 'REFERENCES');
    const dated = ms.find((m) => m.date);
    const statedIssuer = ms.find((m) => m.issuerStated && m.issuer) ?? ms.find((m) => m.issuer);
    const withWord = ms.find((m) => m.kindFromWord) ?? first;
    const notes: string[] = [];
    const dates = [...new Set(ms.map((m) => m.date).filter(Boolean))];
    if (dates.length > 1) notes.push(`Mentions disagree on the date: ${dates.join(', ')}; the first is used.`);
    const issuers = [...new Set(ms.filter((m) => m.issuerStated).map((m) => m.issuer!.name))];
    if (issuers.length > 1) notes.push(`Mentions disagree on the issuer: ${issuers.join(', ')}.`);
    const effects: ReferenceEffect[] = [];
    for (const m of ms) {
      for (const e of effectsOf.get(m) ?? []) {
        if (effects.some((x) => x.kind === e.kind && x.part === e.part)) continue;
        effects.push({
          kind: e.kind,
          part: e.part,
          whole: e.whole,
          start: Math.min(e.cueStart, m.start),
          end: Math.max(e.cueEnd, m.tailEnd),
          sectionPath: pathAt(m.start),
          evidence: squash(text.slice(Math.min(e.cueStart, m.start), Math.min(Math.max(e.cueEnd, m.tailEnd), Math.min(e.cueStart, m.start) + 320))),
        });
      }
    }
    // What this document does to the cited one decides: replaced, repealed, amended or supplemented is AMENDS even
    // when it is also the basis (SCHEMA.md; gold-real README, third round) or carried out elsewhere in the text.
    const relation: CitationRelation = effects.some((e) => CHANGING_EFFECTS.has(e.kind)) && strongest !== 'PROPOSAL' ? 'AMENDS' : strongest;
    const relations = [...new Set(ms.map((m) => m.relation))];
    if (relations.some((r) => r !== relation)) notes.push(`Also ${relations.filter((r) => r !== relation).join(', ')} in other mentions.`);
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
      effects,
      confidence: Math.max(...ms.map((m) => m.confidence)),
      notes: notes.length ? notes.join(' ') : null,
    });
  }
  return refs;
}

