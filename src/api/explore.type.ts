/** The explorer's one search box: documents, tasks and bodies for a loosely typed query. */
import 'reflect-metadata';
import { Field, ObjectType } from 'type-graphql';
import { BodyType } from './body.type';
import { DocumentType } from './document.type';
import { TaskType } from './task.type';

@ObjectType('ExploreResult', { description: 'What one search box finds: documents, tasks and bodies, best first in each list.' })
export class ExploreResultType {
  @Field(() => String, { description: 'The query as received.' })
  query!: string;

  @Field(() => String, { nullable: true, description: 'The province the query names ("quang ninh" -> "Quảng Ninh"), which narrows the answers; null when none.' })
  jurisdiction!: string | null;

  @Field(() => [DocumentType], { description: 'Documents whose number and symbol the query spells (any separators, diacritics optional) first, then documents whose title has every word.' })
  documents!: unknown[];

  @Field(() => [TaskType], { description: 'Tasks whose text has every word.' })
  tasks!: unknown[];

  @Field(() => [BodyType], { description: 'Bodies whose name has every word; abbreviations expanded ("ubnd" -> "ủy ban nhân dân").' })
  bodies!: unknown[];
}
