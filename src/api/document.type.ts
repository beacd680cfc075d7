/** Documents, their sections and identity candidates, and the results of the document mutations. */
import 'reflect-metadata';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { ConnectionType } from './connection.type';
import { DocumentKind, IngestStatus } from './enums.type';
import { NodeInterface } from './node.type';

@ObjectType('Document', {
  implements: NodeInterface,
  description:
    'A government document: ingested from its own text (ingested = true), or only known from what citing documents say about it.',
})
export class DocumentType extends NodeInterface {
  @Field(() => String, { description: 'Graph key: the national symbol ("76/NQ-CP"), or "symbol@Province" for local documents.' })
  key!: string;

  @Field(() => DocumentKind, { nullable: true })
  kind!: string | null;

  @Field(() => String, { nullable: true, description: 'Number and symbol in standard form ("2898/QĐ-UBND"); null when the text carries none.' })
  symbol!: string | null;

  @Field(() => String, { nullable: true, description: '"national", or the province ("Quảng Ninh").' })
  jurisdiction!: string | null;

  @Field(() => String, { nullable: true, description: 'Issue date, ISO YYYY-MM-DD.' })
  date!: string | null;

  @Field(() => String, { nullable: true })
  title!: string | null;

  @Field(() => String, { nullable: true, description: 'Issuing body as named in the text ("UBND tỉnh Quảng Ninh").' })
  issuer!: string | null;

  @Field(() => Boolean, { description: 'False for documents only known from citations: candidates to ingest next.' })
  ingested!: boolean;

  @Field(() => String, { nullable: true, description: 'When the text was ingested (ISO date-time).' })
  ingestedAt!: string | null;

  @Field(() => String, { nullable: true })
  sourceFile!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Format the text was read from: "text", "markdown", "html", "docx", "pdf" or "image" (the last two may be OCR).',
  })
  sourceFormat!: string | null;

  @Field(() => String, { nullable: true, description: 'sha256 (hex) of the original file\'s bytes, as uploaded or read from disk.' })
  sourceHash!: string | null;

  @Field(() => String, { nullable: true })
  signer!: string | null;

  @Field(() => String, { nullable: true })
  place!: string | null;

  @Field(() => String, { nullable: true })
  notes!: string | null;

  @Field(() => [String], { description: 'What extraction was unsure about ("NO_DATE: ...").' })
  warnings!: string[];
}

export const DocumentConnection = ConnectionType('Document', () => DocumentType, 'A page of documents.');

@ObjectType('Section', { description: 'A numbered part of a document ("IV.3.1"), in reading order.' })
export class SectionType {
  @Field(() => String, { description: 'Dotted path of the document\'s own numbering: "IV.3.1", "Điều 2.1".' })
  path!: string;

  @Field(() => String, { nullable: true })
  label!: string | null;

  @Field(() => String, { nullable: true })
  heading!: string | null;

  @Field(() => Int, { nullable: true })
  level!: number | null;

  @Field(() => Int, { nullable: true, description: 'Position among its siblings, from 0.' })
  ordinal!: number | null;
}

@ObjectType('IdentityCandidate', {
  description: 'A document that may be the same as this one (an unnumbered text and a numbered citation of it); never merged automatically.',
})
export class IdentityCandidateType {
  @Field(() => DocumentType)
  document!: unknown;

  @Field(() => Float)
  confidence!: number;

  @Field(() => String, { nullable: true })
  evidence!: string | null;
}

@ObjectType('IngestResult')
export class IngestResultType {
  @Field(() => DocumentType)
  document!: unknown;

  @Field(() => IngestStatus)
  status!: string;

  @Field(() => [String], { description: 'What the decoder and extraction were unsure about.' })
  warnings!: string[];

  @Field(() => [String], { description: 'Keys of documents this file produced before under another key, now replaced.' })
  replacedKeys!: string[];
}

@ObjectType('DeleteResult')
export class DeleteResultType {
  @Field(() => ID)
  id!: string;

  @Field(() => Boolean, { description: 'False when no ingested document had this id (nothing to delete).' })
  deleted!: boolean;
}
