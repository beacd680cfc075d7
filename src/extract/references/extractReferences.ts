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
import type { DocumentReference } from '../types';
import { foldTitle, symbolMatchKey } from '../symbols';
import { KIND_WORDS } from '../documentKinds';
import { squash } from '../displayText';
import { maskUrls } from '../findSymbols';
import { segmentClauses } from './clauses';
import { linkNamedLaws, linkNamedLawsByName } from './namedLawLinks';
import cueData from '../data/cues.json';
import { findNamedReferences } from './namedReferences';
import { numberedMentions } from './numberedMentions';
import { letterAddressees } from './addressees';
import { assignRelations } from './relations';
import { mergeMentions, shareListIssuers } from './mergeMentions';
import { assignEffects } from './effects';
import { formBasisSpans, inSpans, namedByBlankForm } from './templates';

import type { ReferenceContext } from './mention';

export type { Mention, ReferenceContext } from './mention';

/** Words that end a name rather than continue it: "Luật Dữ liệu có hiệu lực ...", "Luật Dữ liệu và ...". */
const AFTER_NAME: ReadonlySet<string> = new Set(cueData.ownNameEnders);

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
  // A text without a province of its own (a national office's letter) may name the province of the papers it
  // answers only in its addressees; read for every such text, national decrees included (they rarely have one).
  if (!ctx.province && ctx.addressees === undefined) ctx = { ...ctx, addressees: letterAddressees(masked, folded) };
  // A form's own "Căn cứ" lines (a model Tờ trình among the annexes) cite nothing for this document.
  const forms = formBasisSpans(folded, clauses);
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
  const named = findNamedReferences(masked, folded, clauses, numbered, ctx).filter(
    (m) => !(ownName && m.namedTitle && namesItself(foldTitle(m.namedTitle), ownName)) && !inSpans(forms, m.start) && !namedByBlankForm(folded, m),
  );
  const cited = numbered.filter((m) => !inSpans(forms, m.start));
  linkNamedLaws(folded, cited, named);
  linkNamedLawsByName(folded, named);
  const mentions = [...cited, ...named].sort((a, b) => a.start - b.start);
  shareListIssuers(folded, mentions, ctx.province);
  assignRelations(folded, clauses, mentions, ctx);
  const effects = assignEffects(masked, folded, clauses, mentions, ctx.ownKind ?? null);
  return mergeMentions(masked, mentions, ctx, effects);
}


