/** Effect in the API: a document's status on a day, the events other documents cause to it, replacement chains, the worklist. */
import 'reflect-metadata';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { EFFECT_STATUSES, EVENT_KINDS } from '../graph/effectStatus';
import { ConnectionType } from './connection.type';
import { DocumentType } from './document.type';
import { TaskType } from './task.type';

function enumOf<const T extends readonly string[]>(values: T): { [K in T[number]]: K } {
  return Object.fromEntries(values.map((v) => [v, v])) as { [K in T[number]]: K };
}

export const EffectStatus = enumOf(EFFECT_STATUSES);
registerEnumType(EffectStatus, {
  name: 'EffectStatus',
  description:
    'A document on a day, derived from its own dates of effect and the events other documents cause to it: IN_FORCE, NOT_YET_IN_FORCE, ' +
    'PARTLY_EXPIRED (part replaced or repealed), EXPIRED (replaced or repealed as a whole, or past its end), SUSPENDED, UNKNOWN (nothing says).',
});

export const EventKind = enumOf(EVENT_KINDS);
registerEnumType(EventKind, { name: 'EventKind', description: 'What another document did to this one: REPLACED, REPEALED, AMENDED, SUPPLEMENTED, GUIDED, SUSPENDED, CORRECTED.' });

@ObjectType('DocumentEvent', { description: 'Something another document did to this one, as that document\'s text states it.' })
export class DocumentEventType {
  @Field(() => String, { nullable: true, description: 'The day it takes effect: the acting document\'s date of effect, else its date of issue.' })
  date!: string | null;

  @Field(() => EventKind)
  kind!: string;

  @Field(() => DocumentType, { description: 'The document that did it.' })
  by!: unknown;

  @Field(() => String, { nullable: true, description: 'The part affected as written ("khoản 2 Điều 3", "Phụ lục I"); null when the whole.' })
  part!: string | null;

  @Field(() => Boolean)
  whole!: boolean;

  @Field(() => String, { nullable: true, description: 'The acting document\'s words.' })
  evidence!: string | null;
}

@ObjectType('ReplacementStep')
export class ReplacementStepType {
  @Field(() => DocumentType)
  document!: unknown;

  @Field(() => Int, { description: 'Replacements away from the document asked about.' })
  depth!: number;
}

@ObjectType('ReplacementEdge', { description: 'One document replacing another (wholly or in part).' })
export class ReplacementEdgeType {
  @Field(() => DocumentType, { description: 'The replacing document.' })
  by!: unknown;

  @Field(() => DocumentType, { description: 'The replaced one.' })
  replaced!: unknown;

  @Field(() => String, { nullable: true })
  part!: string | null;

  @Field(() => Boolean)
  whole!: boolean;

  @Field(() => String, { nullable: true, description: 'The day the replacement takes effect.' })
  date!: string | null;
}

@ObjectType('Replacements', { description: 'The replacement chains around a document, walked in one query.' })
export class ReplacementsType {
  @Field(() => DocumentType)
  document!: unknown;

  @Field(() => [ReplacementStepType], { description: 'What replaced it, and what replaced those, nearest first.' })
  replacedBy!: ReplacementStepType[];

  @Field(() => [ReplacementStepType], { description: 'What it replaced, and what those replaced.' })
  replaces!: ReplacementStepType[];

  @Field(() => [ReplacementEdgeType])
  edges!: ReplacementEdgeType[];

  @Field(() => [DocumentType], { description: 'The current version(s): the ends of the chains no document replaced as a whole; the document itself when nothing replaced it.' })
  current!: unknown[];

  @Field(() => Boolean)
  truncated!: boolean;
}

@ObjectType('LapsedMandate', { description: 'A task whose mandating chain holds documents no longer in force.' })
export class LapsedMandateType {
  @Field(() => TaskType)
  task!: unknown;

  @Field(() => [DocumentType], { description: 'The documents of its chain (its own document included) no longer in force on the day asked.' })
  lapsed!: unknown[];
}

export const LapsedMandateConnection = ConnectionType('LapsedMandate', () => LapsedMandateType, 'A page of tasks whose mandate lapsed.');
