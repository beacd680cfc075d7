/** Full-text search hits: documents, tasks or bodies. */
import 'reflect-metadata';
import { createUnionType, Field, Float, ObjectType } from 'type-graphql';
import { BodyType } from './body.type';
import { DocumentType } from './document.type';
import { ConnectionType } from './connection.type';
import { TaskType } from './task.type';
import { SEARCH_COUNT_CAP } from '../graph/searchQueries';

export const SearchResult = createUnionType({
  name: 'SearchResult',
  description: 'What a search hit is.',
  types: () => [DocumentType, TaskType, BodyType] as const,
  resolveType: (value) => (value as { __typename?: string }).__typename,
});

@ObjectType('SearchHit')
export class SearchHitType {
  @Field(() => Float, { description: 'Relevance; hits come best first.' })
  score!: number;

  @Field(() => SearchResult)
  node!: unknown;
}

export const SearchHitConnection = ConnectionType('SearchHit', () => SearchHitType, 'A page of search hits, best first.', {
  countCapped: `True when the search matched more than ${SEARCH_COUNT_CAP} items: totalCount is then ${SEARCH_COUNT_CAP}, a lower bound ` +
    `(show "${SEARCH_COUNT_CAP}+"); pages past it still follow with "after". Counting stops there so a common word answers fast.`,
});
