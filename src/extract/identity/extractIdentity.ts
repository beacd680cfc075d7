/**
 * The document itself: kind, symbol, date, place, issuer, jurisdiction, title and signer. Stages, each its
 * own module:
 *
 *   headerBlock (cells of the header, its zone and kind line) -> ownSymbol ("Số: ...") -> headerDate
 *   ("Place, ngày ...") -> headerIssuer (agency column, signature block) -> titleAndSigner -> portalEvidence
 *   (the portal's metadata confirms, fills or is noted against what the text says).
 *
 * When the header is missing: the kind from "Nghị quyết này ..." self-references, the province from the
 * places the text names most, the date from a closing "thông qua ngày ..." or a dated place line, the issuer
 * from the symbol. Unknown fields stay null.
 */
import { foldKeepLength } from '../folding';
import { NATIONAL, type DocumentIdentity, type DocumentKind } from '../types';
import type { SourceMetadata } from '../../formats/types';
import type { IssuerRef } from '../issuers';
import { dominantProvince, provinceByName, type Province } from '../provinces';
import { documentKey, inferIssuer, isCentralDocument, withPrintedNumber } from '../symbols';
import { KIND_WORDS, kindAt } from '../documentKinds';
import { maskUrls } from '../findSymbols';
import { tokenizeWords } from '../matching';
import { readHeaderBlock } from './headerBlock';
import { findOwnSymbol } from './ownSymbol';
import { attachedOwnDate, datedPlaceLine, headerDate, passingDate } from './headerDate';
import { readIssuer } from './headerIssuer';
import { findSigner, findTitle, letterSubject, linesOf } from './titleAndSigner';
import { weighPortalEvidence } from './portalEvidence';

export interface IdentityResult {
  identity: DocumentIdentity;
  /** Province of the document (also for a national document that names one in its header), or null. */
  province: Province | null;
  /** Span of the own symbol in the header. */
  symbolSpan: { start: number; end: number } | null;
  /**
   * Every symbol that names this document: the one printed in the text and the portal's when they differ.
   * A mention of any of them is the document mentioning itself, never a citation.
   */
  ownSymbols: string[];
  /** Whether the header (symbol or dated place line) was found at all. */
  hasHeader: boolean;
}

/** Kind most often named as "<kind> này" ("Nghị quyết này được phổ biến ..."), for a text without header. */
function kindFromSelfReferences(folded: string): DocumentKind | null {
  const toks = tokenizeWords(folded);
  const counts = new Map<DocumentKind, number>();
  for (let i = 0; i + 1 < toks.length; i++) {
    if (toks[i + 1]!.w !== 'nay' && toks[i + 2]?.w !== 'nay') continue;
    const k = kindAt(toks, i);
    if (!k || k.cost > 0 || toks[i + k.tokens]?.w !== 'nay') continue;
    if (k.kind === 'OTHER' || k.kind === 'CONG_VAN') continue;
    counts.set(k.kind, (counts.get(k.kind) ?? 0) + 1);
  }
  let best: DocumentKind | null = null;
  let n = 1;
  for (const [k, c] of counts) {
    if (c > n) {
      best = k;
      n = c;
    }
  }
  return best;
}

/** Read the document's own identity; `metadata` is the portal's block, when the source had one. */
export function extractIdentity(text: string, metadata: SourceMetadata | null = null): IdentityResult {
  const masked = maskUrls(text);
  const folded = foldKeepLength(masked);
  const block = readHeaderBlock(masked, folded);
  const textProvince = dominantProvince(masked);

  const own = findOwnSymbol(masked, folded, block);
  const parsed = own ? withPrintedNumber(own.parsed, masked.slice(own.start, own.end)) : null;

  // Kind: the header's kind line, else the symbol's type code, else "<kind> này" in the body.
  let kind: DocumentKind | null = block.kindLine?.kind ?? null;
  if (parsed?.kind && parsed.kind !== kind) kind = kind === 'QUY_DINH' && parsed.typeCode === 'QĐ' ? kind : parsed.kind;
  if (!kind && parsed && !parsed.typeCode) kind = parsed.scope === 'national' && /^QH/.test(parsed.agency) ? null : 'CONG_VAN';
  const kindFromBody = !kind;
  if (!kind) kind = kindFromSelfReferences(folded);

  const reading = readIssuer(block, textProvince);
  let issuer: IssuerRef | null = reading?.issuer ?? null;
  const issuerProvince = issuer && issuer.jurisdiction !== NATIONAL ? (provinceByName(issuer.jurisdiction) ?? textProvince) : null;
  const fromSymbol = !issuer && !!parsed;
  if (!issuer && parsed) issuer = inferIssuer(parsed, textProvince);

  // Date and place.
  const notes: string[] = [];
  const hd = headerDate(masked, folded, block, own?.end ?? null);
  let date = hd?.date ?? null;
  let place = hd?.place ?? null;
  if (!date) {
    date = passingDate(folded);
    if (date) notes.push('Date from the closing "thông qua ngày ..." (no dated header).');
  }
  if (!date) {
    const signed = datedPlaceLine(masked, folded, block);
    if (signed) {
      date = signed.date;
      place = signed.place;
      notes.push('Date from the dated place line of the signature block (no dated header).');
    }
  }
  if (!date && parsed) {
    date = attachedOwnDate(masked, folded, parsed);
    if (date) notes.push('Date from an annex heading "Kèm theo <this document> ngày ..." (no dated header).');
  }

  const lines = linesOf(masked, folded);
  const kindLineEnd = block.kindLine ? masked.indexOf('\n', block.kindLine.cell.start) : -1;
  const title =
    (block.kindLine ? null : letterSubject(block)) ?? findTitle(lines, kindLineEnd >= 0 ? kindLineEnd + 1 : 0, Math.max(block.end, 600), !!block.kindLine);
  const signer = findSigner(lines);

  // The portal's metadata: confirms, fills or is noted against the text.
  const weighed = weighPortalEvidence({ symbol: parsed, kind, date, issuer, signer }, metadata, issuerProvince ?? textProvince);
  notes.push(...weighed.notes);
  const symbol = weighed.symbol;
  if (!issuer && weighed.issuer) issuer = weighed.issuer;
  if (!issuer && symbol) issuer = inferIssuer(symbol, textProvince);

  // The header's place ("Quảng Ninh, ngày ...") names the province when the issuer line does not; not for a central
  // document (a decree, a circular, a central agency's code), which is signed in Hà Nội and names places in its
  // text: read as a province's, it would lose the AMENDS of the central texts it amends.
  const placeProvince = provinceByName(place);
  const central = isCentralDocument(symbol ?? parsed, weighed.kind ?? kind);
  const province = issuerProvince ?? (issuer?.jurisdiction === NATIONAL || central ? null : (placeProvince ?? textProvince));
  let jurisdiction: string | null = null;
  if (issuer) jurisdiction = issuer.jurisdiction;
  else if (central) jurisdiction = NATIONAL;
  else if (symbol && province) jurisdiction = province.jurisdiction;

  const hasHeader = !!(parsed || hd);
  if (!symbol) notes.push('No number and symbol in the text.');
  if (!hasHeader) notes.push('No header (symbol, place and date line) found.');
  const finalKind = weighed.kind;
  if (finalKind && kindFromBody && finalKind === kind && !block.kindLine) {
    notes.push(`Kind inferred from "${KIND_WORDS.find((k) => k.kind === finalKind)?.display ?? finalKind} này" in the body.`);
  }
  if (issuer && reading?.from !== 'header') notes.push(fromSymbol || !reading ? 'Issuer from the symbol or the portal.' : 'Issuer from the signature block.');

  const identity: DocumentIdentity = {
    kind: finalKind,
    symbol: symbol?.symbol ?? null,
    date: weighed.date,
    place,
    issuer: issuer?.name ?? null,
    jurisdiction,
    title,
    signer: weighed.signer,
    key: '',
    notes: notes.length ? notes.join(' ') : null,
  };
  identity.key = documentKey({ ...identity });
  const ownSymbols = [...new Set([parsed?.symbol, weighed.symbol?.symbol, metadata?.symbol].filter((s): s is string => !!s))];
  return { identity, province, symbolSpan: own ? { start: own.start, end: own.end } : null, ownSymbols, hasHeader };
}
