/** A citation: an edge from a citing document to a cited one, with every mention that makes it. */
import 'reflect-metadata';
import { Field, Float, Int, ObjectType } from 'type-graphql';
import { CitationRelation } from './enums.type';
import { ConnectionType } from './connection.type';

@ObjectType('Mention', { description: 'One place in the citing text that names the cited document.' })
export class MentionType {
  @Field(() => Int, { description: 'Offset (UTF-16) into the citing document\'s normalized text.' })
  offset!: number;

  @Field(() => String, { nullable: true, description: 'Section of the citing document the mention is in ("IV.3.1").' })
  sectionPath!: string | null;

  @Field(() => String, { description: 'The text as written, OCR noise kept.' })
  snippet!: string;

  @Field(() => CitationRelation)
  relation!: string;

  @Field(() => String, { nullable: true, description: 'The date this mention gives the cited document (ISO).' })
  claimedDate!: string | null;
}

@ObjectType('Citation', { description: 'A citing document -> cited document edge (`from` cites `to`).' })
export class CitationType {
  @Field(() => CitationRelation, { description: 'Strongest relation over the mentions.' })
  relation!: string;

  @Field(() => String, { nullable: true, description: 'Date of the cited document as the citing one states it.' })
  claimedDate!: string | null;

  @Field(() => String, { nullable: true })
  claimedIssuer!: string | null;

  @Field(() => String, { nullable: true })
  claimedTitle!: string | null;

  @Field(() => Float, { description: '0..1: how sure extraction is that this is a real, correctly read reference.' })
  confidence!: number;

  @Field(() => String, { nullable: true, description: 'First mention\'s snippet.' })
  evidence!: string | null;

  @Field(() => [MentionType])
  mentions!: MentionType[];
}

export const CitationConnection = ConnectionType('Citation', () => CitationType, 'A page of citations.');
