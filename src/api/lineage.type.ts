/** Answers of the citation walks: lineage, citation paths and mandates. */
import { EffectStatus } from './effect.type';
import 'reflect-metadata';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { CitationType } from './citation.type';
import { DocumentType } from './document.type';
import { CitationRelation, LineageDirection } from './enums.type';
import { TaskType } from './task.type';
import { MAX_CITATIONS, MAX_PATHS } from '../graph/lineageQueries';

@ObjectType('LineageNode')
export class LineageNodeType {
  @Field(() => DocumentType)
  document!: unknown;

  @Field(() => Int, { description: 'Fewest citation steps from the root (the root itself: 0).' })
  depth!: number;

  @Field(() => LineageDirection, { nullable: true, description: 'Which walk reached it first (UPSTREAM or DOWNSTREAM); null for the root.' })
  direction!: string | null;

  @Field(() => Boolean, { description: 'Only known from citations: its text is not ingested (document.ingested is false).' })
  citedOnly!: boolean;
}

@ObjectType('LineageEdge', { description: 'A citation on the way: `from` cites `to` (document ids).' })
export class LineageEdgeType {
  @Field(() => ID)
  from!: string;

  @Field(() => ID)
  to!: string;

  @Field(() => CitationRelation)
  relation!: string;

  @Field(() => Int, { description: 'Steps from the root to the edge\'s far end.' })
  depth!: number;
}

@ObjectType('Lineage', { description: 'The citation graph around a document, as nodes and edges ready to draw, and the chains as paths.' })
export class LineageType {
  @Field(() => DocumentType)
  root!: unknown;

  @Field(() => [LineageNodeType], { description: 'Every document reached, the root first, nearest first.' })
  nodes!: LineageNodeType[];

  @Field(() => [LineageEdgeType])
  edges!: LineageEdgeType[];

  @Field(() => [[ID]], { description: 'Each chain from the root outwards (document ids), ending where the walk ends.' })
  paths!: string[][];

  @Field(() => Boolean, {
    description: `True when the answer was cut: more nodes than maxNodes (the nearest are kept), more citations than one answer holds (${MAX_CITATIONS}, the nearest are kept), or more paths than one answer holds (${MAX_PATHS}). Walk again from a farther document.`,
  })
  truncated!: boolean;
}

@ObjectType('CitationPath', { description: 'A shortest chain of citations between two documents.' })
export class CitationPathType {
  @Field(() => [DocumentType], { description: 'From the `fromId` document to the `toId` document.' })
  documents!: unknown[];

  @Field(() => [CitationType], { description: 'Between consecutive documents; each keeps its own direction (`from` cites `to`).' })
  citations!: unknown[];

  @Field(() => Int, { description: 'Number of citations in the chain.' })
  length!: number;
}

@ObjectType('MandateStep', { description: '`citedBy` cites `document` as its basis, as what it implements or amends.' })
export class MandateStepType {
  @Field(() => DocumentType)
  document!: unknown;

  @Field(() => Int, { description: 'Citation steps above the task\'s own document.' })
  depth!: number;

  @Field(() => CitationRelation)
  relation!: string;

  @Field(() => DocumentType)
  citedBy!: unknown;

  @Field(() => String, { nullable: true, description: 'The words of the citing document that cite it (quoted evidence, OCR noise kept).' })
  evidence!: string | null;

  @Field(() => EffectStatus, { description: 'The step\'s document on the day asked (asOf, default today).' })
  status!: string;

  @Field(() => String, { nullable: true, description: 'The day it stopped being in force (replaced, repealed or suspended as a whole, or its own end), if it did by then.' })
  noLongerInForceSince!: string | null;

  @Field(() => [DocumentType], { description: 'The documents that replaced it (wholly or in part) by then.' })
  replacedBy!: unknown[];
}

@ObjectType('Mandate', { description: 'Why a task must be done: its document, then the directives above it up to the national level.' })
export class MandateType {
  @Field(() => TaskType)
  task!: unknown;

  @Field(() => DocumentType, { description: 'The document that assigns the task.' })
  document!: unknown;

  @Field(() => EffectStatus, { description: 'The task\'s own document on the day asked (asOf, default today).' })
  documentStatus!: string;

  @Field(() => [MandateStepType], { description: 'Every mandating citation on the way up, nearest first.' })
  chain!: MandateStepType[];

  @Field(() => [DocumentType], { description: 'The national documents the chain reaches.' })
  national!: unknown[];

  @Field(() => Boolean)
  truncated!: boolean;
}
