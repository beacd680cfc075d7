/** Disagreements between documents, and cited documents still missing from the graph. */
import 'reflect-metadata';
import { Field, Int, ObjectType } from 'type-graphql';
import { DocumentType } from './document.type';
import { ConflictField } from './enums.type';
import { ConnectionType } from './connection.type';

@ObjectType('ConflictClaim')
export class ConflictClaimType {
  @Field(() => String, { nullable: true, description: 'The date (ISO) or issuer claimed.' })
  value!: string | null;

  @Field(() => DocumentType, { description: 'Who claims it: a citing document, or the document itself (its own header).' })
  citingDocument!: unknown;

  @Field(() => String, { nullable: true, description: 'Where the citing text says so.' })
  snippet!: string | null;

  @Field(() => Boolean, { description: 'True when the claim is the document\'s own header.' })
  fromOwnText!: boolean;
}

@ObjectType('DateConflict', { description: 'A document whose date or issuer is claimed differently by different documents.' })
export class DateConflictType {
  @Field(() => DocumentType)
  document!: unknown;

  @Field(() => ConflictField)
  field!: string;

  @Field(() => [ConflictClaimType])
  claims!: ConflictClaimType[];

  @Field(() => Boolean, {
    description:
      'True when the claimed dates fall in different numbering periods (a calendar year for state documents, a ' +
      'Party congress term for Party documents): the claims then most likely name different documents that ' +
      'share a number, not one document dated two ways.',
  })
  likelyDistinctDocuments!: boolean;
}

export const DateConflictConnection = ConnectionType('DateConflict', () => DateConflictType, 'A page of conflicts.');

@ObjectType('UnresolvedReference', { description: 'A cited document whose text is not ingested yet.' })
export class UnresolvedReferenceType {
  @Field(() => DocumentType)
  document!: unknown;

  @Field(() => Int)
  citedByCount!: number;

  @Field(() => [DocumentType])
  citedBy!: unknown[];
}

export const UnresolvedReferenceConnection = ConnectionType(
  'UnresolvedReference',
  () => UnresolvedReferenceType,
  'Cited documents not ingested yet, most cited first.',
);
