/**
 * What the reference stage reads with (the citing document's context) and what it reads first: one
 * `Mention` per place a document is cited, before mentions are merged per cited document.
 */
import type { IssuerRef } from '../issuers';
import type { LetterAddressees } from './addressees';
import type { Province } from '../provinces';
import type { ParsedSymbol } from '../symbols';
import type { CitationRelation, DocumentKind, Section } from '../types';

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
  /** The citing document's issuer: its own earlier papers (the same agency code) are its too. */
  ownIssuer?: { name: string; jurisdiction: string } | null;
  /** A national office's letter: its addressees, whose province its citations of their papers take. */
  addressees?: LetterAddressees | null;
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

