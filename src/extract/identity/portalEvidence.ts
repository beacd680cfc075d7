/**
 * Identity printed outside the document's text (a legal portal's block "Số hiệu / Loại văn bản / Nơi ban
 * hành / Ngày ban hành / Người ký") is evidence, not truth: it confirms what the header says, fills what the
 * header lacks, and is noted where it disagrees (the text wins: the portal retypes what the document prints).
 */
import type { SourceMetadata } from '../../formats/types';
import { foldKeepLength } from '../folding';
import { kindAt } from '../documentKinds';
import { issuerAtStart, type IssuerRef } from '../issuers';
import { tokenizeWords } from '../matching';
import type { Province } from '../provinces';
import { parseSymbol, symbolMatchKey, type ParsedSymbol } from '../symbols';
import type { DocumentKind } from '../types';

/** What the text gave, before the portal's evidence is weighed. */
export interface TextIdentity {
  symbol: ParsedSymbol | null;
  kind: DocumentKind | null;
  date: string | null;
  issuer: IssuerRef | null;
  signer: string | null;
}

export interface PortalReading {
  symbol: ParsedSymbol | null;
  kind: DocumentKind | null;
  date: string | null;
  issuer: IssuerRef | null;
  signer: string | null;
  /** One note per field filled from or disagreeing with the portal. */
  notes: string[];
}

function kindOfName(name: string | null): DocumentKind | null {
  if (!name) return null;
  const toks = tokenizeWords(foldKeepLength(name.normalize('NFC')));
  const k = toks.length ? kindAt(toks, 0) : null;
  return k && k.tokens === toks.length ? k.kind : null;
}

/** Weigh the portal's metadata against what the text says. */
export function weighPortalEvidence(text: TextIdentity, portal: SourceMetadata | null | undefined, province: Province | null): PortalReading {
  const out: PortalReading = { ...text, notes: [] };
  if (!portal) return out;

  const portalSymbol = portal.symbol ? parseSymbol(portal.symbol) : null;
  if (portalSymbol) {
    if (!text.symbol) {
      out.symbol = portalSymbol;
      out.notes.push(`Symbol ${portalSymbol.symbol} from the portal's metadata (the text prints none).`);
    } else if (symbolMatchKey(text.symbol.symbol) !== symbolMatchKey(portalSymbol.symbol)) {
      out.notes.push(`The portal's metadata gives symbol ${portalSymbol.symbol}; the text prints ${text.symbol.symbol}.`);
    }
  }

  if (portal.date) {
    if (!text.date) {
      out.date = portal.date;
      out.notes.push(`Date from the portal's metadata (the text prints none).`);
    } else if (text.date !== portal.date) {
      out.notes.push(`The portal's metadata gives date ${portal.date}; the text prints ${text.date}.`);
    }
  }

  const portalKind = kindOfName(portal.kind);
  if (portalKind && !text.kind) {
    out.kind = portalKind;
    out.notes.push(`Kind from the portal's metadata.`);
  }

  if (portal.issuer && !text.issuer) {
    const hit = issuerAtStart(foldKeepLength(portal.issuer.normalize('NFC')), province, 120);
    if (hit) {
      out.issuer = hit.issuer;
      out.notes.push(`Issuer from the portal's metadata.`);
    }
  }

  // The signer is read from the text by shape alone (a name ending the last lines): the portal's is surer.
  if (portal.signer && foldKeepLength(portal.signer.normalize('NFC')) !== foldKeepLength(text.signer ?? '')) {
    if (text.signer) out.notes.push(`Signer ${portal.signer} from the portal's metadata; the text's last lines end with ${text.signer}.`);
    out.signer = portal.signer;
  }
  return out;
}
